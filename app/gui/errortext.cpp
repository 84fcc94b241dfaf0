#include "errortext.h"

namespace bw::gui {

QString ErrorText::describe(const Error &error)
{
    QString text = describe(error.text);
    if (error.cause)
        text += QStringLiteral(": ") + describe(*error.cause);
    return text;
}

QString ErrorText::describe(const Message &text)
{
    return fillPlaceholders(templateFor(text.id), text.args);
}

// One switch over every id, without a default, so that the build fails (-Wswitch, errors in
// CI) when core gains an id that has no sentence here; hence its length.
QString ErrorText::templateFor(MessageId id)
{
    switch (id) {
    case MessageId::FileNotFound: return tr("%1: het bestand bestaat niet (meer)");
    case MessageId::NotAFile: return tr("%1: dit is geen bestand");
    case MessageId::FileEmpty: return tr("%1: het bestand is leeg (0 bytes)");
    case MessageId::FileTooLarge: return tr("%1: het bestand is te groot (%2 bytes, de grens is %3)");
    case MessageId::FileUnreadable: return tr("%1: het bestand kan niet worden gelezen (%2)");
    case MessageId::FileReadShort: return tr("%1: slechts %2 van de %3 bytes gelezen");
    case MessageId::NotAnImage: return tr("%1: dit is geen foto");
    case MessageId::UnsupportedImage:
        return tr("%1: geen foto die Beeldwacht kan lezen (JPEG, PNG, WebP, TIFF, BMP of HEIC verwacht)");
    case MessageId::UnsupportedSampleType: return tr("%1: deze kleurdiepte wordt niet ondersteund");
    case MessageId::UnsupportedChannels: return tr("%1: foto met %2 kleurkanalen wordt niet ondersteund");
    case MessageId::ImageWithoutSize: return tr("%1: het %2-bestand vermeldt geen afmetingen");
    case MessageId::ImageTooManyPixels: return tr("%1: %2 x %3 pixels is meer dan de grens van %4");
    case MessageId::ImageTruncated: return tr("%1: het %2-bestand is afgebroken (het einde ontbreekt)");
    case MessageId::ImageUndecodable: return tr("%1: het %2-bestand is beschadigd en kan niet worden gelezen");
    case MessageId::ImageSizeMismatch:
        return tr("%1: beschadigd bestand (%2 x %3 pixels gelezen, het bestand zegt %4 x %5)");
    case MessageId::ImageDecodeFailed: return tr("%1: de foto kan niet worden gelezen (%2)");
    case MessageId::ImageOutOfMemory: return tr("%1: te weinig geheugen om de foto te lezen");
    case MessageId::ImageHeaderDamaged: return tr("%1: de kop van het bestand is beschadigd (%2)");
    case MessageId::HeifDecoderUnavailable: return tr("%1: HEIC-foto's kunnen hier niet worden gelezen");
    case MessageId::HeifDamaged: return tr("%1: het HEIC-bestand is beschadigd (%2)");
    case MessageId::HeifWithoutImage: return tr("%1: het HEIC-bestand bevat geen foto (%2)");
    case MessageId::HeifWithoutSize: return tr("%1: de HEIC-foto heeft geen afmetingen");
    case MessageId::HeifUndecodable: return tr("%1: de HEIC-foto kan niet worden gelezen (%2)");
    case MessageId::HeifWithoutPixels: return tr("%1: de HEIC-foto bevat geen beeld");
    case MessageId::HeifDecodesTooLarge:
        return tr("%1: de foto wordt %2 x %3 pixels (het bestand zegt %4 x %5), meer dan de grens van %6");
    case MessageId::PhotoChanged: return tr("%1 is veranderd sinds de controle; voeg de foto opnieuw toe.");
    case MessageId::ModelNotFound:
        return tr("Het gezichtsmodel %1 ontbreekt (gezocht in: %2). Haal de modellen op met models/fetch "
                  "(of installer/setup).");
    case MessageId::DetectionModelMissing: return tr("Het model voor gezichtsdetectie ontbreekt: %1");
    case MessageId::DetectionModelUnreadable: return tr("Het model voor gezichtsdetectie %1 kan niet worden gelezen: %2");
    case MessageId::DetectionModelWrong: return tr("%1 is niet het CenterFace-model (uitvoer %2 ontbreekt)");
    case MessageId::DetectionModelInvalid: return tr("Het model voor gezichtsdetectie %1 kan niet worden geladen: %2");
    case MessageId::DetectorSettingsInvalid: return tr("Ongeldige instellingen voor gezichtsdetectie");
    case MessageId::DetectionNeedsBgr: return tr("Gezichtsdetectie heeft een 8-bits kleurenfoto nodig");
    case MessageId::DetectionFailed: return tr("Gezichten zoeken mislukt: %1");
    case MessageId::RecognitionModelMissing: return tr("Het model voor gezichtsherkenning ontbreekt: %1");
    case MessageId::RecognitionModelInvalid:
        return tr("Het model voor gezichtsherkenning %1 kan niet worden geladen: %2");
    case MessageId::LandmarkModelWrong: return tr("%1 is niet het model met 5 oriëntatiepunten");
    case MessageId::RecognitionNeedsBgr: return tr("Gezichtsherkenning heeft een 8-bits kleurenfoto nodig");
    case MessageId::RecognitionCountMismatch: return tr("Gezichtsherkenning gaf %1 beschrijvingen voor %2 gezichten");
    case MessageId::RecognitionWrongSize: return tr("Gezichtsherkenning gaf een beschrijving van de verkeerde lengte");
    case MessageId::RecognitionFailed: return tr("Gezichtsherkenning mislukt: %1");
    case MessageId::ReferenceNoFace: return tr("%1: geen gezicht gevonden.");
    case MessageId::ReferenceSeveralFaces:
        return tr("%1: een pasfoto moet precies één gezicht tonen, deze toont er %2.");
    case MessageId::ReferenceNotRecognisable:
        return tr("%1: het gezicht is te klein of te onscherp om te herkennen (%2 px breed); "
                  "gebruik een scherpere foto van dichterbij.");
    case MessageId::ReferenceFolderMissing: return tr("De map %1 bestaat niet.");
    case MessageId::ReferenceFolderEmpty: return tr("In %1 staan geen mappen per leerling.");
    case MessageId::ReferenceUnknownPupils:
        return tr("Geen leerling in het register heet %1; er is niets toegevoegd.");
    case MessageId::CsvFileNotFound: return tr("%1 bestaat niet");
    case MessageId::CsvFileUnreadable: return tr("%1 kan niet worden gelezen: %2");
    case MessageId::CsvOutOfMemory: return tr("te weinig geheugen");
    case MessageId::CsvBrokenQuoting:
        return tr("aanhalingstekens kloppen niet (%1): een aanhalingsteken opent en sluit een heel veld, "
                  "en een aanhalingsteken erbinnen staat er dubbel");
    case MessageId::CsvUnclosedQuote: return tr("een veld tussen aanhalingstekens wordt niet afgesloten");
    case MessageId::CsvNotUtf8: return tr("de tekst is geen UTF-8; sla het bestand op als UTF-8");
    case MessageId::CsvNoHeader: return tr("het bestand heeft geen kopregel");
    case MessageId::CsvDuplicateColumn: return tr("kolom '%1' staat er twee keer in");
    case MessageId::CsvNoNameColumn: return tr("de kopregel heeft geen kolom 'leerling'");
    case MessageId::CsvFieldCount: return tr("%1 velden, maar de kopregel heeft %2 kolommen");
    case MessageId::CsvValueWithoutHeader: return tr("een waarde in kolom %1, die geen kopnaam heeft");
    case MessageId::CsvNameEmpty: return tr("'leerling' is leeg");
    case MessageId::CsvBadBirthDate:
        return tr("geboortedatum '%1' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)");
    case MessageId::CsvBirthDateDiffers:
        return tr("de geboortedatum verschilt van die op regel %1 voor dezelfde leerling");
    case MessageId::CsvBadGiver: return tr("door '%1' is niet ouder, beide ouders of leerling");
    case MessageId::CsvBadYesNo: return tr("kolom '%1': '%2' is niet ja, nee of leeg");
    case MessageId::CsvBadDate: return tr("datum '%1' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)");
    case MessageId::CsvDateMissing: return tr("'datum' is leeg, maar de regel geeft antwoorden");
    case MessageId::CsvRejected: return tr("%1, regel %2 (%3 foute regels; er is niets geïmporteerd)");
    case MessageId::DataFolderUncreatable: return tr("de gegevensmap %1 kan niet worden gemaakt");
    case MessageId::DatabaseUncreatable: return tr("%1 kan niet worden gemaakt: %2");
    case MessageId::DatabaseNotPrivate: return tr("%1 kan niet alleen voor u leesbaar worden gemaakt");
    case MessageId::DatabaseWithoutWal: return tr("%1: het register kan geen logbestand voor schrijven gebruiken");
    case MessageId::DatabaseBusy:
        return tr("%1 is in gebruik door een ander programma (%2 s gewacht); probeer het opnieuw als dat klaar is");
    case MessageId::DatabaseFailed: return tr("fout in het register %2: %3");
    case MessageId::RegistryTooNew:
        return tr("%1 is gemaakt door een nieuwere Beeldwacht (schemaversie %2, deze versie kent tot %3); "
                  "werk Beeldwacht bij");
    case MessageId::PupilNotFound: return tr("geen leerling met nummer %1 in het register");
    case MessageId::PupilNeedsName: return tr("een leerling heeft een naam nodig");
    case MessageId::StatementNeedsDate: return tr("een toestemmingsverklaring heeft een datum nodig");
    case MessageId::UnknownCategory: return tr("'%1' is geen toestemmingsvraag van deze school");
    case MessageId::CategoryNeedsName: return tr("een toestemmingsvraag heeft een naam nodig");
    case MessageId::ChannelNotFound: return tr("er is geen kanaal '%1'");
    case MessageId::PhotoRequestNotFound: return tr("er is geen verzoek met code %1");
    case MessageId::PhotoRequestAnswered: return tr("verzoek %1 is al beantwoord; er is niets veranderd (een ander antwoord: vink ‘Eerder antwoord wijzigen’ aan)");
    case MessageId::PhotoRequestExpired: return tr("verzoek %1 is na %2 verlopen en telt als nee; er is niets veranderd");
    case MessageId::PhotoAnswerBadDate: return tr("een antwoord op verzoek %1 kan niet de datum %2 hebben: niet vóór het verzoek en niet in de toekomst");
    case MessageId::PhotoAnswerNeedsPupil: return tr("%1 is 16 of ouder: alleen het eigen antwoord van de leerling telt");
    case MessageId::PhotoAnswerNeedsParent: return tr("%1 is jonger dan 16: alleen het antwoord van een ouder telt");
    case MessageId::ReviewStoreDamaged:
        return tr("het bewaarde beoordelingswerk %1 was beschadigd (%2) en is vervangen door een leeg bestand: "
                  "eerdere beslissingen over de foto's zijn verloren, hun gezichten blijven verborgen tot u ze "
                  "opnieuw beoordeelt");
    case MessageId::ReviewStoreDamagedStays:
        return tr("het bewaarde beoordelingswerk %1 is beschadigd (%2) en kan niet worden verwijderd; verwijder "
                  "het met de hand");
    case MessageId::KeptReviewUnreadable:
        return tr("het bewaarde beoordelingswerk van foto %2 in %1 is onleesbaar (%3); de foto begint "
                  "onbeoordeeld");
    case MessageId::PhotoRequestNotAnswered: return tr("verzoek %1 is nog niet beantwoord; leg eerst het antwoord vast");
    case MessageId::PhotoAnswerChangeBadDate: return tr("verzoek %1 is het laatst beantwoord op %2: een gewijzigd antwoord mag niet eerder gedateerd zijn, en een ‘ja’ niet op de dag van een ‘nee’ (een ‘nee’ op dezelfde dag telt); er is niets veranderd");
    case MessageId::ChannelForRecognition:
        return tr("kanaal '%1': %2 is de toestemming voor gezichtsherkenning; daaronder kan geen kanaal publiceren");
    case MessageId::EnrolmentWithoutConsent:
        return tr("voor %1 is geen geldige toestemming voor gezichtsherkenning (%2: %3); er is geen pasfoto of "
                  "gezichtskenmerk bewaard");
    case MessageId::ReferenceWithoutConsent:
        return tr("%1: voor %2 is geen geldige toestemming voor gezichtsherkenning (%3: %4); de foto is niet "
                  "geopend en er is niets bewaard");
    case MessageId::SettingBadValue: return tr("%1 kan %2 zijn, niet '%3'");
    case MessageId::NoPupilsInClass: return tr("Er zijn geen leerlingen in groep %1.");
    case MessageId::ExportFolderUncreatable: return tr("De exportmap %1 kan niet worden gemaakt.");
    case MessageId::ExportFolderMissing: return tr("De exportmap %1 bestaat niet");
    case MessageId::ExportFolderNotAFolder: return tr("De exportmap %1 is geen map");
    case MessageId::ExportFolderUnwritable: return tr("Er kan niet worden geschreven in de exportmap %1: %2");
    case MessageId::ExportFileUnwritable: return tr("%1 kan niet worden geschreven in de exportmap %2: %3");
    case MessageId::ExportStagingLockFailed:
        return tr("Er kan niet worden geschreven in de exportmap %1: de tijdelijke map kan niet worden vergrendeld");
    case MessageId::ExportStagingFinished: return tr("De export was al afgerond of afgebroken");
    case MessageId::ExportImageUnsuitable:
        return tr("Een beeld van %1x%2 pixels met %3 kanalen (type %4) kan niet worden geëxporteerd");
    case MessageId::JpegEncodingFailed: return tr("JPEG maken mislukt: %1");
    case MessageId::NothingExported: return tr("Er is niets geëxporteerd naar %1");
    case MessageId::AnalyserStrictnessMismatch:
        return tr("De herkenning stond op een andere strengheid dan deze export (%1); probeer het opnieuw.");
    case MessageId::ExportCancelled: return tr("De export is gestopt; er is niets geschreven.");
    case MessageId::ReportUnwritable: return tr("Het verslag %1 kan niet worden geschreven: %2");
    case MessageId::ReportInsideExport:
        return tr("Het verslag %1 mag niet in de exportmap %2: het noemt leerlingen en blijft op school.");
    case MessageId::DocumentNeedsGui: return tr("Het document \"%1\" kan hier niet als PDF worden gemaakt.");
    case MessageId::DocumentEmpty: return tr("Het document \"%1\" bleef leeg bij het maken van de PDF.");
    case MessageId::DocumentUnwritable: return tr("%1 kon niet worden opgeslagen: %2");
    case MessageId::LetterFolderUncreatable: return tr("De map %1 voor de brieven kan niet worden gemaakt.");
    case MessageId::LetterFolderUnwritable: return tr("In de map %1 kunnen geen brieven worden opgeslagen: %2");
    case MessageId::InvalidOption: return tr("%1 moet %3 zijn, niet '%2'");
    }
    return {};
}

} // namespace bw::gui
