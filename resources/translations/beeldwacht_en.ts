<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>PhotoBadge</name>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="26"/>
        <source>bezig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="27"/>
        <source>klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="28"/>
        <source>controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/photobadge.cpp" line="29"/>
        <source>niet gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="11"/>
        <source>toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="12"/>
        <source>geen antwoord op het toestemmingsformulier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="13"/>
        <location filename="../../app/gui/reasontext.cpp" line="22"/>
        <source>geen toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="14"/>
        <source>toestemming ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="15"/>
        <source>toestemming verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="16"/>
        <source>andere ouder maakt bezwaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="17"/>
        <source>leerling (16+) moet zelf toestemming geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="18"/>
        <source>ouder moet toestemming geven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="19"/>
        <source>losse toestemming per foto nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="20"/>
        <source>leerling niet in het register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="21"/>
        <source>leerling niet meer actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="23"/>
        <source>verborgen door u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="24"/>
        <source>geen leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="25"/>
        <source>toewijzing zonder reden telt niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="26"/>
        <source>deze leerling staat al elders op de foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="27"/>
        <location filename="../../app/gui/reasontext.cpp" line="31"/>
        <source>niet herkend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="28"/>
        <source>herkenning onzeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="29"/>
        <source>gezicht te klein om te herkennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="30"/>
        <source>gezicht te onscherp om te herkennen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="32"/>
        <source>door u omkaderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="33"/>
        <source>door u uitgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="34"/>
        <source>leerling zonder toestemming op de klassenfoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="35"/>
        <source>één persoon centraal: niet voor sociale media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="36"/>
        <source>één gezicht valt op: niet voor sociale media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="37"/>
        <source>losse toestemming voor deze foto nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reasontext.cpp" line="38"/>
        <source>foto kon niet worden gelezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::AssignPupilDialog</name>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="32"/>
        <source>Leerling kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="34"/>
        <source>Wie is dit? Zoek op naam of groep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="35"/>
        <source>Naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="62"/>
        <source>Reden (wordt vastgelegd in het logboek):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="63"/>
        <source>Bijvoorbeeld: ik herken haar aan de jas en de groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="108"/>
        <source>Kies een leerling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="110"/>
        <source>Deze leerling heeft toestemming voor dit kanaal: het gezicht wordt zichtbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/assignpupildialog.cpp" line="113"/>
        <source>Geen toestemming voor dit kanaal (%1): het gezicht blijft verborgen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ConsentDialog</name>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="30"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="31"/>
        <source>beide ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="32"/>
        <source>leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="48"/>
        <source>Nieuwe verklaring vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="52"/>
        <source>Leerlingen en toestemming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="55"/>
        <source>Zoek op naam of groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="58"/>
        <source>CSV importeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="85"/>
        <source>Geschiedenis (de laatste verklaring telt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="86"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="86"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="86"/>
        <source>Antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="86"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="86"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="147"/>
        <source>Kies een leerling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="151"/>
        <source>%1, groep %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="164"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="164"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/consentdialog.cpp" line="168"/>
        <source> (andere ouder maakt bezwaar)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::CsvImportDialog</name>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="51"/>
        <source>Nog geen bestand gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="56"/>
        <source>Importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="58"/>
        <source>Toestemmingen importeren (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="62"/>
        <source>Bestand kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="66"/>
        <source>Kolom in het bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="66"/>
        <source>Betekent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="69"/>
        <source>Antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="78"/>
        <source>Kolommen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="83"/>
        <source>Voorbeeld:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="88"/>
        <source>Foute regels (eerst verbeteren, dan importeren):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="106"/>
        <source>CSV-bestand kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="107"/>
        <source>CSV-bestanden (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="116"/>
        <source>%1 kon niet worden gelezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="180"/>
        <source>regel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="183"/>
        <source>%n leerling(en)regels klaar om te importeren.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="184"/>
        <source>%n foute regel(s): er wordt niets geïmporteerd tot ze verbeterd zijn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="195"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="195"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="210"/>
        <source>Importeren mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/csvimportdialog.cpp" line="213"/>
        <source>Geïmporteerd: %1 nieuwe leerlingen, %2 bijgewerkt, %3 verklaringen toegevoegd, %4 stonden er al.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ExportDialog</name>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="40"/>
        <location filename="../../app/gui/exportdialog.cpp" line="45"/>
        <source>Exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="41"/>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="42"/>
        <source>Verslag openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="43"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="51"/>
        <source>Kanaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="55"/>
        <source>Kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="57"/>
        <source>Naar map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="58"/>
        <source>Het verslag blijft op school: nooit in de map die u uploadt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="59"/>
        <source>Verslag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="64"/>
        <source>%v van %m foto&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="169"/>
        <source>%n foto(&apos;s) worden geëxporteerd</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="170"/>
        <source>%n gezicht(en) daarop verborgen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="171"/>
        <source>%n foto(&apos;s) niet gebruikt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="172"/>
        <source>%n foto(&apos;s) eerst controleren</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="174"/>
        <source>%n foto(&apos;s) nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="181"/>
        <source>Exporteren naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="226"/>
        <source>Stoppen… De foto&apos;s die nu bewerkt worden, maken het af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="245"/>
        <source>Export gestopt: er is niets in %1 gezet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="256"/>
        <source>Klaar: %1 geëxporteerd, %2 niet gebruikt, %3 te controleren; %4 gezichten verborgen.
Verslag: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/exportdialog.cpp" line="271"/>
        <source>Exporteren mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::FacePanel</name>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="23"/>
        <source>Foto niet gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="26"/>
        <source>Bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="27"/>
        <source>Andere leerling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="28"/>
        <source>Geen leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="29"/>
        <source>Verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="30"/>
        <location filename="../../app/gui/facepanel.cpp" line="110"/>
        <source>Mijn keuze ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="36"/>
        <source>Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="45"/>
        <source>Gezicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="52"/>
        <source>Voorgestelde leerling bevestigen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="53"/>
        <source>Dit gezicht altijd verbergen (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="54"/>
        <source>Een leerling kiezen; alleen zichtbaar als de toestemming dat toelaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="55"/>
        <source>Geen leerling van school: blijft verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="60"/>
        <source>Mist er een gezicht? Sleep op de foto een kader eromheen: het wordt verborgen.
Pijltjes of PageUp/PageDown: vorige en volgende foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="83"/>
        <source>Geen foto gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="97"/>
        <source>%n gezicht(en), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="98"/>
        <source>%n verborgen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="110"/>
        <source>Kader verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="112"/>
        <source>Klik op een gezicht in de foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="117"/>
        <source>Gezicht %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="118"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="119"/>
        <source>&lt;b&gt;Leerling:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="122"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;zichtbaar&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="123"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;verborgen&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="126"/>
        <source>Gelijkenis: afstand %1, marge %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/facepanel.cpp" line="130"/>
        <source>Door u bevestigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="41"/>
        <source>Beeldwacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="79"/>
        <source>Het logboek kon niet worden bijgewerkt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="105"/>
        <source>Analyseren: %v van %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="107"/>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="117"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="118"/>
        <source>Foto&apos;s &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="120"/>
        <source>Map met foto&apos;s toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="121"/>
        <source>&amp;Exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="124"/>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="127"/>
        <source>&amp;Controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="133"/>
        <source>Volgende foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="134"/>
        <source>Vorige foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="135"/>
        <source>Volgend gezicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="137"/>
        <source>Gezicht bevestigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="138"/>
        <source>Andere leerling kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="139"/>
        <source>Geen leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="140"/>
        <source>Gezicht verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="141"/>
        <source>Foto niet gebruiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="147"/>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="148"/>
        <source>&amp;Leerlingen en toestemming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="152"/>
        <source>Werkbalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="158"/>
        <source>Kanaal: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="161"/>
        <source>Waar de foto&apos;s voor zijn: elke foto wordt meteen opnieuw beoordeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="173"/>
        <source>Het register in %1 kon niet worden geopend: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="195"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="253"/>
        <source>De gezichtsmodellen ontbreken: de foto&apos;s kunnen niet worden gecontroleerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="297"/>
        <source>Sleep foto&apos;s of een map hierheen, of kies Bestand › Foto&apos;s toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="300"/>
        <source>%n foto(&apos;s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="301"/>
        <source>%1 klaar, %2 controleren, %3 niet gebruiken; %4 gezichten verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="327"/>
        <source>Foto&apos;s toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="328"/>
        <source>Foto&apos;s (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="339"/>
        <source>Map met foto&apos;s toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilTableModel</name>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="73"/>
        <source>✓ ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="73"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="90"/>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pupiltablemodel.cpp" line="92"/>
        <source>Groep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ReferenceDropArea</name>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="48"/>
        <source>geen gezicht gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="50"/>
        <source>meer dan één gezicht: gebruik een foto van alleen deze leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="52"/>
        <source>het gezicht kon niet worden beschreven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="57"/>
        <source>het gezicht is erg klein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="59"/>
        <source>de foto is onscherp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="61"/>
        <source>de foto is ouder dan een jaar of heeft geen datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/referencedroparea.cpp" line="107"/>
        <source>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="118"/>
        <source>Pasfoto&apos;s bekijken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="132"/>
        <location filename="../../app/gui/referencedroparea.cpp" line="138"/>
        <source>%1 niet toegevoegd: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="143"/>
        <source>%1 toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/referencedroparea.cpp" line="144"/>
        <source>%1 toegevoegd, maar let op: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewPane</name>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="105"/>
        <source>Deze foto kon niet worden gelezen:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="121"/>
        <source>Foto laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewpane.cpp" line="148"/>
        <source>Deze foto kon niet worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ReviewView</name>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="131"/>
        <source>Kies een foto om te controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="159"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="162"/>
        <source>zichtbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/reviewview.cpp" line="162"/>
        <source>verborgen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::StatementDialog</name>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="18"/>
        <source>ja, toestemming gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="19"/>
        <source>nee, geen toestemming / ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="21"/>
        <source>De andere ouder maakt bezwaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="24"/>
        <source>Nieuwe verklaring voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="27"/>
        <source>Vraag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="33"/>
        <source>Antwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="34"/>
        <source>ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="35"/>
        <source>beide ouders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="36"/>
        <source>leerling (16 jaar of ouder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="37"/>
        <source>Door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/statementdialog.cpp" line="42"/>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bw::gui::ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../../app/gui/thumbnaildelegate.cpp" line="60"/>
        <source>%n verborgen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
