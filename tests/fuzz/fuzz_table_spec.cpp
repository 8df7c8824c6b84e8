// libFuzzer target: the table spec parser/validator and the risk profile reader.
#include "sdc/RiskProfile.h"
#include "sdc/TableSpec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto specs = srs::sdc::parseTableSpecDocument(json);
    if (specs.ok()) {
        for (const auto &s : specs.value()) {
            auto again = srs::sdc::tableSpecFromJson(srs::sdc::tableSpecToJson(s), QStringLiteral("again"));
            (void)again;
            // The form a request carries reads back as the same spec.
            auto compact = srs::sdc::tableSpecFromJson(
                srs::sdc::tableSpecToJson(s, srs::sdc::SpecForm::Compact), QStringLiteral("again"));
            if (!compact.ok() || !(compact.value() == s))
                __builtin_trap();
        }
    }
    auto profile = srs::sdc::RiskProfile::fromJson(json);
    if (profile.ok())
        (void)profile.value().forDataset(QStringLiteral("x"));
    return 0;
}
