#pragma once

#include "consent/channel.h"
#include "consent/pupil.h"
#include "redaction/redactionsettings.h"
#include "screening/documentcontent.h"
#include "storage/photorequest.h"

#include <QDate>
#include <QString>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <vector>

namespace bw {

// One photo in a letter: a request, its pupil and the picture the family sees (requestPicture).
struct LetterItem {
    PhotoRequest request;
    Pupil pupil;
    cv::Mat picture;
};

// Who a letter asking consent for single photos goes to, and from whom.
struct RequestLetterFacts {
    std::vector<Pupil> pupils;   // whom it asks about: one pupil, or siblings (one family)
    Channel channel;
    QString schoolName;
    QDate today;
    bool pupilAnswers = false;   // one pupil of 16 or older: the letter is addressed to the pupil
};

// The letter (Dutch, for the family): where the photos will be published, each photo
// (item.picture, named "foto1", "foto2", ... in the content) with its own yes/no question,
// code and last day to answer. Names appear in the letter, never in a picture.
DocumentContent requestLetter(const RequestLetterFacts &facts, const std::vector<LetterItem> &items);

// The photo as the letter shows it: at the channel's export size, with only faces[keep]
// visible and every other face hidden exactly as an export hides a face without consent
// (redactAllBut), so that a family never sees other people's children through a request.
// `image` is the upright source photo; the boxes are in its pixels.
cv::Mat requestPicture(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, std::size_t keep,
                       const ExportProfile &profile, const RedactionSettings &redaction);

// Where a channel publishes, in the letter's words: "de openbare website van de school".
QString publicationPlace(const Channel &channel);

} // namespace bw
