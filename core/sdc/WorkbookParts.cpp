#include "WorkbookParts.h"

#include "XlsxArchive.h"
#include "XmlScanner.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace srs::sdc {

namespace {

using Kind = WorkbookProblem::Kind;

const QString ContentTypesPart = QStringLiteral("[Content_Types].xml");
const QString WorkbookPart = QStringLiteral("xl/workbook.xml");
const QString WorkbookRelsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
const QString SharedStringsPart = QStringLiteral("xl/sharedStrings.xml");

// Parts every plain workbook may have, by name (lower case).
bool isAllowedFixedPart(const QString &lower)
{
    static const QSet<QString> fixed{
        QStringLiteral("[content_types].xml"),  QStringLiteral("_rels/.rels"),
        QStringLiteral("docprops/core.xml"),    QStringLiteral("docprops/app.xml"),
        QStringLiteral("xl/workbook.xml"),      QStringLiteral("xl/_rels/workbook.xml.rels"),
        QStringLiteral("xl/sharedstrings.xml"), QStringLiteral("xl/styles.xml"),
        QStringLiteral("xl/calcchain.xml")};
    static const QRegularExpression folders(QStringLiteral(
        R"(^(xl/theme/[^/]+\.xml|xl/theme/_rels/[^/]+\.xml\.rels|xl/worksheets/_rels/[^/]+\.xml\.rels)$)"));
    return fixed.contains(lower) || folders.match(lower).hasMatch();
}

// What a part that is not allowed is, by where packages keep it (lower case).
Kind kindOfPart(const QString &lower)
{
    const auto under = [&lower](std::initializer_list<const char *> prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&lower](const char *p) { return lower.startsWith(QLatin1String(p)); });
    };
    if (lower.endsWith(QLatin1String("vbaproject.bin")) ||
        lower.endsWith(QLatin1String("vbaprojectsignature.bin")) ||
        lower.endsWith(QLatin1String("vbadata.xml")) || under({"xl/macrosheets/"}))
        return Kind::Macros;
    if (under({"xl/dialogsheets/"}))
        return Kind::OtherSheet;
    if (under({"xl/pivottables/", "xl/pivotcache/", "xl/slicers/", "xl/slicercaches/", "xl/timelines/",
               "xl/timelinecaches/"}))
        return Kind::PivotTable;
    if (under({"xl/externallinks/"}))
        return Kind::ExternalLink;
    if (under({"xl/embeddings/", "xl/activex/", "xl/ctrlprops/"}))
        return Kind::EmbeddedObject;
    if (under({"xl/comments", "xl/threadedcomments/", "xl/persons/"}))
        return Kind::Comments;
    if (under({"xl/drawings/", "xl/charts/", "xl/chartsheets/", "xl/media/", "xl/diagrams/",
               "docprops/thumbnail"}))
        return Kind::Drawing;
    if (under({"customxml/", "xl/customxml/"}))
        return Kind::CustomXml;
    if (under({"xl/connections.xml", "xl/querytables/", "xl/model/"}))
        return Kind::DataConnection;
    if (under({"xl/tables/"}))
        return Kind::FormattedTable;
    if (under({"xl/printersettings/"}))
        return Kind::PrinterSettings;
    if (lower == QLatin1String("docprops/custom.xml"))
        return Kind::HiddenText;
    return Kind::UnknownPart;
}

// What to say about the parts of one kind ("%1" is the list of parts).
QString groupMessage(Kind kind)
{
    switch (kind) {
    case Kind::PivotTable:
        return QStringLiteral("pivot tables and their caches (%1): a pivot cache keeps the source records; "
                              "paste the pivot table's values into a sheet and delete the pivot table");
    case Kind::ExternalLink:
        return QStringLiteral("links to other workbooks, files or web addresses (%1): break the links "
                              "(Data > Edit Links) and remove hyperlinks");
    case Kind::EmbeddedObject:
        return QStringLiteral("embedded objects or controls (%1): they are never released; delete them and "
                              "submit what they hold as outputs of their own");
    case Kind::Macros:
        return QStringLiteral("macros (%1): macros are never released; save the workbook as an Excel "
                              "Workbook (.xlsx)");
    case Kind::Comments:
        return QStringLiteral("comments or notes (%1): they are not checked; delete them");
    case Kind::Drawing:
        return QStringLiteral("drawings, charts or pictures (%1): they are not checked inside a workbook; "
                              "delete them and submit each figure as a PNG, JPEG or PDF file");
    case Kind::CustomXml:
        return QStringLiteral("custom XML data (%1): it is not checked; remove it");
    case Kind::DataConnection:
        return QStringLiteral("connections to outside data (%1): they can fetch or keep records; remove "
                              "them (Data > Queries & Connections)");
    case Kind::FormattedTable:
        return QStringLiteral("formatted tables (%1): they keep their own copy of the column names; convert "
                              "them to ranges (Table Design > Convert to Range)");
    case Kind::PrinterSettings:
        return QStringLiteral("printer settings (%1): binary parts cannot be checked; copy the sheets into "
                              "a new workbook");
    case Kind::OtherSheet:
        return QStringLiteral("dialog sheets (%1): they are not checked; delete them");
    case Kind::HiddenText:
        return QStringLiteral("custom document properties (%1): they are not checked; remove them "
                              "(File > Info > Properties)");
    case Kind::HiddenSheet:
    case Kind::Formula:
    case Kind::Ambiguous:
    case Kind::UnknownPart:
        break;
    }
    return QStringLiteral("parts the service cannot check (%1): copy the sheets into a new workbook and "
                          "submit that");
}

QString listParts(const QStringList &parts)
{
    constexpr qsizetype Shown = 3;
    QString out = parts.mid(0, Shown).join(QStringLiteral(", "));
    if (parts.size() > Shown)
        out += QStringLiteral(" and %1 more").arg(parts.size() - Shown);
    return out;
}

// A formula or defined name that points into another workbook: "[1]Sheet1!A1", "'C:\x\[book.xlsx]S'!A1",
// "https://...". A structured reference ("Table1[Column]") is not one.
bool refersOutside(QStringView text)
{
    static const QRegularExpression outside(QStringLiteral(R"(\[\d+\]|\.xl[a-z]{1,2}\]|://|\\\\)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return outside.match(text).hasMatch();
}

// True when a number format shows text of its own: a quoted or escaped letter or digit
// ("0 \"people\"", "\\N\\o"). Currency signs, spaces and punctuation are fine.
bool formatShowsText(QStringView code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i];
        if (quoted) {
            if (ch == QLatin1Char('"'))
                quoted = false;
            else if (ch.isLetterOrNumber())
                return true;
        } else if (bracket) {
            bracket = ch != QLatin1Char(']');
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char('[')) {
            bracket = true;
        } else if (ch == QLatin1Char('\\') && i + 1 < code.size() && code[i + 1].isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

struct Relationship
{
    QString type; // the last part of the type URI: "worksheet", "officeDocument", ...
    QString target;
    bool external = false;
};

// Copies bytes into `to`, keeping its buffer.
void setBytes(QByteArray &to, QByteArrayView from)
{
    to.resize(0);
    to.append(from);
}

// XmlScanner's handler for Inspector::walk(): start elements go to `start`, and the text of an
// element `start` asked for (its children's text included, the children not visited) to `text`
// at its end.
template <typename Start, typename Text>
struct PartWalker
{
    PartWalker(Start &onStart, Text &onText) : start(onStart), text(onText) {}

    Start &start;
    Text &text;
    int depth = 0; // inside the element whose text is kept: 1 in it, more in its children
    QByteArray name;
    QByteArray kept;

    bool startElement(QByteArrayView localName, const XmlAttributes &attributes)
    {
        if (depth > 0) {
            ++depth;
        } else if (start(localName, attributes)) {
            depth = 1;
            setBytes(name, localName);
            setBytes(kept, {});
        }
        return true;
    }
    bool endElement(QByteArrayView)
    {
        if (depth > 0 && --depth == 0)
            text(QByteArrayView(name), QByteArrayView(kept));
        return true;
    }
    bool characters(QByteArrayView content)
    {
        if (depth > 0)
            kept.append(content);
        return true;
    }
};

class Inspector
{
public:
    Inspector(QByteArrayView bytes, const QString &source, const ReaderLimits &limits)
        : m_archive(bytes, source, limits)
    {}

    Result<WorkbookInventory> run()
    {
        if (auto opened = m_archive.open(); !opened)
            return opened.error();
        auto entries = m_archive.entries();
        if (!entries)
            return entries.error();
        for (const XlsxArchive::Entry &e : entries.value()) {
            if (e.name.endsWith(QLatin1Char('/')) && e.size == 0)
                continue; // a folder entry holds nothing
            const QString lower = e.name.toLower();
            if (m_present.contains(lower)) {
                add(Kind::Ambiguous, e.name,
                    QStringLiteral("the part %1 is stored twice, so programs may read different copies; save "
                                   "the workbook again")
                        .arg(e.name));
                continue;
            }
            m_present.insert(lower, e.name);
        }
        if (auto s = checkContentTypes(); !s)
            return s.error();
        if (auto s = checkPackageRelationships(); !s)
            return s.error();
        if (auto s = readWorkbook(); !s)
            return s.error();
        if (auto s = checkSharedStrings(); !s)
            return s.error();
        for (WorkbookSheet &sheet : m_inventory.sheets) {
            if (auto s = checkSheet(sheet); !s)
                return s.error();
        }
        if (auto s = checkStyles(); !s)
            return s.error();
        if (auto s = checkDocumentProperties(); !s)
            return s.error();
        for (auto it = m_present.cbegin(); it != m_present.cend(); ++it)
            classify(it.key(), it.value());
        finish();
        return m_inventory;
    }

private:
    void add(Kind kind, const QString &part, const QString &message)
    {
        m_inventory.problems.append(WorkbookProblem{kind, part, message});
    }
    void group(Kind kind, const QString &part)
    {
        QStringList &parts = m_groups[kind];
        if (!parts.contains(part))
            parts.append(part);
    }

    Result<QByteArray> read(const QString &part) { return m_archive.readPart(part); }
    bool present(const QString &part) const { return m_present.contains(part.toLower()); }

    // Reads a part with the XLSX reader's scanner (XmlScanner: strict, one pass, the same limits),
    // calling `start(localName, attributes)` on each start element; when it returns true, the
    // element's text (its children's included, which are not visited) is handed to
    // `text(localName, text)` at its end. A DTD or bad XML is an error.
    template <typename Start, typename Text>
    Result<bool> walk(const QString &part, Start start, Text text)
    {
        auto bytes = read(part);
        if (!bytes)
            return bytes.error();
        PartWalker<Start, Text> walker(start, text);
        XmlScanner scanner(bytes.value());
        switch (scanner.parse(walker)) {
        case XmlScanner::Status::Ok:
        case XmlScanner::Status::Stopped:
            return true;
        case XmlScanner::Status::Dtd:
            return xlsxDtdError(m_archive.source(), part);
        case XmlScanner::Status::Malformed:
            break;
        }
        return xlsxXmlError(m_archive.source(), part, scanner.errorString(), scanner.errorLine());
    }
    template <typename Start>
    Result<bool> walk(const QString &part, Start start)
    {
        return walk(
            part,
            [&start](QByteArrayView name, const XmlAttributes &attributes) {
                start(name, attributes);
                return false;
            },
            [](QByteArrayView, QByteArrayView) {});
    }

    Result<bool> checkContentTypes()
    {
        if (!present(ContentTypesPart)) {
            add(Kind::UnknownPart, ContentTypesPart,
                QStringLiteral(
                    "the file is not a complete workbook (it has no %1); save it again as an Excel "
                    "Workbook (.xlsx)")
                    .arg(ContentTypesPart));
            return true;
        }
        bool macroEnabled = false;
        auto walked = walk(ContentTypesPart, [&](QByteArrayView, const XmlAttributes &attributes) {
            const QString type = QString::fromUtf8(attributes.value("ContentType")).toLower();
            if (type.contains(QLatin1String("macroenabled")) || type.contains(QLatin1String("vbaproject")) ||
                type.contains(QLatin1String("activex")))
                macroEnabled = true;
        });
        if (!walked)
            return walked.error();
        if (macroEnabled)
            group(Kind::Macros, ContentTypesPart);
        return true;
    }

    Result<QList<Relationship>> relationships(const QString &relsPart, const QString &fromPart)
    {
        QList<Relationship> out;
        auto walked = walk(relsPart, [&](QByteArrayView name, const XmlAttributes &attrs) {
            if (!sameBytes(name, "Relationship"))
                return;
            Relationship r;
            r.type = QString::fromUtf8(attrs.value("Type")).section(QLatin1Char('/'), -1);
            r.external = QString::fromUtf8(attrs.value("TargetMode"))
                             .compare(QLatin1String("External"), Qt::CaseInsensitive) == 0;
            const QString target = QString::fromUtf8(attrs.value("Target"));
            r.target = r.external ? target : resolveXlsxTarget(fromPart, target);
            if (r.external)
                group(Kind::ExternalLink, relsPart);
            m_ids.insert(relsPart + QLatin1Char('#') + QString::fromUtf8(attrs.value("Id")), r);
            out.append(r);
        });
        if (!walked)
            return walked.error();
        return out;
    }

    Result<bool> checkPackageRelationships()
    {
        const QString rels = QStringLiteral("_rels/.rels");
        if (!present(rels))
            return true; // the workbook part is read by its usual name
        auto list = relationships(rels, QString());
        if (!list)
            return list.error();
        for (const Relationship &r : list.value()) {
            if (r.type == QLatin1String("officeDocument") && !r.external &&
                r.target.compare(WorkbookPart, Qt::CaseInsensitive) != 0)
                add(Kind::Ambiguous, r.target,
                    QStringLiteral("the workbook's main part is %1, not %2, so programs may read different "
                                   "workbooks; save it again as an Excel Workbook (.xlsx)")
                        .arg(r.target, WorkbookPart));
        }
        return true;
    }

    Result<bool> readWorkbook()
    {
        // Every relationship file of a part that is allowed is read for links outside the file.
        for (auto it = m_present.cbegin(); it != m_present.cend(); ++it) {
            static const QRegularExpression rels(
                QStringLiteral(R"(^(xl/theme|xl/worksheets)/_rels/[^/]+\.rels$)"));
            if (rels.match(it.key()).hasMatch()) {
                if (auto r = relationships(it.value(), QString()); !r)
                    return r.error();
            }
        }
        auto workbookRels = relationships(WorkbookRelsPart, WorkbookPart);
        if (!workbookRels)
            return workbookRels.error();
        struct Name
        {
            QString name;
            QString text;
        };
        QList<Name> names;
        auto start = [&](QByteArrayView element, const XmlAttributes &attrs) {
            if (sameBytes(element, "sheet")) {
                QString id;
                for (qsizetype i = 0; i < attrs.size(); ++i) {
                    if (sameBytes(attrs.at(i).localName, "id"))
                        id = QString::fromUtf8(attrs.at(i).value);
                }
                const Relationship r = m_ids.value(WorkbookRelsPart + QLatin1Char('#') + id);
                const QString name = QString::fromUtf8(attrs.value("name"));
                const QString state = QString::fromUtf8(attrs.value("state"));
                if (r.type != QLatin1String("worksheet")) {
                    sheetOfAnotherKind(name, r);
                    return false;
                }
                WorkbookSheet sheet{name, r.target, state.isEmpty() || state == QLatin1String("visible"),
                                    false};
                if (state == QLatin1String("veryHidden"))
                    add(Kind::HiddenSheet, r.target,
                        QStringLiteral(
                            "the workbook has a very hidden sheet \"%1\" (%2): hidden sheets are never "
                            "released; delete it")
                            .arg(name, r.target));
                else if (!sheet.visible)
                    add(Kind::HiddenSheet, r.target,
                        QStringLiteral("the workbook has a hidden sheet \"%1\" (%2): hidden sheets are never "
                                       "released; delete it, or unhide it and add a table for it")
                            .arg(name, r.target));
                m_sheetParts.insert(r.target.toLower());
                m_inventory.sheets.append(sheet);
            } else if (sameBytes(element, "definedName")) {
                names.append({QString::fromUtf8(attrs.value("name")), QString()});
                return true; // its text is the name's formula
            }
            return false;
        };
        auto walked = walk(WorkbookPart, start, [&](QByteArrayView, QByteArrayView text) {
            names.last().text = QString::fromUtf8(text);
        });
        if (!walked)
            return walked.error();
        for (const Name &n : names) {
            if (refersOutside(n.text))
                add(Kind::ExternalLink, WorkbookPart,
                    QStringLiteral("the name \"%1\" refers to another workbook: delete it (Formulas > Name "
                                   "Manager) or break the link")
                        .arg(n.name));
            else if (n.text.contains(QLatin1Char('"')))
                add(Kind::HiddenText, WorkbookPart,
                    QStringLiteral("the name \"%1\" holds text of its own, which no cell shows: delete it "
                                   "(Formulas > Name Manager)")
                        .arg(n.name));
        }
        if (m_inventory.sheets.isEmpty() && m_inventory.problems.isEmpty())
            return makeError(ErrorCode::UnreadableFile,
                             QStringLiteral("%1: the workbook has no worksheets.").arg(m_archive.source()));
        return true;
    }

    void sheetOfAnotherKind(const QString &name, const Relationship &r)
    {
        QString what = QStringLiteral("a sheet of a kind the service cannot check");
        Kind kind = Kind::OtherSheet;
        if (r.type == QLatin1String("chartsheet")) {
            what = QStringLiteral("a chart sheet");
            kind = Kind::Drawing;
        } else if (r.type.contains(QLatin1String("macrosheet"), Qt::CaseInsensitive)) {
            what = QStringLiteral("a macro sheet");
            kind = Kind::Macros;
        } else if (r.type == QLatin1String("dialogsheet")) {
            what = QStringLiteral("a dialog sheet");
        }
        add(kind, r.target,
            QStringLiteral("the workbook has %1 \"%2\" (%3): only worksheets are released; delete it")
                .arg(what, name, r.target.isEmpty() ? QStringLiteral("no part") : r.target));
        if (!r.target.isEmpty())
            m_explained.insert(r.target.toLower());
    }

    Result<bool> checkSharedStrings()
    {
        if (!present(SharedStringsPart))
            return true;
        bool phonetic = false;
        auto walked = walk(SharedStringsPart, [&](QByteArrayView name, const XmlAttributes &) {
            if (sameBytes(name, "si"))
                ++m_sharedCount;
            else if (sameBytes(name, "rPh"))
                phonetic = true;
        });
        if (!walked)
            return walked.error();
        m_sharedUsed.assign(static_cast<std::size_t>(m_sharedCount), false);
        if (phonetic)
            add(Kind::HiddenText, SharedStringsPart,
                QStringLiteral(
                    "text entries carry phonetic guides (%1), which the checks do not read; remove "
                    "them")
                    .arg(SharedStringsPart));
        return true;
    }

    Result<bool> checkSheet(WorkbookSheet &sheet)
    {
        if (!present(sheet.part))
            return makeError(
                ErrorCode::UnreadableFile,
                QStringLiteral("%1 is not a complete XLSX workbook: the part %2 of sheet \"%3\" is "
                               "missing.")
                    .arg(m_archive.source(), sheet.part, sheet.name));
        // The cell being read (its reference and type, copied: views last one event); text is
        // asked for of a shared-string index, a formula and a header or footer.
        QByteArray cell;
        QByteArray type;
        bool hyperlinks = false, headerText = false, validation = false, scenarios = false;
        QString externalFormulaCell;
        const auto isHeaderFooter = [](QByteArrayView name) {
            return sameBytes(name, "oddHeader") || sameBytes(name, "oddFooter") ||
                   sameBytes(name, "evenHeader") || sameBytes(name, "evenFooter") ||
                   sameBytes(name, "firstHeader") || sameBytes(name, "firstFooter");
        };
        auto start = [&](QByteArrayView name, const XmlAttributes &attrs) {
            if (sameBytes(name, "c")) {
                setBytes(cell, attrs.value("r"));
                setBytes(type, attrs.value("t"));
            } else if (sameBytes(name, "v") || sameBytes(name, "is")) {
                sheet.hasCells = true;
                return sameBytes(name, "v") && sameBytes(type, "s");
            } else if (sameBytes(name, "f")) {
                if (m_formulas++ == 0)
                    m_firstFormula =
                        QStringLiteral("sheet \"%1\", cell %2").arg(sheet.name, QString::fromUtf8(cell));
                return true;
            } else if (sameBytes(name, "hyperlink")) {
                hyperlinks = true;
            } else if (isHeaderFooter(name)) {
                return true;
            } else if (sameBytes(name, "dataValidation")) {
                validation = true;
            } else if (sameBytes(name, "scenario")) {
                scenarios = true;
            }
            return false;
        };
        auto text = [&](QByteArrayView name, QByteArrayView content) {
            if (sameBytes(name, "v")) {
                bool ok = false;
                const qlonglong index = content.trimmed().toLongLong(&ok);
                if (ok && index >= 0 && index < m_sharedCount)
                    m_sharedUsed[static_cast<std::size_t>(index)] = true;
            } else if (sameBytes(name, "f")) {
                if (externalFormulaCell.isEmpty() && refersOutside(QString::fromUtf8(content)))
                    externalFormulaCell = QString::fromUtf8(cell);
            } else {
                headerText = headerText || !content.trimmed().isEmpty();
            }
        };
        auto walked = walk(sheet.part, start, text);
        if (!walked)
            return walked.error();
        const auto onSheet = [&sheet](const char *what) {
            return QStringLiteral("%1 on sheet \"%2\" (%3)").arg(QLatin1String(what), sheet.name, sheet.part);
        };
        if (!externalFormulaCell.isEmpty())
            add(Kind::ExternalLink, sheet.part,
                QStringLiteral(
                    "formulas on sheet \"%1\" refer to other workbooks (first in cell %2): break the "
                    "links (Data > Edit Links)")
                    .arg(sheet.name, externalFormulaCell));
        if (hyperlinks)
            add(Kind::ExternalLink, sheet.part,
                onSheet("hyperlinks") + QStringLiteral(": their addresses are not checked; remove them"));
        if (headerText)
            add(Kind::HiddenText, sheet.part,
                onSheet("a header or footer") + QStringLiteral(" holds text, which the checks do not read; "
                                                               "clear it (Page Layout > Print Titles)"));
        if (validation)
            add(Kind::HiddenText, sheet.part,
                onSheet("data validation") + QStringLiteral(" keeps lists or messages of its own; remove it "
                                                            "(Data > Data Validation > Clear All)"));
        if (scenarios)
            add(Kind::HiddenText, sheet.part,
                onSheet("scenarios") + QStringLiteral(" keep values of their own; delete them"));
        return true;
    }

    Result<bool> checkStyles()
    {
        const QString part = QStringLiteral("xl/styles.xml");
        if (!present(part))
            return true;
        QString shown;
        auto walked = walk(part, [&](QByteArrayView name, const XmlAttributes &attrs) {
            if (sameBytes(name, "numFmt") && shown.isEmpty()) {
                const QString code = QString::fromUtf8(attrs.value("formatCode"));
                if (formatShowsText(code))
                    shown = code;
            }
        });
        if (!walked)
            return walked.error();
        if (!shown.isEmpty())
            add(Kind::HiddenText, part,
                QStringLiteral(
                    "a number format shows text in place of numbers (%1, format %2): the checks read "
                    "the numbers, not that text; put the text in a label instead")
                    .arg(part, shown.left(40)));
        return true;
    }

    Result<bool> checkDocumentProperties()
    {
        const auto filled = [this](const QString &part, const QSet<QString> &fields) -> Result<QStringList> {
            QStringList out;
            if (!present(part))
                return out;
            auto walked = walk(
                part,
                [&](QByteArrayView name, const XmlAttributes &) {
                    return fields.contains(QString::fromUtf8(name));
                },
                [&](QByteArrayView name, QByteArrayView text) {
                    if (!QString::fromUtf8(text).trimmed().isEmpty())
                        out.append(QString::fromUtf8(name));
                });
            if (!walked)
                return walked.error();
            return out;
        };
        const QString core = QStringLiteral("docProps/core.xml");
        auto coreFields = filled(core, {QStringLiteral("title"), QStringLiteral("subject"),
                                        QStringLiteral("description"), QStringLiteral("keywords"),
                                        QStringLiteral("category"), QStringLiteral("contentStatus")});
        if (!coreFields)
            return coreFields.error();
        const QString app = QStringLiteral("docProps/app.xml");
        auto appFields = filled(app, {QStringLiteral("Manager"), QStringLiteral("HyperlinkBase")});
        if (!appFields)
            return appFields.error();
        if (!coreFields.value().isEmpty())
            add(Kind::HiddenText, core,
                QStringLiteral("the document properties hold text (%1 in %2), which the checks do not read; "
                               "clear them (File > Info > Properties)")
                    .arg(coreFields.value().join(QStringLiteral(", ")), core));
        if (!appFields.value().isEmpty())
            add(Kind::HiddenText, app,
                QStringLiteral("the document properties hold text (%1 in %2), which the checks do not read; "
                               "clear them (File > Info > Properties)")
                    .arg(appFields.value().join(QStringLiteral(", ")), app));
        return true;
    }

    void classify(const QString &lower, const QString &name)
    {
        if (isAllowedFixedPart(lower) || m_sheetParts.contains(lower))
            return;
        static const QRegularExpression worksheet(QStringLiteral(R"(^xl/worksheets/[^/]+\.xml$)"));
        if (worksheet.match(lower).hasMatch()) {
            if (!m_sheetParts.contains(lower))
                add(Kind::UnknownPart, name,
                    QStringLiteral(
                        "the part %1 is a sheet the workbook does not list, which no one would see; "
                        "copy the sheets into a new workbook")
                        .arg(name));
            return;
        }
        if (m_explained.contains(lower))
            return;
        group(kindOfPart(lower), name);
    }

    void finish()
    {
        if (m_formulas > 0)
            add(Kind::Formula, QString(),
                QStringLiteral(
                    "%1 cell%2 hold%3 formulas (the first on %4): the checks read the value saved "
                    "with each formula, and a formula can show something else when opened; replace "
                    "them with their values (Copy, then Paste Values)")
                    .arg(m_formulas)
                    .arg(m_formulas == 1 ? QString() : QStringLiteral("s"))
                    .arg(m_formulas == 1 ? QStringLiteral("s") : QString())
                    .arg(m_firstFormula));
        const auto unused = std::count(m_sharedUsed.cbegin(), m_sharedUsed.cend(), false);
        if (unused > 0)
            add(Kind::HiddenText, SharedStringsPart,
                QStringLiteral(
                    "%1 text entr%2 not used by any cell (%3): they are kept in the file but shown "
                    "nowhere; copy the sheets into a new workbook")
                    .arg(unused)
                    .arg(unused == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                    .arg(SharedStringsPart));
        for (const auto &[kind, parts] : m_groups)
            add(kind, parts.constFirst(), groupMessage(kind).arg(listParts(parts)));
    }

    XlsxArchive m_archive;
    WorkbookInventory m_inventory;
    QMap<QString, QString> m_present;   // lower-case name -> name as stored (sorted: messages keep one order)
    QHash<QString, Relationship> m_ids; // "<rels part>#<id>"
    QSet<QString> m_sheetParts;         // lower case
    QSet<QString> m_explained;          // parts a problem already names (lower case)
    std::map<Kind, QStringList> m_groups;
    qsizetype m_sharedCount = 0;
    std::vector<bool> m_sharedUsed;
    qsizetype m_formulas = 0;
    QString m_firstFormula;
};

} // namespace

QStringList WorkbookInventory::visibleSheetsWithCells() const
{
    QStringList out;
    for (const WorkbookSheet &s : sheets) {
        if (s.visible && s.hasCells)
            out << s.name;
    }
    return out;
}

QStringList WorkbookInventory::uncheckedSheets(const QStringList &checkedSheets) const
{
    QStringList checked;
    for (const QString &sheet : checkedSheets)
        checked << (sheet.isEmpty() && !sheets.isEmpty() ? sheets.constFirst().name : sheet);
    QStringList out;
    for (const QString &sheet : visibleSheetsWithCells()) {
        if (!checked.contains(sheet))
            out << sheet;
    }
    return out;
}

bool WorkbookInventory::hasProblem(WorkbookProblem::Kind kind) const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [kind](const WorkbookProblem &p) { return p.kind == kind; });
}

Result<WorkbookInventory> WorkbookParts::inspect(QByteArrayView bytes, const QString &source,
                                                 const ReaderLimits &limits)
{
    return Inspector(bytes, source, limits).run();
}

} // namespace srs::sdc
