<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AuditFinding</name>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="15"/>
        <source>regel %1 van het logboek is verwijderd</source>
        <translation>entry %1 of the audit log was deleted</translation>
    </message>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="17"/>
        <source>regel %1 van het logboek sluit niet aan op de regel ervoor (vervangen of verplaatst)</source>
        <translation>entry %1 of the audit log does not follow the entry before it (replaced or moved)</translation>
    </message>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="19"/>
        <source>regel %1 van het logboek is gewijzigd nadat hij was geschreven</source>
        <translation>entry %1 of the audit log was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="21"/>
        <source>regel %1 en de regels daarna zijn uit het logboek verwijderd</source>
        <translation>entry %1 and the entries after it were deleted from the audit log</translation>
    </message>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="23"/>
        <source>regel %1 van het logboek is niet meer de regel die eerder is vastgelegd (het logboek is herschreven)</source>
        <translation>entry %1 of the audit log is no longer the entry recorded earlier (the log was rewritten)</translation>
    </message>
    <message>
        <location filename="../../core/screening/auditfinding.cpp" line="25"/>
        <source>het bestand %1, dat de laatste regel van het logboek vastlegt, is onleesbaar</source>
        <translation>the file %1, which records the audit log&apos;s last entry, cannot be read</translation>
    </message>
</context>
<context>
    <name>ChannelText</name>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="23"/>
        <source>Parro</source>
        <translation>Parro</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="24"/>
        <source>Nieuwsbrief</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="25"/>
        <source>Website, besloten deel</source>
        <translation>Website, members&apos; area</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="26"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="27"/>
        <source>Sociale media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="28"/>
        <source>Schoolgids</source>
        <translation>School guide</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="29"/>
        <source>Klassenfoto</source>
        <translation>Class photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="37"/>
        <source>binnen school</source>
        <translation>within the school</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="38"/>
        <source>openbaar</source>
        <translation>public</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="39"/>
        <source>alle ouders van de klas</source>
        <translation>all parents of the class</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="41"/>
        <source>toestemming %1</source>
        <translation>consent %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="52"/>
        <source>intern (school, ouderapp)</source>
        <translation>internal (school, parent app)</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="53"/>
        <source>extern (openbaar)</source>
        <translation>external (public)</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="54"/>
        <source>klassenfoto</source>
        <translation>class photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="55"/>
        <source>gezichtsherkenning</source>
        <translation>face recognition</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="63"/>
        <source>ingevoerd in Beeldwacht</source>
        <translation>entered in Beeldwacht</translation>
    </message>
    <message>
        <location filename="../../app/gui/channeltext.cpp" line="66"/>
        <source>%1, regel %2</source>
        <translation>%1, line %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="23"/>
        <source>%1: het bestand bestaat niet (meer)</source>
        <translation>%1: the file does not exist (any more)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="24"/>
        <source>%1: dit is geen bestand</source>
        <translation>%1: not a file</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="25"/>
        <source>%1: het bestand is leeg (0 bytes)</source>
        <translation>%1: the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="26"/>
        <source>%1: het bestand is te groot (%2 bytes, de grens is %3)</source>
        <translation>%1: %2 bytes is more than the limit of %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="27"/>
        <source>%1: het bestand kan niet worden gelezen (%2)</source>
        <translation>%1: cannot read (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="28"/>
        <source>%1: slechts %2 van de %3 bytes gelezen</source>
        <translation>%1: read %2 of %3 bytes</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="29"/>
        <source>%1: dit is geen foto</source>
        <translation>%1: this is not a photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="31"/>
        <source>%1: geen foto die Beeldwacht kan lezen (JPEG, PNG, WebP, TIFF, BMP of HEIC verwacht)</source>
        <translation>%1: not a photo Beeldwacht can read (JPEG, PNG, WebP, TIFF, BMP or HEIC expected)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="32"/>
        <source>%1: deze kleurdiepte wordt niet ondersteund</source>
        <translation>%1: unsupported sample type</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="33"/>
        <source>%1: foto met %2 kleurkanalen wordt niet ondersteund</source>
        <translation>%1: unsupported number of colour channels (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="34"/>
        <source>%1: het %2-bestand vermeldt geen afmetingen</source>
        <translation>%1: the %2 header gives no image size</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="35"/>
        <source>%1: %2 x %3 pixels is meer dan de grens van %4</source>
        <translation>%1: %2 x %3 pixels is more than the limit of %4</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="36"/>
        <source>%1: het %2-bestand is afgebroken (het einde ontbreekt)</source>
        <translation>%1: the %2 file is truncated (its end is missing)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="37"/>
        <source>%1: het %2-bestand is beschadigd en kan niet worden gelezen</source>
        <translation>%1: the %2 file is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="39"/>
        <source>%1: beschadigd bestand (%2 x %3 pixels gelezen, het bestand zegt %4 x %5)</source>
        <translation>%1: damaged file (%2 x %3 pixels read, the file says %4 x %5)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="40"/>
        <source>%1: de foto kan niet worden gelezen (%2)</source>
        <translation>%1: cannot decode (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="41"/>
        <source>%1: te weinig geheugen om de foto te lezen</source>
        <translation>%1: not enough memory to decode</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="42"/>
        <source>%1: de kop van het bestand is beschadigd (%2)</source>
        <translation>%1: damaged image header (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="43"/>
        <source>%1: HEIC-foto&apos;s kunnen hier niet worden gelezen</source>
        <translation>%1: HEIC photos cannot be read here</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="44"/>
        <source>%1: het HEIC-bestand is beschadigd (%2)</source>
        <translation>%1: damaged HEIF file (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="45"/>
        <source>%1: het HEIC-bestand bevat geen foto (%2)</source>
        <translation>%1: HEIF file without an image (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="46"/>
        <source>%1: de HEIC-foto heeft geen afmetingen</source>
        <translation>%1: HEIF image without a size</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="47"/>
        <source>%1: de HEIC-foto kan niet worden gelezen (%2)</source>
        <translation>%1: cannot decode HEIF image (%2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="48"/>
        <source>%1: de HEIC-foto bevat geen beeld</source>
        <translation>%1: HEIF image has no pixels</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="50"/>
        <source>%1: de foto wordt %2 x %3 pixels (het bestand zegt %4 x %5), meer dan de grens van %6</source>
        <translation>%1: decodes to %2 x %3 pixels (the file announces %4 x %5), more than the limit of %6</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="51"/>
        <source>%1 is veranderd sinds de controle; voeg de foto opnieuw toe.</source>
        <translation>%1 changed since it was checked; add the photo again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="53"/>
        <source>Het gezichtsmodel %1 ontbreekt (gezocht in: %2). Haal de modellen op met models/fetch (of installer/setup).</source>
        <translation>The face model %1 is missing (looked in: %2). Fetch the models with models/fetch (or installer/setup).</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="55"/>
        <source>Het model voor gezichtsdetectie ontbreekt: %1</source>
        <translation>Face detection model not found: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="56"/>
        <source>Het model voor gezichtsdetectie %1 kan niet worden gelezen: %2</source>
        <translation>Cannot read face detection model %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="57"/>
        <source>%1 is niet het CenterFace-model (uitvoer %2 ontbreekt)</source>
        <translation>%1 is not the CenterFace model (output %2 missing)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="58"/>
        <source>Het model voor gezichtsdetectie %1 kan niet worden geladen: %2</source>
        <translation>Cannot load face detection model %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="59"/>
        <source>Ongeldige instellingen voor gezichtsdetectie</source>
        <translation>Invalid face detector settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="60"/>
        <source>Gezichtsdetectie heeft een 8-bits kleurenfoto nodig</source>
        <translation>Face detection needs an 8-bit BGR image</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="61"/>
        <source>Gezichten zoeken mislukt: %1</source>
        <translation>Face detection failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="62"/>
        <source>Het model voor gezichtsherkenning ontbreekt: %1</source>
        <translation>Face recognition model not found: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="64"/>
        <source>Het model voor gezichtsherkenning %1 kan niet worden geladen: %2</source>
        <translation>Cannot load face recognition model %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="65"/>
        <source>%1 is niet het model met 5 oriëntatiepunten</source>
        <translation>%1 is not the 5-point landmark model</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="66"/>
        <source>Gezichtsherkenning heeft een 8-bits kleurenfoto nodig</source>
        <translation>Face recognition needs an 8-bit BGR image</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="67"/>
        <source>Gezichtsherkenning gaf %1 beschrijvingen voor %2 gezichten</source>
        <translation>Face recognition returned %1 descriptors for %2 faces</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="68"/>
        <source>Gezichtsherkenning gaf een beschrijving van de verkeerde lengte</source>
        <translation>Face recognition returned a descriptor of the wrong size</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="69"/>
        <source>Gezichtsherkenning mislukt: %1</source>
        <translation>Face recognition failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="70"/>
        <source>%1: geen gezicht gevonden.</source>
        <translation>%1: no face found.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="72"/>
        <source>%1: een pasfoto moet precies één gezicht tonen, deze toont er %2.</source>
        <translation>%1: a reference photo must show exactly one face, this one shows %2.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="74"/>
        <source>%1: het gezicht is te klein of te onscherp om te herkennen (%2 px breed); gebruik een scherpere foto van dichterbij.</source>
        <translation>%1: the face is too small or too blurred to recognise (%2 px wide); use a sharper, closer photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="76"/>
        <source>De map %1 bestaat niet.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="77"/>
        <source>In %1 staan geen mappen per leerling.</source>
        <translation>%1 holds no folders per pupil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="79"/>
        <source>Geen leerling in het register heet %1; er is niets toegevoegd.</source>
        <translation>No pupil in the registry is called %1; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="80"/>
        <source>%1 bestaat niet</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="81"/>
        <source>%1 kan niet worden gelezen: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="82"/>
        <source>te weinig geheugen</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="84"/>
        <source>aanhalingstekens kloppen niet (%1): een aanhalingsteken opent en sluit een heel veld, en een aanhalingsteken erbinnen staat er dubbel</source>
        <translation>broken quoting (%1): a quote must open and close a whole field, and a quote inside it is written twice</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="86"/>
        <source>een veld tussen aanhalingstekens wordt niet afgesloten</source>
        <translation>a quoted field is not closed before the end of the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="87"/>
        <source>de tekst is geen UTF-8; sla het bestand op als UTF-8</source>
        <translation>the text is not UTF-8; save the file as UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="88"/>
        <source>het bestand heeft geen kopregel</source>
        <translation>the file has no header line</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="89"/>
        <source>kolom &apos;%1&apos; staat er twee keer in</source>
        <translation>column &apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="90"/>
        <source>de kopregel heeft geen kolom &apos;leerling&apos;</source>
        <translation>the header has no &apos;leerling&apos; column</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="91"/>
        <source>%1 velden, maar de kopregel heeft %2 kolommen</source>
        <translation>%1 fields, but the header has %2 columns</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="92"/>
        <source>een waarde in kolom %1, die geen kopnaam heeft</source>
        <translation>a value in column %1, which has no header</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="93"/>
        <source>&apos;leerling&apos; is leeg</source>
        <translation>&apos;leerling&apos; is empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="95"/>
        <source>geboortedatum &apos;%1&apos; is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)</source>
        <translation>geboortedatum &apos;%1&apos; is not a date (YYYY-MM-DD or DD-MM-YYYY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="97"/>
        <source>de geboortedatum verschilt van die op regel %1 voor dezelfde leerling</source>
        <translation>geboortedatum differs from line %1 for the same pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="98"/>
        <source>door &apos;%1&apos; is niet ouder, beide ouders of leerling</source>
        <translation>door &apos;%1&apos; is not ouder, beide ouders or leerling</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="99"/>
        <source>kolom &apos;%1&apos;: &apos;%2&apos; is niet ja, nee of leeg</source>
        <translation>column &apos;%1&apos;: &apos;%2&apos; is not ja, nee or empty</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="100"/>
        <source>datum &apos;%1&apos; is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)</source>
        <translation>datum &apos;%1&apos; is not a date (YYYY-MM-DD or DD-MM-YYYY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="101"/>
        <source>&apos;datum&apos; is leeg, maar de regel geeft antwoorden</source>
        <translation>&apos;datum&apos; is empty, but the row gives answers</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="102"/>
        <source>%1, regel %2 (%3 foute regels; er is niets geïmporteerd)</source>
        <translation>%1, line %2 (%3 bad rows; nothing was imported)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="103"/>
        <source>de gegevensmap %1 kan niet worden gemaakt</source>
        <translation>cannot create the data folder %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="104"/>
        <source>%1 kan niet worden gemaakt: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="105"/>
        <source>%1 kan niet alleen voor u leesbaar worden gemaakt</source>
        <translation>cannot make %1 private to its owner</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="106"/>
        <source>%1: het register kan geen logbestand voor schrijven gebruiken</source>
        <translation>%1: the database cannot use write-ahead logging</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="108"/>
        <source>%1 is in gebruik door een ander programma (%2 s gewacht); probeer het opnieuw als dat klaar is</source>
        <translation>%1 is in use by another program (waited %2 s); try again when it is done</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="109"/>
        <source>fout in het register %2: %3</source>
        <translation>database error in %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="111"/>
        <source>%1 is gemaakt door een nieuwere Beeldwacht (schemaversie %2, deze versie kent tot %3); werk Beeldwacht bij</source>
        <translation>%1 was written by a newer Beeldwacht (schema version %2, this program knows up to %3); update Beeldwacht</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="113"/>
        <source>geen leerling met nummer %1 in het register</source>
        <translation>no pupil with id %1 in the registry</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="114"/>
        <source>een leerling heeft een naam nodig</source>
        <translation>a pupil needs a name</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="115"/>
        <source>een toestemmingsverklaring heeft een datum nodig</source>
        <translation>a consent statement needs a date</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="116"/>
        <source>&apos;%1&apos; is geen toestemmingsvraag van deze school</source>
        <translation>&apos;%1&apos; is not a consent category of this school</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="117"/>
        <source>een toestemmingsvraag heeft een naam nodig</source>
        <translation>a consent category needs a name</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="118"/>
        <source>er is geen kanaal &apos;%1&apos;</source>
        <translation>no channel &apos;%1&apos;; `beeldwacht-cli channels` lists them</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="119"/>
        <source>er is geen verzoek met code %1</source>
        <translation>there is no request with code %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="120"/>
        <source>verzoek %1 is al beantwoord; er is niets veranderd (een ander antwoord: vink ‘Eerder antwoord wijzigen’ aan)</source>
        <translation>request %1 has already been answered; nothing was changed (another answer: tick ‘Change an earlier answer’)</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="121"/>
        <source>verzoek %1 is na %2 verlopen en telt als nee; er is niets veranderd</source>
        <translation>request %1 expired after %2 and counts as no; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="122"/>
        <source>een antwoord op verzoek %1 kan niet de datum %2 hebben: niet vóór het verzoek en niet in de toekomst</source>
        <translation>an answer to request %1 cannot be dated %2: not before the request, not in the future</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="123"/>
        <source>%1 is 16 of ouder: alleen het eigen antwoord van de leerling telt</source>
        <translation>%1 is 16 or older: only the pupil&apos;s own answer counts</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="124"/>
        <source>%1 is jonger dan 16: alleen het antwoord van een ouder telt</source>
        <translation>%1 is under 16: only a parent&apos;s answer counts</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="126"/>
        <source>het bewaarde beoordelingswerk %1 was beschadigd (%2) en is vervangen door een leeg bestand: eerdere beslissingen over de foto&apos;s zijn verloren, hun gezichten blijven verborgen tot u ze opnieuw beoordeelt</source>
        <translation>the kept review %1 was damaged (%2) and has been replaced by an empty one: earlier decisions about the photos are lost, their faces stay hidden until you review them again</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="130"/>
        <source>het bewaarde beoordelingswerk %1 is beschadigd (%2) en kan niet worden verwijderd; verwijder het met de hand</source>
        <translation>the kept review %1 is damaged (%2) and cannot be removed; remove it by hand</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="133"/>
        <source>het bewaarde beoordelingswerk van foto %2 in %1 is onleesbaar (%3); de foto begint onbeoordeeld</source>
        <translation>the kept review of photo %2 in %1 cannot be read (%3); the photo starts unreviewed</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="135"/>
        <source>verzoek %1 is nog niet beantwoord; leg eerst het antwoord vast</source>
        <translation>request %1 has not been answered yet; record the answer first</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="136"/>
        <source>verzoek %1 is het laatst beantwoord op %2: een gewijzigd antwoord mag niet eerder gedateerd zijn, en een ‘ja’ niet op de dag van een ‘nee’ (een ‘nee’ op dezelfde dag telt); er is niets veranderd</source>
        <translation>request %1 was last answered on %2: a changed answer may not be dated earlier, and a ‘yes’ not on the day of a ‘no’ (a ‘no’ on the same day counts); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="138"/>
        <source>kanaal &apos;%1&apos;: %2 is de toestemming voor gezichtsherkenning; daaronder kan geen kanaal publiceren</source>
        <translation>channel &apos;%1&apos;: %2 is the consent for face recognition; no channel can publish under it</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="140"/>
        <source>voor %1 is geen geldige toestemming voor gezichtsherkenning (%2: %3); er is geen pasfoto of gezichtskenmerk bewaard</source>
        <translation>%1 has no valid consent for face recognition (%2: %3); no reference photo or face descriptor was stored</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="143"/>
        <source>%1: voor %2 is geen geldige toestemming voor gezichtsherkenning (%3: %4); de foto is niet geopend en er is niets bewaard</source>
        <translation>%1: %2 has no valid consent for face recognition (%3: %4); the photo was not opened and nothing was stored</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="145"/>
        <source>%1 kan %2 zijn, niet &apos;%3&apos;</source>
        <translation>%1 can be %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="146"/>
        <source>Er zijn geen leerlingen in groep %1.</source>
        <translation>There are no pupils in class %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="147"/>
        <source>De exportmap %1 kan niet worden gemaakt.</source>
        <translation>Cannot create the export folder %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="148"/>
        <source>De exportmap %1 bestaat niet</source>
        <translation>Export folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="149"/>
        <source>De exportmap %1 is geen map</source>
        <translation>Export folder %1 is not a folder</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="150"/>
        <source>Er kan niet worden geschreven in de exportmap %1: %2</source>
        <translation>Cannot write into export folder %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="151"/>
        <source>%1 kan niet worden geschreven in de exportmap %2: %3</source>
        <translation>Cannot write %1 into export folder %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="153"/>
        <source>Er kan niet worden geschreven in de exportmap %1: de tijdelijke map kan niet worden vergrendeld</source>
        <translation>Cannot write into the export folder %1: the temporary folder cannot be locked</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="154"/>
        <source>De export was al afgerond of afgebroken</source>
        <translation>The export staging was already committed or discarded</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="156"/>
        <source>Een beeld van %1x%2 pixels met %3 kanalen (type %4) kan niet worden geëxporteerd</source>
        <translation>An image of %1x%2 pixels with %3 channels (type %4) cannot be exported</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="157"/>
        <source>JPEG maken mislukt: %1</source>
        <translation>JPEG encoding failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="158"/>
        <source>Er is niets geëxporteerd naar %1</source>
        <translation>Nothing was exported to %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="160"/>
        <source>De herkenning stond op een andere strengheid dan deze export (%1); probeer het opnieuw.</source>
        <translation>Recognition ran at another strictness than this export (%1); please try again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="161"/>
        <source>De export is gestopt; er is niets geschreven.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="162"/>
        <source>Het verslag %1 kan niet worden geschreven: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="164"/>
        <source>Het verslag %1 mag niet in de exportmap %2: het noemt leerlingen en blijft op school.</source>
        <translation>The report %1 must not be written inside the export folder %2: it names pupils and stays with the school.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="165"/>
        <source>Het document &quot;%1&quot; kan hier niet als PDF worden gemaakt.</source>
        <translation>The document &quot;%1&quot; cannot be made into a PDF here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="166"/>
        <source>Het document &quot;%1&quot; bleef leeg bij het maken van de PDF.</source>
        <translation>The document &quot;%1&quot; came out empty when the PDF was made.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="167"/>
        <source>%1 kon niet worden opgeslagen: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="168"/>
        <source>De map %1 voor de brieven kan niet worden gemaakt.</source>
        <translation>The folder %1 for the letters cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="169"/>
        <source>In de map %1 kunnen geen brieven worden opgeslagen: %2</source>
        <translation>Letters cannot be saved in the folder %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/errortext.cpp" line="170"/>
        <source>%1 moet %3 zijn, niet &apos;%2&apos;</source>
        <translation>%1 must be %3, not &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ParentOverview</name>
    <message>
        <location filename="../../core/screening/parentoverview.cpp" line="27"/>
        <source>%1 — %2 — bestand %3</source>
        <translation>%1 — %2 — file %3</translation>
    </message>
    <message>
        <location filename="../../core/screening/parentoverview.cpp" line="31"/>
        <source>Het bestand staat niet meer op deze computer; de foto is daarom niet afgebeeld.</source>
        <translation>The file is no longer on this computer, so the photo is not shown.</translation>
    </message>
    <message>
        <location filename="../../core/screening/parentoverview.cpp" line="66"/>
        <source>Foto&apos;s van %1 die de school heeft gepubliceerd</source>
        <translation>Photos of %1 published by the school</translation>
    </message>
    <message>
        <location filename="../../core/screening/parentoverview.cpp" line="69"/>
        <source>Opgesteld op %1. Hieronder staan de foto&apos;s waarop %2 zichtbaar is, met de datum, het kanaal en de bestandsnaam. Andere kinderen en volwassenen zijn in dit overzicht onherkenbaar gemaakt.</source>
        <translation>Drawn up on %1. Below are the photos on which %2 is visible, with the date, the channel and the file name. Other children and adults are made unrecognisable in this overview.</translation>
    </message>
    <message>
        <location filename="../../core/screening/parentoverview.cpp" line="76"/>
        <source>%1 staat op geen enkele foto die via Beeldwacht is gepubliceerd.</source>
        <translation>%1 is on no photo published through Beeldwacht.</translation>
    </message>
</context>
<context>
    <name>PhotoBadge</name>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="26"/>
        <source>nog niet bekeken</source>
        <translation>not yet checked</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="27"/>
        <source>klaar</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="28"/>
        <source>controleren</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="29"/>
        <source>niet gebruiken</source>
        <translation>do not use</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/photobadge.cpp" line="54"/>
        <source>%n onbekend gezicht(en)</source>
        <translation>
            <numerusform>%n unknown face</numerusform>
            <numerusform>%n unknown faces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadableReport</name>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="54"/>
        <source>geëxporteerd</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="55"/>
        <source>wacht op een beslissing</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="56"/>
        <source>niet gebruikt</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="69"/>
        <source>%1, %2, door %3</source>
        <translation>%1, %2, by %3</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="70"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="71"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="81"/>
        <source>aangewezen door de leerkracht</source>
        <translation>pointed out by the teacher</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="84"/>
        <source>herkend aan een eerdere foto van deze dag</source>
        <translation>recognised from an earlier photo of this day</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="85"/>
        <source>herkend aan de pasfoto&apos;s</source>
        <translation>recognised from the reference photos</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="87"/>
        <source>toestemming gezichtsherkenning</source>
        <translation>face recognition consent</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="98"/>
        <source>geen gezicht</source>
        <translation>not a face</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="100"/>
        <source>mogelijk gezicht</source>
        <translation>possible face</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="101"/>
        <source>onbekend gezicht</source>
        <translation>unknown face</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="106"/>
        <source>voor deze foto: %1</source>
        <translation>for this photo: %1</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="108"/>
        <source>zichtbaar</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="109"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="123"/>
        <source> als %1</source>
        <translation> as %1</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="129"/>
        <source>Nog losse toestemming nodig voor:</source>
        <translation>Separate consent still needed for:</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="135"/>
        <source>Geen gezichten gevonden.</source>
        <translation>No faces found.</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="140"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="140"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="141"/>
        <source>Op de foto</source>
        <translation>On the photo</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="142"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="175"/>
        <source>niet gecontroleerd (geen register)</source>
        <translation>not checked (no registry)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="178"/>
        <source>BESCHADIGD:</source>
        <translation>DAMAGED:</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="179"/>
        <source>in orde; na deze export %1 regels, laatste controlegetal %2</source>
        <translation>intact; after this export %1 entries, last hash %2</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="191"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="192"/>
        <source>%1 (toestemming nodig voor: %2)</source>
        <translation>%1 (consent needed for: %2)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="194"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="197"/>
        <source>Gemaakt door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="198"/>
        <source>Toestemming bekeken op</source>
        <translation>Consent evaluated on</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="199"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="200"/>
        <source>%1 geëxporteerd, %2 wachten op een beslissing, %3 niet gebruikt</source>
        <translation>%1 exported, %2 waiting for a decision, %3 not used</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="204"/>
        <source> (waarvan 1 mogelijk gezicht)</source>
        <translation> (1 of them a possible face)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="206"/>
        <source> (waarvan %1 mogelijke gezichten)</source>
        <translation> (%1 of them possible faces)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="207"/>
        <source>Gezichten</source>
        <translation>Faces</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="202"/>
        <source>%1 zichtbaar, %2 verborgen</source>
        <translation>%1 visible, %2 hidden</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="208"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="228"/>
        <source>Foto&apos;s die niet (of nog niet) gebruikt zijn</source>
        <translation>Photos not used (or not yet)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="234"/>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="236"/>
        <source>streng</source>
        <translation>strict</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="237"/>
        <source>zeer streng</source>
        <translation>very strict</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="243"/>
        <source>in grove blokjes</source>
        <translation>as coarse blocks</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="245"/>
        <source>met een effen vlak</source>
        <translation>with a solid patch</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="246"/>
        <source>onherkenbaar vervaagd</source>
        <translation>blurred beyond recognition</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="253"/>
        <source>alleen groepsfoto&apos;s</source>
        <translation>group photos only</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="255"/>
        <source>een leerling zonder toestemming sluit de foto uit (nooit vervagen)</source>
        <translation>a pupil without consent excludes the photo (never blurred)</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="257"/>
        <source>losse toestemming per foto</source>
        <translation>separate consent for each photo</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="258"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="269"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="270"/>
        <source>Strengheid van de herkenning</source>
        <translation>Recognition strictness</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="272"/>
        <source>Herkend als leerling</source>
        <translation>Recognised as a pupil</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="273"/>
        <source>afstand kleiner dan %1 en minstens %2 dichter bij dan de volgende leerling</source>
        <translation>distance below %1 and at least %2 closer than the next pupil</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="277"/>
        <source>Referenties van dezelfde dag</source>
        <translation>Same-day references</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="279"/>
        <source>aan: een zeker herkend of door de leerkracht aangewezen gezicht helpt die leerling op de andere foto&apos;s van deze reeks te herkennen</source>
        <translation>on: a face recognised with certainty or pointed out by the teacher helps recognise that pupil on the other photos of this batch</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="282"/>
        <source>uit</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="283"/>
        <source>Kleinste gezicht dat herkend wordt</source>
        <translation>Smallest face that is recognised</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="284"/>
        <source>%1 pixels breed</source>
        <translation>%1 pixels wide</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="286"/>
        <source>Gezichten zoeken</source>
        <translation>Face detection</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="287"/>
        <source>een gezicht vanaf score %1; een mogelijk gezicht (altijd verborgen) vanaf score %2</source>
        <translation>a face from score %1; a possible face (always hidden) from score %2</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="291"/>
        <source>Verborgen gezichten</source>
        <translation>Hidden faces</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="293"/>
        <source>Exportformaat</source>
        <translation>Export size</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="294"/>
        <source>lange zijde %1 pixels</source>
        <translation>long side %1 pixels</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="295"/>
        <source>volledige grootte</source>
        <translation>full size</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="296"/>
        <source>, JPEG-kwaliteit %1</source>
        <translation>, JPEG quality %1</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="297"/>
        <source>Regels van het kanaal</source>
        <translation>Channel rules</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="298"/>
        <source>Versie van Beeldwacht</source>
        <translation>Beeldwacht version</translation>
    </message>
    <message>
        <location filename="../../core/screening/readablereport.cpp" line="310"/>
        <source>Verantwoording export naar %1</source>
        <translation>Accountability report: export to %1</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../core/reason.cpp" line="21"/>
        <location filename="../../core/reason.cpp" line="25"/>
        <source>niet herkend</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="22"/>
        <source>herkenning onzeker</source>
        <translation>uncertain recognition</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="23"/>
        <source>gezicht te klein om te herkennen</source>
        <translation>face too small to recognise</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="24"/>
        <source>gezicht te onscherp om te herkennen</source>
        <translation>face too blurred to recognise</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="26"/>
        <source>deze leerling staat al elders op de foto</source>
        <translation>this pupil is already elsewhere on the photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="27"/>
        <source>leerling niet in het register</source>
        <translation>pupil not in the registry</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="28"/>
        <source>verborgen door u</source>
        <translation>hidden by you</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="29"/>
        <source>geen leerling</source>
        <translation>not a pupil</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="30"/>
        <source>toewijzing zonder reden telt niet</source>
        <translation>an assignment without a reason does not count</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="31"/>
        <source>door u omkaderd</source>
        <translation>boxed by you</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="32"/>
        <source>mogelijk gezicht: verborgen voor de zekerheid</source>
        <translation>possible face: hidden to be safe</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="32"/>
        <source>mogelijk gezicht</source>
        <translation>possible face</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="33"/>
        <source>geen gezicht (door u aangegeven)</source>
        <translation>not a face (marked by you)</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="33"/>
        <source>geen gezicht</source>
        <translation>not a face</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="34"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="34"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="35"/>
        <source>geen antwoord op het toestemmingsformulier</source>
        <translation>no answer on the consent form</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="35"/>
        <source>geen antwoord</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="36"/>
        <source>geen toestemming</source>
        <translation>no consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="36"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="37"/>
        <source>toestemming ingetrokken</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="37"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="38"/>
        <source>toestemming verlopen</source>
        <translation>consent expired</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="38"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="39"/>
        <source>andere ouder maakt bezwaar</source>
        <translation>other parent objects</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="39"/>
        <source>bezwaar ouder</source>
        <translation>parent objects</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="40"/>
        <source>leerling (16+) moet zelf toestemming geven</source>
        <translation>pupil (16+) must consent personally</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="40"/>
        <source>leerling zelf</source>
        <translation>pupil&apos;s own</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="41"/>
        <source>ouder moet toestemming geven</source>
        <translation>a parent must consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="41"/>
        <source>ouder nodig</source>
        <translation>parent needed</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="42"/>
        <source>losse toestemming per foto nodig</source>
        <translation>separate consent per photo needed</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="42"/>
        <source>per foto</source>
        <translation>per photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="43"/>
        <source>geen toestemming voor deze foto</source>
        <translation>no consent for this photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="43"/>
        <source>nee voor foto</source>
        <translation>no for photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="44"/>
        <source>verzoek om toestemming voor deze foto verlopen: telt als nee</source>
        <translation>request for consent for this photo expired: counts as no</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="44"/>
        <source>verzoek verlopen</source>
        <translation>request expired</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="45"/>
        <source>leerling niet meer actief</source>
        <translation>pupil no longer active</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="45"/>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="46"/>
        <source>door u uitgesloten</source>
        <translation>excluded by you</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="47"/>
        <source>leerling zonder toestemming op de klassenfoto</source>
        <translation>pupil without consent on the class photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="48"/>
        <source>één persoon centraal: niet voor sociale media</source>
        <translation>one person is the subject: not for social media</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="49"/>
        <source>één gezicht valt op: niet voor sociale media</source>
        <translation>one face stands out: not for social media</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="50"/>
        <source>losse toestemming voor deze foto nodig</source>
        <translation>separate consent needed for this photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="51"/>
        <source>foto kon niet worden gelezen</source>
        <translation>photo could not be read</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="52"/>
        <source>gezichten konden niet worden gezocht</source>
        <translation>faces could not be searched for</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="53"/>
        <source>foto kon niet worden weggeschreven</source>
        <translation>photo could not be written</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="54"/>
        <source>gegevens in de foto onleesbaar: stand onbekend, draai de foto zo nodig</source>
        <translation>metadata in the photo unreadable: orientation unknown, turn the photo if needed</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="55"/>
        <source>bewaartermijn van de pasfoto verstreken</source>
        <translation>retention period of the reference photo is over</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="55"/>
        <source>bewaartermijn voorbij</source>
        <translation>retention over</translation>
    </message>
</context>
<context>
    <name>StatementGiver</name>
    <message>
        <location filename="../../core/consent/consentstatement.cpp" line="13"/>
        <location filename="../../core/consent/consentstatement.cpp" line="17"/>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../core/consent/consentstatement.cpp" line="14"/>
        <source>beide ouders</source>
        <translation>both parents</translation>
    </message>
    <message>
        <location filename="../../core/consent/consentstatement.cpp" line="15"/>
        <source>leerling</source>
        <translation>pupil</translation>
    </message>
</context>
<context>
    <name>bw::gui::AssignPupilDialog</name>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="35"/>
        <source>Leerling kiezen</source>
        <translation>Choose pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="40"/>
        <source>Wie is dit? Zoek op naam of groep:</source>
        <translation>Who is this? Search by name or class:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="41"/>
        <source>Naam of groep</source>
        <translation>Name or class</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="64"/>
        <source>Reden (wordt vastgelegd in het logboek):</source>
        <translation>Reason (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="65"/>
        <source>Bijvoorbeeld: ik herken haar aan de jas en de groep</source>
        <translation>For example: I recognise her by her coat and class</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="135"/>
        <source>Kies een leerling.</source>
        <translation>Choose a pupil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="137"/>
        <source>Deze leerling heeft toestemming voor dit kanaal: het gezicht wordt zichtbaar.</source>
        <translation>This pupil has consent for this channel: the face becomes visible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="140"/>
        <source>Geen toestemming voor dit kanaal (%1): het gezicht blijft verborgen.</source>
        <translation>No consent for this channel (%1): the face stays hidden.</translation>
    </message>
</context>
<context>
    <name>bw::gui::AuditBanner</name>
    <message>
        <location filename="../../app/gui/auditbanner.cpp" line="23"/>
        <source>&lt;b&gt;Het logboek van Beeldwacht is beschadigd:&lt;/b&gt; %1. Het register is buiten Beeldwacht om gewijzigd. Dit is vastgelegd en wordt in het volgende exportverslag genoemd. Meld het aan de privacyfunctionaris van de school.</source>
        <translation>&lt;b&gt;Beeldwacht&apos;s audit log is damaged:&lt;/b&gt; %1. The registry was changed outside Beeldwacht. This has been recorded and will be named in the next export report. Please tell the school&apos;s privacy officer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/auditbanner.cpp" line="32"/>
        <source>&lt;b&gt;Het logboek kon niet worden gecontroleerd:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The audit log could not be checked:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::BatchController</name>
    <message>
        <location filename="../../app/gui/batchcontroller.cpp" line="34"/>
        <source>Tijdens het exporteren worden geen foto&apos;s toegevoegd: ze komen erbij zodra het exportvenster dicht is.</source>
        <translation>No photos are added while exporting: they join the batch as soon as the export window is closed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/batchcontroller.cpp" line="55"/>
        <source>De gezichtsmodellen ontbreken: de foto&apos;s kunnen niet worden gecontroleerd.</source>
        <translation>The face models are missing: the photos cannot be checked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/batchcontroller.cpp" line="78"/>
        <source>%n foto(&apos;s) uit de reeks gehaald; de bestanden zelf blijven staan.</source>
        <translation>
            <numerusform>%n photo taken out of the batch; the file itself stays where it is.</numerusform>
            <numerusform>%n photos taken out of the batch; the files themselves stay where they are.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/batchcontroller.cpp" line="110"/>
        <source>%1 is dezelfde foto als %2 en staat er maar één keer in.</source>
        <translation>%1 is the same photo as %2 and is in the batch only once.</translation>
    </message>
</context>
<context>
    <name>bw::gui::BatchStatus</name>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="18"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="25"/>
        <source>Analyseren: %v van %m</source>
        <translation>Analysing: %v of %m</translation>
    </message>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="61"/>
        <source>Sleep foto&apos;s of een map hierheen, of kies Bestand › Foto&apos;s toevoegen.</source>
        <translation>Drag photos or a folder here, or choose File › Add photos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/batchstatus.cpp" line="65"/>
        <source>%n foto(&apos;s): </source>
        <translation>
            <numerusform>%n photo: </numerusform>
            <numerusform>%n photos: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="66"/>
        <source>%1 klaar, %2 controleren, %3 niet gebruiken; %4 gezichten verborgen</source>
        <translation>%1 ready, %2 to check, %3 do not use; %4 faces hidden</translation>
    </message>
</context>
<context>
    <name>bw::gui::ConsentDialog</name>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="45"/>
        <source>Nieuwe verklaring vastleggen…</source>
        <translation>Record new statement…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="46"/>
        <source>Publicaties van deze leerling…</source>
        <translation>Publications of this pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="48"/>
        <source>Pasfoto&apos;s kiezen…</source>
        <translation>Choose reference photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="49"/>
        <source>Gezin…</source>
        <translation>Family…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="52"/>
        <source>Leerlingen en toestemming</source>
        <translation>Pupils and consent</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="55"/>
        <source>Zoek op naam of groep</source>
        <translation>Search by name or class</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="58"/>
        <source>Leerling toevoegen…</source>
        <translation>Add pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="60"/>
        <source>CSV importeren…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="62"/>
        <source>Toestemmingsformulieren (PDF)…</source>
        <translation>Consent forms (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="64"/>
        <source>Een formulier per leerling om uit te delen, met de vraag over gezichtsherkenning apart</source>
        <translation>One form per pupil to hand out, with the face-recognition question asked separately</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="154"/>
        <source>Geschiedenis (de laatste verklaring telt):</source>
        <translation>History (the latest statement counts):</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="155"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="155"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="155"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="155"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="155"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="166"/>
        <source>Broers en zussen met dezelfde gezinscode krijgen samen één brief als om toestemming per foto wordt gevraagd</source>
        <translation>Brothers and sisters with the same family code get one letter together when consent per photo is asked</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="170"/>
        <source>Pasfoto&apos;s van deze leerling kiezen (of sleep ze op het vak hierboven)</source>
        <translation>Choose reference photos of this pupil (or drop them on the area above)</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="190"/>
        <source>Kies een leerling.</source>
        <translation>Choose a pupil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="195"/>
        <source>%1, groep %2</source>
        <translation>%1, class %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="196"/>
        <source>%1, groep %2, gezin %3</source>
        <translation>%1, class %2, family %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="209"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="209"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="213"/>
        <source> (andere ouder maakt bezwaar)</source>
        <translation> (other parent objects)</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="218"/>
        <source> (voor één foto)</source>
        <translation> (for one photo)</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="272"/>
        <source>Er is al een leerling met de naam %1 (groep %2).</source>
        <translation>There already is a pupil called %1 (class %2).</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="289"/>
        <source>Pasfoto&apos;s kiezen</source>
        <translation>Choose reference photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="290"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="364"/>
        <source>alle groepen</source>
        <translation>all classes</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="368"/>
        <source>Toestemmingsformulieren</source>
        <translation>Consent forms</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="368"/>
        <source>Voor welke groep?</source>
        <translation>For which class?</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="374"/>
        <source>toestemmingsformulieren.pdf</source>
        <translation>consent-forms.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="375"/>
        <source>toestemmingsformulieren-groep-%1.pdf</source>
        <translation>consent-forms-class-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="376"/>
        <source>Formulieren opslaan</source>
        <translation>Save forms</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="377"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="411"/>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="412"/>
        <source>Gezinscode van %1 (dezelfde voor broers en zussen; leeg: geen gezin):</source>
        <translation>Family code of %1 (the same for brothers and sisters; empty: no family):</translation>
    </message>
</context>
<context>
    <name>bw::gui::CsvImportDialog</name>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="52"/>
        <source>bezwaar andere ouder</source>
        <translation>other parent objects</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="54"/>
        <source>door (wie de verklaring gaf)</source>
        <translation>by (who gave the statement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="56"/>
        <source>datum van de verklaring</source>
        <translation>date of the statement</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="77"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="82"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="84"/>
        <source>Toestemmingen importeren (CSV)</source>
        <translation>Import consent (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="88"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="92"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="92"/>
        <source>Betekent</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="97"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="97"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="97"/>
        <source>Groep</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="97"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="106"/>
        <source>Kolommen:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="111"/>
        <source>Voorbeeld:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="116"/>
        <source>Foute regels (eerst verbeteren, dan importeren):</source>
        <translation>Bad rows (fix them first, then import):</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="134"/>
        <source>CSV-bestand kiezen</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="135"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="144"/>
        <source>%1 kon niet worden gelezen: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="213"/>
        <source>regel %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="217"/>
        <source>%n leerling(en)regels klaar om te importeren.</source>
        <translation>
            <numerusform>%n pupil row ready to import.</numerusform>
            <numerusform>%n pupil rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="218"/>
        <source>%n foute regel(s): er wordt niets geïmporteerd tot ze verbeterd zijn.</source>
        <translation>
            <numerusform>%n bad row: nothing is imported until it is fixed.</numerusform>
            <numerusform>%n bad rows: nothing is imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="229"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="229"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="244"/>
        <source>Importeren mislukt: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="247"/>
        <source>Geïmporteerd: %1 nieuwe leerlingen, %2 bijgewerkt, %3 verklaringen toegevoegd, %4 stonden er al.</source>
        <translation>Imported: %1 new pupils, %2 updated, %3 statements added, %4 already recorded.</translation>
    </message>
</context>
<context>
    <name>bw::gui::ExportDialog</name>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="46"/>
        <location filename="../../app/gui/exportdialog.cpp" line="51"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="47"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="48"/>
        <source>Verslag openen</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="49"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="57"/>
        <source>Kanaal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="61"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="63"/>
        <source>Naar map:</source>
        <translation>To folder:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="64"/>
        <source>Het verslag blijft op school: nooit in de map die u uploadt. Naast dit leesbare verslag komen de gegevens ervan (JSON en CSV).</source>
        <translation>The report stays at school: never in the folder you upload. Its data (JSON and CSV) are saved beside this readable report.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="66"/>
        <source>Verslag:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="71"/>
        <source>%v van %m foto&apos;s</source>
        <translation>%v of %m photos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="181"/>
        <source>%n foto(&apos;s) worden geëxporteerd</source>
        <translation>
            <numerusform>%n photo will be exported</numerusform>
            <numerusform>%n photos will be exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="182"/>
        <source>%n gezicht(en) daarop verborgen</source>
        <translation>
            <numerusform>%n face on them hidden</numerusform>
            <numerusform>%n faces on them hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="183"/>
        <source>%n foto(&apos;s) niet gebruikt</source>
        <translation>
            <numerusform>%n photo not used</numerusform>
            <numerusform>%n photos not used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="184"/>
        <source>%n foto(&apos;s) eerst controleren</source>
        <translation>
            <numerusform>%n photo to check first</numerusform>
            <numerusform>%n photos to check first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="186"/>
        <source>%n foto(&apos;s) nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.</source>
        <translation>
            <numerusform>%n photo not analysed yet: it is judged during the export.</numerusform>
            <numerusform>%n photos not analysed yet: they are judged during the export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="193"/>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="223"/>
        <source>Andere export in deze map</source>
        <translation>Another export in this folder</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="224"/>
        <source>In %1 staan al foto&apos;s voor %2. Wilt u de foto&apos;s voor %3 toch in deze map zetten?</source>
        <translation>%1 already holds photos for %2. Do you want to put the photos for %3 in this folder anyway?</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="244"/>
        <source>de gezichtsherkenning is nog niet klaar.</source>
        <translation>face recognition is not ready yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="289"/>
        <source>Stoppen… De foto&apos;s die nu bewerkt worden, maken het af.</source>
        <translation>Stopping… The photos being processed now will finish.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="308"/>
        <source>Export gestopt: er is niets in %1 gezet.</source>
        <translation>Export stopped: nothing was put in %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="318"/>
        <source>Klaar: %1 geëxporteerd, %2 niet gebruikt, %3 te controleren; %4 gezichten verborgen.
Verslag: %5</source>
        <translation>Done: %1 exported, %2 not used, %3 to check; %4 faces hidden.
Report: %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="340"/>
        <source>Het verslag kon niet worden geopend: er is geen programma ingesteld om het te tonen. Open het zelf: %1</source>
        <translation>The report could not be opened: no program is set up to show it. Open it yourself: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="357"/>
        <source>%n foto(&apos;s) of map(pen) komen erbij zodra dit venster dicht is; deze export gaat over de foto&apos;s die er al waren.</source>
        <translation>
            <numerusform>%n photo or folder joins the batch as soon as this window is closed; this export is about the photos that were already there.</numerusform>
            <numerusform>%n photos or folders join the batch as soon as this window is closed; this export is about the photos that were already there.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="366"/>
        <source>Exporteren mislukt: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::FacePanel</name>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="29"/>
        <source>duidelijk</source>
        <translation>clear</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="30"/>
        <source>twijfel: lijkt ook op een andere leerling</source>
        <translation>doubtful: also looks like another pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="31"/>
        <source>twijfel: een ander gezicht lijkt meer op deze leerling</source>
        <translation>doubtful: another face looks more like this pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="32"/>
        <source>te weinig: niet herkend</source>
        <translation>too little: not recognised</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="37"/>
        <source>niet te beoordelen</source>
        <translation>cannot be judged</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="46"/>
        <source>Foto niet gebruiken</source>
        <translation>Do not use photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="47"/>
        <source>Linksom draaien</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="51"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="48"/>
        <source>Rechtsom draaien</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="52"/>
        <source>Andere leerling…</source>
        <translation>Other pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="53"/>
        <source>Geen leerling</source>
        <translation>Not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="54"/>
        <source>Geen gezicht</source>
        <translation>Not a face</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="55"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="56"/>
        <location filename="../../app/gui/facepanel.cpp" line="157"/>
        <source>Mijn keuze ongedaan maken</source>
        <translation>Undo my choice</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="62"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="78"/>
        <source>Gezicht</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="71"/>
        <source>Foto een kwartslag linksom draaien (Shift+R); de gezichten worden opnieuw gezocht</source>
        <translation>Turn the photo a quarter to the left (Shift+R); its faces are found again</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="72"/>
        <source>Foto een kwartslag rechtsom draaien (R); de gezichten worden opnieuw gezocht</source>
        <translation>Turn the photo a quarter to the right (R); its faces are found again</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="85"/>
        <source>Voorgestelde leerling bevestigen (Enter)</source>
        <translation>Confirm the suggested pupil (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="86"/>
        <source>Dit gezicht altijd verbergen (H)</source>
        <translation>Always hide this face (H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="87"/>
        <source>Een leerling kiezen; alleen zichtbaar als de toestemming dat toelaat</source>
        <translation>Choose a pupil; visible only when consent allows it</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="88"/>
        <source>Geen leerling van school: blijft verborgen</source>
        <translation>Not a pupil of the school: stays hidden</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="89"/>
        <source>Dit mogelijke gezicht is geen gezicht: niet verbergen. Wordt vastgelegd in het logboek (V)</source>
        <translation>This possible face is not a face: do not hide it. Recorded in the audit log (V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="95"/>
        <source>Mist er een gezicht? Sleep op de foto een kader eromheen: het wordt verborgen.</source>
        <translation>A face missed? Drag a box around it on the photo: it will be hidden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="98"/>
        <source>Toetsen: PageDown/PageUp volgende/vorige foto, N volgend gezicht, Enter bevestigen, H verbergen, G geen leerling, V geen gezicht, X foto niet gebruiken, R/Shift+R foto rechtsom/linksom draaien.</source>
        <translation>Keys: PageDown/PageUp next/previous photo, N next face, Enter confirm, H hide, G not a pupil, V not a face, X do not use photo, R/Shift+R turn photo right/left.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="131"/>
        <source>Geen foto gekozen.</source>
        <translation>No photo chosen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="142"/>
        <source>%n gezicht(en), </source>
        <translation>
            <numerusform>%n face, </numerusform>
            <numerusform>%n faces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="143"/>
        <source>%n verborgen</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="157"/>
        <source>Kader verwijderen</source>
        <translation>Remove box</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="159"/>
        <source>Klik op een gezicht in de foto.</source>
        <translation>Click a face in the photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="167"/>
        <source>Gezicht %1 van %2</source>
        <translation>Face %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="168"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="169"/>
        <source>&lt;b&gt;Leerling:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pupil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="171"/>
        <source>&lt;b&gt;Mogelijk gezicht&lt;/b&gt; (zekerheid %1): verborgen zoals een onbekend gezicht, nooit herkend.</source>
        <translation>&lt;b&gt;Possible face&lt;/b&gt; (certainty %1): hidden like an unknown face, never recognised.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="176"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;zichtbaar&lt;/b&gt; (%1)</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;visible&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="177"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;verborgen&lt;/b&gt; (%1)</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;hidden&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="184"/>
        <source>Gelijkenis met de pasfoto&apos;s: %1</source>
        <translation>Likeness to the reference photos: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="185"/>
        <source>Afstand tot de dichtstbijzijnde pasfoto: %1 (lager lijkt meer).
Verschil met de volgende leerling: %2 (hoger is duidelijker).</source>
        <translation>Distance to the nearest reference photo: %1 (lower is more alike).
Difference to the next pupil: %2 (higher is clearer).</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="192"/>
        <source>Door u bevestigd.</source>
        <translation>Confirmed by you.</translation>
    </message>
</context>
<context>
    <name>bw::gui::FaceTileModel</name>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="122"/>
        <source>lijkt op %1</source>
        <translation>looks like %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="124"/>
        <source>✓ bevestigd</source>
        <translation>✓ confirmed</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="124"/>
        <source>✓ zichtbaar</source>
        <translation>✓ visible</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="125"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="129"/>
        <source>Lijkt op %1, maar niet zeker genoeg: verborgen tot u bevestigt.</source>
        <translation>Looks like %1, but not certain enough: hidden until you confirm.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="146"/>
        <source>✓ mag op %1</source>
        <translation>✓ may appear on %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="150"/>
        <source>✗ verborgen (%1)</source>
        <translation>✗ hidden (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="158"/>
        <source>%1 — %2 — %n gezicht(en)</source>
        <translation>
            <numerusform>%1 — %2 — %n face</numerusform>
            <numerusform>%1 — %2 — %n faces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/facetilemodel.cpp" line="159"/>
        <source>Onbekende leerling</source>
        <translation>Unknown pupil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="161"/>
        <source>Lijkt op %1? — verborgen tot u bevestigt — %n gezicht(en)</source>
        <translation>
            <numerusform>Looks like %1? — hidden until you confirm — %n face</numerusform>
            <numerusform>Looks like %1? — hidden until you confirm — %n faces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="163"/>
        <source>Onbekend — verborgen, in fotovolgorde — %n gezicht(en)</source>
        <translation>
            <numerusform>Unknown — hidden, in photo order — %n face</numerusform>
            <numerusform>Unknown — hidden, in photo order — %n faces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="165"/>
        <source>Mogelijke gezichten — verborgen — %n</source>
        <translation>
            <numerusform>Possible faces — hidden — %n</numerusform>
            <numerusform>Possible faces — hidden — %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::FacesView</name>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="98"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="98"/>
        <source>De gekozen gezichten bevestigen (Enter); een voorstel wordt pas getoond als u de leerling bevestigt</source>
        <translation>Confirm the chosen faces (Enter); a suggestion is shown only once you confirm the pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="100"/>
        <source>Leerling kiezen…</source>
        <translation>Choose pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="100"/>
        <source>Een leerling noemen voor de gekozen gezichten (L), met een reden</source>
        <translation>Name a pupil for the chosen faces (L), with a reason</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="102"/>
        <source>Geen leerling</source>
        <translation>Not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="102"/>
        <source>Geen leerling van school: blijft verborgen (G)</source>
        <translation>Not a pupil of the school: stays hidden (G)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="103"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="103"/>
        <source>De gekozen gezichten vervagen (H)</source>
        <translation>Blur the chosen faces (H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="104"/>
        <source>Terugzetten</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="104"/>
        <source>Uw beslissing over de gekozen gezichten terugnemen (Backspace)</source>
        <translation>Take back your decision about the chosen faces (Backspace)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facesview.cpp" line="116"/>
        <source>%n gezicht(en) gekozen</source>
        <translation>
            <numerusform>%n face chosen</numerusform>
            <numerusform>%n faces chosen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="117"/>
        <source>Klik op een groepskop (of Ctrl+A) om de hele groep te kiezen; dubbelklik opent de foto.</source>
        <translation>Click a group&apos;s header (or Ctrl+A) to choose the whole group; a double click opens the photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="214"/>
        <source>Eén leerling staat maar één keer op een foto: kies per foto één gezicht.</source>
        <translation>A pupil appears only once in a photo: choose one face per photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="156"/>
        <source>gezichten bevestigen</source>
        <translation>confirm faces</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="221"/>
        <source>leerling kiezen</source>
        <translation>choose pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="230"/>
        <source>geen leerling</source>
        <translation>not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="238"/>
        <source>gezichten verbergen</source>
        <translation>hide faces</translation>
    </message>
    <message>
        <location filename="../../app/gui/facesview.cpp" line="246"/>
        <source>beslissingen terugnemen</source>
        <translation>take decisions back</translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="60"/>
        <source>Beeldwacht</source>
        <translation>Beeldwacht</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="75"/>
        <source>Het register is elders gewijzigd (bijvoorbeeld pasfoto&apos;s via de opdrachtregel): de foto&apos;s zijn opnieuw beoordeeld.</source>
        <translation>The registry was changed elsewhere (for example reference photos from the command line): the photos were judged again.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="98"/>
        <source>Uw eerdere beoordeling van %1 is teruggezet.</source>
        <translation>Your earlier review of %1 has been restored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="99"/>
        <source>Uw eerdere beoordeling van %1 is teruggezet; %n beslissing(en) paste(n) niet meer bij een gezicht: die gezichten blijven verborgen.</source>
        <translation>
            <numerusform>Your earlier review of %1 has been restored; %n decision no longer matched a face: that face stays hidden.</numerusform>
            <numerusform>Your earlier review of %1 has been restored; %n decisions no longer matched a face: those faces stay hidden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="135"/>
        <source>Het logboek kon niet worden bijgewerkt: %1</source>
        <translation>The audit log could not be updated: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="162"/>
        <source>Foto&apos;s</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="163"/>
        <source>Gezichten</source>
        <translation>Faces</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="164"/>
        <source>Alle gezichten van de reeks, per leerling, voorstel en onbekend (Ctrl+G)</source>
        <translation>Every face of the batch, by pupil, suggestion and unknown (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="179"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="180"/>
        <source>Foto&apos;s &amp;toevoegen…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="182"/>
        <source>Map met foto&apos;s toevoegen…</source>
        <translation>Add folder of photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="183"/>
        <source>Foto&apos;s uit de reeks halen</source>
        <translation>Take photos out of the batch</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="185"/>
        <source>Haalt de gekozen foto&apos;s uit deze reeks; de bestanden zelf blijven staan.</source>
        <translation>Takes the chosen photos out of this batch; the files themselves stay where they are.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="186"/>
        <source>Reeks &amp;sluiten…</source>
        <translation>&amp;Close batch…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="188"/>
        <source>Klaar met deze foto&apos;s: ze gaan uit het venster en het bewaarde beoordelingswerk ervan wordt gewist; de bestanden zelf blijven staan.</source>
        <translation>Done with these photos: they leave the window and their kept review is deleted; the files themselves stay where they are.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="192"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="195"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="203"/>
        <source>Foto&apos;s of gezichten tonen</source>
        <translation>Show photos or faces</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="208"/>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="209"/>
        <source>&amp;Leerlingen en toestemming…</source>
        <translation>&amp;Pupils and consent…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="214"/>
        <source>&amp;Strengheid van herkenning</source>
        <translation>Recognition &amp;strictness</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="217"/>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="218"/>
        <source>Streng: minder namen, meer verborgen</source>
        <translation>Strict: fewer names, more hidden</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="219"/>
        <source>Heel streng</source>
        <translation>Very strict</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="231"/>
        <source>&amp;Antwoord op verzoek om toestemming…</source>
        <translation>&amp;Answer to a request for consent…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="233"/>
        <source>Biometrische gegevens &amp;wissen…</source>
        <translation>&amp;Erase biometric data…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="235"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="241"/>
        <source>Kanaal: </source>
        <translation>Channel: </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="244"/>
        <source>Waar de foto&apos;s voor zijn: elke foto wordt meteen opnieuw beoordeeld</source>
        <translation>What the photos are for: every photo is judged again at once</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="256"/>
        <source>Het register in %1 kon niet worden geopend: %2</source>
        <translation>The registry in %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="325"/>
        <source>Gewijzigd antwoord voor verzoek %1 vastgelegd.</source>
        <translation>Changed answer for request %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="326"/>
        <source>Antwoord voor verzoek %1 vastgelegd.</source>
        <translation>Answer to request %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="337"/>
        <source>Biometrische gegevens wissen</source>
        <translation>Erase biometric data</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="338"/>
        <source>Alle gezichtskenmerken van de pasfoto&apos;s worden gewist. Beeldwacht herkent daarna niemand meer tot u opnieuw pasfoto&apos;s toevoegt. Doorgaan?</source>
        <translation>All face features of the reference photos will be erased. Beeldwacht will then recognise nobody until you add reference photos again. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="345"/>
        <source>Alle biometrische gegevens zijn gewist.</source>
        <translation>All biometric data has been erased.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="452"/>
        <source>Foto&apos;s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="453"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="464"/>
        <source>Map met foto&apos;s toevoegen</source>
        <translation>Add folder of photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="525"/>
        <source>Reeks sluiten</source>
        <translation>Close batch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="526"/>
        <source>De %n foto(&apos;s) gaan uit het venster en uw beoordeling ervan wordt gewist: opnieuw geopend beginnen ze onbeoordeeld. De bestanden zelf blijven staan. Doorgaan?</source>
        <translation>
            <numerusform>The %n photo leaves the window and your review of it is deleted: opened again, it starts unreviewed. The file itself stays where it is. Continue?</numerusform>
            <numerusform>The %n photos leave the window and your review of them is deleted: opened again, they start unreviewed. The files themselves stay where they are. Continue?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="540"/>
        <source>De reeks is gesloten en uw beoordeling ervan gewist; de bestanden zelf blijven staan.</source>
        <translation>The batch is closed and your review of it deleted; the files themselves stay where they are.</translation>
    </message>
</context>
<context>
    <name>bw::gui::PhotoAnswerDialog</name>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="23"/>
        <source>ja, deze foto mag worden gepubliceerd</source>
        <translation>yes, this photo may be published</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="24"/>
        <source>nee, deze foto mag niet worden gepubliceerd</source>
        <translation>no, this photo may not be published</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="27"/>
        <source>Eerder antwoord wijzigen (het eerdere antwoord blijft in de geschiedenis)</source>
        <translation>Change an earlier answer (the earlier answer stays in the history)</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="30"/>
        <source>Antwoord op een verzoek om toestemming</source>
        <translation>Answer to a request for consent</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="36"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="38"/>
        <source>code van de brief, bijvoorbeeld K7QM-3XHP</source>
        <translation>code on the letter, for example K7QM-3XHP</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="39"/>
        <source>Verzoekcode:</source>
        <translation>Request code:</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="44"/>
        <source>Antwoord:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="46"/>
        <source>%1 (16 jaar of ouder)</source>
        <translation>%1 (16 or older)</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="48"/>
        <source>Door:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="52"/>
        <source>Datum van het antwoord:</source>
        <translation>Date of the answer:</translation>
    </message>
    <message>
        <location filename="../../app/gui/photoanswerdialog.cpp" line="53"/>
        <source>Voor een gezin dat van gedachten verandert, bijvoorbeeld eerst ja en nu nee: typ de code van de brief; het nieuwe antwoord telt vanaf zijn datum</source>
        <translation>For a family that changes its mind, e.g. first yes and now no: type the code from the letter; the new answer counts from its date</translation>
    </message>
</context>
<context>
    <name>bw::gui::PhotoRequestAction</name>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="22"/>
        <source>Toestemming per &amp;foto vragen…</source>
        <translation>Ask consent per &amp;photo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="24"/>
        <source>Maakt voor de foto&apos;s die op toestemming per foto wachten een brief per gezin, waarin op elke foto alleen het eigen kind herkenbaar is.</source>
        <translation>Makes one letter per family for the photos that wait for consent per photo; on each photo only the family&apos;s own child is recognisable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="54"/>
        <source>Het kanaal %1 vraagt geen toestemming per foto. Voor de website zet u dat aan met de schoolinstelling voor toestemming per foto.</source>
        <translation>Channel %1 does not ask consent per photo. For the website, turn it on with the school setting for consent per photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="59"/>
        <source>Geen foto wacht op toestemming per foto voor het kanaal %1: er is niets te vragen.</source>
        <translation>No photo waits for consent per photo on channel %1: there is nothing to ask.</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="71"/>
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="116"/>
        <source>De brieven konden niet allemaal worden gemaakt: %1</source>
        <translation>Not all letters could be made: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/photorequestaction.cpp" line="118"/>
        <source>%n brief(en) gemaakt voor %1 in de map %2.</source>
        <translation>
            <numerusform>%n letter made for %1 in the folder %2.</numerusform>
            <numerusform>%n letters made for %1 in the folder %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/photorequestaction.cpp" line="119"/>
        <source>%n verzoek(en)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="120"/>
        <source>Elke brief staat er als PDF (om af te drukken) en als HTML (om te mailen). Het overzicht van de verzoeken en hun codes staat in verzoeken.csv. Leg de antwoorden vast met School › Antwoord op verzoek om toestemming…</source>
        <translation>Each letter is there as a PDF (to print) and as HTML (to e-mail). The overview of the requests and their codes is in verzoeken.csv. Record the answers with School › Answer to a request for consent…</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="143"/>
        <source>Toestemming per foto vragen</source>
        <translation>Ask consent per photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/photorequestaction.cpp" line="147"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilDialog</name>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="17"/>
        <source>bekend:</source>
        <translation>known:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="21"/>
        <source>Leerling toevoegen</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="23"/>
        <source>Voor- en achternaam, zoals in de leerlingadministratie</source>
        <translation>First and last name, as in the pupil administration</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="24"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="25"/>
        <source>Bijvoorbeeld 5B</source>
        <translation>For example 5B</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="26"/>
        <source>Groep:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="32"/>
        <source>Onbekend telt als jonger dan 16: een ouder geeft toestemming.</source>
        <translation>Unknown counts as younger than 16: a parent gives consent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupildialog.cpp" line="35"/>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilExportsDialog</name>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="37"/>
        <source>Publicaties van %1</source>
        <translation>Publications of %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="42"/>
        <source>De toestemming is ingetrokken. Op deze gepubliceerde foto&apos;s is %1 zichtbaar; haal ze zo nodig weg van het kanaal.</source>
        <translation>Consent was withdrawn. %1 is visible on these published photos; take them down from the channel where needed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="45"/>
        <source>%1 is op geen enkele geëxporteerde foto zichtbaar.</source>
        <translation>%1 is visible on no exported photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="47"/>
        <source>Op deze geëxporteerde foto&apos;s is %1 zichtbaar. In de voorbeelden zijn alle andere gezichten verborgen.</source>
        <translation>%1 is visible on these exported photos. Every other face is hidden in the previews.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="51"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="51"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="51"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="51"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="58"/>
        <source>laden…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="72"/>
        <source>Overzicht voor de ouders opslaan (PDF)…</source>
        <translation>Save the overview for the parents (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="99"/>
        <source>bestand niet meer aanwezig</source>
        <translation>file no longer present</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="113"/>
        <source>Overzicht voor de ouders opslaan</source>
        <translation>Save the overview for the parents</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="114"/>
        <source>overzicht %1.pdf</source>
        <translation>overview %1.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupilexportsdialog.cpp" line="114"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilTableModel</name>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="77"/>
        <source>✓ ja</source>
        <translation>✓ yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="77"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="98"/>
        <source>%1 (%2 verouderd)</source>
        <translation>%1 (%2 outdated)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="104"/>
        <source>Nog geen pasfoto&apos;s: deze leerling wordt niet automatisch herkend.</source>
        <translation>No reference photos yet: this pupil is not recognised automatically.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pupiltablemodel.cpp" line="105"/>
        <source>%n pasfoto(&apos;s) opgeslagen</source>
        <translation>
            <numerusform>%n reference photo stored</numerusform>
            <numerusform>%n reference photos stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pupiltablemodel.cpp" line="107"/>
        <source>%n ouder dan een jaar of zonder datum: vervang door een recente foto</source>
        <translation>
            <numerusform>%n older than a year or without a date: replace it with a recent photo</numerusform>
            <numerusform>%n older than a year or without a date: replace them with recent photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="122"/>
        <source>Beeldwacht mag deze leerling automatisch herkennen met pasfoto&apos;s.</source>
        <translation>Beeldwacht may recognise this pupil automatically from reference photos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="123"/>
        <source>Geen automatische herkenning (%1): er worden geen pasfoto-gegevens bewaard; het gezicht blijft onbekend tenzij u de leerling zelf aanwijst.</source>
        <translation>No automatic recognition (%1): no reference photo data is kept; the face stays unknown unless you point out the pupil yourself.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="134"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="136"/>
        <source>Groep</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="138"/>
        <source>Pasfoto&apos;s</source>
        <translation>Reference photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="139"/>
        <source>Aantal pasfoto&apos;s waarmee Beeldwacht de leerling herkent</source>
        <translation>Number of reference photos by which Beeldwacht recognises the pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="142"/>
        <source>Gezichtsherkenning</source>
        <translation>Face recognition</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="143"/>
        <source>Mag Beeldwacht de leerling automatisch herkennen (een eigen toestemmingsvraag)?</source>
        <translation>May Beeldwacht recognise the pupil automatically (a consent question of its own)?</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReferenceDropArea</name>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="50"/>
        <source>geen gezicht gevonden</source>
        <translation>no face found</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="52"/>
        <source>meer dan één gezicht: gebruik een foto van alleen deze leerling</source>
        <translation>more than one face: use a photo of this pupil alone</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="58"/>
        <source>het gezicht kon niet worden beschreven</source>
        <translation>the face could not be described</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="168"/>
        <source>de foto is ouder dan een jaar of heeft geen datum</source>
        <translation>the photo is older than a year or has no date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/referencedroparea.cpp" line="100"/>
        <source>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</source>
        <translation>
            <numerusform>Drag reference photos of this pupil here (%n stored).</numerusform>
            <numerusform>Drag reference photos of this pupil here (%n stored).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="54"/>
        <source>het gezicht is te klein of te onscherp om te herkennen</source>
        <translation>the face is too small or too blurred to recognise</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="56"/>
        <source>geen toestemming voor gezichtsherkenning</source>
        <translation>no consent for face recognition</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="119"/>
        <source>Pasfoto&apos;s bekijken…</source>
        <translation>Examining reference photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="130"/>
        <source>Niet toegevoegd: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="134"/>
        <source>Niet toegevoegd: voor %1 is geen toestemming voor gezichtsherkenning vastgelegd (%2). Zonder die toestemming bewaart Beeldwacht geen pasfoto&apos;s of gezichtskenmerken van deze leerling. Leg eerst een &apos;ja&apos; vast voor de vraag gezichtsherkenning.</source>
        <translation>Not added: no consent for face recognition is recorded for %1 (%2). Without that consent Beeldwacht keeps no reference photos or face descriptors of this pupil. First record a &apos;ja&apos; for the question gezichtsherkenning.</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="149"/>
        <location filename="../../app/gui/referencedroparea.cpp" line="154"/>
        <source>%1 niet toegevoegd: %2</source>
        <translation>%1 not added: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="159"/>
        <source>%1 niet toegevoegd: geen toestemming voor gezichtsherkenning</source>
        <translation>%1 not added: no consent for face recognition</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="163"/>
        <source>%1 was al opgeslagen.</source>
        <translation>%1 was already stored.</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="169"/>
        <source>%1 toegevoegd.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="168"/>
        <source>%1 toegevoegd, maar let op: %2</source>
        <translation>%1 added, but note: %2</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewKeeper</name>
    <message>
        <location filename="../../app/gui/reviewkeeper.cpp" line="51"/>
        <source>Het beoordelingswerk wordt niet bewaard: %1</source>
        <translation>Your review is not being kept: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewMenu</name>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="10"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="17"/>
        <source>Volgende foto</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="18"/>
        <source>Vorige foto</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="19"/>
        <source>Volgend gezicht</source>
        <translation>Next face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="21"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="22"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="23"/>
        <source>Hele foto tonen</source>
        <translation>Show the whole photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="24"/>
        <source>Ware grootte (100 %)</source>
        <translation>Actual size (100 %)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="26"/>
        <source>Gezicht bevestigen</source>
        <translation>Confirm face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="27"/>
        <source>Andere leerling kiezen…</source>
        <translation>Choose another pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="28"/>
        <source>Geen leerling</source>
        <translation>Not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="29"/>
        <source>Geen gezicht (mogelijk gezicht tonen)</source>
        <translation>Not a face (show the possible face)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="30"/>
        <source>Gezicht verbergen</source>
        <translation>Hide face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="33"/>
        <source>Foto niet gebruiken</source>
        <translation>Do not use photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="31"/>
        <source>Foto rechtsom draaien</source>
        <translation>Turn photo right</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="32"/>
        <source>Foto linksom draaien</source>
        <translation>Turn photo left</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="30"/>
        <source>Voorbeeld van de export aan/uit</source>
        <translation>Export preview on/off</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="50"/>
        <location filename="../../app/gui/reviewmenu.cpp" line="64"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="53"/>
        <location filename="../../app/gui/reviewmenu.cpp" line="67"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="64"/>
        <source>Ongedaan maken: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewmenu.cpp" line="67"/>
        <source>Opnieuw: %1</source>
        <translation>Redo: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewPane</name>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="106"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="107"/>
        <source>De hele foto tonen (Ctrl+0)</source>
        <translation>Show the whole photo (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="109"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="110"/>
        <source>Ware grootte: één pixel van de foto per schermpixel (Ctrl+1)</source>
        <translation>Actual size: one photo pixel per screen pixel (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="112"/>
        <source>Zoomen met het muiswiel; schuiven door te slepen met de rechter- of middelste muisknop</source>
        <translation>Zoom with the mouse wheel; move by dragging with the right or middle mouse button</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="123"/>
        <source>passend (%1 %)</source>
        <translation>fitted (%1 %)</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="124"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="225"/>
        <source>Deze foto kon niet worden gelezen:
%1</source>
        <translation>This photo could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="247"/>
        <source>Foto laden…</source>
        <translation>Loading photo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="280"/>
        <source>Deze foto kon niet worden getoond.</source>
        <translation>This photo could not be shown.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="126"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="128"/>
        <source>De foto zoals het gekozen kanaal hem exporteert: dezelfde grootte, verborgen gezichten onherkenbaar gemaakt (P)</source>
        <translation>The photo as the chosen channel exports it: the same size, hidden faces made unrecognisable (P)</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewView</name>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="262"/>
        <source>Kies een foto om te controleren.</source>
        <translation>Choose a photo to review.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="307"/>
        <source>geen gezicht</source>
        <translation>not a face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="307"/>
        <source>mogelijk gezicht</source>
        <translation>possible face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="308"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="311"/>
        <source>zichtbaar</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="311"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>bw::gui::StatementDialog</name>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="21"/>
        <source>ja, toestemming gegeven</source>
        <translation>yes, consent given</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="22"/>
        <source>nee, geen toestemming / ingetrokken</source>
        <translation>no, no consent / withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="24"/>
        <source>De andere ouder maakt bezwaar</source>
        <translation>The other parent objects</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="27"/>
        <source>Nieuwe verklaring voor %1</source>
        <translation>New statement for %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="31"/>
        <source>Vraag:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="34"/>
        <source>Gezichtsherkenning: mag Beeldwacht het gezicht van deze leerling automatisch herkennen met pasfoto&apos;s? Dat is het verwerken van biometrische gegevens en mag alleen met een uitdrukkelijk &apos;ja&apos; van een ouder (of van de leerling zelf vanaf 16 jaar). Bij &apos;nee&apos; worden de bewaarde gezichtskenmerken van de leerling meteen gewist.</source>
        <translation>Face recognition: may Beeldwacht recognise this pupil&apos;s face automatically from reference photos? That is processing biometric data and is only allowed with an explicit &apos;ja&apos; from a parent (or from the pupil from 16 on). On &apos;nee&apos; the pupil&apos;s stored face descriptors are deleted at once.</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="55"/>
        <source>Antwoord:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="58"/>
        <source>%1 (16 jaar of ouder)</source>
        <translation>%1 (16 or older)</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="60"/>
        <source>Door:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="65"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>bw::gui::ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../../app/gui/thumbnaildelegate.cpp" line="78"/>
        <source>%n verborgen</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/thumbnaildelegate.cpp" line="88"/>
        <source>stand onbekend</source>
        <translation>orientation unknown</translation>
    </message>
</context>
<context>
    <name>bw::gui::ExportPreview</name>
    <message>
        <location filename="../../app/gui/exportpreview.cpp" line="31"/>
        <source>Nog geen voorbeeld: de foto wordt nog geanalyseerd.</source>
        <translation>No preview yet: the photo is still being analysed.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportpreview.cpp" line="33"/>
        <source>Deze foto kon niet worden gelezen:
%1</source>
        <translation>This photo could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportpreview.cpp" line="38"/>
        <source>Deze foto wordt voor dit kanaal niet geëxporteerd.
%1</source>
        <translation>This photo is not exported for this channel.
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportpreview.cpp" line="49"/>
        <source>Voorbeeld maken…</source>
        <translation>Making the preview…</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewActions</name>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="82"/>
        <source>bevestigd</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="83"/>
        <source>gezicht bevestigen</source>
        <translation>confirm face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="96"/>
        <source>leerling kiezen</source>
        <translation>choose pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="120"/>
        <source>geen gezicht</source>
        <translation>not a face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="131"/>
        <source>geen leerling</source>
        <translation>not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="136"/>
        <source>gezicht verbergen</source>
        <translation>hide face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="163"/>
        <source>beslissing terugnemen</source>
        <translation>take decision back</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="170"/>
        <source>gezicht omlijnen</source>
        <translation>draw box around face</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="177"/>
        <source>foto niet gebruiken</source>
        <translation>do not use photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewactions.cpp" line="177"/>
        <source>foto weer gebruiken</source>
        <translation>use photo again</translation>
    </message>
</context>
</TS>
