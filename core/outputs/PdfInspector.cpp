#include "PdfInspector.h"

#include "PdfSyntax.h"

#include "protocol/SubmissionMessages.h"

#include <QHash>
#include <QList>
#include <QScopeGuard>

#define ZLIB_CONST
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace srs::outputs {

namespace {

// A filter is named in a refusal only when it is one of the standard ones: any other name is
// bytes of the researcher's file, and a refusal carries none of those.
QString filterName(const QByteArray &filter)
{
    static const QList<QByteArray> Standard{"ASCIIHexDecode",  "ASCII85Decode",  "LZWDecode",   "FlateDecode",
                                            "RunLengthDecode", "CCITTFaxDecode", "JBIG2Decode", "DCTDecode",
                                            "JPXDecode",       "Crypt"};
    return Standard.contains(filter) ? u"/"_s + QString::fromLatin1(filter)
                                     : u"a filter that is not standard"_s;
}

using pdf::Syntax;
using pdf::Value;

// What a checker cannot see in a PDF, in the order the refusal lists it.
enum class Hidden
{
    JavaScript,
    Attachments,
    Actions,
    Forms,
    OptionalContent,
    Media,
    PrivateData,
    Encryption,
    Annotations,
};

struct ForbiddenName
{
    const char *name;
    Hidden what;
};

constexpr ForbiddenName ForbiddenNames[] = {
    {"JavaScript", Hidden::JavaScript},
    {"JS", Hidden::JavaScript},
    {"EmbeddedFile", Hidden::Attachments},
    {"EmbeddedFiles", Hidden::Attachments},
    {"FileAttachment", Hidden::Attachments},
    {"EF", Hidden::Attachments},
    {"Collection", Hidden::Attachments},
    {"Launch", Hidden::Actions},
    {"SubmitForm", Hidden::Actions},
    {"ImportData", Hidden::Actions},
    {"GoToR", Hidden::Actions},
    {"GoToE", Hidden::Actions},
    {"AcroForm", Hidden::Forms},
    {"XFA", Hidden::Forms},
    {"OCProperties", Hidden::OptionalContent},
    {"OC", Hidden::OptionalContent},
    {"RichMedia", Hidden::Media},
    {"3D", Hidden::Media},
    {"Sound", Hidden::Media},
    {"Movie", Hidden::Media},
    {"Rendition", Hidden::Media},
    {"PieceInfo", Hidden::PrivateData},
    {"Encrypt", Hidden::Encryption},
};

QString hiddenText(Hidden what)
{
    switch (what) {
    case Hidden::JavaScript:
        return u"JavaScript, which runs when the file is opened"_s;
    case Hidden::Attachments:
        return u"attached files"_s;
    case Hidden::Actions:
        return u"actions that open other files or send data"_s;
    case Hidden::Forms:
        return u"form fields, whose values the page does not always show"_s;
    case Hidden::OptionalContent:
        return u"layers that can be hidden (optional content)"_s;
    case Hidden::Media:
        return u"embedded sound, video or 3D content"_s;
    case Hidden::PrivateData:
        return u"the editing program's private data, which no viewer shows"_s;
    case Hidden::Encryption:
        return u"encryption, so its contents cannot be checked"_s;
    case Hidden::Annotations:
        return u"notes, highlights, stamps or drawings laid over the pages, which the preview does not show"_s;
    }
    return {};
}

bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!Syntax::isWhitespace(c))
            return false;
    }
    return true;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

enum class StreamKind
{
    ObjectStream, // objects, read like the rest of the file
    CrossReference,
    Binary,  // fonts, images, colour profiles, metadata: data, not PDF syntax
    Content, // page contents, forms, patterns, glyph procedures: operators and names
};

StreamKind streamKind(const Value &dict)
{
    if (const Value *type = dict.find("Type")) {
        if (type->isName("ObjStm"))
            return StreamKind::ObjectStream;
        if (type->isName("XRef"))
            return StreamKind::CrossReference;
        if (type->isName("Metadata") || type->isName("EmbeddedFile"))
            return StreamKind::Binary;
    }
    if (const Value *subtype = dict.find("Subtype")) {
        for (const char *binary : {"Image", "Type1C", "CIDFontType0C", "OpenType", "XML"}) {
            if (subtype->isName(binary))
                return StreamKind::Binary;
        }
    }
    for (const char *key :
         {"Length1", "Length2", "Length3", "N", "FunctionType", "ShadingType", "BitsPerSample"}) {
        if (dict.find(key))
            return StreamKind::Binary;
    }
    return StreamKind::Content;
}

bool isFlate(const QByteArray &filter)
{
    return filter == "FlateDecode" || filter == "Fl";
}

enum class InflateStatus
{
    Ok,
    Damaged,
    TooLarge,
    Incomplete,
};

struct Inflated
{
    QByteArray bytes; // when kept
    qint64 size = 0;
    qsizetype consumed = 0; // input bytes up to the end of the compressed data
};

// zlib inflation that stops at `limit` output bytes; the output is kept only when asked for.
InflateStatus inflateBounded(QByteArrayView in, qint64 limit, bool keep, Inflated &out)
{
    if (in.size() > qsizetype(std::numeric_limits<uInt>::max()))
        return InflateStatus::TooLarge;
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return InflateStatus::Damaged;
    const auto end = qScopeGuard([&zs] { inflateEnd(&zs); });
    zs.next_in = reinterpret_cast<const Bytef *>(in.data());
    zs.avail_in = static_cast<uInt>(in.size());
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk.data());
        zs.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&zs, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(chunk.size()) - qsizetype(zs.avail_out);
        out.size += produced;
        if (out.size > limit)
            return InflateStatus::TooLarge;
        if (keep)
            out.bytes.append(chunk.data(), produced);
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            return InflateStatus::Incomplete;
        if (rc == Z_BUF_ERROR)
            continue;
        return InflateStatus::Damaged; // Z_DATA_ERROR, Z_NEED_DICT, Z_MEM_ERROR
    }
    out.consumed = in.size() - qsizetype(zs.avail_in);
    return InflateStatus::Ok;
}

struct PdfObject
{
    qint64 number = 0;
    Value value;
    bool hasStream = false;
    QByteArrayView stream;
    qsizetype offset = 0; // in the file, or of the object stream holding it
};

// A stream whose /Length is another object: checked once every object has been read.
struct PendingLength
{
    qsizetype object = 0;
    qint64 lengthObject = 0;
    qsizetype found = 0; // the bytes before "endstream", without the end of line
    qsizetype endOfLine = 0;
};

class Inspection
{
public:
    Inspection(QByteArrayView pdf, const PdfInspector::Limits &limits) : m_pdf(pdf), m_limits(limits) {}

    Status run();

private:
    [[nodiscard]] bool readFile();
    [[nodiscard]] bool readCrossReferenceTable(Syntax &s);
    [[nodiscard]] bool readObject(Syntax &s, qint64 number);
    [[nodiscard]] bool readStream(Syntax &s, PdfObject &object);
    [[nodiscard]] bool checkPendingLengths();
    [[nodiscard]] bool readStreams();
    [[nodiscard]] bool readObjectStream(const PdfObject &holder, QByteArrayView data);
    [[nodiscard]] bool readCrossReferenceStream(const PdfObject &object, const QList<QByteArray> &filters);
    [[nodiscard]] bool checkCrossReferences();
    [[nodiscard]] bool inflateStream(const PdfObject &object, QByteArrayView in, qint64 limit, bool keep,
                                     bool mustEnd, QByteArray &out);
    void addObject(PdfObject object);
    // Comments in `data`; those of an object stream are reported at the stream's offset.
    void checkComments(QByteArrayView data, const QList<pdf::Comment> &comments, qsizetype streamOffset);
    void checkRevisions();
    void noteNames(const Value &value);
    void noteName(const QByteArray &name);
    [[nodiscard]] Status unreadable(const QString &what, qsizetype at) const;
    [[nodiscard]] Status findings() const;

    QByteArrayView m_pdf;
    PdfInspector::Limits m_limits;
    QList<PdfObject> m_objects;
    QHash<qint64, qsizetype> m_byNumber; // object number -> first index in m_objects
    QList<qint64> m_definedTwice;
    QList<PendingLength> m_pendingLengths;
    QHash<qsizetype, qint64> m_objectAt;            // where "N G obj" starts -> N
    QList<std::pair<qint64, qint64>> m_xrefEntries; // object number, offset: objects in use
    int m_crossReferenceTables = 0;
    QList<Value> m_trailers;
    qsizetype m_lastEof = -1; // offset just past the last %%EOF
    int m_eofCount = 0;
    qint64 m_inflatedTotal = 0;
    std::map<Hidden, QList<QByteArray>> m_hidden;
    QStringList m_other; // other findings, already worded
    qsizetype m_firstComment = -1;
    int m_commentCount = 0;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

Status Inspection::unreadable(const QString &what, qsizetype at) const
{
    const QString where = at >= 0 ? u" (at byte %1)"_s.arg(at) : QString();
    return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
                 u"the PDF cannot be read through to its end, so it cannot be checked: %1%2. Make it again "
                 u"from the program that wrote it (\"Save as PDF\", \"Export to PDF\" or \"Print to PDF\") "
                 u"and submit the new file."_s.arg(what, where)};
}

void Inspection::addObject(PdfObject object)
{
    if (m_byNumber.contains(object.number)) {
        if (!m_definedTwice.contains(object.number))
            m_definedTwice.append(object.number);
    } else {
        m_byNumber.insert(object.number, m_objects.size());
    }
    m_objects.append(std::move(object));
}

bool Inspection::readCrossReferenceTable(Syntax &s)
{
    for (;;) {
        s.skipSpace();
        if (s.atEnd()) {
            s.fail(u"the file ends inside a cross-reference table"_s);
            return false;
        }
        const qsizetype at = s.offset();
        if (s.takeKeyword("trailer")) {
            s.setOffset(at);
            return true;
        }
        const auto first = s.takeUnsigned();
        s.skipSpace();
        const auto count = s.takeUnsigned();
        if (!first || !count || *count > m_limits.maxObjects) {
            s.fail(u"a damaged cross-reference table"_s, at);
            return false;
        }
        for (qint64 i = 0; i < *count; ++i) {
            s.skipSpace();
            const auto offset = s.takeUnsigned();
            s.skipSpace();
            const auto generation = s.takeUnsigned();
            s.skipSpace();
            const bool inUse = s.takeKeyword("n");
            if (!offset || !generation || !(inUse || s.takeKeyword("f"))) {
                s.fail(u"a damaged cross-reference table"_s);
                return false;
            }
            if (inUse)
                m_xrefEntries.append({*first + i, *offset});
        }
    }
}

bool Inspection::readStream(Syntax &s, PdfObject &object)
{
    qsizetype start = s.offset();
    if (start + 1 < m_pdf.size() && m_pdf[start] == '\r' && m_pdf[start + 1] == '\n') {
        start += 2;
    } else if (start < m_pdf.size() && m_pdf[start] == '\n') {
        start += 1;
    } else {
        s.fail(u"\"stream\" not followed by an end of line"_s);
        return false;
    }
    const auto endstreamAfter = [this](qsizetype end) -> qsizetype {
        qsizetype q = end;
        if (q < m_pdf.size() && m_pdf[q] == '\r')
            ++q;
        if (q < m_pdf.size() && m_pdf[q] == '\n')
            ++q;
        return m_pdf.sliced(q).startsWith("endstream") ? q + 9 : -1;
    };
    const Value *length = object.value.find("Length");
    if (length && length->type == Value::Type::Integer) {
        if (length->integer < 0 || length->integer > m_pdf.size() - start) {
            s.fail(u"a stream longer than the file"_s, start);
            return false;
        }
        const qsizetype end = start + qsizetype(length->integer);
        const qsizetype after = endstreamAfter(end);
        if (after < 0) {
            s.fail(u"the stream of object %1 is not as long as its /Length says"_s.arg(object.number), start);
            return false;
        }
        object.stream = m_pdf.sliced(start, end - start);
        s.setOffset(after);
        return true;
    }
    if (length && length->type == Value::Type::Reference) {
        const qsizetype at = m_pdf.indexOf("endstream", start);
        if (at < 0) {
            s.fail(u"a stream that never ends"_s, start);
            return false;
        }
        qsizetype end = at;
        qsizetype eol = 0;
        if (end > start && m_pdf[end - 1] == '\n') {
            --end;
            ++eol;
        }
        if (end > start && m_pdf[end - 1] == '\r') {
            --end;
            ++eol;
        }
        object.stream = m_pdf.sliced(start, end - start);
        m_pendingLengths.append({m_objects.size(), length->integer, end - start, eol});
        s.setOffset(at + 9);
        return true;
    }
    s.fail(u"a stream without a /Length"_s, start);
    return false;
}

bool Inspection::readObject(Syntax &s, qint64 number)
{
    const qsizetype at = s.offset();
    PdfObject object;
    object.number = number;
    object.offset = at;
    auto value = s.readValue();
    if (!value)
        return false;
    object.value = std::move(*value);
    s.skipSpace();
    if (s.takeKeyword("stream")) {
        if (!object.value.isDictionary()) {
            s.fail(u"a stream without a dictionary"_s, at);
            return false;
        }
        object.hasStream = true;
        if (!readStream(s, object))
            return false;
        s.skipSpace();
    }
    if (!s.takeKeyword("endobj")) {
        s.fail(u"object %1 has no \"endobj\""_s.arg(number));
        return false;
    }
    if (m_objects.size() >= m_limits.maxObjects) {
        s.fail(u"more than %1 objects"_s.arg(m_limits.maxObjects));
        return false;
    }
    addObject(std::move(object));
    return true;
}

bool Inspection::readFile()
{
    Syntax s(m_pdf);
    for (;;) {
        s.skipSpace();
        if (s.atEnd())
            break;
        const qsizetype at = s.offset();
        if (s.takeKeyword("xref")) {
            ++m_crossReferenceTables;
            if (!readCrossReferenceTable(s))
                break;
            continue;
        }
        if (s.takeKeyword("trailer")) {
            auto trailer = s.readValue();
            if (!trailer)
                break;
            if (!trailer->isDictionary()) {
                s.fail(u"a trailer that is not a dictionary"_s, at);
                break;
            }
            m_trailers.append(std::move(*trailer));
            continue;
        }
        if (s.takeKeyword("startxref")) {
            s.skipSpace();
            if (!s.takeUnsigned()) {
                s.fail(u"\"startxref\" without an offset"_s);
                break;
            }
            continue;
        }
        if (const auto number = s.takeUnsigned()) {
            s.skipSpace();
            const auto generation = s.takeUnsigned();
            s.skipSpace();
            if (!generation || !s.takeKeyword("obj")) {
                s.fail(u"something other than an object"_s, at);
                break;
            }
            m_objectAt.insert(at, *number);
            if (!readObject(s, *number))
                break;
            continue;
        }
        // Bytes after a %%EOF that are not PDF syntax: reported as bytes after the end.
        const bool afterEof =
            std::any_of(s.comments().cbegin(), s.comments().cend(), [this](const pdf::Comment &c) {
                return m_pdf.sliced(c.offset, c.length).startsWith("%%EOF");
            });
        if (!afterEof)
            s.fail(u"something other than an object"_s, at);
        break;
    }
    if (s.failed()) {
        m_error = s.error();
        m_errorOffset = s.errorOffset();
        return false;
    }
    checkComments(m_pdf, s.comments(), -1);
    return true;
}

void Inspection::checkComments(QByteArrayView data, const QList<pdf::Comment> &comments,
                               qsizetype streamOffset)
{
    const bool topLevel = streamOffset < 0;
    qsizetype headerEnd = -1;
    for (const pdf::Comment &c : comments) {
        const QByteArrayView text = data.sliced(c.offset, c.length);
        if (topLevel && c.offset == 0) {
            headerEnd = c.length;
            continue;
        }
        if (topLevel && text.startsWith("%%EOF") && isBlank(text.sliced(5))) {
            ++m_eofCount;
            m_lastEof = c.offset + c.length;
            continue;
        }
        // The second line of the header: a few bytes over 127 that tell transfer programs the file
        // is binary.
        if (topLevel && headerEnd >= 0 && c.length <= 32 &&
            isBlank(data.sliced(headerEnd, c.offset - headerEnd))) {
            headerEnd = -1;
            continue;
        }
        headerEnd = -1;
        if (m_firstComment < 0)
            m_firstComment = topLevel ? c.offset : streamOffset;
        ++m_commentCount;
    }
}

bool Inspection::checkPendingLengths()
{
    for (const PendingLength &p : std::as_const(m_pendingLengths)) {
        const auto it = m_byNumber.constFind(p.lengthObject);
        const PdfObject &object = m_objects.at(p.object);
        if (it == m_byNumber.constEnd() || m_objects.at(*it).value.type != Value::Type::Integer) {
            m_error = u"the /Length of the stream of object %1 is missing"_s.arg(object.number);
            m_errorOffset = object.offset;
            return false;
        }
        const qint64 length = m_objects.at(*it).value.integer;
        if (length != p.found && length != p.found + p.endOfLine) {
            m_error = u"the stream of object %1 is not as long as its /Length says"_s.arg(object.number);
            m_errorOffset = object.offset;
            return false;
        }
    }
    return true;
}

bool Inspection::inflateStream(const PdfObject &object, QByteArrayView in, qint64 limit, bool keep,
                               bool mustEnd, QByteArray &out)
{
    Inflated inflated;
    const InflateStatus status =
        inflateBounded(in, std::min(limit, m_limits.maxTotalInflatedBytes - m_inflatedTotal), keep, inflated);
    m_inflatedTotal += inflated.size;
    switch (status) {
    case InflateStatus::Ok:
        break;
    case InflateStatus::Incomplete:
        if (!mustEnd)
            return true;
        m_error = u"the compressed stream of object %1 ends early"_s.arg(object.number);
        m_errorOffset = object.offset;
        return false;
    case InflateStatus::Damaged:
        m_error = u"the compressed stream of object %1 is damaged"_s.arg(object.number);
        m_errorOffset = object.offset;
        return false;
    case InflateStatus::TooLarge:
        m_error = m_inflatedTotal >= m_limits.maxTotalInflatedBytes
                      ? u"its compressed streams hold more than %1 MiB in all"_s.arg(
                            mebibytes(m_limits.maxTotalInflatedBytes))
                      : u"the compressed stream of object %1 holds more than %2 MiB"_s.arg(object.number)
                            .arg(mebibytes(limit));
        m_errorOffset = object.offset;
        return false;
    }
    if (!isBlank(in.sliced(inflated.consumed)))
        m_other << u"bytes hidden after the compressed data of object %1"_s.arg(object.number);
    out = std::move(inflated.bytes);
    return true;
}

bool Inspection::readObjectStream(const PdfObject &holder, QByteArrayView data)
{
    const Value *n = holder.value.find("N");
    const Value *first = holder.value.find("First");
    if (!n || !first || n->type != Value::Type::Integer || first->type != Value::Type::Integer ||
        n->integer < 0 || n->integer > m_limits.maxObjects || first->integer < 0 ||
        first->integer > data.size()) {
        m_error = u"the object stream %1 has no valid /N and /First"_s.arg(holder.number);
        m_errorOffset = holder.offset;
        return false;
    }
    Syntax s(data);
    QList<std::pair<qint64, qint64>> entries; // object number, offset from /First
    for (qint64 i = 0; i < n->integer; ++i) {
        s.skipSpace();
        const auto number = s.takeUnsigned();
        s.skipSpace();
        const auto offset = s.takeUnsigned();
        if (!number || !offset) {
            m_error = u"the object stream %1 has a damaged index"_s.arg(holder.number);
            m_errorOffset = holder.offset;
            return false;
        }
        entries.append({*number, *offset});
    }
    s.skipSpace();
    qsizetype end = s.offset();
    if (end > first->integer) {
        m_error = u"the index of object stream %1 runs past its /First"_s.arg(holder.number);
        m_errorOffset = holder.offset;
        return false;
    }
    end = qsizetype(first->integer);
    for (const auto &[number, offset] : std::as_const(entries)) {
        const qint64 start = first->integer + offset;
        if (start < end || start > data.size() || !isBlank(data.sliced(end, qsizetype(start) - end))) {
            m_error = u"the object stream %1 holds bytes outside its objects"_s.arg(holder.number);
            m_errorOffset = holder.offset;
            return false;
        }
        s.setOffset(qsizetype(start));
        auto value = s.readValue();
        if (!value) {
            m_error = u"object %1 in object stream %2: %3"_s.arg(number).arg(holder.number).arg(s.error());
            m_errorOffset = holder.offset;
            return false;
        }
        if (m_objects.size() >= m_limits.maxObjects) {
            m_error = u"more than %1 objects"_s.arg(m_limits.maxObjects);
            m_errorOffset = holder.offset;
            return false;
        }
        end = s.offset();
        PdfObject object;
        object.number = number;
        object.value = std::move(*value);
        object.offset = holder.offset;
        addObject(std::move(object));
    }
    if (!isBlank(data.sliced(end))) {
        m_error = u"the object stream %1 holds bytes outside its objects"_s.arg(holder.number);
        m_errorOffset = holder.offset;
        return false;
    }
    checkComments(data, s.comments(), holder.offset);
    return true;
}

bool Inspection::readStreams()
{
    const qsizetype topLevel = m_objects.size();
    for (qsizetype i = 0; i < topLevel; ++i) {
        const PdfObject &object = m_objects.at(i);
        if (!object.hasStream)
            continue;
        const StreamKind kind = streamKind(object.value);
        QList<QByteArray> filters;
        if (const Value *filter = object.value.find("Filter")) {
            if (filter->type == Value::Type::Name) {
                filters.append(filter->name);
            } else if (filter->type == Value::Type::Array) {
                for (const Value &f : filter->items) {
                    if (f.type != Value::Type::Name) {
                        m_error = u"the /Filter of object %1 is not a list of names"_s.arg(object.number);
                        m_errorOffset = object.offset;
                        return false;
                    }
                    filters.append(f.name);
                }
            } else {
                m_error = u"the /Filter of object %1 is not a name"_s.arg(object.number);
                m_errorOffset = object.offset;
                return false;
            }
        }
        if (kind == StreamKind::CrossReference) {
            if (!readCrossReferenceStream(object, filters))
                return false;
            continue;
        }
        if (kind == StreamKind::Binary) {
            // Data, not syntax: inflated only to prove it is within the limits.
            QByteArray ignored;
            if (!filters.isEmpty() && isFlate(filters.first()) &&
                !inflateStream(object, object.stream, m_limits.maxStreamBytes, false, false, ignored))
                return false;
            continue;
        }
        for (const QByteArray &f : std::as_const(filters)) {
            if (!isFlate(f)) {
                m_error = u"object %1 is compressed with %2, which cannot be inspected"_s.arg(object.number)
                              .arg(filterName(f));
                m_errorOffset = object.offset;
                return false;
            }
        }
        if (const Value *parms = object.value.find("DecodeParms");
            parms && parms->type != Value::Type::Null) {
            const Value *predictor = parms->isDictionary() ? parms->find("Predictor") : nullptr;
            if (!parms->isDictionary() ||
                (predictor && (predictor->type != Value::Type::Integer || predictor->integer > 1))) {
                m_error = u"object %1 is encoded in a way that cannot be inspected"_s.arg(object.number);
                m_errorOffset = object.offset;
                return false;
            }
        }
        QByteArray decoded = object.stream.toByteArray();
        for (qsizetype f = 0; f < filters.size(); ++f) {
            QByteArray out;
            if (!inflateStream(object, decoded, m_limits.maxScannedStreamBytes, true, true, out))
                return false;
            decoded = std::move(out);
        }
        if (kind == StreamKind::ObjectStream) {
            // The holder stays in place: m_objects may grow, so copy what is needed first.
            const PdfObject holder{object.number, object.value, true, {}, object.offset};
            if (!readObjectStream(holder, decoded))
                return false;
        } else {
            for (const QByteArray &name : pdf::contentStreamNames(decoded))
                noteName(name);
        }
    }
    return true;
}

// Undoes the PNG predictors (ISO 32000-1, 7.4.4.4) of a cross-reference stream: rows of `columns`
// bytes, each after a byte that names its predictor.
std::optional<QByteArray> unpredictPng(const QByteArray &data, qsizetype columns)
{
    if (columns <= 0 || data.size() % (columns + 1) != 0)
        return std::nullopt;
    QByteArray out;
    out.reserve(data.size() / (columns + 1) * columns);
    QByteArray previous(columns, '\0');
    for (qsizetype row = 0; row < data.size(); row += columns + 1) {
        const auto predictor = quint8(data.at(row));
        QByteArray line = data.mid(row + 1, columns);
        for (qsizetype i = 0; i < columns; ++i) {
            const int left = i > 0 ? quint8(line.at(i - 1)) : 0;
            const int up = quint8(previous.at(i));
            const int upLeft = i > 0 ? quint8(previous.at(i - 1)) : 0;
            int add = 0;
            switch (predictor) {
            case 0:
                break;
            case 1:
                add = left;
                break;
            case 2:
                add = up;
                break;
            case 3:
                add = (left + up) / 2;
                break;
            case 4: {
                const int p = left + up - upLeft;
                const int pa = std::abs(p - left);
                const int pb = std::abs(p - up);
                const int pc = std::abs(p - upLeft);
                add = (pa <= pb && pa <= pc) ? left : (pb <= pc ? up : upLeft);
                break;
            }
            default:
                return std::nullopt;
            }
            line[i] = static_cast<char>((quint8(line.at(i)) + add) & 0xff);
        }
        out += line;
        previous = line;
    }
    return out;
}

bool Inspection::readCrossReferenceStream(const PdfObject &object, const QList<QByteArray> &filters)
{
    const auto damaged = [this, &object](const QString &what) {
        m_error = u"the cross-reference stream %1 %2"_s.arg(object.number).arg(what);
        m_errorOffset = object.offset;
        return false;
    };
    QByteArray data = object.stream.toByteArray();
    for (const QByteArray &f : filters) {
        if (!isFlate(f))
            return damaged(u"is compressed with %1, which cannot be inspected"_s.arg(filterName(f)));
        QByteArray out;
        if (!inflateStream(object, data, m_limits.maxScannedStreamBytes, true, true, out))
            return false;
        data = std::move(out);
    }
    const Value *w = object.value.find("W");
    if (!w || w->type != Value::Type::Array || w->items.size() != 3)
        return damaged(u"has no valid /W"_s);
    std::array<int, 3> widths{};
    for (size_t i = 0; i < 3; ++i) {
        const Value &item = w->items.at(i);
        if (item.type != Value::Type::Integer || item.integer < 0 || item.integer > 8)
            return damaged(u"has no valid /W"_s);
        widths.at(i) = int(item.integer);
    }
    const qsizetype row = widths[0] + widths[1] + widths[2];
    if (row == 0)
        return damaged(u"has no valid /W"_s);
    if (const Value *parms = object.value.find("DecodeParms"); parms && parms->isDictionary()) {
        const Value *predictor = parms->find("Predictor");
        const Value *columns = parms->find("Columns");
        const qint64 p = predictor && predictor->type == Value::Type::Integer ? predictor->integer : 1;
        const qint64 c = columns && columns->type == Value::Type::Integer ? columns->integer : 1;
        if (p >= 10) {
            if (c != row)
                return damaged(u"has /Columns that do not match its /W"_s);
            auto plain = unpredictPng(data, qsizetype(c));
            if (!plain)
                return damaged(u"is damaged"_s);
            data = std::move(*plain);
        } else if (p > 1) {
            return damaged(u"uses a predictor that cannot be inspected"_s);
        }
    }
    if (data.size() % row != 0)
        return damaged(u"is damaged"_s);
    QList<std::pair<qint64, qint64>> ranges;
    if (const Value *index = object.value.find("Index")) {
        if (index->type != Value::Type::Array || index->items.size() % 2 != 0)
            return damaged(u"has no valid /Index"_s);
        for (size_t i = 0; i < index->items.size(); i += 2) {
            const Value &first = index->items.at(i);
            const Value &count = index->items.at(i + 1);
            if (first.type != Value::Type::Integer || count.type != Value::Type::Integer ||
                first.integer < 0 || count.integer < 0)
                return damaged(u"has no valid /Index"_s);
            ranges.append({first.integer, count.integer});
        }
    } else {
        const Value *size = object.value.find("Size");
        if (!size || size->type != Value::Type::Integer || size->integer < 0)
            return damaged(u"has no valid /Size"_s);
        ranges.append({0, size->integer});
    }
    qsizetype at = 0;
    const auto field = [&data, &at](int width) {
        qint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | quint8(data.at(at++));
        return v;
    };
    for (const auto &[first, count] : std::as_const(ranges)) {
        for (qint64 i = 0; i < count; ++i) {
            if (at + row > data.size())
                return damaged(u"lists fewer objects than its /Index says"_s);
            const qint64 type = widths[0] == 0 ? 1 : field(widths[0]);
            const qint64 second = field(widths[1]);
            field(widths[2]);
            if (type == 1)
                m_xrefEntries.append({first + i, second});
        }
    }
    return true;
}

// Every object a cross-reference section points at must start there: otherwise a viewer would
// read an object the inspection did not, such as one written inside an image's data.
bool Inspection::checkCrossReferences()
{
    for (const auto &[number, offset] : std::as_const(m_xrefEntries)) {
        qsizetype at = qsizetype(std::min<qint64>(offset, m_pdf.size()));
        while (at < m_pdf.size() && Syntax::isWhitespace(m_pdf[at]))
            ++at;
        if (m_objectAt.value(at, -1) != number) {
            m_error = u"its cross-reference section points object %1 at byte %2, where that object does not "
                      u"start"_s.arg(number)
                          .arg(offset);
            m_errorOffset = -1;
            return false;
        }
    }
    return true;
}

void Inspection::noteName(const QByteArray &name)
{
    for (const ForbiddenName &f : ForbiddenNames) {
        if (name == f.name) {
            QList<QByteArray> &seen = m_hidden[f.what];
            if (!seen.contains(name))
                seen.append(name);
            return;
        }
    }
}

void Inspection::noteNames(const Value &value)
{
    switch (value.type) {
    case Value::Type::Name:
        noteName(value.name);
        return;
    case Value::Type::Array:
        for (const Value &item : value.items)
            noteNames(item);
        return;
    case Value::Type::Dictionary:
        if (const Value *subtype = value.find("Subtype"); subtype && subtype->type == Value::Type::Name) {
            // Annotations other than links (and form fields, refused as forms) are drawn over the
            // page by some viewers only.
            static const QList<QByteArray> markup{
                "Text",      "FreeText",  "Line",      "Square",      "Circle",  "Polygon", "PolyLine",
                "Highlight", "Underline", "Squiggly",  "StrikeOut",   "Stamp",   "Caret",   "Ink",
                "Popup",     "Redact",    "Watermark", "PrinterMark", "TrapNet", "Screen"};
            if (markup.contains(subtype->name)) {
                QList<QByteArray> &seen = m_hidden[Hidden::Annotations];
                if (!seen.contains(subtype->name))
                    seen.append(subtype->name);
            }
        }
        for (const pdf::DictEntry &e : value.entries) {
            noteName(e.key);
            noteNames(e.value);
        }
        return;
    default:
        return;
    }
}

void Inspection::checkRevisions()
{
    bool linearized = false;
    if (!m_objects.isEmpty() && m_objects.constFirst().value.isDictionary())
        linearized = m_objects.constFirst().value.find("Linearized") != nullptr;
    int sections = m_crossReferenceTables;
    bool previous = false;
    for (const PdfObject &o : std::as_const(m_objects)) {
        if (o.hasStream && streamKind(o.value) == StreamKind::CrossReference) {
            ++sections;
            previous = previous || o.value.find("Prev");
        }
    }
    for (const Value &trailer : std::as_const(m_trailers)) {
        if (trailer.find("XRefStm"))
            --sections; // a hybrid file: its table and its stream are one section
        previous = previous || trailer.find("Prev");
    }
    const int allowed = linearized ? 2 : 1;
    const int revisions = std::max({sections, m_eofCount, (previous && !linearized) ? 2 : 1});
    if (revisions > allowed)
        m_other << u"earlier versions kept under the visible one (it was changed and saved again %1 "
                   u"time(s) without being rewritten: incremental updates)"_s.arg(revisions - allowed);
    else if (!m_definedTwice.isEmpty())
        m_other << u"earlier versions kept under the visible one (object %1 is defined twice)"_s.arg(
            m_definedTwice.constFirst());
}

Status Inspection::findings() const
{
    QStringList found;
    for (const auto &[what, names] : m_hidden) {
        QStringList shown;
        for (const QByteArray &n : names)
            shown << u"/"_s + QString::fromLatin1(n);
        found << u"%1 (%2)"_s.arg(hiddenText(what), shown.join(u", "_s));
    }
    if (m_commentCount > 0)
        found << u"%1 comment(s) in the file's code, which no viewer shows (the first at byte %2)"_s
                     .arg(m_commentCount)
                     .arg(m_firstComment);
    found << m_other;
    if (found.isEmpty())
        return {};
    return Error{QString::fromLatin1(protocol::submissionerrc::OutputFormatRefused),
                 u"the PDF holds what a checker would not see on its pages: %1. Make the PDF again without "
                 u"it (\"Print to PDF\" leaves out attachments, forms, layers, scripts and earlier versions) "
                 u"and submit the new file."_s.arg(found.join(u"; "_s))};
}

Status Inspection::run()
{
    static const QByteArrayView header("%PDF-");
    if (!m_pdf.startsWith(header) || m_pdf.size() < 8 || m_pdf[5] < '1' || m_pdf[5] > '2' ||
        m_pdf[6] != '.' || m_pdf[7] < '0' || m_pdf[7] > '9')
        return unreadable(u"it does not start with a PDF header (%PDF-1.x)"_s, -1);
    if (!readFile() || !checkPendingLengths() || !readStreams() || !checkCrossReferences())
        return unreadable(m_error, m_errorOffset);
    if (m_objects.isEmpty())
        return unreadable(u"it holds no objects"_s, -1);
    if (m_eofCount == 0)
        return unreadable(u"it has no %%EOF at its end, so it may be cut short"_s, -1);
    if (m_crossReferenceTables == 0 &&
        std::none_of(m_objects.cbegin(), m_objects.cend(), [](const PdfObject &o) {
            return o.hasStream && streamKind(o.value) == StreamKind::CrossReference;
        }))
        return unreadable(u"it has no cross-reference section"_s, -1);
    for (const PdfObject &object : std::as_const(m_objects))
        noteNames(object.value);
    for (const Value &trailer : std::as_const(m_trailers))
        noteNames(trailer);
    checkRevisions();
    QByteArrayView after = m_pdf.sliced(m_lastEof);
    while (!after.isEmpty() && Syntax::isWhitespace(after.front()))
        after = after.sliced(1);
    if (!after.isEmpty())
        m_other << u"%1 byte(s) after the end of the document (%%EOF)"_s.arg(after.size());
    return findings();
}

} // namespace

Status PdfInspector::inspect(QByteArrayView pdf) const
{
    return Inspection(pdf, m_limits).run();
}

} // namespace srs::outputs
