#include "error.h"

// The English wording of every message id: what the CLI prints and the report records. The
// app words the same ids in Dutch (and in English through its translation).

namespace bw {

namespace {

QString imagingTemplate(MessageId id)
{
    switch (id) {
    case MessageId::FileNotFound: return QStringLiteral("%1: file not found");
    case MessageId::NotAFile: return QStringLiteral("%1: not a file");
    case MessageId::FileEmpty: return QStringLiteral("%1: the file is empty (0 bytes)");
    case MessageId::FileTooLarge: return QStringLiteral("%1: %2 bytes is more than the limit of %3");
    case MessageId::FileUnreadable: return QStringLiteral("%1: cannot read (%2)");
    case MessageId::FileReadShort: return QStringLiteral("%1: read %2 of %3 bytes");
    case MessageId::NotAnImage: return QStringLiteral("%1: not an image file");
    case MessageId::UnsupportedImage:
        return QStringLiteral("%1: not a supported image (JPEG, PNG, WebP, TIFF, BMP or HEIC expected)");
    case MessageId::UnsupportedSampleType: return QStringLiteral("%1: unsupported sample type");
    case MessageId::UnsupportedChannels: return QStringLiteral("%1: unsupported number of colour channels (%2)");
    case MessageId::ImageWithoutSize: return QStringLiteral("%1: the %2 header gives no image size");
    case MessageId::ImageTooManyPixels: return QStringLiteral("%1: %2 x %3 pixels is more than the limit of %4");
    case MessageId::ImageTruncated: return QStringLiteral("%1: the %2 file is truncated (its end is missing)");
    case MessageId::ImageUndecodable: return QStringLiteral("%1: the %2 data cannot be decoded (damaged file)");
    case MessageId::ImageSizeMismatch: return QStringLiteral("%1: decoded %2 x %3 pixels, header says %4 x %5");
    case MessageId::ImageDecodeFailed: return QStringLiteral("%1: cannot decode (%2)");
    case MessageId::ImageOutOfMemory: return QStringLiteral("%1: not enough memory to decode");
    case MessageId::ImageHeaderDamaged: return QStringLiteral("%1: damaged image header (%2)");
    case MessageId::HeifDecoderUnavailable: return QStringLiteral("%1: cannot start the HEIF decoder");
    case MessageId::HeifDamaged: return QStringLiteral("%1: damaged HEIF file (%2)");
    case MessageId::HeifWithoutImage: return QStringLiteral("%1: HEIF file without an image (%2)");
    case MessageId::HeifWithoutSize: return QStringLiteral("%1: HEIF image without a size");
    case MessageId::HeifUndecodable: return QStringLiteral("%1: cannot decode HEIF image (%2)");
    case MessageId::HeifWithoutPixels: return QStringLiteral("%1: HEIF image has no pixels");
    case MessageId::HeifDecodesTooLarge:
        return QStringLiteral("%1: decodes to %2 x %3 pixels (the file announces %4 x %5), more than the limit of %6");
    case MessageId::PhotoChanged: return QStringLiteral("%1 changed after it was screened; screen it again.");
    default: return {};
    }
}

QString facesTemplate(MessageId id)
{
    switch (id) {
    case MessageId::ModelNotFound:
        return QStringLiteral("Face model not found: %1 (looked in: %2). Fetch the models with `models/fetch` "
                              "(or installer/setup), or point BEELDWACHT_MODELS at a folder that holds them.");
    case MessageId::DetectionModelMissing: return QStringLiteral("Face detection model not found: %1");
    case MessageId::DetectionModelUnreadable: return QStringLiteral("Cannot read face detection model %1: %2");
    case MessageId::DetectionModelWrong: return QStringLiteral("%1 is not the CenterFace model (output %2 missing)");
    case MessageId::DetectionModelInvalid: return QStringLiteral("Cannot load face detection model %1: %2");
    case MessageId::DetectorSettingsInvalid: return QStringLiteral("Invalid face detector settings");
    case MessageId::DetectionNeedsBgr: return QStringLiteral("Face detection needs an 8-bit BGR image");
    case MessageId::DetectionFailed: return QStringLiteral("Face detection failed: %1");
    case MessageId::RecognitionModelMissing: return QStringLiteral("Face recognition model not found: %1");
    case MessageId::RecognitionModelInvalid: return QStringLiteral("Cannot load face recognition model %1: %2");
    case MessageId::LandmarkModelWrong: return QStringLiteral("%1 is not the 5-point landmark model");
    case MessageId::RecognitionNeedsBgr: return QStringLiteral("Face recognition needs an 8-bit BGR image");
    case MessageId::RecognitionCountMismatch:
        return QStringLiteral("Face recognition returned %1 descriptors for %2 faces");
    case MessageId::RecognitionWrongSize: return QStringLiteral("Face recognition returned a descriptor of the wrong size");
    case MessageId::RecognitionFailed: return QStringLiteral("Face recognition failed: %1");
    case MessageId::ReferenceNoFace: return QStringLiteral("%1: no face found.");
    case MessageId::ReferenceSeveralFaces:
        return QStringLiteral("%1: a reference photo must show exactly one face, this one shows %2.");
    case MessageId::ReferenceNotRecognisable:
        return QStringLiteral("%1: the face is too small or too blurred to recognise (%2 px wide); use a sharper, "
                              "closer photo.");
    case MessageId::ReferenceFolderMissing: return QStringLiteral("The folder %1 does not exist.");
    case MessageId::ReferenceFolderEmpty:
        return QStringLiteral("%1 holds no pupil folders (expected %1/<pupil name>/<photos>).");
    case MessageId::ReferenceUnknownPupils:
        return QStringLiteral("No pupil in the registry is called %1; import the consent CSV first or rename the "
                              "folder. Nothing was imported.");
    default: return {};
    }
}

QString csvTemplate(MessageId id)
{
    switch (id) {
    case MessageId::CsvFileNotFound: return QStringLiteral("%1 does not exist");
    case MessageId::CsvFileUnreadable: return QStringLiteral("cannot read %1: %2");
    case MessageId::CsvOutOfMemory: return QStringLiteral("out of memory");
    case MessageId::CsvBrokenQuoting:
        return QStringLiteral("broken quoting (%1): a quote must open and close a whole field, and a quote inside "
                              "it is written twice");
    case MessageId::CsvUnclosedQuote: return QStringLiteral("a quoted field is not closed before the end of the file");
    case MessageId::CsvNotUtf8: return QStringLiteral("the text is not UTF-8; save the file as UTF-8");
    case MessageId::CsvNoHeader: return QStringLiteral("the file has no header line");
    case MessageId::CsvDuplicateColumn: return QStringLiteral("column '%1' appears twice");
    case MessageId::CsvNoNameColumn: return QStringLiteral("the header has no 'leerling' column");
    case MessageId::CsvFieldCount: return QStringLiteral("%1 fields, but the header has %2 columns");
    case MessageId::CsvValueWithoutHeader: return QStringLiteral("a value in column %1, which has no header");
    case MessageId::CsvNameEmpty: return QStringLiteral("'leerling' is empty");
    case MessageId::CsvBadBirthDate:
        return QStringLiteral("geboortedatum '%1' is not a date (YYYY-MM-DD or DD-MM-YYYY)");
    case MessageId::CsvBirthDateDiffers: return QStringLiteral("geboortedatum differs from line %1 for the same pupil");
    case MessageId::CsvBadGiver: return QStringLiteral("door '%1' is not ouder, beide ouders or leerling");
    case MessageId::CsvBadYesNo: return QStringLiteral("column '%1': '%2' is not ja, nee or empty");
    case MessageId::CsvBadDate: return QStringLiteral("datum '%1' is not a date (YYYY-MM-DD or DD-MM-YYYY)");
    case MessageId::CsvDateMissing: return QStringLiteral("'datum' is empty, but the row gives answers");
    case MessageId::CsvRejected: return QStringLiteral("%1:%2 (%3 bad rows; nothing imported)");
    default: return {};
    }
}

QString storageTemplate(MessageId id)
{
    switch (id) {
    case MessageId::DataFolderUncreatable: return QStringLiteral("cannot create the data folder %1");
    case MessageId::DatabaseUncreatable: return QStringLiteral("cannot create %1: %2");
    case MessageId::DatabaseNotPrivate: return QStringLiteral("cannot make %1 private to its owner");
    case MessageId::DatabaseWithoutWal: return QStringLiteral("%1: the database cannot use write-ahead logging");
    case MessageId::DatabaseBusy:
        return QStringLiteral("%1 is in use by another program (waited %2 s); try again when it is done");
    case MessageId::DatabaseFailed: return QStringLiteral("%1 %2: %3");
    case MessageId::RegistryTooNew:
        return QStringLiteral("%1 was written by a newer Beeldwacht (schema version %2, this program knows up to "
                              "%3); update Beeldwacht");
    case MessageId::PupilNotFound: return QStringLiteral("no pupil with id %1 in the registry");
    case MessageId::PupilNeedsName: return QStringLiteral("a pupil needs a name");
    case MessageId::StatementNeedsDate: return QStringLiteral("a consent statement needs a date");
    case MessageId::UnknownCategory: return QStringLiteral("'%1' is not a consent category of this school");
    case MessageId::CategoryNeedsName: return QStringLiteral("a consent category needs a name");
    case MessageId::ChannelNotFound: return QStringLiteral("no channel '%1'; `beeldwacht-cli channels` lists them");
    case MessageId::PhotoRequestNotFound: return QStringLiteral("there is no request with code %1");
    case MessageId::PhotoRequestAnswered: return QStringLiteral("request %1 has already been answered; nothing was changed (to change the answer: requests record CODE ja|nee --wijzig)");
    case MessageId::PhotoRequestExpired: return QStringLiteral("request %1 expired after %2 and counts as no; nothing was changed");
    case MessageId::PhotoAnswerBadDate: return QStringLiteral("an answer to request %1 cannot be dated %2: not before the request, not in the future");
    case MessageId::PhotoAnswerNeedsPupil: return QStringLiteral("%1 is 16 or older: only the pupil's own answer counts");
    case MessageId::PhotoAnswerNeedsParent: return QStringLiteral("%1 is under 16: only a parent's answer counts");
    case MessageId::PhotoRequestNotAnswered: return QStringLiteral("request %1 has not been answered yet; record its answer without --wijzig");
    case MessageId::PhotoAnswerChangeBadDate: return QStringLiteral("request %1 was last answered on %2: a changed answer may not be dated before it, and a \"ja\" not on the day of a \"nee\" (a same-day \"nee\" wins); nothing was changed");
    case MessageId::ReviewStoreDamaged:
        return QStringLiteral("the kept review %1 was damaged (%2) and has been replaced by an empty one: "
                              "earlier decisions on the photos are lost, their faces are hidden until reviewed again");
    case MessageId::ReviewStoreDamagedStays:
        return QStringLiteral("the kept review %1 is damaged (%2) and cannot be removed; remove it by hand");
    case MessageId::KeptReviewUnreadable:
        return QStringLiteral("the kept review of photo %2 in %1 cannot be read (%3); the photo starts unreviewed");
    case MessageId::ChannelForRecognition:
        return QStringLiteral("channel '%1': %2 is the face-recognition consent, not a publication category; no "
                              "channel can publish under it");
    case MessageId::EnrolmentWithoutConsent:
        return QStringLiteral("%1 has no valid consent for face recognition (%2: %3); no reference photo or "
                              "descriptor was stored");
    case MessageId::ReferenceWithoutConsent:
        return QStringLiteral("%1: %2 has no valid consent for face recognition (%3: %4); the photo was not "
                              "analysed and nothing was stored");
    case MessageId::SettingBadValue: return QStringLiteral("%1 accepts %2, not '%3'");
    case MessageId::NoPupilsInClass: return QStringLiteral("There are no pupils in class %1.");
    default: return {};
    }
}

QString exportTemplate(MessageId id)
{
    switch (id) {
    case MessageId::ExportFolderUncreatable: return QStringLiteral("Cannot create the export folder %1.");
    case MessageId::ExportFolderMissing: return QStringLiteral("Export folder %1 does not exist");
    case MessageId::ExportFolderNotAFolder: return QStringLiteral("Export folder %1 is not a folder");
    case MessageId::ExportFolderUnwritable: return QStringLiteral("Cannot write into export folder %1: %2");
    case MessageId::ExportFileUnwritable: return QStringLiteral("Cannot write %1 into export folder %2: %3");
    case MessageId::ExportStagingLockFailed:
        return QStringLiteral("Cannot write into export folder %1: cannot create the staging lock");
    case MessageId::ExportStagingFinished: return QStringLiteral("The export staging was already committed or discarded");
    case MessageId::ExportImageUnsuitable:
        return QStringLiteral("Cannot export an image of %1x%2 pixels with %3 channel(s) of type %4: an 8-bit BGR "
                              "or grey image is needed");
    case MessageId::JpegEncodingFailed: return QStringLiteral("JPEG encoding failed: %1");
    case MessageId::NothingExported: return QStringLiteral("Nothing was exported to %1");
    case MessageId::AnalyserStrictnessMismatch:
        return QStringLiteral("The analyser does not recognise at the job's strictness (%1).");
    case MessageId::ExportCancelled: return QStringLiteral("The export was cancelled; nothing was written.");
    case MessageId::ReportUnwritable: return QStringLiteral("Cannot write the report %1: %2");
    case MessageId::ReportInsideExport:
        return QStringLiteral("The report %1 must not be written inside the export folder %2: it names pupils and "
                              "stays with the school.");
    case MessageId::DocumentNeedsGui:
        return QStringLiteral("Rendering \"%1\" as PDF needs a QGuiApplication (fonts).");
    case MessageId::DocumentEmpty: return QStringLiteral("Qt's PDF writer produced nothing for \"%1\".");
    case MessageId::DocumentUnwritable: return QStringLiteral("Cannot write %1: %2");
    case MessageId::LetterFolderUncreatable: return QStringLiteral("Cannot create the folder %1 for the letters.");
    case MessageId::LetterFolderUnwritable: return QStringLiteral("Cannot write into the folder %1 for the letters: %2");
    case MessageId::InvalidOption: return QStringLiteral("%1 must be %3, not '%2'");
    default: return {};
    }
}

} // namespace

QString englishTemplate(MessageId id)
{
    for (QString (*group)(MessageId) : {imagingTemplate, facesTemplate, csvTemplate, storageTemplate, exportTemplate}) {
        if (QString text = group(id); !text.isEmpty())
            return text;
    }
    return {};
}

} // namespace bw
