#pragma once

#include "domain/Declaration.h"

#include <QString>

namespace srs::server {

// The title and full text of each declaration a person must accept, at its current version.
[[nodiscard]] QString declarationTitle(domain::DeclarationKind kind);
[[nodiscard]] QString declarationText(domain::DeclarationKind kind, int version);

} // namespace srs::server
