<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>PhotoBadge</name>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="25"/>
        <source>nog niet bekeken</source>
        <translation>not yet checked</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="26"/>
        <source>klaar</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="27"/>
        <source>controleren</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="28"/>
        <source>niet gebruiken</source>
        <translation>do not use</translation>
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
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="32"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="33"/>
        <source>geen antwoord op het toestemmingsformulier</source>
        <translation>no answer on the consent form</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="33"/>
        <source>geen antwoord</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="34"/>
        <source>geen toestemming</source>
        <translation>no consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="34"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="35"/>
        <source>toestemming ingetrokken</source>
        <translation>consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="35"/>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="36"/>
        <source>toestemming verlopen</source>
        <translation>consent expired</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="36"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="37"/>
        <source>andere ouder maakt bezwaar</source>
        <translation>other parent objects</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="37"/>
        <source>bezwaar ouder</source>
        <translation>parent objects</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="38"/>
        <source>leerling (16+) moet zelf toestemming geven</source>
        <translation>pupil (16+) must consent personally</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="38"/>
        <source>leerling zelf</source>
        <translation>pupil&apos;s own</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="39"/>
        <source>ouder moet toestemming geven</source>
        <translation>a parent must consent</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="39"/>
        <source>ouder nodig</source>
        <translation>parent needed</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="40"/>
        <source>losse toestemming per foto nodig</source>
        <translation>separate consent per photo needed</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="40"/>
        <source>per foto</source>
        <translation>per photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="41"/>
        <source>leerling niet meer actief</source>
        <translation>pupil no longer active</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="41"/>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="42"/>
        <source>door u uitgesloten</source>
        <translation>excluded by you</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="43"/>
        <source>leerling zonder toestemming op de klassenfoto</source>
        <translation>pupil without consent on the class photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="44"/>
        <source>één persoon centraal: niet voor sociale media</source>
        <translation>one person is the subject: not for social media</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="45"/>
        <source>één gezicht valt op: niet voor sociale media</source>
        <translation>one face stands out: not for social media</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="46"/>
        <source>losse toestemming voor deze foto nodig</source>
        <translation>separate consent needed for this photo</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="47"/>
        <source>foto kon niet worden gelezen</source>
        <translation>photo could not be read</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="48"/>
        <source>gezichten konden niet worden gezocht</source>
        <translation>faces could not be searched for</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="49"/>
        <source>foto kon niet worden weggeschreven</source>
        <translation>photo could not be written</translation>
    </message>
    <message>
        <location filename="../../core/reason.cpp" line="50"/>
        <source>gegevens in de foto onleesbaar: stand onbekend, draai de foto zo nodig</source>
        <translation>metadata in the photo unreadable: orientation unknown, turn the photo if needed</translation>
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
        <location filename="../../app/gui/assignpupildialog.cpp" line="33"/>
        <source>Leerling kiezen</source>
        <translation>Choose pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="35"/>
        <source>Wie is dit? Zoek op naam of groep:</source>
        <translation>Who is this? Search by name or class:</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="36"/>
        <source>Naam of groep</source>
        <translation>Name or class</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="63"/>
        <source>Reden (wordt vastgelegd in het logboek):</source>
        <translation>Reason (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="64"/>
        <source>Bijvoorbeeld: ik herken haar aan de jas en de groep</source>
        <translation>For example: I recognise her by her coat and class</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="117"/>
        <source>Kies een leerling.</source>
        <translation>Choose a pupil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="119"/>
        <source>Deze leerling heeft toestemming voor dit kanaal: het gezicht wordt zichtbaar.</source>
        <translation>This pupil has consent for this channel: the face becomes visible.</translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="122"/>
        <source>Geen toestemming voor dit kanaal (%1): het gezicht blijft verborgen.</source>
        <translation>No consent for this channel (%1): the face stays hidden.</translation>
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
        <location filename="../../app/gui/batchstatus.cpp" line="26"/>
        <source>Analyseren: %v van %m</source>
        <translation>Analysing: %v of %m</translation>
    </message>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="54"/>
        <source>Sleep foto&apos;s of een map hierheen, of kies Bestand › Foto&apos;s toevoegen.</source>
        <translation>Drag photos or a folder here, or choose File › Add photos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/batchstatus.cpp" line="58"/>
        <source>%n foto(&apos;s): </source>
        <translation>
            <numerusform>%n photo: </numerusform>
            <numerusform>%n photos: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/batchstatus.cpp" line="59"/>
        <source>%1 klaar, %2 controleren, %3 niet gebruiken; %4 gezichten verborgen</source>
        <translation>%1 ready, %2 to check, %3 do not use; %4 faces hidden</translation>
    </message>
</context>
<context>
    <name>bw::gui::ConsentDialog</name>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="34"/>
        <source>Nieuwe verklaring vastleggen…</source>
        <translation>Record new statement…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="38"/>
        <source>Leerlingen en toestemming</source>
        <translation>Pupils and consent</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="41"/>
        <source>Zoek op naam of groep</source>
        <translation>Search by name or class</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="44"/>
        <source>CSV importeren…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="72"/>
        <source>Geschiedenis (de laatste verklaring telt):</source>
        <translation>History (the latest statement counts):</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="73"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="73"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="73"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="73"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="73"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="135"/>
        <source>Kies een leerling.</source>
        <translation>Choose a pupil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="139"/>
        <source>%1, groep %2</source>
        <translation>%1, class %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="152"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="152"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="156"/>
        <source> (andere ouder maakt bezwaar)</source>
        <translation> (other parent objects)</translation>
    </message>
</context>
<context>
    <name>bw::gui::CsvImportDialog</name>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="51"/>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="56"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="58"/>
        <source>Toestemmingen importeren (CSV)</source>
        <translation>Import consent (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="62"/>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="66"/>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="66"/>
        <source>Betekent</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Groep</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="78"/>
        <source>Kolommen:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="83"/>
        <source>Voorbeeld:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="88"/>
        <source>Foute regels (eerst verbeteren, dan importeren):</source>
        <translation>Bad rows (fix them first, then import):</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="106"/>
        <source>CSV-bestand kiezen</source>
        <translation>Choose CSV file</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="107"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="116"/>
        <source>%1 kon niet worden gelezen: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="180"/>
        <source>regel %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="183"/>
        <source>%n leerling(en)regels klaar om te importeren.</source>
        <translation>
            <numerusform>%n pupil row ready to import.</numerusform>
            <numerusform>%n pupil rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="184"/>
        <source>%n foute regel(s): er wordt niets geïmporteerd tot ze verbeterd zijn.</source>
        <translation>
            <numerusform>%n bad row: nothing is imported until it is fixed.</numerusform>
            <numerusform>%n bad rows: nothing is imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="195"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="195"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="210"/>
        <source>Importeren mislukt: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="213"/>
        <source>Geïmporteerd: %1 nieuwe leerlingen, %2 bijgewerkt, %3 verklaringen toegevoegd, %4 stonden er al.</source>
        <translation>Imported: %1 new pupils, %2 updated, %3 statements added, %4 already recorded.</translation>
    </message>
</context>
<context>
    <name>bw::gui::ExportDialog</name>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="36"/>
        <location filename="../../app/gui/exportdialog.cpp" line="41"/>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="37"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="38"/>
        <source>Verslag openen</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="39"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="47"/>
        <source>Kanaal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="51"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="53"/>
        <source>Naar map:</source>
        <translation>To folder:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="54"/>
        <source>Het verslag blijft op school: nooit in de map die u uploadt.</source>
        <translation>The report stays at school: never in the folder you upload.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="55"/>
        <source>Verslag:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="60"/>
        <source>%v van %m foto&apos;s</source>
        <translation>%v of %m photos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="152"/>
        <source>%n foto(&apos;s) worden geëxporteerd</source>
        <translation>
            <numerusform>%n photo will be exported</numerusform>
            <numerusform>%n photos will be exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="153"/>
        <source>%n gezicht(en) daarop verborgen</source>
        <translation>
            <numerusform>%n face on them hidden</numerusform>
            <numerusform>%n faces on them hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="154"/>
        <source>%n foto(&apos;s) niet gebruikt</source>
        <translation>
            <numerusform>%n photo not used</numerusform>
            <numerusform>%n photos not used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="155"/>
        <source>%n foto(&apos;s) eerst controleren</source>
        <translation>
            <numerusform>%n photo to check first</numerusform>
            <numerusform>%n photos to check first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="157"/>
        <source>%n foto(&apos;s) nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.</source>
        <translation>
            <numerusform>%n photo not analysed yet: it is judged during the export.</numerusform>
            <numerusform>%n photos not analysed yet: they are judged during the export.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="164"/>
        <source>Exporteren naar</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="176"/>
        <source>de gezichtsherkenning is nog niet klaar.</source>
        <translation>face recognition is not ready yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="220"/>
        <source>Stoppen… De foto&apos;s die nu bewerkt worden, maken het af.</source>
        <translation>Stopping… The photos being processed now will finish.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="239"/>
        <source>Export gestopt: er is niets in %1 gezet.</source>
        <translation>Export stopped: nothing was put in %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="249"/>
        <source>Klaar: %1 geëxporteerd, %2 niet gebruikt, %3 te controleren; %4 gezichten verborgen.
Verslag: %5</source>
        <translation>Done: %1 exported, %2 not used, %3 to check; %4 faces hidden.
Report: %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="264"/>
        <source>Exporteren mislukt: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>bw::gui::FacePanel</name>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="24"/>
        <source>Foto niet gebruiken</source>
        <translation>Do not use photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="25"/>
        <source>Linksom draaien</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="26"/>
        <source>Rechtsom draaien</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="29"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="30"/>
        <source>Andere leerling…</source>
        <translation>Other pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="31"/>
        <source>Geen leerling</source>
        <translation>Not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="32"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="33"/>
        <location filename="../../app/gui/facepanel.cpp" line="132"/>
        <source>Mijn keuze ongedaan maken</source>
        <translation>Undo my choice</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="39"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="48"/>
        <source>Foto een kwartslag linksom draaien (Shift+R); de gezichten worden opnieuw gezocht</source>
        <translation>Turn the photo a quarter to the left (Shift+R); its faces are found again</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="49"/>
        <source>Foto een kwartslag rechtsom draaien (R); de gezichten worden opnieuw gezocht</source>
        <translation>Turn the photo a quarter to the right (R); its faces are found again</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="55"/>
        <source>Gezicht</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="62"/>
        <source>Voorgestelde leerling bevestigen (Enter)</source>
        <translation>Confirm the suggested pupil (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="63"/>
        <source>Dit gezicht altijd verbergen (H)</source>
        <translation>Always hide this face (H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="64"/>
        <source>Een leerling kiezen; alleen zichtbaar als de toestemming dat toelaat</source>
        <translation>Choose a pupil; visible only when consent allows it</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="65"/>
        <source>Geen leerling van school: blijft verborgen</source>
        <translation>Not a pupil of the school: stays hidden</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="70"/>
        <source>Mist er een gezicht? Sleep op de foto een kader eromheen: het wordt verborgen.</source>
        <translation>A face missed? Drag a box around it on the photo: it will be hidden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="73"/>
        <source>Toetsen: PageDown/PageUp volgende/vorige foto, N volgend gezicht, Enter bevestigen, H verbergen, G geen leerling, X foto niet gebruiken, R/Shift+R foto rechtsom/linksom draaien.</source>
        <translation>Keys: PageDown/PageUp next/previous photo, N next face, Enter confirm, H hide, G not a pupil, X do not use photo, R/Shift+R turn photo right/left.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="105"/>
        <source>Geen foto gekozen.</source>
        <translation>No photo chosen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="119"/>
        <source>%n gezicht(en), </source>
        <translation>
            <numerusform>%n face, </numerusform>
            <numerusform>%n faces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="120"/>
        <source>%n verborgen</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="132"/>
        <source>Kader verwijderen</source>
        <translation>Remove box</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="134"/>
        <source>Klik op een gezicht in de foto.</source>
        <translation>Click a face in the photo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="139"/>
        <source>Gezicht %1 van %2</source>
        <translation>Face %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="140"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="141"/>
        <source>&lt;b&gt;Leerling:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pupil:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="144"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;zichtbaar&lt;/b&gt; (%1)</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;visible&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="145"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;verborgen&lt;/b&gt; (%1)</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;hidden&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="148"/>
        <source>Gelijkenis: afstand %1, marge %2</source>
        <translation>Similarity: distance %1, margin %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="152"/>
        <source>Door u bevestigd.</source>
        <translation>Confirmed by you.</translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="45"/>
        <source>Beeldwacht</source>
        <translation>Beeldwacht</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="88"/>
        <source>Het logboek kon niet worden bijgewerkt: %1</source>
        <translation>The audit log could not be updated: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="116"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="117"/>
        <source>Foto&apos;s &amp;toevoegen…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="119"/>
        <source>Map met foto&apos;s toevoegen…</source>
        <translation>Add folder of photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="120"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="123"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="126"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="132"/>
        <source>Volgende foto</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="133"/>
        <source>Vorige foto</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="134"/>
        <source>Volgend gezicht</source>
        <translation>Next face</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="136"/>
        <source>Gezicht bevestigen</source>
        <translation>Confirm face</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="137"/>
        <source>Andere leerling kiezen…</source>
        <translation>Choose other pupil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="138"/>
        <source>Geen leerling</source>
        <translation>Not a pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="139"/>
        <source>Gezicht verbergen</source>
        <translation>Hide face</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="140"/>
        <source>Foto rechtsom draaien</source>
        <translation>Turn photo right</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="141"/>
        <source>Foto linksom draaien</source>
        <translation>Turn photo left</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="142"/>
        <source>Foto niet gebruiken</source>
        <translation>Do not use photo</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="148"/>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="149"/>
        <source>&amp;Leerlingen en toestemming…</source>
        <translation>&amp;Pupils and consent…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Strengheid van herkenning</source>
        <translation>Recognition &amp;strictness</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="157"/>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="158"/>
        <source>Streng: minder namen, meer verborgen</source>
        <translation>Strict: fewer names, more hidden</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="159"/>
        <source>Heel streng</source>
        <translation>Very strict</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="168"/>
        <source>Biometrische gegevens &amp;wissen…</source>
        <translation>&amp;Erase biometric data…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="170"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="176"/>
        <source>Kanaal: </source>
        <translation>Channel: </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="179"/>
        <source>Waar de foto&apos;s voor zijn: elke foto wordt meteen opnieuw beoordeeld</source>
        <translation>What the photos are for: every photo is judged again at once</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="191"/>
        <source>Het register in %1 kon niet worden geopend: %2</source>
        <translation>The registry in %1 could not be opened: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="225"/>
        <source>Er is geen register geopend.</source>
        <translation>No registry is open.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="235"/>
        <source>Biometrische gegevens wissen</source>
        <translation>Erase biometric data</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="236"/>
        <source>Alle gezichtskenmerken van de pasfoto&apos;s worden gewist. Beeldwacht herkent daarna niemand meer tot u opnieuw pasfoto&apos;s toevoegt. Doorgaan?</source>
        <translation>All face features of the reference photos will be erased. Beeldwacht will then recognise nobody until you add reference photos again. Continue?</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="243"/>
        <source>Alle biometrische gegevens zijn gewist.</source>
        <translation>All biometric data has been erased.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="349"/>
        <source>De gezichtsmodellen ontbreken: de foto&apos;s kunnen niet worden gecontroleerd.</source>
        <translation>The face models are missing: the photos cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="393"/>
        <source>Foto&apos;s toevoegen</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="394"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;Alle bestanden (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="405"/>
        <source>Map met foto&apos;s toevoegen</source>
        <translation>Add folder of photos</translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilTableModel</name>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="58"/>
        <source>✓ ja</source>
        <translation>✓ yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="58"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="77"/>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="79"/>
        <source>Groep</source>
        <translation>Class</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReferenceDropArea</name>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="46"/>
        <source>geen gezicht gevonden</source>
        <translation>no face found</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="48"/>
        <source>meer dan één gezicht: gebruik een foto van alleen deze leerling</source>
        <translation>more than one face: use a photo of this pupil alone</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="52"/>
        <source>het gezicht kon niet worden beschreven</source>
        <translation>the face could not be described</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="134"/>
        <source>de foto is ouder dan een jaar of heeft geen datum</source>
        <translation>the photo is older than a year or has no date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/referencedroparea.cpp" line="94"/>
        <source>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</source>
        <translation>
            <numerusform>Drag reference photos of this pupil here (%n stored).</numerusform>
            <numerusform>Drag reference photos of this pupil here (%n stored).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="50"/>
        <source>het gezicht is te klein of te onscherp om te herkennen</source>
        <translation>the face is too small or too blurred to recognise</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="105"/>
        <source>Pasfoto&apos;s bekijken…</source>
        <translation>Examining reference photos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="120"/>
        <location filename="../../app/gui/referencedroparea.cpp" line="125"/>
        <source>%1 niet toegevoegd: %2</source>
        <translation>%1 not added: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="129"/>
        <source>%1 was al opgeslagen.</source>
        <translation>%1 was already stored.</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="135"/>
        <source>%1 toegevoegd.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="134"/>
        <source>%1 toegevoegd, maar let op: %2</source>
        <translation>%1 added, but note: %2</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewPane</name>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="125"/>
        <source>Deze foto kon niet worden gelezen:
%1</source>
        <translation>This photo could not be read:
%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="142"/>
        <source>Foto laden…</source>
        <translation>Loading photo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="171"/>
        <source>Deze foto kon niet worden getoond.</source>
        <translation>This photo could not be shown.</translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewView</name>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="131"/>
        <source>Kies een foto om te controleren.</source>
        <translation>Choose a photo to review.</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="160"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="163"/>
        <source>zichtbaar</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="163"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>bw::gui::StatementDialog</name>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="18"/>
        <source>ja, toestemming gegeven</source>
        <translation>yes, consent given</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="19"/>
        <source>nee, geen toestemming / ingetrokken</source>
        <translation>no, no consent / withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="21"/>
        <source>De andere ouder maakt bezwaar</source>
        <translation>The other parent objects</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="24"/>
        <source>Nieuwe verklaring voor %1</source>
        <translation>New statement for %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="27"/>
        <source>Vraag:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="33"/>
        <source>Antwoord:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="36"/>
        <source>%1 (16 jaar of ouder)</source>
        <translation>%1 (16 or older)</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="38"/>
        <source>Door:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="43"/>
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
</TS>
