#include "Routes.h"

#include <QUrl>

namespace srs::protocol {

namespace {

// Calls f(literal) for each literal piece and p(name) for each parameter, in order.
template <typename Literal, typename Parameter>
void walk(std::string_view path, Literal &&literal, Parameter &&parameter)
{
    size_t at = 0;
    while (at < path.size()) {
        const size_t open = path.find('{', at);
        if (open == std::string_view::npos) {
            literal(path.substr(at));
            return;
        }
        literal(path.substr(at, open - at));
        const size_t close = path.find('}', open);
        parameter(path.substr(open + 1, close - open - 1));
        at = close + 1;
    }
}

} // namespace

std::string_view parameterPattern(std::string_view parameter)
{
    // Project, user and dataset ids: letters, digits, '-', '_' and '.'; submission, release, ingest,
    // extension request, approval, safe-room and booking ids: letters, digits and '-'; round and file
    // numbers: digits. At most 64 characters or 6 digits.
    if (parameter == "id" || parameter == "uid" || parameter == "did")
        return "([A-Za-z0-9._-]{1,64})";
    if (parameter == "sid" || parameter == "rid" || parameter == "iid" || parameter == "xid" ||
        parameter == "aid" || parameter == "bid")
        return "([A-Za-z0-9-]{1,64})";
    // Safe-room terminals: their device certificate's CN.
    if (parameter == "tid")
        return "([A-Za-z0-9._-]{1,64})";
    if (parameter == "n" || parameter == "i")
        return "([0-9]{1,6})";
    return {};
}

std::string RouteSpec::fullTemplate() const
{
    return std::string(ApiPrefix.data(), static_cast<size_t>(ApiPrefix.size())) + std::string(path);
}

std::string RouteSpec::serverPattern() const
{
    std::string pattern(ApiPrefix.data(), static_cast<size_t>(ApiPrefix.size()));
    walk(
        path, [&](std::string_view text) { pattern += text; },
        [&](std::string_view parameter) { pattern += parameterPattern(parameter); });
    return pattern;
}

QList<std::string_view> RouteSpec::parameters() const
{
    QList<std::string_view> names;
    walk(
        path, [](std::string_view) {}, [&](std::string_view parameter) { names.append(parameter); });
    return names;
}

QString RouteSpec::format(std::initializer_list<QString> arguments) const
{
    if (static_cast<qsizetype>(arguments.size()) != parameters().size())
        return {};
    QString out = ApiPrefix;
    auto next = arguments.begin();
    walk(
        path,
        [&](std::string_view text) {
            out += QLatin1StringView(text.data(), static_cast<qsizetype>(text.size()));
        },
        [&](std::string_view) { out += QString::fromLatin1(QUrl::toPercentEncoding(*next++)); });
    return out;
}

std::span<const RouteSpec> allRoutes()
{
    return route::All;
}

} // namespace srs::protocol
