#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QString>

#include <memory>
#include <mutex>

#include <sys/types.h>

using X509 = struct x509_st;

namespace srs::server {

// The device CA's certificate revocation list (`tls.crl_file`, PEM or DER), checked against
// the client certificate on every request. The file is looked at (one stat) on every check
// and read again when its inode, size, modification or change time differ, so a new CRL
// takes effect on the next request without a restart. A CRL must be signed by a
// certificate in the device CA file; one that is not, or cannot be read, is refused: at
// start the server does not start, later the last good list stays in force and the
// problem is logged ("crl-refused") until the file is fixed.
class RevocationList
{
public:
    RevocationList(QString crlFile, QString caFile);
    ~RevocationList();
    RevocationList(const RevocationList &) = delete;
    RevocationList &operator=(const RevocationList &) = delete;

    // Reads the file now; an error says what is wrong with it.
    [[nodiscard]] Status load();
    // True when the CRL lists this certificate (same issuer, same serial). Thread-safe.
    [[nodiscard]] bool isRevoked(const X509 *cert);
    // How many serials the list in force names (for the log and tests).
    [[nodiscard]] qsizetype size();

private:
    struct Stamp
    {
        dev_t device = 0;
        ino_t inode = 0;
        off_t size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    struct List
    {
        QByteArray issuerDer; // the CRL issuer's name, DER
        QSet<QString> serials;
    };
    [[nodiscard]] Result<Stamp> stampNow() const;
    [[nodiscard]] Result<std::shared_ptr<const List>> read() const;
    void reloadIfChanged();

    const QString m_crlFile;
    const QString m_caFile;
    std::mutex m_mutex;
    Stamp m_stamp;      // of the file the list in force (or the last refusal) was read from
    bool m_loaded = false;
    std::shared_ptr<const List> m_list;
};

} // namespace srs::server
