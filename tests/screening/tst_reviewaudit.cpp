// Audit entries for the teacher's review choices are made in core: the GUI only says what
// was chosen, the entry records it with the outcome.
#include "screening/reviewaudit.h"
#include "storage/registry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bw;

class TestReviewAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namingAPupilIsLoggedWithItsOutcome();
};

void TestReviewAudit::namingAPupilIsLoggedWithItsOutcome()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Registry>> registry = Registry::open(dir.path());
    QVERIFY(registry);
    const FaceAssignment assignment{QByteArray(64, 'f'), 2, 17, QStringLiteral("  herkend aan de jas  "),
                                    QStringLiteral("website"), {false, Reason::NeedsPhotoConsent}};
    QVERIFY(recordFaceAssignment(**registry, assignment));

    const AuditEntry entry = (*registry)->auditEntries().value().back();
    QCOMPARE(entry.action, QStringLiteral("face_assigned"));
    QCOMPARE(entry.details.value(QStringLiteral("photo_sha256")).toString(), QString(64, QLatin1Char('f')));
    QCOMPARE(entry.details.value(QStringLiteral("face")).toInt(), 2);
    QCOMPARE(entry.details.value(QStringLiteral("pupil_id")).toInteger(), 17);
    QCOMPARE(entry.details.value(QStringLiteral("reason")).toString(), QStringLiteral("herkend aan de jas"));
    QCOMPARE(entry.details.value(QStringLiteral("channel")).toString(), QStringLiteral("website"));
    QCOMPARE(entry.details.value(QStringLiteral("visible")).toBool(), false);
    QCOMPARE(entry.details.value(QStringLiteral("decision")).toString(), QStringLiteral("needs_photo_consent"));
    QVERIFY((*registry)->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestReviewAudit)
#include "tst_reviewaudit.moc"
