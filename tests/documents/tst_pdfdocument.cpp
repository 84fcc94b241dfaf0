#include "pdfdocument.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::documents;
using bw::test::pdfText;

class TstPdfDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing; run installer/setup (package poppler-utils)");
    }

    void rendersTextAndPicturesOnA4()
    {
        QImage picture(400, 300, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        PrintableDocument document{
            QStringLiteral("Toestemming"),
            QStringLiteral("<h1>Toestemmingsformulier</h1><p>Leerling: Zoë Çelik-Jansen</p>"
                           "<p><img src=\"foto\" width=\"200\"></p>"),
            {{QStringLiteral("foto"), picture}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formulier.pdf"));
        const Result<void> written = writePdf(document, path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.contains("/Subtype /Image"), "the picture is not in the PDF");
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Toestemmingsformulier")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Zoë Çelik-Jansen")), qPrintable(text));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void missingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weg/brief.pdf"));
        const Result<void> written = writePdf({QStringLiteral("x"), QStringLiteral("<p>x</p>"), {}}, path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::WriteFailed);
        QVERIFY(written.error().message.contains(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_MAIN(TstPdfDocument)
#include "tst_pdfdocument.moc"
