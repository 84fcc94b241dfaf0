#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

namespace bw::test {

QString fetchedImage(const QString &name)
{
    return fetchedFile(QStringLiteral("testimages/") + name);
}

QString fetchedFile(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(BW_FETCH_DIR)).filePath(relativePath);
    return QFileInfo(path).isFile() ? path : QString();
}

QString sourcePath(const QString &relativePath)
{
    return QDir(QStringLiteral(BW_SOURCE_DIR)).filePath(relativePath);
}

QString pascalDir()
{
    const QString path = QStringLiteral(BW_SHARED_TESTDATA "/faces-pascal");
    return QFileInfo(path + QStringLiteral("/testing.xml")).isFile() ? QDir::cleanPath(path) : QString();
}

QString binDir()
{
    return QStringLiteral(BW_BUILD_BIN_DIR);
}

bool testDataRequired()
{
    return qEnvironmentVariable("BW_REQUIRE_TEST_DATA") == QLatin1String("1");
}

} // namespace bw::test
