<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>CommitmentsTab</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="83"/>
        <source>%n toezegging(en) over de datum</source>
        <translation>
            <numerusform>%n toezegging over de datum</numerusform>
            <numerusform>%n toezeggingen over de datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="85"/>
        <source>%n toezegging(en) binnen twee dagen</source>
        <translation>
            <numerusform>%n toezegging binnen twee dagen</numerusform>
            <numerusform>%n toezeggingen binnen twee dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="364"/>
        <source>%n toezegging(en) met een datum naar %1.</source>
        <translation>
            <numerusform>%n toezegging met een datum naar %1.</numerusform>
            <numerusform>%n toezeggingen met een datum naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="368"/>
        <source>%n toezegging(en) naar %1.</source>
        <translation>
            <numerusform>%n toezegging naar %1.</numerusform>
            <numerusform>%n toezeggingen naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="320"/>
        <source>en nog %n toezegging(en).</source>
        <translation>
            <numerusform>en nog %n toezegging.</numerusform>
            <numerusform>en nog %n toezeggingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="122"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="282"/>
        <source>Geen belangrijke punten meer; %n tip(s) om te overwegen.</source>
        <translation>
            <numerusform>Geen belangrijke punten meer; %n tip om te overwegen.</numerusform>
            <numerusform>Geen belangrijke punten meer; %n tips om te overwegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="287"/>
        <source>%n punt(en) om naar te kijken</source>
        <translation>
            <numerusform>%n punt om naar te kijken</numerusform>
            <numerusform>%n punten om naar te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="276"/>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="289"/>
        <source>En %n tip(s).</source>
        <translation>
            <numerusform>En %n tip.</numerusform>
            <numerusform>En %n tips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/backup_dialog.py" line="25"/>
        <source>Kies de back-up die je wilt terugzetten. De huidige lijst (%n toezegging(en)) wordt niet gewist maar als kopie bewaard.</source>
        <translation>
            <numerusform>Kies de back-up die je wilt terugzetten. De huidige lijst (%n toezegging) wordt niet gewist maar als kopie bewaard.</numerusform>
            <numerusform>Kies de back-up die je wilt terugzetten. De huidige lijst (%n toezeggingen) wordt niet gewist maar als kopie bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="152"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="148"/>
        <source>%n deelnemer(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
</context>
</TS>
