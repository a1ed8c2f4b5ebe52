<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="18"/>
        <source>Over Reactiewijzer</source>
        <translation>About Reactiewijzer</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="20"/>
        <source>Reactiewijzer</source>
        <translation>Reactiewijzer</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="21"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="22"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="23"/>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="24"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="25"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="34"/>
        <source>Helpt ambtenaren reacties op social media te schrijven volgens de handreiking ‘Do’s en dont’s van social media bij participatie’. Alles blijft op deze computer.</source>
        <translation>Helps civil servants write replies on social media following the guide ‘Do’s and don’ts of social media in participation’. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/about.py" line="45"/>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>CommitmentButtons</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="129"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="130"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="131"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="132"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="56"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="68"/>
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="89"/>
        <source>Toon &amp;toezeggingen</source>
        <translation>Show &amp;commitments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="83"/>
        <source>%n toezegging(en) over de datum</source>
        <translation>
            <numerusform>%n commitment overdue</numerusform>
            <numerusform>%n commitments overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="85"/>
        <source>%n toezegging(en) binnen twee dagen</source>
        <translation>
            <numerusform>%n commitment due within two days</numerusform>
            <numerusform>%n commitments due within two days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="87"/>
        <source>Herinnering: %1.</source>
        <translation>Reminder: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_tab.py" line="87"/>
        <source> en </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>CommitmentsTableModel</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="46"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="48"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="49"/>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="50"/>
        <source>vervallen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="57"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="61"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="63"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="64"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_model.py" line="162"/>
        <source>Interne notitie: %1</source>
        <translation>Internal note: %1</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="158"/>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="161"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="162"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="163"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="164"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="165"/>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="166"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="174"/>
        <source>Zoek in toezeggingen, namen en notities…</source>
        <translation>Search commitments, names and notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="176"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="177"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="178"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="179"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="180"/>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="181"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="182"/>
        <source>Herinnering een dag van tevoren</source>
        <translation>Reminder one day before</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="183"/>
        <source>Lege lijst</source>
        <translation>Empty list</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="184"/>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="471"/>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="185"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="186"/>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="480"/>
        <source>Laten vervallen</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="187"/>
        <source>Vervolgreactie opstellen</source>
        <translation>Write follow-up reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="188"/>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="502"/>
        <source>Exporteer CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="189"/>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="496"/>
        <source>Exporteer naar agenda</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="190"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="191"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="192"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="196"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="197"/>
        <source>Een toezegging met de hand vastleggen</source>
        <translation>Log a commitment by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="198"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="199"/>
        <source>D&amp;etails…</source>
        <translation>D&amp;etails…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="201"/>
        <source>De reactie, het gesprek en de notitie (ook: dubbelklik op een regel)</source>
        <translation>The reply, the thread and the note (or double-click a row)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="203"/>
        <source>met &amp;herinnering een dag van tevoren</source>
        <translation>with a &amp;reminder one day before</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="204"/>
        <source>&amp;Afgerond…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="205"/>
        <source>Markeer als gedaan, met een notitie</source>
        <translation>Mark as done, with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="206"/>
        <source>&amp;Datum wijzigen…</source>
        <translation>Change &amp;date…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="207"/>
        <source>&amp;Laten vervallen…</source>
        <translation>D&amp;rop…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="208"/>
        <source>&amp;Vervolgreactie opstellen</source>
        <translation>Write &amp;follow-up reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="210"/>
        <source>Een concept dat laat weten wat er met de vraag gedaan is</source>
        <translation>A draft that says what was done with the question</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="212"/>
        <source>Exporteer &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="213"/>
        <source>Exporteer naar a&amp;genda (.ics)…</source>
        <translation>Export to cale&amp;ndar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="214"/>
        <source>&amp;Back-up terugzetten</source>
        <translation>Restore &amp;backup</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="268"/>
        <source>Geen toezeggingen gevonden voor ‘%1’ in ‘%2’.</source>
        <translation>No commitments found for ‘%1’ in ‘%2’.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="273"/>
        <source>Geen toezeggingen in ‘%1’.</source>
        <translation>No commitments in ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="326"/>
        <source>Vastgelegd: ‘%1’.</source>
        <translation>Logged: ‘%1’.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="336"/>
        <source>Gewijzigd: ‘%1’.</source>
        <translation>Changed: ‘%1’.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="364"/>
        <source>%n toezegging(en) met een datum naar %1.</source>
        <translation>
            <numerusform>%n commitment with a date to %1.</numerusform>
            <numerusform>%n commitments with a date to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="368"/>
        <source>%n toezegging(en) naar %1.</source>
        <translation>
            <numerusform>%n commitment to %1.</numerusform>
            <numerusform>%n commitments to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="384"/>
        <source>Back-up %1 teruggezet; het vorige bestand is bewaard als %2.</source>
        <translation>Backup %1 restored; the previous file was kept as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="472"/>
        <source>Wat is er gedaan? Voor jezelf en je collega&apos;s.</source>
        <translation>What was done? For yourself and your colleagues.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="480"/>
        <source>Waarom vervalt deze toezegging?</source>
        <translation>Why is this commitment dropped?</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="498"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="504"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitments_view.py" line="397"/>
        <source>Er is geen back-up.</source>
        <translation>There is no backup.</translation>
    </message>
    <message>
        <source>&amp;Zoeken in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Bestands&amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ConfirmCommitmentsDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="169"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="170"/>
        <source>Toezeggingen vastleggen</source>
        <translation>Log commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="174"/>
        <source>Deze reactie belooft iets. Leg vast wat je belooft, zodat het terugkomt als het zover is. Pas de tekst, de datum of de persoon aan waar nodig.</source>
        <translation>This reply promises something. Log what you promise, so it comes back when it is due. Change the text, the date or the person where needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="181"/>
        <source>Aan (naam)</source>
        <translation>To (name)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="183"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="184"/>
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="185"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="193"/>
        <source>Toezegging %1 vastleggen</source>
        <translation>Log commitment %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="195"/>
        <source>Tekst van toezegging %1</source>
        <translation>Text of commitment %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="199"/>
        <source>Datum van toezegging %1</source>
        <translation>Date of commitment %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="212"/>
        <source>Zonder datum komt een belofte niet terug: noem liever een dag.</source>
        <translation>Without a date a promise never comes back: better name a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="217"/>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="219"/>
        <source>Vastleggen</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="220"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="221"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Uit het gesprek</source>
        <translation>From the thread</translation>
    </message>
    <message>
        <source>Uit het gesprek:</source>
        <translation>From the thread:</translation>
    </message>
    <message>
        <source>Geen bericht van deze persoon in het gesprek: er wordt niets uit het gesprek bewaard.</source>
        <translation>No post by this person in the thread: nothing from the thread is kept.</translation>
    </message>
</context>
<context>
    <name>ConfirmPostDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="50"/>
        <source>Reactie kopiëren</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="52"/>
        <source>Wat je plaatst, blijft online staan</source>
        <translation>What you post stays online</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="56"/>
        <source>Een uiting op het internet kan je moeilijk ongedaan maken. Kijk nog één keer naar deze zinnen voordat je de reactie plaatst.</source>
        <translation>What you post online is hard to undo. Look at these sentences once more before you post the reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="62"/>
        <source>Zinnen die online blijven staan</source>
        <translation>Sentences that stay online</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="68"/>
        <source>Kopiëren en toezeggingen &amp;vastleggen…</source>
        <translation>Copy and &amp;log the commitments…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="70"/>
        <source>Kopiëren en toezeggingen vastleggen</source>
        <translation>Copy and log the commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="76"/>
        <source>Alleen &amp;kopiëren</source>
        <translation>Only &amp;copy</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="76"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="78"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="82"/>
        <source>&amp;Terug naar de reactie</source>
        <translation>&amp;Back to the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="83"/>
        <source>Terug naar de reactie</source>
        <translation>Back to the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="93"/>
        <source>Het toezeggingenlog is nu niet beschikbaar; noteer de toezeggingen zelf.</source>
        <translation>The commitment log is not available right now; note the commitments yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="108"/>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="111"/>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="113"/>
        <source>zonder datum — noem liever een dag</source>
        <translation>no date — better name a day</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="118"/>
        <source>Blijft online staan</source>
        <translation>Stays online</translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="183"/>
        <source>Er is nog geen reactie om te kopiëren.</source>
        <translation>There is no reply to copy yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="208"/>
        <source>De reactie staat op het klembord.</source>
        <translation>The reply is on the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="227"/>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="249"/>
        <source>Reactie kopiëren</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="229"/>
        <source>Er staat nog een fout in je reactie. Toch kopiëren?</source>
        <translation>There is still an error in your reply. Copy anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="231"/>
        <source>Er staan nog %1 fouten in je reactie. Toch kopiëren?</source>
        <translation>There are still %1 errors in your reply. Copy anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="236"/>
        <source>Toch kopiëren</source>
        <translation>Copy anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="237"/>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="252"/>
        <source>Terug naar de reactie</source>
        <translation>Back to the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="250"/>
        <source>Vul eerst de invulplekken in of haal ze weg; dan kun je kopiëren.</source>
        <translation>Fill in the placeholders or remove them first; then you can copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="257"/>
        <source>Niet gekopieerd: er staan nog invulplekken in de reactie.</source>
        <translation>Not copied: the reply still has placeholders.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="310"/>
        <source>Niets vastgelegd.</source>
        <translation>Nothing logged.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="312"/>
        <source>zonder datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="314"/>
        <source>Vastgelegd: ‘%1’ (%2) aan %3.</source>
        <translation>Logged: ‘%1’ (%2) to %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="316"/>
        <source>Vastgelegd: ‘%1’ (%2).</source>
        <translation>Logged: ‘%1’ (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/copy_flow.py" line="320"/>
        <source>en nog %n toezegging(en).</source>
        <translation>
            <numerusform>and %n more commitment.</numerusform>
            <numerusform>and %n more commitments.</numerusform>
        </translation>
    </message>
    <message>
        <source>De reactie wordt nog gecontroleerd…</source>
        <translation>The reply is still being checked…</translation>
    </message>
    <message>
        <source>Alleen de eerste %1 tekens zijn gecontroleerd; de hele reactie wordt gekopieerd.</source>
        <translation>Only the first %1 characters were checked; the whole reply is copied.</translation>
    </message>
    <message>
        <source>De reactie wordt nog één keer gecontroleerd…</source>
        <translation>Checking the reply one last time…</translation>
    </message>
    <message>
        <source>De reactie staat op het klembord, zonder laatste controle.</source>
        <translation>The reply is on the clipboard, without the last check.</translation>
    </message>
    <message>
        <source>De laatste controle voor het kopiëren lukte niet (%1).</source>
        <translation>The last check before copying failed (%1).</translation>
    </message>
    <message>
        <source>De laatste controle voor het kopiëren duurt lang.</source>
        <translation>The last check before copying is taking long.</translation>
    </message>
    <message>
        <source>Je kunt de reactie zonder deze controle kopiëren; kijk dan zelf nog naar toezeggingen en wat online blijft staan.</source>
        <translation>You can copy the reply without this check; then look for promises and lasting statements yourself.</translation>
    </message>
    <message>
        <source>Kopiëren &amp;zonder controle</source>
        <translation>Copy &amp;without the check</translation>
    </message>
    <message>
        <source>&amp;Wachten</source>
        <translation>&amp;Wait</translation>
    </message>
    <message>
        <source>&amp;Terug naar de reactie</source>
        <translation>&amp;Back to the reply</translation>
    </message>
    <message>
        <source>Toezeggingen vastleggen</source>
        <translation>Log commitments</translation>
    </message>
    <message>
        <source>De toezeggingen konden niet worden vastgelegd (%1). De reactie wordt wel gekopieerd; noteer de toezeggingen zelf.</source>
        <translation>The commitments could not be logged (%1). The reply is copied anyway; note the commitments yourself.</translation>
    </message>
    <message>
        <source>Toon &amp;toezeggingen</source>
        <translation>Show &amp;commitments</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="66"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="67"/>
        <source>dd-mm-jjjj, ‘vrijdag’ of ‘9 dec’</source>
        <translation>dd-mm-yyyy, ‘Friday’ or ‘9 Dec’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="70"/>
        <source>Typ een datum (09-12-2026, 9-12) of een dag (vrijdag, 9 dec). Leeg: geen datum.</source>
        <translation>Type a date (09-12-2026, 9-12) or a day (Friday, 9 Dec). Empty: no date.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="75"/>
        <source>Gelezen datum</source>
        <translation>Date as read</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="96"/>
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="99"/>
        <source>Let op: %1 is al voorbij.</source>
        <translation>Note: %1 is in the past.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="384"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="407"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="385"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="387"/>
        <source>Details van de toezegging</source>
        <translation>Details of the commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="391"/>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="392"/>
        <source>Wijzigen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="395"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="396"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="408"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="409"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="409"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="410"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="411"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="412"/>
        <source>Vastgelegd</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="415"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="421"/>
        <source>Interne notitie (komt nooit in een reactie)</source>
        <translation>Internal note (never goes into a reply)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="422"/>
        <source>Gesprek</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="423"/>
        <source>De reactie met de belofte</source>
        <translation>The reply with the promise</translation>
    </message>
    <message>
        <source>Uit het gesprek (waar de reactie op antwoordde)</source>
        <translation>From the thread (what the reply answered)</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_editor.py" line="72"/>
        <source>Conceptreactie</source>
        <translation>Draft reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_editor.py" line="75"/>
        <source>Schrijf hier je reactie. Onderstreepte woorden hebben een bevinding; F8 gaat naar de volgende.</source>
        <translation>Write your reply here. Underlined words have a finding; F8 goes to the next one.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_editor.py" line="79"/>
        <source>Schrijf hier je reactie…</source>
        <translation>Write your reply here…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_editor.py" line="131"/>
        <source>Handreiking: %1</source>
        <translation>Guide: %1</translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="79"/>
        <source>&amp;Reactie</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="80"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="81"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="82"/>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="83"/>
        <source>&amp;Kopieer reactie</source>
        <translation>&amp;Copy reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="84"/>
        <source>Kopieer reactie</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="86"/>
        <source>Controleer nog één keer en kopieer de reactie (Ctrl+Shift+C)</source>
        <translation>Check once more and copy the reply (Ctrl+Shift+C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="122"/>
        <source>%n teken(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="128"/>
        <source>%1 / %2 tekens</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/draft_pane.py" line="135"/>
        <source>%1 / %2 tekens — %3 te veel</source>
        <translation>%1 / %2 characters — %3 too many</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="291"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="292"/>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="294"/>
        <source>&amp;Wanneer moet dit gedaan zijn?</source>
        <translation>&amp;When must this be done?</translation>
    </message>
</context>
<context>
    <name>EditCommitmentDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="319"/>
        <source>Toezegging wijzigen</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="319"/>
        <source>Toezegging toevoegen</source>
        <translation>Add commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="324"/>
        <source>Toezegging</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="327"/>
        <source>Aan (naam)</source>
        <translation>To (name)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="329"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="332"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="333"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="341"/>
        <source>Gesprek (link)</source>
        <translation>Thread (link)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="344"/>
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="347"/>
        <source>Intern: komt nooit in een reactie aan de inwoner.</source>
        <translation>Internal: never goes into a reply to the citizen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="350"/>
        <source>&amp;Toezegging:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="351"/>
        <source>&amp;Aan:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="352"/>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="353"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="354"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="355"/>
        <source>&amp;Gesprek (link):</source>
        <translation>&amp;Thread (link):</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="356"/>
        <source>&amp;Interne notitie:</source>
        <translation>&amp;Internal note:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="21"/>
        <source>Tekstbestanden (*.txt *.text *.md);;Alle bestanden (*)</source>
        <translation>Text files (*.txt *.text *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="27"/>
        <source>Gesprek openen</source>
        <translation>Open thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="27"/>
        <source>Concept openen</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="49"/>
        <source>%1 geopend.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="54"/>
        <source>Gesprek opslaan</source>
        <translation>Save thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="54"/>
        <source>Concept opslaan</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="55"/>
        <source>gesprek.txt</source>
        <translation>thread.txt</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="55"/>
        <source>reactie.txt</source>
        <translation>reply.txt</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="66"/>
        <source>Opslaan is niet gelukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/file_actions.py" line="72"/>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="35"/>
        <source>Vervang door ‘%1’</source>
        <translation>Replace with ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="39"/>
        <source>Zet ervoor: ‘%1’</source>
        <translation>Add before: ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="41"/>
        <source>Voeg erna toe: ‘%1’</source>
        <translation>Add after: ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="54"/>
        <source>Voeg ‘%1’ toe aan woordenlijst</source>
        <translation>Add ‘%1’ to the word list</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="58"/>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="60"/>
        <source>Negeer hier</source>
        <translation>Ignore here</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="65"/>
        <source>Negeer het woord ‘%1’</source>
        <translation>Ignore the word ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="73"/>
        <source>Zet ‘%1’ uit…</source>
        <translation>Switch off ‘%1’…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="113"/>
        <source>Handreiking: %1</source>
        <translation>Guide: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/finding_card.py" line="122"/>
        <source>Ter informatie:</source>
        <translation>For information:</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="156"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="157"/>
        <source>Bevindingen per onderdeel van de handreiking</source>
        <translation>Findings by section of the guide</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="158"/>
        <source>Stand van de reactie</source>
        <translation>State of the reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="159"/>
        <source>Toelichting bij de bevinding</source>
        <translation>About this finding</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="246"/>
        <source>Nog geen reactie</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="249"/>
        <source>Schrijf je reactie in het midden; wat beter kan, verschijnt hier.</source>
        <translation>Write your reply in the middle; what could be better appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="280"/>
        <source>Geen belangrijke punten meer.</source>
        <translation>Nothing important left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="282"/>
        <source>Geen belangrijke punten meer; %n tip(s) om te overwegen.</source>
        <translation>
            <numerusform>Nothing important left; %n tip to consider.</numerusform>
            <numerusform>Nothing important left; %n tips to consider.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="284"/>
        <source>Klaar om te plaatsen</source>
        <translation>Ready to post</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="287"/>
        <source>%n punt(en) om naar te kijken</source>
        <translation>
            <numerusform>%n point to look at</numerusform>
            <numerusform>%n points to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="276"/>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="289"/>
        <source>En %n tip(s).</source>
        <translation>
            <numerusform>And %n tip.</numerusform>
            <numerusform>And %n tips.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="160"/>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="161"/>
        <source>Spellingcontrole opnieuw proberen</source>
        <translation>Try the spelling check again</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="162"/>
        <source>Meer informatie</source>
        <translation>More information</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="256"/>
        <source>Spelling wordt nog gecontroleerd…</source>
        <translation>Spelling is still being checked…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="258"/>
        <source>Geen belangrijke punten uit de handreiking.</source>
        <translation>No important points from the guide.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="266"/>
        <source>Spelling niet gecontroleerd</source>
        <translation>Spelling not checked</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="270"/>
        <source>De handreiking is nagelopen, de spelling nog niet. Lees je reactie zelf nog eens na, of probeer de spellingcontrole opnieuw.</source>
        <translation>The reply was checked against the guide, but not for spelling. Read it through once more yourself, or try the spelling check again.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="291"/>
        <source>Spelling niet gecontroleerd.</source>
        <translation>Spelling not checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="310"/>
        <source>De controle is niet gelukt</source>
        <translation>The check failed</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="377"/>
        <source>In je tekst: ‘%1’</source>
        <translation>In your text: ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="382"/>
        <source>Handreiking — %1</source>
        <translation>Guide — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/findings_panel.py" line="388"/>
        <source>Ter informatie:</source>
        <translation>For information:</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="437"/>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="438"/>
        <source>Vervolgreactie opstellen</source>
        <translation>Draft a follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="439"/>
        <source>Beloofd: ‘%1’</source>
        <translation>Promised: ‘%1’</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="443"/>
        <source>&amp;Wat vertel je de inwoner over wat er gedaan is? Dit komt in de vervolgreactie. Leeg: er komt een invulplek die je nog moet invullen.</source>
        <translation>&amp;What do you tell the citizen about what was done? This goes into the follow-up. Empty: a placeholder you still have to fill in.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="450"/>
        <source>Voor de inwoner</source>
        <translation>For the citizen</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="458"/>
        <source>Interne notitie (komt niet in de reactie): %1</source>
        <translation>Internal note (not in the reply): %1</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/info_bar.py" line="34"/>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/info_bar.py" line="35"/>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/info_bar.py" line="36"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="56"/>
        <source>hulpvraag</source>
        <translation>service request</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="57"/>
        <source>kritiek op ons</source>
        <translation>criticism of us</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="58"/>
        <source>retorische vraag</source>
        <translation>rhetorical question</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="59"/>
        <source>sarcasme</source>
        <translation>sarcasm</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="60"/>
        <source>compliment</source>
        <translation>compliment</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="61"/>
        <source>tegen anderen</source>
        <translation>to others</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="10"/>
        <source>Persoonlijke toon</source>
        <translation>Personal tone</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="11"/>
        <source>Alleen zenden</source>
        <translation>Only broadcasting</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="12"/>
        <source>Blijft online staan</source>
        <translation>Stays online</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="13"/>
        <source>Jargon en ambtelijke taal</source>
        <translation>Jargon and officialese</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="14"/>
        <source>Spelling en grammatica</source>
        <translation>Spelling and grammar</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="15"/>
        <source>Past bij het platform</source>
        <translation>Fits the platform</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="16"/>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="23"/>
        <source>Belangrijk</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="24"/>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="25"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="32"/>
        <source>Advies: reageer</source>
        <translation>Advice: reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="33"/>
        <source>Advies: observeer, reageer niet meteen</source>
        <translation>Advice: observe, don&apos;t reply right away</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="34"/>
        <source>Advies: modereer</source>
        <translation>Advice: moderate</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="41"/>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="42"/>
        <source>onderbouwd</source>
        <translation>substantiated</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="43"/>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="44"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="45"/>
        <source>cijfers</source>
        <translation>figures</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="46"/>
        <source>hoofdletters</source>
        <translation>capitals</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="47"/>
        <source>uitroeptekens</source>
        <translation>exclamation marks</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="48"/>
        <source>gevloek</source>
        <translation>swearing</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="49"/>
        <source>kritiek</source>
        <translation>criticism</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="50"/>
        <source>emotie</source>
        <translation>emotion</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="51"/>
        <source>negatieve ervaring</source>
        <translation>negative experience</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="52"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="53"/>
        <source>beledigend</source>
        <translation>insulting</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="54"/>
        <source>dreigend</source>
        <translation>threatening</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="55"/>
        <source>mogelijk illegaal</source>
        <translation>possibly illegal</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="68"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="69"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="76"/>
        <source>Grammatica: LanguageTool %1 klaar</source>
        <translation>Grammar: LanguageTool %1 ready</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="80"/>
        <source>Grammatica: LanguageTool wordt gestart…</source>
        <translation>Grammar: LanguageTool is starting…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="82"/>
        <source>Grammatica: spelling (%1) wordt geladen…</source>
        <translation>Grammar: loading spelling (%1)…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/labels.py" line="81"/>
        <source>Grammatica: uit</source>
        <translation>Grammar: off</translation>
    </message>
    <message>
        <source>Grammatica: %1</source>
        <translation>Grammar: %1</translation>
    </message>
</context>
<context>
    <name>LiveChecker</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/live_check.py" line="133"/>
        <source>Deze tekst is te lang om te controleren ({0} tekens). Een reactie op social media is hooguit 10.000 tekens; kort de tekst in.</source>
        <translation>This text is too long to check ({0} characters). A reply on social media is 10,000 characters at most; please shorten it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="155"/>
        <source>&amp;Schrijven</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="156"/>
        <source>&amp;Toezeggingen</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="157"/>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="158"/>
        <source>Gesprek, reactie en bevindingen</source>
        <translation>Thread, reply and findings</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="159"/>
        <source>Gedetecteerde taal</source>
        <translation>Detected language</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="160"/>
        <source>Leesniveau</source>
        <translation>Reading level</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="161"/>
        <source>Stand van de grammaticacontrole</source>
        <translation>State of the grammar check</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="171"/>
        <source>Taal: —</source>
        <translation>Language: —</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="172"/>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="177"/>
        <source>Leesniveau: —</source>
        <translation>Reading level: —</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="174"/>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="179"/>
        <source>Leesniveau: B1 ✓</source>
        <translation>Reading level: B1 ✓</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="181"/>
        <source>Leesniveau: boven B1 — maak zinnen korter</source>
        <translation>Reading level: above B1 — shorten your sentences</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="293"/>
        <source>Nieuw concept</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="294"/>
        <source>Het gesprek en de reactie leegmaken en opnieuw beginnen?</source>
        <translation>Clear the thread and the reply and start again?</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="325"/>
        <source>Hier genegeerd.</source>
        <translation>Ignored here.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="329"/>
        <source>‘%1’ wordt niet meer gemeld. Terugzetten: Extra &gt; Instellingen.</source>
        <translation>‘%1’ is no longer reported. To undo: Tools &gt; Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="341"/>
        <source>‘%1’ staat uit. Terugzetten: Extra &gt; Instellingen.</source>
        <translation>‘%1’ is switched off. To undo: Tools &gt; Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="349"/>
        <source>Controle uitzetten</source>
        <translation>Switch off check</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="350"/>
        <source>De controle ‘%1’ uitzetten?</source>
        <translation>Switch off the check ‘%1’?</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="353"/>
        <source>Je ziet deze controle dan in geen enkele reactie meer. Wil je alleen deze plek overslaan, kies dan ‘Negeer hier’. Terugzetten kan via Extra &gt; Instellingen.</source>
        <translation>You will then no longer see this check in any reply. To skip only this place, choose ‘Ignore here’. You can switch it back on in Tools &gt; Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="358"/>
        <source>Zet uit</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="359"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="384"/>
        <source>Wat je negeert kon niet worden opgeslagen: {0}</source>
        <translation>What you ignore could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="403"/>
        <source>‘%1’ staat nu in je woordenlijst.</source>
        <translation>‘%1’ is now in your word list.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="413"/>
        <source>Vervolgreactie</source>
        <translation>Follow-up reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="415"/>
        <source>Je huidige reactie vervangen door een vervolgreactie? (Ctrl+Z zet hem terug.)</source>
        <translation>Replace your current reply with a follow-up? (Ctrl+Z brings it back.)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="459"/>
        <source>Het profiel kon niet worden opgeslagen: {0}</source>
        <translation>The profile could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="509"/>
        <source>niet geïnstalleerd</source>
        <translation>not installed</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="525"/>
        <source>Reactiewijzer</source>
        <translation>Reactiewijzer</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/main_window.py" line="536"/>
        <source>Je concept is hersteld: Reactiewijzer werd de vorige keer onverwacht afgesloten.</source>
        <translation>Your draft was restored: Reactiewijzer closed unexpectedly last time.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="84"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="85"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="86"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="87"/>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="89"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="91"/>
        <source>&amp;Nieuw concept</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="92"/>
        <source>&amp;Gesprek openen…</source>
        <translation>Open &amp;thread…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="93"/>
        <source>Concept &amp;openen…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="94"/>
        <source>Concept op&amp;slaan als…</source>
        <translation>&amp;Save draft as…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="95"/>
        <source>Gesprek opslaan &amp;als…</source>
        <translation>Save thread &amp;as…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="96"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="97"/>
        <source>&amp;Volgende bevinding</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="98"/>
        <source>Vo&amp;rige bevinding</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="99"/>
        <source>&amp;Kopieer reactie…</source>
        <translation>&amp;Copy reply…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="100"/>
        <source>Nu &amp;controleren</source>
        <translation>Check &amp;now</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="101"/>
        <source>Naar het &amp;gesprek</source>
        <translation>Go to the &amp;thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="102"/>
        <source>Naar de &amp;reactie</source>
        <translation>Go to the &amp;reply</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="103"/>
        <source>Naar de &amp;bevindingen</source>
        <translation>Go to the &amp;findings</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="104"/>
        <source>&amp;Toezeggingen</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="105"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="106"/>
        <source>&amp;Over Reactiewijzer</source>
        <translation>&amp;About Reactiewijzer</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="107"/>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="117"/>
        <source>Gesprek</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="117"/>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="125"/>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/menus.py" line="128"/>
        <source>(nog geen bestanden)</source>
        <translation>(no files yet)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="268"/>
        <source>Interne notitie</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="271"/>
        <source>Interne notitie: komt nooit in een reactie aan de inwoner.</source>
        <translation>Internal note: never goes into a reply to the citizen.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/backup_dialog.py" line="21"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/backup_dialog.py" line="25"/>
        <source>Kies de back-up die je wilt terugzetten. De huidige lijst (%n toezegging(en)) wordt niet gewist maar als kopie bewaard.</source>
        <translation>
            <numerusform>Choose the backup to restore. The current log (%n commitment) is not deleted but kept as a copy.</numerusform>
            <numerusform>Choose the backup to restore. The current log (%n commitments) is not deleted but kept as a copy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/backup_dialog.py" line="33"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="65"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="72"/>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="74"/>
        <source>&amp;Profiel</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="75"/>
        <source>&amp;Genegeerd</source>
        <translation>&amp;Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="76"/>
        <source>&amp;Woordenlijst</source>
        <translation>&amp;Word list</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="77"/>
        <source>Onderdelen van de instellingen</source>
        <translation>Parts of the settings</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="103"/>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="104"/>
        <source>&amp;Taal van de app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="108"/>
        <source>LanguageTool op &amp;deze computer (aanbevolen)</source>
        <translation>LanguageTool on &amp;this computer (recommended)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="109"/>
        <source>De LanguageTool-server van mijn &amp;organisatie:</source>
        <translation>My &amp;organisation&apos;s LanguageTool server:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="115"/>
        <source>Adres van de LanguageTool-server</source>
        <translation>Address of the LanguageTool server</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="121"/>
        <source>Met een server van je organisatie gaat de tekst van je reactie naar die server. Dat adres is dan het enige buiten deze computer waarmee Reactiewijzer contact maakt; verder verlaat niets je computer.</source>
        <translation>With your organisation&apos;s server, the text of your reply goes to that server. That address is then the only one outside this computer that Reactiewijzer contacts; nothing else leaves your computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="142"/>
        <source>Spelling en grammatica:</source>
        <translation>Spelling and grammar:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="143"/>
        <source>Spelling en grammatica &amp;controleren</source>
        <translation>&amp;Check spelling and grammar</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="171"/>
        <source>Reactiewijzer stelt hiermee een ondertekening met je eigen naam voor („Groet, Sanne (Rijkswaterstaat)”) en echte contactroutes. Alles blijft op deze computer.</source>
        <translation>Reactiewijzer uses this to suggest a sign-off in your own name (“Regards, Sanne (Rijkswaterstaat)”) and real contact routes. Everything stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="179"/>
        <source>&amp;Voornaam of initialen:</source>
        <translation>&amp;First name or initials:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="180"/>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="180"/>
        <source>omgevingsmanager</source>
        <translation>stakeholder manager</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="181"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="182"/>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="183"/>
        <source>&amp;Telefoonnummer:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="184"/>
        <source>&amp;Bereikbaar:</source>
        <translation>&amp;Opening hours:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="184"/>
        <source>elke dag 6.00-22.30 uur</source>
        <translation>every day 6am-10.30pm</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="185"/>
        <source>&amp;E-mailadres:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="186"/>
        <source>&amp;Contactformulier:</source>
        <translation>&amp;Contact form:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="189"/>
        <source>&amp;Inloop of bijeenkomst:</source>
        <translation>&amp;Walk-in or meeting:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="190"/>
        <source>inloopavond in het dorpshuis</source>
        <translation>drop-in evening at the village hall</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="203"/>
        <source>zoals de persoon schrijft</source>
        <translation>as the person writes</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="206"/>
        <source>Standaard aanspreekvorm</source>
        <translation>Default form of address</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="207"/>
        <source>&amp;Aanspreekvorm:</source>
        <translation>&amp;Form of address:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="217"/>
        <source>Genegeerde controles en woorden</source>
        <translation>Ignored checks and words</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="221"/>
        <source>Controle: %1</source>
        <translation>Check: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="228"/>
        <source>Woord ‘%1’ bij %2</source>
        <translation>Word ‘%1’ in %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="235"/>
        <source>Weer &amp;laten zien</source>
        <translation>&amp;Show again</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="241"/>
        <source>Geselecteerde controle of woord weer laten zien</source>
        <translation>Show the selected check or word again</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="244"/>
        <source>Controles die je hebt uitgezet en woorden die je negeert. Ze gelden in de app en in de opdrachtregel. Selecteer ze en kies ‘Weer laten zien’ om ze terug te zetten.</source>
        <translation>Checks you switched off and words you ignore. They apply in the app and on the command line. Select them and choose ‘Show again’ to bring them back.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="275"/>
        <source>Namen en termen die de spellingcontrole moet accepteren, zoals “Rijkswaterstaat” of “IenW”:</source>
        <translation>Names and terms the spelling check must accept, such as “Rijkswaterstaat” or “IenW”:</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="283"/>
        <source>Persoonlijke woordenlijst</source>
        <translation>Personal word list</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="286"/>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="287"/>
        <source>Nieuw woord</source>
        <translation>New word</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="288"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="289"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="318"/>
        <source>Vul een adres in dat begint met http:// of https://.</source>
        <translation>Enter an address that starts with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="129"/>
        <source>Onversleutelde verbinding (http://) &amp;toestaan</source>
        <translation>Allow an unencrypted connection (h&amp;ttp://)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="133"/>
        <source>Let op: via http:// gaat de tekst van je reactie, met eventuele persoonsgegevens, onversleuteld over het netwerk. Anderen op het netwerk kunnen die meelezen. Gebruik liever een https://-adres.</source>
        <translation>Warning: over http:// the text of your reply, with any personal data in it, crosses the network unencrypted. Others on the network can read it. Prefer an https:// address.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/settings_dialog.py" line="325"/>
        <source>Dit adres gebruikt http://: de tekst van je reactie zou onversleuteld over het netwerk gaan. Gebruik een https://-adres, of vink &apos;Onversleutelde verbinding (http://) toestaan&apos; aan als je dat risico bewust neemt.</source>
        <translation>This address uses http://: the text of your reply would cross the network unencrypted. Use an https:// address, or tick &apos;Allow an unencrypted connection (http://)&apos; if you knowingly take that risk.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="150"/>
        <source>1 deelnemer (onbekend)</source>
        <translation>1 participant (unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="75"/>
        <source>&amp;Gesprek</source>
        <translation>&amp;Thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="78"/>
        <source>Plak hier het gesprek waarop je reageert (of sleep een tekstbestand hierheen)…</source>
        <translation>Paste the thread you are replying to here (or drag a text file here)…</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="81"/>
        <source>Geplakt gesprek</source>
        <translation>Pasted thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="82"/>
        <source>Advies over reageren</source>
        <translation>Advice on replying</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="83"/>
        <source>Berichten in het gesprek</source>
        <translation>Messages in the thread</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="107"/>
        <source>Plak een gesprek om te zien wie er praat, wat er gevraagd wordt en of reageren verstandig is.</source>
        <translation>Paste a thread to see who is talking, what is being asked and whether replying is wise.</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="133"/>
        <source>Waarom dit advies</source>
        <translation>Why this advice</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="152"/>
        <source>%n bericht(en)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="148"/>
        <source>%n deelnemer(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="155"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/thread_view.py" line="163"/>
        <source>Signalen: %1</source>
        <translation>Signals: %1</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="154"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/reactiewijzer/ui/commitment_dialogs.py" line="155"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Je concept kon niet worden opgeslagen: %1</source>
        <translation>Your draft could not be saved: %1</translation>
    </message>
</context>
</TS>
