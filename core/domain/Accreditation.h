#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

// Safe People: a researcher's accreditation. Full accreditation lasts five years;
// provisional lasts one year and only lets the researcher work on a project that has an
// accredited supervisor (see AccessPolicy).
enum class AccreditationKind
{
    Full,
    Provisional,
};

[[nodiscard]] QString accreditationKindToString(AccreditationKind kind); // "full", "provisional"
[[nodiscard]] std::optional<AccreditationKind> accreditationKindFromString(QStringView text);

struct Accreditation
{
    AccreditationKind kind = AccreditationKind::Full;
    QDate validFrom;
    QDate validTo; // inclusive: valid through the whole of this day
    bool revoked = false;

    // Valid on `day` (the service's calendar day): from validFrom to validTo inclusive,
    // and not revoked.
    [[nodiscard]] bool isValidOn(QDate day) const
    {
        return !revoked && validFrom.isValid() && validTo.isValid() && day >= validFrom && day <= validTo;
    }
    // The standard last day for an accreditation of `kind` starting on `from`:
    // five years (full) or one year (provisional), less a day.
    [[nodiscard]] static QDate standardValidTo(AccreditationKind kind, QDate from);
    [[nodiscard]] static Accreditation standard(AccreditationKind kind, QDate from)
    {
        return {kind, from, standardValidTo(kind, from), false};
    }

    friend bool operator==(const Accreditation &, const Accreditation &) = default;
};

} // namespace srs::domain
