#pragma once

// Small helpers the client benchmarks share to print their figures.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <vector>

namespace srs::bench {

// The middle value (the upper of the two middle ones for an even count); 0 for none.
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double worst(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

// This process's peak resident memory (VmHWM), as Linux words it ("81680 kB"); "?" elsewhere.
inline QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

} // namespace srs::bench
