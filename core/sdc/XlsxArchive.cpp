#include "XlsxArchive.h"

#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

namespace srs::sdc {

namespace {

bool looksLikeZip(QByteArrayView bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

} // namespace

XlsxArchive::XlsxArchive(QByteArrayView bytes, QString source, ReaderLimits limits)
    : m_bytes(bytes.toByteArray()), m_source(std::move(source)), m_limits(limits)
{
    m_buffer.setBuffer(&m_bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
}

XlsxArchive::~XlsxArchive() = default;

Result<bool> XlsxArchive::open()
{
    if (m_bytes.size() > m_limits.maxFileBytes)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1 is larger than the %2 MiB limit for a workbook.")
                             .arg(m_source)
                             .arg(m_limits.maxFileBytes / (1024 * 1024)));
    if (!looksLikeZip(m_bytes) || !m_zip->open(QuaZip::mdUnzip))
        return makeError(
            ErrorCode::UnreadableFile,
            QStringLiteral("%1 is not an XLSX workbook (it is not a readable zip archive).").arg(m_source));
    return true;
}

Result<QList<XlsxArchive::Entry>> XlsxArchive::entries()
{
    // A workbook has a few dozen parts; tens of thousands only make every later step slow.
    constexpr int MaxEntries = 10'000;
    if (m_zip->getEntriesCount() > MaxEntries)
        return makeError(
            ErrorCode::TooLarge,
            QStringLiteral("%1 holds more than %2 parts; refused.").arg(m_source).arg(MaxEntries));
    QList<Entry> out;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return damaged(QStringLiteral("(directory)"));
        out.append(Entry{info.name, info.uncompressedSize});
    }
    if (m_zip->getZipError() != UNZ_OK)
        return damaged(QStringLiteral("(directory)"));
    return out;
}

bool XlsxArchive::has(const QString &part)
{
    return m_zip->setCurrentFile(part, QuaZip::csInsensitive);
}

Result<QByteArray> XlsxArchive::readPart(const QString &part)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return makeError(ErrorCode::UnreadableFile,
                         QStringLiteral("%1 is not a complete XLSX workbook: the part %2 is missing.")
                             .arg(m_source, part));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return damaged(part);
    if (info.uncompressedSize > static_cast<quint64>(m_limits.maxZipEntryBytes))
        return tooLarge(part);
    const auto bomb = [&] {
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("%1: the part %2 expands more than %3 times; the workbook looks like "
                                        "a zip bomb and is refused.")
                             .arg(m_source, part)
                             .arg(m_limits.maxZipRatio));
    };
    const auto expandsTooMuch = [&](quint64 size) {
        return size > 8u * 1024 * 1024 &&
               static_cast<double>(size) / static_cast<double>(std::max<quint64>(info.compressedSize, 1)) >
                   m_limits.maxZipRatio;
    };
    if (expandsTooMuch(info.uncompressedSize)) // as declared; what is read is checked again below
        return bomb();
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return damaged(part);
    // Read straight into a buffer of the size the archive declares (its new bytes are not
    // initialised, so a false size costs address space, not memory), growing it if the part
    // turns out longer, within the same limits as before.
    QByteArray out;
    out.resize(static_cast<qsizetype>(
        std::min<quint64>({info.uncompressedSize, static_cast<quint64>(m_limits.maxZipEntryBytes),
                           static_cast<quint64>(std::max<qint64>(m_limits.maxZipTotalBytes - m_total, 0))})));
    qsizetype used = 0;
    constexpr qsizetype Chunk = 1 << 20;
    for (;;) {
        if (out.size() - used < Chunk / 4)
            out.resize(used + Chunk);
        const qint64 n = file.read(out.data() + used, std::min<qsizetype>(out.size() - used, 4 * Chunk));
        if (n < 0)
            return damaged(part);
        if (n == 0)
            break;
        used += static_cast<qsizetype>(n);
        m_total += n;
        if (used > m_limits.maxZipEntryBytes || m_total > m_limits.maxZipTotalBytes)
            return tooLarge(part);
        if (expandsTooMuch(static_cast<quint64>(used)))
            return bomb();
    }
    out.truncate(used);
    if (file.getZipError() != UNZ_OK)
        return damaged(part);
    file.close();
    if (file.getZipError() != UNZ_OK) // CRC mismatch is reported on close
        return damaged(part);
    return out;
}

Error XlsxArchive::damaged(const QString &part) const
{
    return makeError(ErrorCode::UnreadableFile,
                     QStringLiteral("%1: the part %2 of the workbook is damaged.").arg(m_source, part));
}

Error XlsxArchive::tooLarge(const QString &part) const
{
    return makeError(ErrorCode::TooLarge, QStringLiteral("%1: the part %2 is larger than the %3 MiB limit.")
                                              .arg(m_source, part)
                                              .arg(m_limits.maxZipEntryBytes / (1024 * 1024)));
}

Error xlsxXmlError(const QString &source, const QString &part, const QXmlStreamReader &xml)
{
    return makeError(ErrorCode::UnreadableFile,
                     QStringLiteral("%1: the part %2 is not well-formed XML (%3, line %4).")
                         .arg(source, part, xml.errorString())
                         .arg(xml.lineNumber()));
}

Error xlsxXmlError(const QString &source, const QString &part, const QString &why, qsizetype line)
{
    return makeError(ErrorCode::UnreadableFile,
                     QStringLiteral("%1: the part %2 is not well-formed XML (%3, line %4).")
                         .arg(source, part, why)
                         .arg(line));
}

Error xlsxDtdError(const QString &source, const QString &part)
{
    return makeError(ErrorCode::UnreadableFile,
                     QStringLiteral("%1: the part %2 declares a DTD, which workbooks never need; refused.")
                         .arg(source, part));
}

QString resolveXlsxTarget(const QString &fromPart, const QString &target)
{
    QStringList parts;
    QString rest = target;
    if (rest.startsWith(QLatin1Char('/'))) {
        rest = rest.mid(1);
    } else {
        parts = fromPart.split(QLatin1Char('/'));
        parts.removeLast(); // the part's own name: targets are relative to its folder
    }
    for (const QString &p : rest.split(QLatin1Char('/'))) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (!p.isEmpty() && p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace srs::sdc
