#pragma once

// How the answer of each route is decoded: Codec<T>::decode(body) for every answer type a
// route in protocol/Routes.h names, over the protocol messages' own readers. Value is what
// the call hands over (the bytes themselves for a file or a document passed on whole).

#include "protocol/IngestMessages.h"
#include "protocol/IngestReviewMessages.h"
#include "protocol/Messages.h"
#include "protocol/OwnerMessages.h"
#include "protocol/ReviewMessages.h"
#include "protocol/Routes.h"
#include "protocol/SubmissionMessages.h"

#include <QByteArray>
#include <QList>

namespace srs::api {

// A message with its own static fromJson().
template <typename T>
struct Codec
{
    using Value = T;
    [[nodiscard]] static Result<T> decode(QByteArrayView body) { return T::fromJson(body); }
};

template <>
struct Codec<protocol::NoBody>
{
    using Value = protocol::NoBody;
    [[nodiscard]] static Result<protocol::NoBody> decode(QByteArrayView) { return protocol::NoBody{}; }
};

// A file's bytes, as they came.
template <>
struct Codec<protocol::FileBytes>
{
    using Value = QByteArray;
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView body) { return body.toByteArray(); }
};

// A JSON document passed on whole (the RO-Crate).
template <>
struct Codec<protocol::JsonDocumentBytes>
{
    using Value = QByteArray;
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView body) { return body.toByteArray(); }
};

template <>
struct Codec<QList<protocol::ProjectInfo>>
{
    using Value = QList<protocol::ProjectInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeProjectList(body);
    }
};

template <>
struct Codec<QList<protocol::ExtensionRequestInfo>>
{
    using Value = QList<protocol::ExtensionRequestInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeExtensionRequestList(body);
    }
};

template <>
struct Codec<QList<protocol::DeskProjectInfo>>
{
    using Value = QList<protocol::DeskProjectInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeDeskProjectList(body);
    }
};

template <>
struct Codec<QList<protocol::IngestInfo>>
{
    using Value = QList<protocol::IngestInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeIngestList(body);
    }
};

template <>
struct Codec<QList<protocol::SubmissionSummary>>
{
    using Value = QList<protocol::SubmissionSummary>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeSubmissionList(body);
    }
};

template <>
struct Codec<QList<protocol::ReleaseInfo>>
{
    using Value = QList<protocol::ReleaseInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeReleaseList(body);
    }
};

template <>
struct Codec<QList<protocol::RegisterEntry>>
{
    using Value = QList<protocol::RegisterEntry>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body) { return protocol::decodeRegister(body); }
};

} // namespace srs::api

namespace srs::api {

// An answer handed over as its bytes, for the caller to decode elsewhere (a workspace page is
// decoded on the sync's worker thread, not on the GUI thread).
template <typename T>
struct Undecoded
{};

template <typename T>
struct Codec<Undecoded<T>>
{
    using Value = QByteArray;
    [[nodiscard]] static Result<QByteArray> decode(QByteArrayView body) { return body.toByteArray(); }
};

template <>
struct Codec<QList<protocol::OwnerRequestInfo>>
{
    using Value = QList<protocol::OwnerRequestInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeOwnerRequests(body);
    }
};

template <>
struct Codec<QList<protocol::OwnerProjectInfo>>
{
    using Value = QList<protocol::OwnerProjectInfo>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeOwnerProjects(body);
    }
};

template <>
struct Codec<QList<protocol::ProjectRegisterEntry>>
{
    using Value = QList<protocol::ProjectRegisterEntry>;
    [[nodiscard]] static Result<Value> decode(QByteArrayView body)
    {
        return protocol::decodeProjectRegister(body);
    }
};

} // namespace srs::api
