#include "requestoverview.h"

#include "storage/registry.h"

#include <QJsonObject>
#include <QStringList>

#include <map>

namespace bw {

namespace {

// Quoted when it holds the separator, a quote or a line break (RFC 4180 style).
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Result<std::vector<RequestRow>> requestRows(Registry &registry)
{
    const Result<std::vector<PhotoRequest>> requests = registry.photoRequests().all();
    if (!requests)
        return std::unexpected(requests.error());
    const Result<std::vector<Pupil>> pupils = registry.pupils();
    if (!pupils)
        return std::unexpected(pupils.error());
    std::map<qint64, Pupil> byId;
    for (const Pupil &pupil : *pupils)
        byId[pupil.id] = pupil;
    std::vector<RequestRow> rows;
    for (const PhotoRequest &request : *requests)
        rows.push_back({request, byId[request.pupilId], {}});
    return rows;
}

QByteArray requestOverviewCsv(const std::vector<RequestRow> &rows, const QDate &today)
{
    QStringList lines{QStringLiteral("code;leerling;groep;foto;status;verloopt_op;brief")};
    for (const RequestRow &row : rows) {
        lines << QStringList{row.request.code, csvField(row.pupil.name), csvField(row.pupil.className),
                             csvField(row.request.photoPath), photoRequestStatus(row.request, today),
                             row.request.expiresOn.toString(Qt::ISODate),
                             row.letter.isEmpty() ? QString() : csvField(row.letter + QStringLiteral(".pdf"))}
                     .join(QLatin1Char(';'));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QJsonArray requestOverviewJson(const std::vector<RequestRow> &rows, const QDate &today)
{
    QJsonArray array;
    for (const RequestRow &row : rows) {
        const PhotoRequest &request = row.request;
        array.append(QJsonObject{
            {QStringLiteral("code"), request.code},
            {QStringLiteral("leerling"), row.pupil.name},
            {QStringLiteral("groep"), row.pupil.className},
            {QStringLiteral("photo"), request.photoPath},
            {QStringLiteral("sha256"), request.photoSha256},
            {QStringLiteral("channel"), request.channel},
            {QStringLiteral("status"), photoRequestStatus(request, today)},
            {QStringLiteral("expires"), request.expiresOn.toString(Qt::ISODate)},
            {QStringLiteral("answered"), request.answeredOn.isValid() ? QJsonValue(request.answeredOn.toString(Qt::ISODate))
                                                                      : QJsonValue(QJsonValue::Null)},
        });
    }
    return array;
}

} // namespace bw
