#pragma once

#include "error.h"
#include "storage/photorequest.h"

#include <QString>

#include <optional>
#include <vector>

namespace bw {

class Database;

// The registry's requests for consent for single photos. Made with an audit entry; answered
// once (Registry::answerPhotoRequest records the answer and marks the request in one
// transaction); never deleted. Runs inside the caller's transaction when there is one.
class PhotoRequests {
public:
    explicit PhotoRequests(Database &database) : m_database(database) {}

    // Stores a new request with its audit entry, in one transaction; its code must be new
    // (a taken code fails and nothing is stored).
    Result<void> add(const PhotoRequest &request);
    // By code; case and a missing dash do not matter. nullopt when there is no such request.
    Result<std::optional<PhotoRequest>> find(const QString &code);
    // Every request, oldest first, with its answer.
    Result<std::vector<PhotoRequest>> all();
    // The latest request for this pupil, photo and category, if any.
    Result<std::optional<PhotoRequest>> latestFor(qint64 pupilId, const QString &photoSha256,
                                                  const QString &category);
    // Links the answer; fails when the request was answered already.
    Result<void> markAnswered(const QString &code, qint64 statementId);

    // The stored form of a code as people type it: upper case, "XXXX-XXXX".
    static QString normalisedCode(const QString &code);

private:
    Result<void> insert(const PhotoRequest &request);
    Result<std::vector<PhotoRequest>> select(const char *condition, const std::vector<QString> &values);

    Database &m_database;
};

} // namespace bw
