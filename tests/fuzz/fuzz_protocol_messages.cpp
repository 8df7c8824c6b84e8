// libFuzzer target for the wire message decoders of core/protocol that fuzz_submission_messages
// and fuzz_review_messages leave out: accounts and sessions, projects and the workspace page and
// cursor, the project lifecycle, data owners and the register of projects, ingest requests,
// notifications, administrators' account messages, safe-room bookings, the health check, the
// error body, and the release comparison. These are the request bodies the server reads from any
// signed-in client and the answers the client reads from the server.
//
// The first byte of the input picks the decoder (its index in kDecoders below; a byte past the
// end of the list is ignored), the rest is the body. What decodes must encode to something that
// decodes again, to the same thing (by == where the type has it), and encodes to the same bytes
// the second time: decode(encode(decode(x))) == decode(x). The workspace page is written by a
// hand-made JSON writer, so its bytes must also be exactly what QJsonDocument would write.
#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "protocol/BookingMessages.h"
#include "protocol/HealthInfo.h"
#include "protocol/IngestMessages.h"
#include "protocol/LifecycleMessages.h"
#include "protocol/Messages.h"
#include "protocol/NotificationMessages.h"
#include "protocol/OwnerMessages.h"
#include "protocol/ReviewMessages.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>

using namespace srs::protocol;

namespace {

[[noreturn]] void fail(const char *decoder, const char *what, const QByteArray &encoded)
{
    std::fprintf(stderr, "fuzz_protocol_messages: %s: %s\nencoded: %s\n", decoder, what, encoded.constData());
    std::abort();
}

template <typename T>
std::optional<T> decoded(srs::Result<T> result)
{
    if (!result.ok())
        return std::nullopt;
    return std::move(result).value();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// decode(encode(decode(x))) == decode(x), for any bytes x that decode.
template <typename Decode, typename Encode>
void roundTrip(const char *name, QByteArrayView bytes, Decode decode, Encode encode)
{
    const auto first = decode(bytes);
    if (!first)
        return;
    const QByteArray once = encode(*first);
    const auto second = decode(QByteArrayView(once));
    if (!second)
        fail(name, "what it encoded does not decode", once);
    using Value = std::remove_cvref_t<decltype(*first)>;
    if constexpr (std::equality_comparable<Value>) {
        if (!(*second == *first))
            fail(name, "what it encoded decodes to something else", once);
    }
    if (encode(*second) != once)
        fail(name, "what it encoded encodes differently the second time", once);
}

// A message with static fromJson() and toJson().
template <typename T>
void message(const char *name, QByteArrayView bytes)
{
    roundTrip(
        name, bytes, [](QByteArrayView b) { return decoded(T::fromJson(b)); },
        [](const T &value) { return value.toJson(); });
}

// A message with fromJson() and only toJsonObject(), or a list with its own pair of functions.
template <typename T, typename Decode, typename Encode>
void custom(const char *name, QByteArrayView bytes, Decode decode, Encode encode)
{
    roundTrip(
        name, bytes, [&](QByteArrayView b) { return decoded(decode(b)); },
        [&](const T &value) { return encode(value); });
}

struct Decoder
{
    const char *name;
    void (*check)(const char *name, QByteArrayView bytes);
};

// In a fixed order: the seed corpus (tests/fuzz/corpus/fuzz_protocol_messages/) picks a decoder
// by its index, so new ones go at the end.
const Decoder kDecoders[] = {
    {"SignInRequest", message<SignInRequest>},           // 0
    {"DeclarationRequest", message<DeclarationRequest>}, // 1
    {"MeInfo",                                           // 2
     [](const char *n, QByteArrayView b) {
         custom<MeInfo>(n, b, MeInfo::fromJson, [](const MeInfo &m) { return compact(m.toJsonObject()); });
     }},
    {"SessionInfo", message<SessionInfo>}, // 3
    {"ProjectInfo",                        // 4
     [](const char *n, QByteArrayView b) {
         custom<ProjectInfo>(n, b, ProjectInfo::fromJson,
                             [](const ProjectInfo &p) { return compact(p.toJsonObject(true)); });
     }},
    {"ProjectList", // 5
     [](const char *n, QByteArrayView b) {
         custom<QList<ProjectInfo>>(n, b, decodeProjectList, encodeProjectList);
     }},
    {"WorkspaceChangesInfo", // 6
     [](const char *n, QByteArrayView b) {
         message<WorkspaceChangesInfo>(n, b);
         if (const auto page = decoded(WorkspaceChangesInfo::fromJson(b))) {
             const QByteArray written = page->toJson();
             if (QJsonDocument::fromJson(written).toJson(QJsonDocument::Compact) != written)
                 fail(n, "the page's JSON writer wrote other bytes than QJsonDocument would", written);
         }
     }},
    {"WorkspaceCursor", // 7
     [](const char *n, QByteArrayView b) {
         roundTrip(
             n, b, [](QByteArrayView cursor) { return decodeWorkspaceCursor(QString::fromUtf8(cursor)); },
             [](const std::pair<qint64, QString> &c) {
                 return encodeWorkspaceCursor(c.first, c.second).toUtf8();
             });
     }},
    {"ExtensionRequestInfo", message<ExtensionRequestInfo>}, // 8
    {"ExtensionRequestList",                                 // 9
     [](const char *n, QByteArrayView b) {
         custom<QList<ExtensionRequestInfo>>(n, b, decodeExtensionRequestList, encodeExtensionRequestList);
     }},
    {"ExtensionAskRequest", message<ExtensionAskRequest>},           // 10
    {"ExtensionDecisionRequest", message<ExtensionDecisionRequest>}, // 11
    {"CompletionRequest", message<CompletionRequest>},               // 12
    {"StatusChangeRequest", message<StatusChangeRequest>},           // 13
    {"DeskProjectInfo", message<DeskProjectInfo>},                   // 14
    {"DeskProjectList",                                              // 15
     [](const char *n, QByteArrayView b) {
         custom<QList<DeskProjectInfo>>(n, b, decodeDeskProjectList, encodeDeskProjectList);
     }},
    {"OwnerRequestInfo", // 16
     [](const char *n, QByteArrayView b) {
         custom<OwnerRequestInfo>(n, b, OwnerRequestInfo::fromJson,
                                  [](const OwnerRequestInfo &o) { return compact(o.toJsonObject()); });
     }},
    {"OwnerRequestList", // 17
     [](const char *n, QByteArrayView b) {
         custom<QList<OwnerRequestInfo>>(n, b, decodeOwnerRequests, encodeOwnerRequests);
     }},
    {"OwnerDecisionRequest", message<OwnerDecisionRequest>}, // 18
    {"OwnerProjectInfo",                                     // 19
     [](const char *n, QByteArrayView b) {
         custom<OwnerProjectInfo>(n, b, OwnerProjectInfo::fromJson,
                                  [](const OwnerProjectInfo &o) { return compact(o.toJsonObject()); });
     }},
    {"OwnerProjectList", // 20
     [](const char *n, QByteArrayView b) {
         custom<QList<OwnerProjectInfo>>(n, b, decodeOwnerProjects, encodeOwnerProjects);
     }},
    {"OwnerWithdrawalRequest", message<OwnerWithdrawalRequest>}, // 21
    {"ProjectRegister",                                          // 22
     [](const char *n, QByteArrayView b) {
         custom<QList<ProjectRegisterEntry>>(n, b, decodeProjectRegister, encodeProjectRegister);
     }},
    {"IngestCreateRequest", message<IngestCreateRequest>}, // 23
    {"IngestInfo", message<IngestInfo>},                   // 24
    {"IngestList",                                         // 25
     [](const char *n, QByteArrayView b) {
         custom<QList<IngestInfo>>(n, b, decodeIngestList, encodeIngestList);
     }},
    {"IngestMissing", message<IngestMissing>}, // 26
    {"IngestFindings",                         // 27: lenient, what the server itself stored
     [](const char *n, QByteArrayView b) {
         roundTrip(
             n, b, [](QByteArrayView json) { return std::optional(decodeIngestFindings(json)); },
             encodeIngestFindings);
     }},
    {"NotificationList", message<NotificationList>},               // 28
    {"MarkReadRequest", message<MarkReadRequest>},                 // 29
    {"AccountSummary", message<AccountSummary>},                   // 30
    {"AccountDirectory", message<AccountDirectory>},               // 31
    {"NewAccountRequest", message<NewAccountRequest>},             // 32
    {"AccountSecrets", message<AccountSecrets>},                   // 33
    {"RolesRequest", message<RolesRequest>},                       // 34
    {"AccreditationRequest", message<AccreditationRequest>},       // 35
    {"ReasonRequest", message<ReasonRequest>},                     // 36
    {"MembershipRequest", message<MembershipRequest>},             // 37
    {"DeviceRevocationRequest", message<DeviceRevocationRequest>}, // 38
    {"DeviceRevocationInfo", message<DeviceRevocationInfo>},       // 39
    {"SafeRoomList", message<SafeRoomList>},                       // 40
    {"BookingInfo", message<BookingInfo>},                         // 41
    {"BookingList", message<BookingList>},                         // 42
    {"BookingRequestMessage", message<BookingRequestMessage>},     // 43
    {"Availability", message<Availability>},                       // 44
    {"BlockRequest", message<BlockRequest>},                       // 45
    {"BlockInfo", message<BlockInfo>},                             // 46
    {"RoomDay", message<RoomDay>},                                 // 47
    {"HealthInfo", message<HealthInfo>},                           // 48
    {"ApiError",                                                   // 49
     [](const char *n, QByteArrayView b) {
         roundTrip(n, b, ApiError::fromJson, [](const ApiError &e) { return e.toJson(); });
     }},
    {"ReleaseComparison", message<ReleaseComparison>}, // 50
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || data[0] >= std::size(kDecoders))
        return 0;
    const Decoder &decoder = kDecoders[data[0]];
    decoder.check(decoder.name, QByteArrayView(data + 1, qsizetype(size - 1)));
    return 0;
}
