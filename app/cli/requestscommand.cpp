// requests make | record | list: asking families for consent for single photos on a channel
// that needs it (DOMAIN.md section 2), and recording their answers.
#include "commands.h"

#include "clioptions.h"
#include "consent/consentpolicy.h"
#include "requests/requestoverview.h"
#include "storage/registry.h"

#include <QDate>
#include <QJsonDocument>


namespace bw::cli {

namespace {

const QString kUsage = QStringLiteral(
    "usage: requests make --channel ID --out DIR PHOTO_OR_DIR... | "
    "requests record CODE ja|nee [--door ouder|leerling] [--datum YYYY-MM-DD] [--wijzig] | requests list [--json]");

int listRequests(CliContext &context, const QStringList &arguments)
{
    const bool json = arguments == QStringList{QStringLiteral("--json")};
    if (!json && !arguments.isEmpty())
        return failRun(context, kUsage);
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::vector<RequestRow>> rows = requestRows(**registry);
    if (!rows)
        return failRun(context, rows.error().message);
    const QDate today = QDate::currentDate();
    if (json) {
        context.out << QJsonDocument(requestOverviewJson(*rows, today)).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const RequestRow &row : *rows) {
        context.out << row.request.code << "  " << photoRequestStatus(row.request, today).leftJustified(8) << "  "
                    << row.pupil.name << " (" << row.pupil.className << ")  " << row.request.channel << "  "
                    << row.request.photoPath << "  until " << row.request.expiresOn.toString(Qt::ISODate) << Qt::endl;
    }
    if (rows->empty())
        context.out << "no requests" << Qt::endl;
    return 0;
}

// The answer as typed: CODE ja|nee [--door ouder|leerling] [--datum YYYY-MM-DD] [--wijzig]
// (a changed answer to an answered request); the message says what is wrong.
std::expected<PhotoAnswer, QString> parseAnswer(const QStringList &arguments, std::optional<StatementGiver> &giver,
                                                bool &change)
{
    if (arguments.size() < 2 || (arguments[1] != QLatin1String("ja") && arguments[1] != QLatin1String("nee")))
        return std::unexpected(kUsage);
    PhotoAnswer answer{arguments[0], arguments[1] == QLatin1String("ja"), StatementGiver::Parent, QDate::currentDate()};
    for (qsizetype i = 2; i < arguments.size(); i += 2) {
        if (arguments[i] == QLatin1String("--wijzig")) {
            change = true;
            --i; // a flag without a value
            continue;
        }
        if (i + 1 >= arguments.size())
            return std::unexpected(kUsage);
        const QString &value = arguments[i + 1];
        if (arguments[i] == QLatin1String("--door")) {
            giver = statementGiverFromCode(value);
            if (!giver || *giver == StatementGiver::BothParents)
                return std::unexpected(QStringLiteral("--door must be ouder or leerling, not '%1'").arg(value));
        } else if (arguments[i] == QLatin1String("--datum")) {
            answer.date = QDate::fromString(value, Qt::ISODate);
            if (!answer.date.isValid())
                return std::unexpected(QStringLiteral("--datum must be a date YYYY-MM-DD, not '%1'").arg(value));
        } else {
            return std::unexpected(kUsage);
        }
    }
    return answer;
}

int recordAnswer(CliContext &context, const QStringList &arguments)
{
    std::optional<StatementGiver> giver;
    bool change = false;
    std::expected<PhotoAnswer, QString> answer = parseAnswer(arguments, giver, change);
    if (!answer)
        return failRun(context, answer.error());
    Result<std::unique_ptr<Registry>> registry = Registry::open(context.dataDir);
    if (!registry)
        return failRun(context, registry.error().message);
    const Result<std::optional<PhotoRequest>> request = (*registry)->photoRequests().find(answer->code);
    if (!request)
        return failRun(context, request.error().message);
    std::optional<Pupil> pupil;
    if (*request) {
        const Result<Pupil> found = (*registry)->pupil((*request)->pupilId);
        if (!found)
            return failRun(context, found.error().message);
        pupil = *found;
    }
    // Without --door: the pupil from 16, a parent below (DOMAIN.md section 3).
    answer->givenBy = giver.value_or(pupil && isOwnConsentAge(pupil->birthDate, answer->date) ? StatementGiver::Pupil
                                                                                              : StatementGiver::Parent);
    const Result<ConsentStatement> recorded =
        change ? (*registry)->changePhotoAnswer(*answer) : (*registry)->answerPhotoRequest(*answer);
    if (!recorded)
        return failRun(context, recorded.error().message);
    context.out << (change ? "changed to " : "recorded ") << (recorded->granted ? "ja" : "nee") << " by " << statementGiverCode(recorded->givenBy)
                << " for " << pupil->name << " on " << (*request)->photoPath << " (" << (*request)->channel
                << ", request " << (*request)->code << ")" << Qt::endl;
    return 0;
}

} // namespace

int runRequests(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("make"))
        return makeRequests(context, arguments.mid(1));
    if (action == QLatin1String("record"))
        return recordAnswer(context, arguments.mid(1));
    if (action == QLatin1String("list"))
        return listRequests(context, arguments.mid(1));
    return failRun(context, kUsage);
}

} // namespace bw::cli
