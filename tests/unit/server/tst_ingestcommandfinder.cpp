// The commands in code that reach outside the project: package installs, network fetches and
// shell-outs, each a "flag" finding with its line; notebooks cell by cell ("!" lines are shell
// commands there); comments and ordinary code are not flagged.

#include "services/IngestCommandFinder.h"

#include <QTest>

using srs::server::IngestCommandFinder;

class TestIngestCommandFinder : public QObject
{
    Q_OBJECT
private slots:
    void lines_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("rules");
        const QStringList install{"command-install"};
        const QStringList download{"command-download"};
        const QStringList shell{"command-shell"};
        const QStringList none;
        QTest::newRow("pip") << "Python"
                             << "os.system('pip install numpy')"
                             << QStringList{"command-install", "command-shell"};
        QTest::newRow("python -m pip") << "Python"
                                       << "python3 -m pip install --user pandas" << install;
        QTest::newRow("conda") << ""
                               << "conda install -c conda-forge scipy" << install;
        QTest::newRow("install.packages") << "R"
                                          << "install.packages(\"data.table\")" << install;
        QTest::newRow("devtools") << "R"
                                  << "devtools::install_github(\"someone/pkg\")" << install;
        QTest::newRow("remotes") << "R"
                                 << "remotes::install_version(\"x\", \"1.0\")" << install;
        QTest::newRow("BiocManager") << "R"
                                     << "BiocManager::install(\"limma\")" << install;
        QTest::newRow("pacman") << "R"
                                << "library(pacman)" << install;
        QTest::newRow("p_load") << "R"
                                << "pacman::p_load(dplyr, tidyr)" << install;
        QTest::newRow("npm") << ""
                             << "npm install left-pad" << install;
        QTest::newRow("apt") << ""
                             << "sudo apt-get install -y jq" << install;
        QTest::newRow("ssc") << "Stata"
                             << "ssc install estout" << install;
        QTest::newRow("curl") << ""
                              << "curl -O https://example.org/data.csv" << download;
        QTest::newRow("wget") << ""
                              << "wget https://example.org/x" << download;
        QTest::newRow("requests") << "Python"
                                  << "r = requests.get(url, timeout=10)" << download;
        QTest::newRow("urllib") << "Python"
                                << "urllib.request.urlretrieve(u, 'x.zip')" << download;
        QTest::newRow("download.file") << "R"
                                       << "download.file(src, \"x.csv\")" << download;
        QTest::newRow("url()") << "R"
                               << "con <- url(\"https://example.org/a\")" << download;
        QTest::newRow("httr") << "R"
                              << "resp <- httr::GET(api)" << download;
        QTest::newRow("read from a URL") << "R"
                                         << "d <- read.csv(\"https://example.org/a.csv\")" << download;
        QTest::newRow("pandas from a URL") << "Python"
                                           << "df = pd.read_csv('http://example.org/a.csv')" << download;
        QTest::newRow("Invoke-WebRequest") << ""
                                           << "Invoke-WebRequest -Uri $u -OutFile x" << download;
        QTest::newRow("git clone") << ""
                                   << "git clone https://github.com/x/y" << download;
        QTest::newRow("system()") << "R"
                                  << "system(\"ls -l\")" << shell;
        QTest::newRow("system2") << "R"
                                 << "system2(\"python\", args)" << shell;
        QTest::newRow("os.system") << "Python"
                                   << "os.system(cmd)" << shell;
        QTest::newRow("subprocess") << "Python"
                                    << "subprocess.run(['ls'])" << shell;
        QTest::newRow("shell=True") << "Python"
                                    << "Popen(cmd, shell=True)" << shell;
        QTest::newRow("Runtime.exec") << ""
                                      << "Runtime.getRuntime().exec(cmd);" << shell;
        QTest::newRow("backticks (shell)") << "shell"
                                           << "files=`ls -1 data`" << shell;
        QTest::newRow("backticks in R are names") << "R"
                                                  << "x$`my column` <- 1" << none;
        QTest::newRow("Stata shell") << "Stata"
                                     << "shell rm -f temp.dta" << shell;
        QTest::newRow("%%bash magic") << "Python"
                                      << "%%bash" << shell;
        QTest::newRow("a comment") << "R"
                                   << "# install.packages(\"x\") was run once by the service" << none;
        QTest::newRow("ordinary R") << "R"
                                    << "model <- glm(y ~ x, family = binomial, data = d)" << none;
        QTest::newRow("ordinary Python") << "Python"
                                         << "total = sum(row['count'] for row in rows)" << none;
        QTest::newRow("a word like curly") << "R"
                                           << "curly <- 3" << none;
        QTest::newRow("a local file") << "R"
                                      << "d <- read.csv(\"data/a.csv\")" << none;
    }

    void lines()
    {
        QFETCH(QString, language);
        QFETCH(QString, line);
        QFETCH(QStringList, rules);
        QStringList found;
        for (const auto &f : IngestCommandFinder::findInLine(line, language, false)) {
            found << f.rule;
            QCOMPARE(f.severity, QString("flag"));
            QVERIFY(!f.message.isEmpty());
        }
        found.sort();
        rules.sort();
        QCOMPARE(found, rules);
    }

    void linesAreNumbered()
    {
        const QString code =
            "library(dplyr)\n\n# fetch the codes\ncodes <- read.csv(\"codes.csv\")\n"
            "download.file(\"https://example.org/x.csv\", \"x.csv\")\nsystem(\"rm x.csv\")\n";
        const auto found = IngestCommandFinder::find("prepare.R", code);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).rule, QString("command-download"));
        QCOMPARE(found.at(0).line, 5);
        QCOMPARE(found.at(1).rule, QString("command-shell"));
        QCOMPARE(found.at(1).line, 6);
    }

    void notebookCells()
    {
        const QString nb = R"({"cells": [
            {"cell_type": "markdown", "source": ["!pip install in a markdown cell is text\n"]},
            {"cell_type": "code", "source": ["import pandas as pd\n", "!pip install seaborn\n"]},
            {"cell_type": "code", "source": "x = 1\n!ls data\n"}],
            "metadata": {"kernelspec": {"language": "python"}}})";
        const auto found = IngestCommandFinder::find("analysis.ipynb", nb);
        QStringList seen;
        for (const auto &f : found)
            seen << QString("%1:%2:%3").arg(f.parameters.value("cell").toInt()).arg(f.line).arg(f.rule);
        QCOMPARE(seen, (QStringList{"2:2:command-shell", "2:2:command-install", "3:2:command-shell"}));
    }
};

QTEST_GUILESS_MAIN(TestIngestCommandFinder)
#include "tst_ingestcommandfinder.moc"
