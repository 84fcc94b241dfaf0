#include "error.h"

namespace bw {

Error::Error(ErrorCode code_, Message text_, std::optional<Message> cause_)
    : code(code_)
    , text(std::move(text_))
    , cause(std::move(cause_))
    , message(englishText(text))
{
    if (cause)
        message += QStringLiteral(": ") + englishText(*cause);
}

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

QString englishText(const Message &text)
{
    return fillPlaceholders(englishTemplate(text.id), text.args);
}

QString fillPlaceholders(const QString &templateText, const QStringList &args)
{
    QString out;
    out.reserve(templateText.size() + 64);
    for (qsizetype i = 0; i < templateText.size(); ++i) {
        const QChar c = templateText.at(i);
        qsizetype end = i + 1;
        int number = 0;
        while (end < templateText.size() && end - i <= 2 && templateText.at(end).isDigit())
            number = number * 10 + templateText.at(end++).digitValue();
        if (c == QLatin1Char('%') && number >= 1 && number <= args.size()) {
            out += args.at(number - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace bw
