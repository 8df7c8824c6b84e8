#include "WorkspaceEntry.h"

#include <QByteArray>

namespace srs::domain {

QString WorkspaceEntry::sha256Hex() const
{
    if (directory)
        return {};
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(sha256.data()), sha256.size()).toHex());
}

} // namespace srs::domain
