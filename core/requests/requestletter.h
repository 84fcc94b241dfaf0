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

// What one letter asking consent for one photo says.
struct RequestLetterFacts {
    Pupil pupil;
    PhotoRequest request;
    Channel channel;
    QString schoolName;
    QDate today;
    bool pupilAnswers = false;   // 16 or older: the letter is addressed to the pupil
};

// The letter (Dutch, for the family): where the photo will be published, the photo itself
// (`picture`, see requestPicture), the yes/no question, the code and the last day to answer.
// Names appear in the letter, never in the picture.
DocumentContent requestLetter(const RequestLetterFacts &facts, const cv::Mat &picture);

// The photo as the letter shows it: at the channel's export size, with only faces[keep]
// visible and every other face hidden exactly as an export hides a face without consent
// (redactAllBut), so that a family never sees other people's children through a request.
// `image` is the upright source photo; the boxes are in its pixels.
cv::Mat requestPicture(const cv::Mat &image, const std::vector<cv::Rect2f> &faces, std::size_t keep,
                       const ExportProfile &profile, const RedactionSettings &redaction);

// Where a channel publishes, in the letter's words: "de openbare website van de school".
QString publicationPlace(const Channel &channel);

} // namespace bw
