#include "clicontext.h"

namespace bw::cli {

int failRun(CliContext &context, const QString &message)
{
    context.err << "beeldwacht-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
                << Qt::endl;
    return 1;
}

} // namespace bw::cli
