#pragma once

#include "sdc/Result.h"
#include "sdc/Table.h"

#include <QByteArrayView>
#include <QString>

namespace srs::sdc::bench {

// The previous XLSX reader (QXmlStreamReader), for comparison in bench_xlsx.
class QtXlsxReference
{
public:
    [[nodiscard]] static Result<Table> read(QByteArrayView bytes, const QString &source, const QString &sheet,
                                            const TableLayout &layout = {}, const ReaderLimits &limits = {});
};

} // namespace srs::sdc::bench
