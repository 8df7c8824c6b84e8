#include "SecureBuffer.h"

#include "Crypto.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace srs::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    reserve(size);
    m_size = size;
    if (size > 0)
        std::memset(m_data, 0, size);
}

SecureBuffer::SecureBuffer(const char *data, std::size_t size)
{
    append(QByteArrayView(data, static_cast<qsizetype>(size)));
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer b;
    b.append(bytes);
    return b;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &bytes)
{
    SecureBuffer b = fromBytes(bytes);
    wipe(bytes);
    bytes.clear();
    return b;
}

SecureBuffer::~SecureBuffer()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_capacity);
        delete[] m_data;
    }
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        SecureBuffer old(std::move(*this));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::clone() const
{
    return fromBytes(view());
}

void SecureBuffer::clear()
{
    if (m_data)
        OPENSSL_cleanse(m_data, m_capacity);
    m_size = 0;
}

void SecureBuffer::reserve(std::size_t capacity)
{
    if (capacity <= m_capacity)
        return;
    auto *fresh = new unsigned char[capacity];
    if (m_data) {
        std::memcpy(fresh, m_data, m_size);
        OPENSSL_cleanse(m_data, m_capacity);
        delete[] m_data;
    }
    m_data = fresh;
    m_capacity = capacity;
}

void SecureBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const auto add = static_cast<std::size_t>(bytes.size());
    if (m_size + add > m_capacity)
        reserve(std::max<std::size_t>(m_size + add, m_capacity * 2));
    std::memcpy(m_data + m_size, bytes.data(), add);
    m_size += add;
}

SecureBuffer SecureBuffer::toHex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return out;
}

bool operator==(const SecureBuffer &a, const SecureBuffer &b)
{
    return constantTimeEquals(a.view(), b.view());
}

void zeroBytes(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return;
    OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

void wipe(QByteArray &bytes)
{
    zeroBytes(bytes);
    bytes.clear();
}

} // namespace srs::crypto
