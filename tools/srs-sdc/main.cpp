#include "SdcCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("srs-sdc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRS_SDC_VERSION));
    return srs::sdc::tool::run(QCoreApplication::arguments());
}
