// Answers to requests for consent for single photos: recorded as consent statements for that
// photo, under the same rules as every other statement (DOMAIN.md sections 2 and 3).
#include "registry.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

namespace bw {

PhotoRequests Registry::photoRequests()
{
    return PhotoRequests(*m_database);
}

Result<ConsentStatement> Registry::photoAnswerStatement(const PhotoAnswer &answer, const QDate &today, bool change)
{
    const Result<std::optional<PhotoRequest>> found = photoRequests().find(answer.code);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, MessageId::PhotoRequestNotFound, PhotoRequests::normalisedCode(answer.code));
    const PhotoRequest &request = **found;
    if (request.statementId && !change)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoRequestAnswered, request.code);
    if (!request.statementId && change)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoRequestNotAnswered, request.code);
    const QDate asked = request.createdAt.toLocalTime().date();
    if (!answer.date.isValid() || answer.date < asked || answer.date > today)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoAnswerBadDate, request.code,
                    answer.date.toString(Qt::ISODate));
    if (change) {
        // The request's answer as it stands now (the latest change, PhotoRequests::find).
        if (answer.date < request.answeredOn || (answer.granted && !*request.answer && answer.date == request.answeredOn))
            return fail(ErrorCode::InvalidArgument, MessageId::PhotoAnswerChangeBadDate, request.code,
                        request.answeredOn.toString(Qt::ISODate));
    } else if (answer.date > request.expiresOn) {
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoRequestExpired, request.code,
                    request.expiresOn.toString(Qt::ISODate));
    }
    const Result<Pupil> asker = pupil(request.pupilId);
    if (!asker)
        return std::unexpected(asker.error());
    // From 16 the pupil answers, under 16 a parent (DOMAIN.md section 3).
    const bool ownAge = isOwnConsentAge(asker->birthDate, answer.date);
    if (ownAge && answer.givenBy != StatementGiver::Pupil)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoAnswerNeedsPupil, asker->name);
    if (!ownAge && answer.givenBy == StatementGiver::Pupil)
        return fail(ErrorCode::InvalidArgument, MessageId::PhotoAnswerNeedsParent, asker->name);

    ConsentStatement statement;
    statement.pupilId = request.pupilId;
    statement.category = request.category;
    statement.granted = answer.granted;
    statement.givenBy = answer.givenBy;
    statement.date = answer.date;
    statement.source = change ? QStringLiteral("verzoek %1, gewijzigd").arg(request.code)
                              : QStringLiteral("verzoek %1").arg(request.code);
    statement.photoSha256 = request.photoSha256;
    return statement;
}

// The answer, or its change, in one transaction: the statement, then the request marked
// answered, or the change logged.
Result<ConsentStatement> Registry::recordPhotoAnswer(const PhotoAnswer &answer, const QDate &today, bool change)
{
    ConsentStatement recorded;
    const Result<void> done = m_database->transaction([&]() -> Result<void> {
        Result<ConsentStatement> statement = photoAnswerStatement(answer, today, change);
        if (!statement)
            return std::unexpected(statement.error());
        if (Result<void> inserted = insertStatement(*statement); !inserted)
            return inserted;
        SqlQuery last(*m_database, "SELECT max(id) FROM consent_statements WHERE pupil_id = ?1");
        last.bind(1, statement->pupilId);
        if (Result<bool> row = last.next(); !row)
            return std::unexpected(row.error());
        recorded = *statement;
        recorded.id = last.integer(0);
        if (!change)
            return photoRequests().markAnswered(answer.code, recorded.id);
        return AuditLog(*m_database).append(
            QStringLiteral("photo_request_changed"),
            QJsonObject{{QStringLiteral("code"), PhotoRequests::normalisedCode(answer.code)},
                        {QStringLiteral("statement_id"), recorded.id},
                        {QStringLiteral("granted"), recorded.granted}});
    });
    if (!done)
        return std::unexpected(done.error());
    return recorded;
}

Result<ConsentStatement> Registry::answerPhotoRequest(const PhotoAnswer &answer, const QDate &today)
{
    return recordPhotoAnswer(answer, today, false);
}

Result<ConsentStatement> Registry::changePhotoAnswer(const PhotoAnswer &answer, const QDate &today)
{
    return recordPhotoAnswer(answer, today, true);
}

} // namespace bw
