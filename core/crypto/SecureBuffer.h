#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace srs::crypto {

// Owns a block of secret bytes (a password, a key, a token) and wipes it with
// OPENSSL_cleanse when it is destroyed, cleared, resized or overwritten by a move.
// Deliberately not implicitly shared and not copyable: a copy of a secret is a
// second place to wipe. Use clone() when a copy is really needed.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const char *data, std::size_t size);
    // Copies the bytes; the caller stays responsible for wiping its own QByteArray.
    static SecureBuffer fromBytes(QByteArrayView bytes);
    // Takes the bytes of a QByteArray and wipes that array's storage.
    static SecureBuffer takeFrom(QByteArray &bytes);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] SecureBuffer clone() const;
    void clear();
    void append(QByteArrayView bytes);

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    [[nodiscard]] const char *constChar() const { return reinterpret_cast<const char *>(m_data); }
    // A view for passing to functions that only read; it must not outlive the buffer.
    [[nodiscard]] QByteArrayView view() const { return {constChar(), static_cast<qsizetype>(m_size)}; }
    // Lower-case hex, itself a secret: the result is a SecureBuffer too.
    [[nodiscard]] SecureBuffer toHex() const;

    friend bool operator==(const SecureBuffer &a, const SecureBuffer &b);

private:
    void reserve(std::size_t capacity);

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Overwrites a QByteArray's bytes with zeros in place, keeping its size. Shared
// (implicitly copied) storage is left alone: other owners still use it.
void zeroBytes(QByteArray &bytes);
// zeroBytes() then clear(): for secrets that had to pass through a QByteArray.
void wipe(QByteArray &bytes);

} // namespace srs::crypto
