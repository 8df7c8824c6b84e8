#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace srs::domain {

enum class DeclarationKind
{
    Security,     // the security declaration every user signs
    ExtendedSyops // extended security operating procedures, needed for home working
};

[[nodiscard]] QString declarationKindToString(DeclarationKind kind); // "security", "extended-syops"
[[nodiscard]] std::optional<DeclarationKind> declarationKindFromString(QStringView text);
[[nodiscard]] QString declarationKindDisplayName(DeclarationKind kind);

// A declaration a person signed: which text (kind and version) and when. A new version of
// the text makes older signatures insufficient.
struct Declaration
{
    DeclarationKind kind = DeclarationKind::Security;
    int version = 0;
    QDateTime signedAt;

    friend bool operator==(const Declaration &, const Declaration &) = default;
};

} // namespace srs::domain
