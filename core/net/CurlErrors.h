#pragma once

#include "NetError.h"

namespace srs::net {

// What curl reported at the end of a transfer, gathered so that classifying it is a pure
// function that tests can drive with every combination.
struct CurlOutcome
{
    int curlCode = 0;              // CURLcode
    long sslVerifyResult = 0;      // CURLINFO_SSL_VERIFYRESULT (an X509_V_ERR_* value)
    long osErrno = 0;              // CURLINFO_OS_ERRNO
    QString errorBuffer;           // CURLOPT_ERRORBUFFER text
    QString tlsAlert;              // a fatal TLS alert the server sent on this transfer's connection
    bool responseTooLarge = false; // our write callback stopped the transfer at the cap
};

[[nodiscard]] NetFailure classifyCurlOutcome(const CurlOutcome &outcome, const QString &host);

} // namespace srs::net
