#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace srs::protocol {

// What is wrong with the text of a JSON document, and where.
struct TextProblem
{
    qsizetype offset = 0;     // byte offset of the bad sequence in the document
    QString path;             // JSON path of the value holding it ("tables[0].file"); empty if unknown
    bool inFieldName = false; // the bad sequence is in a field name inside `path`
    QString reason;           // "an unpaired UTF-16 surrogate escape (\ud800)"

    // "username: contains an unpaired UTF-16 surrogate escape (\ud800) at byte 14", or without
    // a path "the text contains ... at byte 14".
    [[nodiscard]] QString message() const;
};

// Checks the raw bytes of a JSON document, in one pass, for text that a JSON parser would
// silently change. QJsonDocument replaces an unpaired surrogate escape or a bad UTF-8
// sequence with U+FFFD, so the string a server stores, hashes or compares would not be the
// string that was sent; this runs first and refuses such a document instead, naming the field.
//
// Refused, inside strings (field names included):
//  * unpaired UTF-16 surrogate escapes: a high one (\ud800) not followed by a low one, or a
//    low one (\udc00) alone;
//  * invalid UTF-8: a byte that cannot start a character, overlong encodings, UTF-16
//    surrogates encoded in UTF-8 (ED A0..BF), code points above U+10FFFF, and sequences cut
//    short;
//  * with `rejectNul`, the escape \u0000 (PostgreSQL text cannot hold a NUL).
// Everything else (the JSON grammar itself) is left to the parser: for a document that is
// not JSON the check may stop early and pass it on.
class JsonTextValidator
{
public:
    struct Options
    {
        bool rejectNul = false;
    };
    [[nodiscard]] static std::optional<TextProblem> check(QByteArrayView json, Options options);
    [[nodiscard]] static std::optional<TextProblem> check(QByteArrayView json) { return check(json, {}); }
};

} // namespace srs::protocol
