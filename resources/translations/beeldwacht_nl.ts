<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>PhotoBadge</name>
    <message numerus="yes">
        <location filename="../../app/gui/photobadge.cpp" line="54"/>
        <source>%n onbekend gezicht(en)</source>
        <translation>
            <numerusform>%n onbekend gezicht</numerusform>
            <numerusform>%n onbekende gezichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::BatchController</name>
    <message numerus="yes">
        <location filename="../../app/gui/batchcontroller.cpp" line="78"/>
        <source>%n foto(&apos;s) uit de reeks gehaald; de bestanden zelf blijven staan.</source>
        <translation>
            <numerusform>%n foto uit de reeks gehaald; het bestand zelf blijft staan.</numerusform>
            <numerusform>%n foto&apos;s uit de reeks gehaald; de bestanden zelf blijven staan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::BatchStatus</name>
    <message numerus="yes">
        <location filename="../../app/gui/batchstatus.cpp" line="65"/>
        <source>%n foto(&apos;s): </source>
        <translation>
            <numerusform>%n foto: </numerusform>
            <numerusform>%n foto&apos;s: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="217"/>
        <source>%n leerling(en)regels klaar om te importeren.</source>
        <translation>
            <numerusform>%n regel klaar om te importeren.</numerusform>
            <numerusform>%n regels klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/csvimportdialog.cpp" line="218"/>
        <source>%n foute regel(s): er wordt niets geïmporteerd tot ze verbeterd zijn.</source>
        <translation>
            <numerusform>%n foute regel: er wordt niets geïmporteerd tot die verbeterd is.</numerusform>
            <numerusform>%n foute regels: er wordt niets geïmporteerd tot ze verbeterd zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="181"/>
        <source>%n foto(&apos;s) worden geëxporteerd</source>
        <translation>
            <numerusform>%n foto wordt geëxporteerd</numerusform>
            <numerusform>%n foto&apos;s worden geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="182"/>
        <source>%n gezicht(en) daarop verborgen</source>
        <translation>
            <numerusform>%n gezicht daarop verborgen</numerusform>
            <numerusform>%n gezichten daarop verborgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="183"/>
        <source>%n foto(&apos;s) niet gebruikt</source>
        <translation>
            <numerusform>%n foto niet gebruikt</numerusform>
            <numerusform>%n foto&apos;s niet gebruikt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="184"/>
        <source>%n foto(&apos;s) eerst controleren</source>
        <translation>
            <numerusform>%n foto eerst controleren</numerusform>
            <numerusform>%n foto&apos;s eerst controleren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="186"/>
        <source>%n foto(&apos;s) nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.</source>
        <translation>
            <numerusform>%n foto nog niet geanalyseerd: die wordt tijdens het exporteren beoordeeld.</numerusform>
            <numerusform>%n foto&apos;s nog niet geanalyseerd: die worden tijdens het exporteren beoordeeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/exportdialog.cpp" line="357"/>
        <source>%n foto(&apos;s) of map(pen) komen erbij zodra dit venster dicht is; deze export gaat over de foto&apos;s die er al waren.</source>
        <translation>
            <numerusform>%n foto of map komt erbij zodra dit venster dicht is; deze export gaat over de foto&apos;s die er al waren.</numerusform>
            <numerusform>%n foto&apos;s of mappen komen erbij zodra dit venster dicht is; deze export gaat over de foto&apos;s die er al waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::FacePanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="142"/>
        <source>%n gezicht(en), </source>
        <translation>
            <numerusform>%n gezicht, </numerusform>
            <numerusform>%n gezichten, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facepanel.cpp" line="143"/>
        <source>%n verborgen</source>
        <translation>
            <numerusform>%n verborgen</numerusform>
            <numerusform>%n verborgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::FaceTileModel</name>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="158"/>
        <source>%1 — %2 — %n gezicht(en)</source>
        <translation>
            <numerusform>%1 — %2 — %n gezicht</numerusform>
            <numerusform>%1 — %2 — %n gezichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="161"/>
        <source>Lijkt op %1? — verborgen tot u bevestigt — %n gezicht(en)</source>
        <translation>
            <numerusform>Lijkt op %1? — verborgen tot u bevestigt — %n gezicht</numerusform>
            <numerusform>Lijkt op %1? — verborgen tot u bevestigt — %n gezichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="163"/>
        <source>Onbekend — verborgen, in fotovolgorde — %n gezicht(en)</source>
        <translation>
            <numerusform>Onbekend — verborgen, in fotovolgorde — %n gezicht</numerusform>
            <numerusform>Onbekend — verborgen, in fotovolgorde — %n gezichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/facetilemodel.cpp" line="165"/>
        <source>Mogelijke gezichten — verborgen — %n</source>
        <translation>
            <numerusform>Mogelijke gezichten — verborgen — %n</numerusform>
            <numerusform>Mogelijke gezichten — verborgen — %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::FacesView</name>
    <message numerus="yes">
        <location filename="../../app/gui/facesview.cpp" line="116"/>
        <source>%n gezicht(en) gekozen</source>
        <translation>
            <numerusform>%n gezicht gekozen</numerusform>
            <numerusform>%n gezichten gekozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="99"/>
        <source>Uw eerdere beoordeling van %1 is teruggezet; %n beslissing(en) paste(n) niet meer bij een gezicht: die gezichten blijven verborgen.</source>
        <translation>
            <numerusform>Uw eerdere beoordeling van %1 is teruggezet; %n beslissing paste niet meer bij een gezicht: dat gezicht blijft verborgen.</numerusform>
            <numerusform>Uw eerdere beoordeling van %1 is teruggezet; %n beslissingen pasten niet meer bij een gezicht: die gezichten blijven verborgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="526"/>
        <source>De %n foto(&apos;s) gaan uit het venster en uw beoordeling ervan wordt gewist: opnieuw geopend beginnen ze onbeoordeeld. De bestanden zelf blijven staan. Doorgaan?</source>
        <translation>
            <numerusform>De %n foto gaat uit het venster en uw beoordeling ervan wordt gewist: opnieuw geopend begint hij onbeoordeeld. Het bestand zelf blijft staan. Doorgaan?</numerusform>
            <numerusform>De %n foto&apos;s gaan uit het venster en uw beoordeling ervan wordt gewist: opnieuw geopend beginnen ze onbeoordeeld. De bestanden zelf blijven staan. Doorgaan?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::PhotoRequestAction</name>
    <message numerus="yes">
        <location filename="../../app/gui/photorequestaction.cpp" line="118"/>
        <source>%n brief(en) gemaakt voor %1 in de map %2.</source>
        <translation>
            <numerusform>%n brief gemaakt voor %1 in de map %2.</numerusform>
            <numerusform>%n brieven gemaakt voor %1 in de map %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/photorequestaction.cpp" line="119"/>
        <source>%n verzoek(en)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::PupilTableModel</name>
    <message numerus="yes">
        <location filename="../../app/gui/pupiltablemodel.cpp" line="105"/>
        <source>%n pasfoto(&apos;s) opgeslagen</source>
        <translation>
            <numerusform>%n pasfoto opgeslagen</numerusform>
            <numerusform>%n pasfoto&apos;s opgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pupiltablemodel.cpp" line="107"/>
        <source>%n ouder dan een jaar of zonder datum: vervang door een recente foto</source>
        <translation>
            <numerusform>%n ouder dan een jaar of zonder datum: vervang die door een recente foto</numerusform>
            <numerusform>%n ouder dan een jaar of zonder datum: vervang ze door recente foto&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::ReferenceDropArea</name>
    <message numerus="yes">
        <location filename="../../app/gui/referencedroparea.cpp" line="100"/>
        <source>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</source>
        <translation>
            <numerusform>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</numerusform>
            <numerusform>Sleep pasfoto&apos;s van deze leerling hierheen (%n opgeslagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::gui::ThumbnailDelegate</name>
    <message numerus="yes">
        <location filename="../../app/gui/thumbnaildelegate.cpp" line="78"/>
        <source>%n verborgen</source>
        <translation>
            <numerusform>%n verborgen</numerusform>
            <numerusform>%n verborgen</numerusform>
        </translation>
    </message>
</context>
</TS>
