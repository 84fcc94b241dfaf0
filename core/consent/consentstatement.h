#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bw {

// Who made a statement. Under 16 a parent decides, from 16 the pupil (DOMAIN.md §3).
enum class StatementGiver { Parent, BothParents, Pupil };

// The giver as the consent CSV's `door` column, the registry and the report write it:
// "ouder", "beide ouders" or "leerling".
QString statementGiverCode(StatementGiver giver);
// Reads such a code (case and spaces do not matter); nullopt for anything else.
std::optional<StatementGiver> statementGiverFromCode(const QString &code);
// For people, in the language of the installed translator (the code is the Dutch text).
QString statementGiverText(StatementGiver giver);

// One recorded answer to one consent question. Statements are never edited or deleted:
// the history is append-only and the latest statement wins.
struct ConsentStatement {
    qint64 id = 0;                 // registry row id; 0 until stored
    qint64 pupilId = 0;
    QString category;              // "intern", "extern", "klassenfoto", or a school's own
    bool granted = false;          // "ja" = true; "nee" = false
    StatementGiver givenBy = StatementGiver::Parent;
    bool otherParentObjects = false; // "bezwaar_andere_ouder": then both parents must say yes
    QDate date;                    // the date the statement was made
    QString source;                // "ouders.csv:12" or "typed in"
    QDateTime recordedAt;          // when it entered the registry
    QString recordedBy;            // the OS user who recorded it
    // Empty for the consent form's general answer. Otherwise the answer holds for this one
    // photo only (its SHA-256, hex): the "losse toestemming" some schools ask before a photo
    // goes on a public channel (DOMAIN.md section 2).
    QString photoSha256 = {};

    bool operator==(const ConsentStatement &) const = default;
};

} // namespace bw
