#include "error.h"

namespace bw {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound: return QStringLiteral("file_not_found");
    case ErrorCode::FileUnreadable: return QStringLiteral("file_unreadable");
    case ErrorCode::UnsupportedFormat: return QStringLiteral("unsupported_format");
    case ErrorCode::CorruptImage: return QStringLiteral("corrupt_image");
    case ErrorCode::ImageTooLarge: return QStringLiteral("image_too_large");
    case ErrorCode::ModelMissing: return QStringLiteral("model_missing");
    case ErrorCode::ModelInvalid: return QStringLiteral("model_invalid");
    case ErrorCode::DetectionFailed: return QStringLiteral("detection_failed");
    case ErrorCode::RecognitionFailed: return QStringLiteral("recognition_failed");
    case ErrorCode::InvalidCsv: return QStringLiteral("invalid_csv");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::DatabaseBusy: return QStringLiteral("database_busy");
    case ErrorCode::WriteFailed: return QStringLiteral("write_failed");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace bw
