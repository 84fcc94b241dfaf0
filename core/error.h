#pragma once

#include <QString>

#include <expected>

namespace bw {

// What kind of failure; the message says which file and why, in words for a person.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    UnsupportedFormat,
    CorruptImage,
    ImageTooLarge,
    ModelMissing,
    ModelInvalid,
    DetectionFailed,
    RecognitionFailed,
    InvalidCsv,
    InvalidArgument,
    NotFound,
    Database,
    DatabaseBusy,
    WriteFailed,
    Cancelled,
};

struct Error {
    ErrorCode code;
    QString message;

    bool operator==(const Error &) const = default;
};

// Expected failures are values. GCC 12 lacks and_then/transform: propagate with an if.
template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

// A stable, lower-case name for reports and logs, e.g. "corrupt_image".
QString errorCodeName(ErrorCode code);

} // namespace bw
