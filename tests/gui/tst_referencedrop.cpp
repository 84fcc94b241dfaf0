#include "guitestdata.h"
#include "testsupport.h"

#include "consentdialog.h"
#include "pupiltablemodel.h"
#include "referencedroparea.h"
#include "storage/registry.h"

#include <QApplication>
#include <QDate>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace bw;
using namespace bw::gui;

// Reference photos dropped on the consent screen are described with the real models off the
// UI thread; one face is stored (with a warning when the photo is old), none or several
// faces are refused; a pupil without face-recognition consent is refused before any photo
// is opened.
class TestReferenceDrop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pupilWithoutRecognitionConsentIsRefused();
    void droppedPhotoIsStored();
    void groupPhotoIsRefused();
    void consentScreenCountsReferencesAndKeepsMessagesPerPupil();

private:
    std::size_t referenceCount();

    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    qint64 m_pupilId = 0;
};

void TestReferenceDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<void> created = test::createSchoolRegistry(m_dir.path(), false);
    QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
    Result<std::unique_ptr<Registry>> registry = Registry::open(m_dir.path());
    QVERIFY(registry.has_value());
    m_registry = std::move(*registry);
    Result<std::optional<Pupil>> pupil = m_registry->pupilByName(QStringLiteral("Barack Obama"));
    QVERIFY(pupil.has_value() && pupil->has_value());
    m_pupilId = (*pupil)->id;
}

std::size_t TestReferenceDrop::referenceCount()
{
    Result<std::vector<StoredReference>> references = m_registry->references().list();
    return references ? references->size() : 0;
}

void TestReferenceDrop::pupilWithoutRecognitionConsentIsRefused()
{
    // Barack Obama may be shown on parro, but nobody answered the face-recognition question.
    const QString photo = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("obama.jpg"));
    ReferenceDropArea area(m_registry.get());
    area.setPupil(m_pupilId);
    QSignalSpy processed(&area, &ReferenceDropArea::processed);
    area.addPhotos({photo});
    QCOMPARE(processed.count(), 1); // refused at once: the photo is not even opened
    QCOMPARE(referenceCount(), std::size_t(0));
    const QString message = area.lastMessages().value(0);
    QVERIFY2(message.contains(QStringLiteral("Barack Obama")) && message.contains(QStringLiteral("gezichtsherkenning"))
                 && message.contains(QStringLiteral("geen antwoord")),
             qPrintable(message));
    QVERIFY(area.text().contains(message));

    ConsentStatement consent;
    consent.pupilId = m_pupilId;
    consent.category = QStringLiteral("gezichtsherkenning");
    consent.granted = true;
    consent.date = QDate::currentDate();
    QVERIFY(m_registry->recordStatement(consent));
}

void TestReferenceDrop::droppedPhotoIsStored()
{
    const QString photo = test::fetchedImage(QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("obama.jpg"));
    ReferenceDropArea area(m_registry.get());
    area.setPupil(m_pupilId);
    area.show();
    QSignalSpy added(&area, &ReferenceDropArea::referencesAdded);
    QSignalSpy processed(&area, &ReferenceDropArea::processed);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&area, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&area, &drop);
    QVERIFY(processed.wait(120000));
    QCOMPARE(added.count(), 1);
    QCOMPARE(referenceCount(), std::size_t(1));
    QCOMPARE(m_registry->references().list()->front().pupilId, m_pupilId);
    QCOMPARE(area.lastMessages().size(), 1);
    // The fetched photo carries no recent capture date: it is stored, with the warning.
    QVERIFY2(area.lastMessages().first().contains(QStringLiteral("ouder dan een jaar")),
             qPrintable(area.lastMessages().first()));
}

void TestReferenceDrop::groupPhotoIsRefused()
{
    // A group photo composed from the fetched portraits: two faces side by side.
    const QString obama = test::fetchedImage(QStringLiteral("obama.jpg"));
    const QString biden = test::fetchedImage(QStringLiteral("biden.jpg"));
    BW_REQUIRE_DATA(obama, QStringLiteral("obama.jpg"));
    BW_REQUIRE_DATA(biden, QStringLiteral("biden.jpg"));
    const cv::Mat left = cv::imread(obama.toStdString());
    cv::Mat right;
    const cv::Mat bidenImage = cv::imread(biden.toStdString());
    cv::resize(bidenImage, right, cv::Size(bidenImage.cols * left.rows / bidenImage.rows, left.rows));
    cv::Mat group;
    cv::hconcat(left, right, group);
    const QString path = m_dir.filePath(QStringLiteral("groep.jpg"));
    QVERIFY(cv::imwrite(path.toStdString(), group));

    const std::size_t before = referenceCount();
    ReferenceDropArea area(m_registry.get());
    area.setPupil(m_pupilId);
    QSignalSpy processed(&area, &ReferenceDropArea::processed);
    area.addPhotos({path});
    QVERIFY(processed.wait(120000));
    QCOMPARE(referenceCount(), before);
    QVERIFY2(area.lastMessages().first().contains(QStringLiteral("meer dan één gezicht")),
             qPrintable(area.lastMessages().first()));
}

void TestReferenceDrop::consentScreenCountsReferencesAndKeepsMessagesPerPupil()
{
    const QString photo = test::fetchedImage(QStringLiteral("biden.jpg"));
    BW_REQUIRE_DATA(photo, QStringLiteral("biden.jpg"));
    ConsentDialog dialog(m_registry.get());
    dialog.show();
    const qint64 biden = m_registry->pupilByName(QStringLiteral("Joe Biden"))->value().id;
    const qint64 michelle = m_registry->pupilByName(QStringLiteral("Michelle Robinson"))->value().id;
    // Enrolment needs the pupil's face-recognition consent.
    QVERIFY(test::recordAnswer(*m_registry, QStringLiteral("Joe Biden"), QStringLiteral("gezichtsherkenning"), true)
                .has_value());
    dialog.selectPupil(biden);
    QVERIFY(dialog.choosePhotosButton()->isEnabled());
    QSignalSpy processed(dialog.referenceArea(), &ReferenceDropArea::processed);
    dialog.referenceArea()->addPhotos({photo});
    QVERIFY(processed.wait(120000));
    QCOMPARE(dialog.referenceArea()->lastMessages().size(), 1);
    QVERIFY(dialog.referenceArea()->text().contains(QStringLiteral("biden.jpg")));

    // The table counts the reference photos and marks the outdated ones (this one has no
    // capture date: it counts as outdated).
    const PupilTableModel *model = dialog.pupilModel();
    const QModelIndex cell = model->index(model->rowOfPupil(biden), PupilTableModel::ReferencesColumn);
    QCOMPARE(cell.data(PupilTableModel::kReferenceCountRole).toInt(), 1);
    QCOMPARE(cell.data(PupilTableModel::kOutdatedReferencesRole).toInt(), 1);
    QVERIFY2(cell.data().toString().contains(QStringLiteral("verouderd")), qPrintable(cell.data().toString()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ouder dan een jaar")));

    // Another pupil: the messages about Joe Biden's photos are not shown there.
    dialog.selectPupil(michelle);
    QVERIFY(dialog.referenceArea()->lastMessages().isEmpty());
    QVERIFY(!dialog.referenceArea()->text().contains(QStringLiteral("biden.jpg")));
    dialog.selectPupil(biden);
    QCOMPARE(dialog.referenceArea()->lastMessages().size(), 1);
}

QTEST_MAIN(TestReferenceDrop)
#include "tst_referencedrop.moc"
