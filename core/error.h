#pragma once

#include <QString>
#include <QStringList>

#include <concepts>
#include <expected>
#include <optional>

namespace bw {

// What kind of failure, for callers that decide what to do next (stop the batch, retry when
// the registry is busy, report the photo).
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

// Which sentence says what went wrong. Core words it in English (englishTemplate: the CLI,
// logs and reports); the app has its own text for every id, in the user's language, and a
// test fails on an id without one. The placeholders %1, %2, ... are the message's args.
enum class MessageId {
    // imaging
    FileNotFound,           // path
    NotAFile,               // path
    FileEmpty,              // path
    FileTooLarge,           // path, bytes, limit
    FileUnreadable,         // path, detail
    FileReadShort,          // path, bytes read, file size
    NotAnImage,             // path
    UnsupportedImage,       // path
    UnsupportedSampleType,  // path
    UnsupportedChannels,    // path, channels
    ImageWithoutSize,       // path, format
    ImageTooManyPixels,     // path, width, height, limit
    ImageTruncated,         // path, format
    ImageUndecodable,       // path, format
    ImageSizeMismatch,      // path, decoded width, height, header width, height
    ImageDecodeFailed,      // path, detail
    ImageOutOfMemory,       // path
    ImageHeaderDamaged,     // path, detail
    HeifDecoderUnavailable, // path
    HeifDamaged,            // path, detail
    HeifWithoutImage,       // path, detail
    HeifWithoutSize,        // path
    HeifUndecodable,        // path, detail
    HeifWithoutPixels,      // path
    HeifDecodesTooLarge,    // path, decoded width, height, announced width, height, limit
    PhotoChanged,           // path
    // faces
    ModelNotFound,            // file, folders looked in
    DetectionModelMissing,    // path
    DetectionModelUnreadable, // path, detail
    DetectionModelWrong,      // path, missing output
    DetectionModelInvalid,    // path, detail
    DetectorSettingsInvalid,
    DetectionNeedsBgr,
    DetectionFailed,            // detail
    RecognitionModelMissing,    // path
    RecognitionModelInvalid,    // path, detail
    LandmarkModelWrong,         // path
    RecognitionNeedsBgr,
    RecognitionCountMismatch,   // descriptors, faces
    RecognitionWrongSize,
    RecognitionFailed,          // detail
    // reference photos
    ReferenceNoFace,            // path
    ReferenceSeveralFaces,      // path, faces
    ReferenceNotRecognisable,   // path, face width in px
    ReferenceFolderMissing,     // folder
    ReferenceFolderEmpty,       // folder
    ReferenceUnknownPupils,     // names
    // consent CSV
    CsvFileNotFound,        // path
    CsvFileUnreadable,      // path, detail
    CsvOutOfMemory,
    CsvBrokenQuoting,       // libcsv's detail
    CsvUnclosedQuote,
    CsvNotUtf8,
    CsvNoHeader,
    CsvDuplicateColumn,     // column
    CsvNoNameColumn,
    CsvFieldCount,          // fields, columns
    CsvValueWithoutHeader,  // column number
    CsvNameEmpty,
    CsvBadBirthDate,        // text
    CsvBirthDateDiffers,    // earlier line
    CsvBadGiver,            // text
    CsvBadYesNo,            // column, value
    CsvBadDate,             // text
    CsvDateMissing,
    CsvRejected,            // file, line, bad rows
    // registry
    DataFolderUncreatable,  // folder
    DatabaseUncreatable,    // path, detail
    DatabaseNotPrivate,     // path
    DatabaseWithoutWal,     // path
    DatabaseBusy,           // path, seconds waited
    DatabaseFailed,         // what was being done, path, SQLite's detail
    RegistryTooNew,         // path, its schema version, the known version
    PupilNotFound,          // id
    PupilNeedsName,
    StatementNeedsDate,
    UnknownCategory,        // category
    CategoryNeedsName,
    ChannelNotFound,        // id
    PhotoRequestNotFound,   // code
    PhotoRequestAnswered,   // code
    PhotoRequestExpired,    // code, the last day it was open
    PhotoAnswerBadDate,     // code, the answer's date
    PhotoAnswerNeedsPupil,  // pupil (16 or older: answers themself)
    PhotoAnswerNeedsParent, // pupil (under 16: a parent answers)
    PhotoRequestNotAnswered,  // code
    PhotoAnswerChangeBadDate, // code, the date of the answer it changes
    // the teacher's kept review (ReviewStore)
    ReviewStoreDamaged,       // path, what is wrong
    ReviewStoreDamagedStays,  // path, what is wrong
    KeptReviewUnreadable,     // path, the photo's SHA-256, what is wrong
    // face recognition (DOMAIN.md section 8)
    ChannelForRecognition,      // channel id, the recognition category
    EnrolmentWithoutConsent,    // pupil, the recognition category, reason code
    ReferenceWithoutConsent,    // photo path, pupil, the recognition category, reason code
    SettingBadValue,            // setting, the values it accepts, the text given
    NoPupilsInClass,            // class
    // export and report
    ExportFolderUncreatable,    // folder
    ExportFolderMissing,        // folder
    ExportFolderNotAFolder,     // folder
    ExportFolderUnwritable,     // folder, detail
    ExportFileUnwritable,       // file name, folder, detail
    ExportStagingLockFailed,    // folder
    ExportStagingFinished,
    ExportImageUnsuitable,      // width, height, channels, depth
    JpegEncodingFailed,         // detail (may be empty)
    NothingExported,            // folder (the cause follows)
    AnalyserStrictnessMismatch, // the job's strictness
    ExportCancelled,
    ReportUnwritable,           // path, detail
    ReportInsideExport,         // report path, export folder
    // documents for people (PDF)
    DocumentNeedsGui,           // document title
    DocumentEmpty,              // document title
    DocumentUnwritable,         // path, detail
    LetterFolderUncreatable,    // folder
    LetterFolderUnwritable,     // folder, detail
    // command line
    InvalidOption,              // option, value, what it must be
};
// The last id: tests walk every id from the first to this one. Keep it the last above.
inline constexpr MessageId kLastMessageId = MessageId::InvalidOption;

// A sentence for a person as data: which one, and the values it names (file, line, column).
struct Message {
    MessageId id;
    QStringList args;

    bool operator==(const Message &) const = default;
};

struct Error {
    // The English message is rendered here, once: text, then ": " and the cause.
    Error(ErrorCode code, Message text, std::optional<Message> cause = std::nullopt);

    ErrorCode code;
    Message text;
    std::optional<Message> cause; // the inner failure this one wraps, e.g. why nothing was exported
    QString message;              // in English, naming the file and the cause (CLI, logs, reports)

    bool operator==(const Error &) const = default;
};

// Expected failures are values. GCC 12 lacks and_then/transform: propagate with an if.
template <typename T>
using Result = std::expected<T, Error>;

// Message arguments are text; numbers are written the C locale's way.
inline QString messageArg(const QString &text) { return text; }
inline QString messageArg(const char *text) { return QString::fromUtf8(text); }
template <std::integral T>
QString messageArg(T number) { return QString::number(number); }
inline QString messageArg(double number) { return QString::number(number, 'g', 6); }

template <typename... Args>
Message makeMessage(MessageId id, const Args &...args)
{
    return Message{id, QStringList{messageArg(args)...}};
}

template <typename... Args>
std::unexpected<Error> fail(ErrorCode code, MessageId id, const Args &...args)
{
    return std::unexpected<Error>(Error(code, makeMessage(id, args...)));
}

// A failure that wraps another one (its text becomes the cause).
template <typename... Args>
std::unexpected<Error> failWith(const Error &cause, ErrorCode code, MessageId id, const Args &...args)
{
    return std::unexpected<Error>(Error(code, makeMessage(id, args...), cause.text));
}

// A stable, lower-case name for reports and logs, e.g. "corrupt_image".
QString errorCodeName(ErrorCode code);

// The English wording of a message id, with %1, %2, ... for its args.
QString englishTemplate(MessageId id);
QString englishText(const Message &text);

// Replaces %1..%99 in one pass (an argument that holds "%2" stays as it is); a placeholder
// without an argument is left in place. Templates may leave out an argument.
QString fillPlaceholders(const QString &templateText, const QStringList &args);

} // namespace bw
