#pragma once

// Helpers shared by the sdc tests (and the benchmark): an in-memory file resolver, a spec
// built from a few fields, and a minimal XLSX writer.

#include "sdc/SubmissionChecker.h"
#include "sdc/TableSpec.h"

#include <QBuffer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace srs::sdc::test {

inline FileResolver memoryResolver(const QHash<QString, QByteArray> &files)
{
    return [files](const QString &name) -> Result<QByteArray> {
        if (!files.contains(name))
            return makeError(ErrorCode::FileNotFound, name + QStringLiteral(": no such file."));
        return files.value(name);
    };
}

// Checks one table given as CSV text. `companions` maps "counts"/"top1"/... to CSV text.
inline Report checkOne(const QByteArray &table, const QHash<QString, QByteArray> &companions,
                       const QJsonObject &extraSpec = {}, const RiskProfile &profile = {})
{
    QHash<QString, QByteArray> files{{QStringLiteral("table.csv"), table}};
    QJsonObject spec{{QStringLiteral("file"), QStringLiteral("table.csv")},
                     {QStringLiteral("statistic"), QStringLiteral("frequency")}};
    for (auto it = companions.cbegin(); it != companions.cend(); ++it) {
        files.insert(it.key() + QStringLiteral(".csv"), it.value());
        spec.insert(it.key(), QString(it.key() + QStringLiteral(".csv")));
    }
    for (auto it = extraSpec.begin(); it != extraSpec.end(); ++it)
        spec.insert(it.key(), it.value());
    auto parsed = tableSpecFromJson(spec, QStringLiteral("spec"));
    if (!parsed) {
        Report r;
        FileReport f;
        f.error = parsed.error();
        r.files << f;
        return r;
    }
    return checkSubmission({parsed.value()}, profile, memoryResolver(files));
}

inline QStringList rulesOf(const Report &report)
{
    QStringList rules;
    for (const FileReport &f : report.files) {
        for (const Finding &x : f.allFindings())
            rules << x.rule + QLatin1Char(':') + outcomeName(x.outcome);
    }
    return rules;
}

// Writes a workbook with the given sheets; each sheet is rows of cells, a cell that reads
// as a number is written as a number, anything else as a shared string (or inline string
// when `inlineStrings`).
inline QByteArray writeXlsx(const QList<QPair<QString, QList<QStringList>>> &sheets,
                            bool inlineStrings = false)
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    auto put = [&zip](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(data);
        file.close();
    };
    auto escape = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>";
    put(QStringLiteral("[Content_Types].xml"), types);
    put(QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QStringList shared;
    QHash<QString, int> sharedIndex;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QByteArray n = QByteArray::number(s + 1);
        workbook +=
            "<sheet name=\"" + escape(sheets[s].first) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        const auto &rows = sheets[s].second;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            for (qsizetype c = 0; c < rows[r].size(); ++c) {
                const QString &v = rows[r][c];
                if (v.isEmpty())
                    continue;
                QByteArray ref;
                qsizetype col = c + 1;
                while (col > 0) {
                    ref.prepend(static_cast<char>('A' + (col - 1) % 26));
                    col = (col - 1) / 26;
                }
                ref += QByteArray::number(r + 1);
                bool isNumber = false;
                v.toDouble(&isNumber);
                if (isNumber) {
                    xml += "<c r=\"" + ref + "\"><v>" + v.toUtf8() + "</v></c>";
                } else if (inlineStrings) {
                    xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(v) + "</t></is></c>";
                } else {
                    if (!sharedIndex.contains(v)) {
                        sharedIndex.insert(v, static_cast<int>(shared.size()));
                        shared << v;
                    }
                    xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(sharedIndex.value(v)) +
                           "</v></c>";
                }
            }
            xml += "</row>";
        }
        xml += "</sheetData></worksheet>";
        put(QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1), xml);
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    put(QStringLiteral("xl/workbook.xml"), workbook);
    put(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : shared)
        sst += "<si><t>" + escape(s) + "</t></si>";
    sst += "</sst>";
    put(QStringLiteral("xl/sharedStrings.xml"), sst);
    zip.close();
    return out;
}

// The parts of a zip archive by name (for changing a workbook written by writeXlsx), and back.
inline QMap<QString, QByteArray> zipParts(const QByteArray &zipBytes)
{
    QMap<QString, QByteArray> parts;
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            parts.insert(zip.getCurrentFileName(), file.readAll());
    }
    return parts;
}

// Writes the parts into a zip archive, in order; `repeated` are written again after them (a
// part stored twice).
inline QByteArray writeZip(const QMap<QString, QByteArray> &parts, const QStringList &repeated = {})
{
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    auto put = [&zip](const QString &name, const QByteArray &data) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(data);
        file.close();
    };
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        put(it.key(), it.value());
    for (const QString &name : repeated)
        put(name, parts.value(name));
    zip.close();
    return out;
}

inline QList<QStringList> csvRows(const QString &csv)
{
    QList<QStringList> rows;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char(','));
    return rows;
}

} // namespace srs::sdc::test
