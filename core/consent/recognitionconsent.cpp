#include "recognitionconsent.h"

namespace bw {

QString recognitionCategory()
{
    return QStringLiteral("gezichtsherkenning");
}

bool isRecognitionCategory(const QString &category)
{
    return category.simplified().compare(recognitionCategory(), Qt::CaseInsensitive) == 0;
}

ConsentDecision decideRecognitionConsent(const Pupil &pupil, const std::vector<ConsentStatement> &history,
                                         const QDate &moment, const SchoolSettings &settings)
{
    if (!pupil.active)
        return {false, Reason::PupilInactive, std::nullopt};
    return decideConsent(history, pupil.birthDate, recognitionCategory(), moment, settings);
}

} // namespace bw
