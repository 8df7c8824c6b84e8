#include "DemoWorkspace.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;

namespace {

// SplitMix64: small, and the same sequence on every platform (std:: distributions are not).
class DemoRandom
{
public:
    explicit DemoRandom(const QString &seed)
    {
        for (const QChar c : seed)
            m_state = (m_state ^ c.unicode()) * 0x100000001b3ULL; // FNV-1a over the seed
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) // inclusive
    {
        return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1));
    }
    template <class T>
    const T &pick(const QList<T> &items)
    {
        return items.at(static_cast<qsizetype>(next() % static_cast<quint64>(items.size())));
    }

private:
    quint64 m_state = 0xcbf29ce484222325ULL;
};

const QStringList Regions = {u"North East"_s,    u"North West"_s,    u"Yorkshire and The Humber"_s,
                             u"East Midlands"_s, u"West Midlands"_s, u"East of England"_s,
                             u"London"_s,        u"South East"_s,    u"South West"_s,
                             u"Wales"_s};
const QStringList AgeBands = {u"16-24"_s, u"25-34"_s, u"35-49"_s, u"50-64"_s, u"65-74"_s, u"75+"_s};
const QStringList Sexes = {u"Female"_s, u"Male"_s};
const QStringList RSteps = {
    u"load_extract"_s, u"clean_variables"_s, u"derive_exposure"_s,    u"link_lookups"_s,  u"descriptives"_s,
    u"crosstabs"_s,    u"models_main"_s,     u"models_sensitivity"_s, u"figures"_s,       u"missing_data"_s,
    u"weights"_s,      u"subgroups"_s,       u"robustness"_s,         u"export_outputs"_s};
const QStringList StataSteps = {u"prepare"_s, u"recode"_s,  u"tabulate"_s,       u"logit"_s,
                                u"poisson"_s, u"margins"_s, u"survey_weights"_s, u"checks"_s};
const QStringList PythonSteps = {u"build_features"_s,       u"validate_schema"_s, u"plot_trends"_s,
                                 u"bootstrap_ci"_s,         u"table_helpers"_s,   u"make_figures"_s,
                                 u"suppress_small_cells"_s, u"compare_years"_s};
const QStringList Helpers = {u"utils"_s, u"labels"_s, u"themes"_s, u"rounding"_s, u"io"_s, u"checks"_s};
const QStringList TableSubjects = {u"by_region"_s, u"by_age"_s,        u"by_sex"_s,
                                   u"by_year"_s,   u"by_region_age"_s, u"by_deprivation"_s};

class Writer
{
public:
    Writer(const QString &root, const DemoTopic &topic)
        : m_root(root), m_topic(topic), m_random(topic.projectId)
    {
        m_spanDays = std::max<qint64>(1, topic.firstActivity.daysTo(topic.lastActivity));
    }

    bool write(const QString &path, const QByteArray &content)
    {
        const QString full = QDir(m_root).filePath(path);
        if (!QDir().mkpath(QFileInfo(full).absolutePath())) {
            m_error = u"cannot create the folder for %1"_s.arg(full);
            return false;
        }
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            m_error = u"cannot write %1: %2"_s.arg(full, file.errorString());
            return false;
        }
        // Spread the files over the project's life, so the workspace looks lived in.
        const qint64 day = static_cast<qint64>(m_random.next() % static_cast<quint64>(m_spanDays + 1));
        const QDateTime at(m_topic.firstActivity.addDays(day),
                           QTime(m_random.between(8, 18), m_random.between(0, 59), m_random.between(0, 59)),
                           Qt::UTC);
        file.setFileTime(at, QFileDevice::FileModificationTime);
        ++m_count;
        return true;
    }

    DemoRandom &random() { return m_random; }
    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] QString error() const { return m_error; }

private:
    QString m_root;
    const DemoTopic &m_topic;
    DemoRandom m_random;
    qint64 m_spanDays = 1;
    int m_count = 0;
    QString m_error;
};

QByteArray lines(const QStringList &l)
{
    return l.join(u'\n').toUtf8() + '\n';
}

QString num(int n, int width = 2)
{
    return u"%1"_s.arg(n, width, 10, QLatin1Char('0'));
}

QByteArray readme(const DemoTopic &t)
{
    return lines({u"# %1 — %2"_s.arg(t.projectId, t.title), QString(),
                  u"Synthetic demonstration workspace. Every file here was generated for the demo;"_s,
                  u"none of it comes from real data."_s, QString(), u"## Layout"_s, QString(),
                  u"- `code/` analysis code (R, Stata, Python, SQL), run in numbered order"_s,
                  u"- `data/derived/` analysis files derived from: %1"_s.arg(t.datasets.join(u"; "_s)),
                  u"- `outputs/tables/`, `outputs/figures/`, `outputs/models/` candidate outputs"_s,
                  u"- `docs/` plans, notes and the variable dictionary"_s, u"- `logs/` run logs"_s, QString(),
                  u"Outputs must be checked by the statistical support team before release."_s});
}

QByteArray rScript(const DemoTopic &t, int index, const QString &step)
{
    return lines({u"# %1 — step %2: %3"_s.arg(t.projectId, num(index), step), u"# Synthetic demo code."_s,
                  u"library(dplyr)"_s, u"library(readr)"_s, u"source(\"code/R/functions/utils.R\")"_s,
                  QString(), u"analysis <- read_csv(\"data/derived/analysis_sample_part01.csv\")"_s,
                  u"analysis <- analysis %>%"_s, u"  filter(!is.na(%1)) %>%"_s.arg(t.outcome),
                  u"  mutate(%1_band = cut(%1, breaks = 4))"_s.arg(t.exposure), QString(),
                  u"summary_table <- analysis %>%"_s, u"  group_by(region, age_band) %>%"_s,
                  u"  summarise(n = n(), %1_rate = mean(%1), .groups = \"drop\")"_s.arg(t.outcome), QString(),
                  u"write_csv(summary_table, \"outputs/tables/table_%1_%2.csv\")"_s.arg(num(index), step)});
}

QByteArray stataScript(const DemoTopic &t, int index, const QString &step)
{
    return lines(
        {u"* %1 — %2 (synthetic demo code)"_s.arg(t.projectId, step), u"version 17"_s,
         u"use \"data/derived/analysis_sample.dta\", clear"_s, u"tabulate region %1, row"_s.arg(t.outcome),
         u"logit %1 c.%2 i.age_band i.sex i.region, vce(robust)"_s.arg(t.outcome, t.exposure),
         u"margins, dydx(%1)"_s.arg(t.exposure),
         u"log using \"logs/stata_%1_%2.log\", replace text"_s.arg(num(index), step), u"log close"_s});
}

QByteArray pythonScript(const DemoTopic &t, const QString &step)
{
    return lines(
        {u"\"\"\"%1: %2 (synthetic demo code).\"\"\""_s.arg(t.projectId, step), u"import pandas as pd"_s,
         QString(), QString(), u"def main() -> None:"_s,
         u"    frame = pd.read_csv(\"data/derived/analysis_sample_part01.csv\")"_s,
         u"    grouped = frame.groupby([\"region\", \"age_band\"])[\"%1\"].agg([\"count\", \"mean\"])"_s.arg(
             t.outcome),
         u"    grouped.to_csv(\"outputs/tables/%1.csv\")"_s.arg(step), QString(), QString(),
         u"if __name__ == \"__main__\":"_s, u"    main()"_s});
}

QByteArray sqlScript(const DemoTopic &t, int index)
{
    return lines({u"-- %1 extract %2 (synthetic demo code)"_s.arg(t.projectId, num(index)),
                  u"SELECT person_id, region, age_band, sex, %1, %2"_s.arg(t.exposure, t.outcome),
                  u"FROM project_view_%1"_s.arg(index), u"WHERE survey_year BETWEEN 2015 AND 2023;"_s});
}

QByteArray countTable(DemoRandom &r, const DemoTopic &t, const QString &subject)
{
    QStringList out;
    const bool byAge = subject.contains(u"age"_s);
    const QStringList &rows = byAge ? AgeBands : Regions;
    out.append(u"%1,n,%2_count,%2_percent"_s.arg(byAge ? u"age_band"_s : u"region"_s, t.outcome));
    for (const QString &row : rows) {
        // Mostly comfortable counts, now and then a small one for the checkers to catch.
        const int n = r.between(0, 9) == 0 ? r.between(3, 9) : r.between(40, 2400);
        const int cases = std::min(n, r.between(0, std::max(1, n / 3)));
        const double percent = n > 0 ? 100.0 * cases / n : 0.0;
        out.append(u"\"%1\",%2,%3,%4"_s.arg(row).arg(n).arg(cases).arg(percent, 0, 'f', 1));
    }
    return lines(out);
}

// A bar chart as a PNG (outputs are released only as formats whose whole content a checker
// sees: a figure is a picture, with its caption in the file's name, not hidden inside it).
QByteArray figure(DemoRandom &r)
{
    QImage image(420, 240, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < 8; ++i) {
        const int h = r.between(20, 200);
        painter.fillRect(20 + i * 48, 220 - h, 36, h, QColor(0x1d, 0x70, 0xb8));
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray modelOutput(DemoRandom &r, const DemoTopic &t, int index)
{
    QStringList out = {u"Model %1: %2 ~ %3 + age_band + sex + region (synthetic demo output)"_s.arg(
                           num(index), t.outcome, t.exposure),
                       u"term,estimate,std_error,p_value"_s};
    const QStringList terms = {u"(Intercept)"_s,   t.exposure,   u"age_band35-49"_s,
                               u"age_band50-64"_s, u"sexMale"_s, u"regionLondon"_s};
    for (const QString &term : terms) {
        const double estimate = (r.between(-500, 500)) / 1000.0;
        const double se = r.between(5, 120) / 1000.0;
        out.append(u"%1,%2,%3,%4"_s.arg(term)
                       .arg(estimate, 0, 'f', 3)
                       .arg(se, 0, 'f', 3)
                       .arg(r.between(1, 999) / 1000.0, 0, 'f', 3));
    }
    out.append(u"n_obs,%1"_s.arg(r.between(8000, 60000)));
    return lines(out);
}

QByteArray logFile(DemoRandom &r, const DemoTopic &t, const QString &script)
{
    QStringList out = {u"[info] running %1 for %2"_s.arg(script, t.projectId)};
    const int steps = r.between(4, 12);
    for (int i = 0; i < steps; ++i)
        out.append(u"[info] step %1: %2 rows processed"_s.arg(i + 1).arg(r.between(1000, 90000)));
    if (r.between(0, 5) == 0)
        out.append(u"[warning] %1 missing values in %2 dropped"_s.arg(r.between(2, 300)).arg(t.exposure));
    out.append(u"[info] finished"_s);
    return lines(out);
}

QByteArray sampleRows(DemoRandom &r, const DemoTopic &t)
{
    QStringList out = {u"person_id,region,age_band,sex,%1,%2"_s.arg(t.exposure, t.outcome)};
    for (int i = 0; i < 150; ++i)
        out.append(u"S%1,\"%2\",%3,%4,%5,%6"_s.arg(r.between(100000, 999999))
                       .arg(r.pick(Regions), r.pick(AgeBands), r.pick(Sexes))
                       .arg(r.between(0, 120))
                       .arg(r.between(0, 1)));
    return lines(out);
}

} // namespace

int writeDemoWorkspace(const QString &folder, const DemoTopic &t, QString *error)
{
    Writer w(folder, t);
    DemoRandom &r = w.random();
    bool ok = w.write(u"README.md"_s, readme(t));
    ok = ok && w.write(u"docs/data-management-plan.md"_s,
                       lines({u"# Data management plan — %1"_s.arg(t.projectId),
                              u"Data stay in the secure research service; only checked outputs leave."_s}));
    ok = ok &&
         w.write(u"docs/analysis-plan.md"_s,
                 lines({u"# Analysis plan"_s, u"Outcome: %1. Exposure: %2."_s.arg(t.outcome, t.exposure)}));
    ok = ok && w.write(u"docs/variable-dictionary.md"_s,
                       lines({u"| variable | meaning |"_s, u"|---|---|"_s, u"| region | ITL1 region |"_s,
                              u"| age_band | age in bands |"_s, u"| %1 | outcome |"_s.arg(t.outcome),
                              u"| %1 | exposure |"_s.arg(t.exposure)}));
    ok =
        ok && w.write(u"docs/disclosure-control-notes.md"_s,
                      lines({u"# Disclosure control"_s, u"Counts below 10 are suppressed; rounded to 5."_s}));
    for (int i = 1; ok && i <= 12; ++i)
        ok = w.write(u"docs/meeting-notes/%1.md"_s.arg(t.firstActivity.addDays(i * 14).toString(Qt::ISODate)),
                     lines({u"# Team meeting %1"_s.arg(i), u"- reviewed %1"_s.arg(r.pick(TableSubjects)),
                            u"- next: %1"_s.arg(r.pick(RSteps))}));
    for (int i = 0; ok && i < RSteps.size(); ++i)
        ok = w.write(u"code/R/%1_%2.R"_s.arg(num(i + 1), RSteps.at(i)), rScript(t, i + 1, RSteps.at(i)));
    for (int i = 0; ok && i < Helpers.size(); ++i)
        ok = w.write(u"code/R/functions/%1.R"_s.arg(Helpers.at(i)),
                     lines({u"# helper functions: %1"_s.arg(Helpers.at(i)),
                            u"round_to_5 <- function(x) 5 * round(x / 5)"_s}));
    for (int i = 0; ok && i < StataSteps.size(); ++i)
        ok = w.write(u"code/stata/%1_%2.do"_s.arg(num(i + 1), StataSteps.at(i)),
                     stataScript(t, i + 1, StataSteps.at(i)));
    for (int i = 0; ok && i < PythonSteps.size(); ++i)
        ok = w.write(u"code/python/%1.py"_s.arg(PythonSteps.at(i)), pythonScript(t, PythonSteps.at(i)));
    for (int i = 1; ok && i <= 4; ++i)
        ok = w.write(u"code/sql/extract_%1.sql"_s.arg(num(i)), sqlScript(t, i));
    ok = ok && w.write(u"data/lookups/region_codes.csv"_s, lines(QStringList{u"region"_s} + Regions));
    ok = ok && w.write(u"data/lookups/age_bands.csv"_s, lines(QStringList{u"age_band"_s} + AgeBands));
    for (int i = 1; ok && i <= 10; ++i)
        ok = w.write(u"data/derived/analysis_sample_part%1.csv"_s.arg(num(i)), sampleRows(r, t));
    for (int i = 1; ok && i <= 60; ++i) {
        const QString subject = TableSubjects.at((i - 1) % TableSubjects.size());
        const QString folderName = i > 48 ? u"outputs/tables/drafts"_s : u"outputs/tables"_s;
        ok = w.write(u"%1/table_%2_%3.csv"_s.arg(folderName, num(i), subject), countTable(r, t, subject));
    }
    for (int i = 1; ok && i <= 24; ++i) {
        const QString name = u"outputs/figures/figure_%1_%2.png"_s.arg(num(i), r.pick(TableSubjects));
        r.pick(TableSubjects); // drawn as before, so that the files after the figures stay the same
        ok = w.write(name, figure(r));
    }
    for (int i = 1; ok && i <= 16; ++i)
        ok = w.write(u"outputs/models/model_%1.csv"_s.arg(num(i)), modelOutput(r, t, i));
    for (int i = 1; ok && i <= 70; ++i) {
        const QString script = r.pick(RSteps);
        const QDate day = t.firstActivity.addDays(
            r.between(0, std::max<int>(1, static_cast<int>(t.firstActivity.daysTo(t.lastActivity)))));
        ok = w.write(u"logs/%1/run_%2_%3_%4.log"_s.arg(QString::number(day.year()),
                                                       day.toString(u"yyyyMMdd"_s), num(i, 3), script),
                     logFile(r, t, script));
    }
    // The submission demo: a table with one small cell (Wales, under 35: 6 people) and its
    // unweighted counts. The checker names the cell by its place (B4); suppressing it ("[c]")
    // fixes it. Written last, so that the other files keep their times.
    if (ok && t.projectId == "P-2026-001"_L1) {
        const QByteArray table = "Region,Under 35,35 and over\n"
                                 "North East,112,348\n"
                                 "North West,236,611\n"
                                 "Wales,6,187\n"
                                 "London,301,702\n";
        ok = w.write(u"outputs/income_by_region.csv"_s, table) &&
             w.write(u"outputs/income_by_region_counts.csv"_s, table);
    }
    if (!ok) {
        *error = w.error();
        return -1;
    }
    return w.count();
}

} // namespace srs::server::admin
