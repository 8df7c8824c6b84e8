// Linked into the tests of the client's screens: the English catalogue (the English forms of the
// plural texts, "%Ln file(s)") installed as the program installs it for English, so that the
// tests read what a person reads.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishCatalogue()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral("srs_en"), QStringLiteral(SRS_QM_DIR)))
        qFatal("the English catalogue srs_en.qm is not in %s", SRS_QM_DIR);
    QCoreApplication::installTranslator(english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)
