#include "photorequest.h"

namespace bw {

PhotoRequest::State PhotoRequest::stateOn(const QDate &today) const
{
    if (statementId)
        return State::Answered;
    return today > expiresOn ? State::Expired : State::Open;
}

QString photoRequestStatus(const PhotoRequest &request, const QDate &today)
{
    switch (request.stateOn(today)) {
    case PhotoRequest::State::Open: return QStringLiteral("open");
    case PhotoRequest::State::Answered:
        return request.answer.value_or(false) ? QStringLiteral("ja") : QStringLiteral("nee");
    case PhotoRequest::State::Expired: return QStringLiteral("verlopen");
    }
    return QStringLiteral("open");
}

} // namespace bw
