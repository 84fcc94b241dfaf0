#pragma once

#include "consent/consentstatement.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bw {

// A request to a pupil's family (or the pupil of 16+) for consent for one photo on one
// channel (DOMAIN.md section 2, "losse toestemming"). Its answer is a consent statement for
// that photo; an open request past its expiry date counts as "nee".
struct PhotoRequest {
    enum class State { Open, Answered, Expired };

    QString code;                      // short, printed on the letter: "K7QM-3XHP"
    qint64 pupilId = 0;
    QString photoSha256;               // lower-case hex of the photo file
    QString photoPath;                 // where the photo was when the request was made
    QString channel;                   // "website"
    QString category;                  // the channel's consent category: "extern"
    QDateTime createdAt;
    QDate expiresOn;                   // the last day an answer is taken
    std::optional<qint64> statementId; // the answer, once recorded
    std::optional<bool> answer;        // read with the request: the answer's ja/nee
    QDate answeredOn;                  // the answer's date

    // Answered once recorded; otherwise Expired after expiresOn, else Open.
    State stateOn(const QDate &today) const;

    bool operator==(const PhotoRequest &) const = default;
};

// An answer to a request, as the school received it (by letter, mail or in person).
struct PhotoAnswer {
    QString code;
    bool granted = false;
    StatementGiver givenBy = StatementGiver::Parent;
    QDate date;                        // the day the answer was given

    bool operator==(const PhotoAnswer &) const = default;
};

// "open", "ja", "nee" or "verlopen": the status column of the overview and `requests list`.
QString photoRequestStatus(const PhotoRequest &request, const QDate &today);

} // namespace bw
