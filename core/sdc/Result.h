#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace srs::sdc {

// Why an input could not be checked. Every one of these means "unusable input" to the
// command line (exit code 3): the checker refuses rather than guessing.
enum class ErrorCode
{
    FileNotFound,   // a file named by a spec or on the command line is missing
    UnreadableFile, // not a CSV/TSV/XLSX/code file we can read, or damaged
    TooLarge,       // over a reader limit (size, cells, zip ratio)
    BadCell,        // a value cell that is neither a number, a blank nor a suppression marker
    ShapeMismatch,  // a companion table with another shape or other labels
    InvalidSpec,    // the table spec (or a profile) is wrong; the message names the field
    MissingCounts,  // a table without its unweighted counts
    SheetNotFound,  // a workbook without the sheet a spec names
    LabelMismatch,  // a companion table of the table's shape whose row or column labels differ
};

struct Error
{
    ErrorCode code = ErrorCode::UnreadableFile;
    QString message; // plain English, names the file/field/cell and says what to do
    // Where in the file it went wrong, numbered from 1 as a spreadsheet numbers rows and columns;
    // 0 when not about one row or column. A researcher's client gets these, never the message,
    // which may quote the file.
    int fileRow = 0;
    int fileColumn = 0;
    // InvalidSpec and MissingCounts from reading a spec: the path of the field at fault, as the
    // message begins ("tables[0].counts"); empty otherwise.
    QString field = {};
};

// std::expected-like: holds a value or an Error. Check ok() before value().
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

[[nodiscard]] inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace srs::sdc
