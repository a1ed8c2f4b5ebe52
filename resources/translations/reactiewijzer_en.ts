<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Reactiewijzer</source>
        <translation>About Reactiewijzer</translation>
    </message>
    <message>
        <source>Reactiewijzer</source>
        <translation>Reactiewijzer</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Helpt ambtenaren reacties op social media te schrijven volgens de handreiking ‘Do’s en dont’s van social media bij participatie’. Alles blijft op deze computer.</source>
        <translation>Helps civil servants write replies on social media following the guide ‘Do’s and don’ts of social media in participation’. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Versies</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Toon &amp;toezeggingen</source>
        <translation>Show &amp;commitments</translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(en) over de datum</source>
        <translation><numerusform>%n commitment overdue</numerusform><numerusform>%n commitments overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(en) binnen twee dagen</source>
        <translation><numerusform>%n commitment due within two days</numerusform><numerusform>%n commitments due within two days</numerusform></translation>
    </message>
    <message>
        <source>Herinnering: %1.</source>
        <translation>Reminder: %1.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <source>&amp;Toon:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Zoek in toezeggingen, namen en notities…</source>
        <translation>Search commitments, names and notes…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Laten vervallen</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Vervolgreactie opstellen</source>
        <translation>Write follow-up reply</translation>
    </message>
    <message>
        <source>Exporteer CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Exporteer naar agenda</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Afgerond…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <source>Markeer als gedaan, met een notitie</source>
        <translation>Mark as done, with a note</translation>
    </message>
    <message>
        <source>&amp;Datum wijzigen…</source>
        <translation>Change &amp;date…</translation>
    </message>
    <message>
        <source>&amp;Laten vervallen…</source>
        <translation>D&amp;rop…</translation>
    </message>
    <message>
        <source>&amp;Vervolgreactie opstellen</source>
        <translation>Write &amp;follow-up reply</translation>
    </message>
    <message>
        <source>Een concept dat laat weten wat er met de vraag gedaan is</source>
        <translation>A draft that says what was done with the question</translation>
    </message>
    <message>
        <source>Exporteer &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Exporteer naar a&amp;genda (.ics)…</source>
        <translation>Export to cale&amp;ndar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Back-up terugzetten</source>
        <translation>Restore &amp;backup</translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(en) met een datum naar %1.</source>
        <translation><numerusform>%n commitment with a date to %1.</numerusform><numerusform>%n commitments with a date to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(en) naar %1.</source>
        <translation><numerusform>%n commitment to %1.</numerusform><numerusform>%n commitments to %1.</numerusform></translation>
    </message>
    <message>
        <source>Back-up %1 teruggezet; het vorige bestand is bewaard als %2.</source>
        <translation>Backup %1 restored; the previous file was kept as %2.</translation>
    </message>
    <message>
        <source>Wat is er gedaan? Dit komt in de vervolgreactie.</source>
        <translation>What was done? This goes into the follow-up reply.</translation>
    </message>
    <message>
        <source>Waarom vervalt deze toezegging?</source>
        <translation>Why is this commitment dropped?</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ConfirmCommitmentsDialog</name>
    <message>
        <source>Toezeggingen vastleggen</source>
        <translation>Log commitments</translation>
    </message>
    <message>
        <source>Deze reactie belooft iets. Leg vast wat je belooft, zodat het terugkomt als het zover is. Pas de tekst of de datum aan waar nodig.</source>
        <translation>This reply promises something. Log what you promise, so it comes back when it is due. Change the text or the date where needed.</translation>
    </message>
    <message>
        <source>Toezegging %1 vastleggen</source>
        <translation>Log commitment %1</translation>
    </message>
    <message>
        <source>Tekst van toezegging %1</source>
        <translation>Text of commitment %1</translation>
    </message>
    <message>
        <source>Datum van toezegging %1</source>
        <translation>Date of commitment %1</translation>
    </message>
    <message>
        <source>Zonder datum komt een belofte niet terug: noem liever een dag.</source>
        <translation>Without a date a promise never comes back: better name a day.</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConfirmPostDialog</name>
    <message>
        <source>Reactie kopiëren</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <source>Wat je plaatst, blijft online staan</source>
        <translation>What you post stays online</translation>
    </message>
    <message>
        <source>Een uiting op het internet kan je moeilijk ongedaan maken. Kijk nog één keer naar deze zinnen voordat je de reactie plaatst.</source>
        <translation>What you post online is hard to undo. Look at these sentences once more before you post the reply.</translation>
    </message>
    <message>
        <source>Zinnen die online blijven staan</source>
        <translation>Sentences that stay online</translation>
    </message>
    <message>
        <source>Kopiëren en toezeggingen &amp;vastleggen…</source>
        <translation>Copy and &amp;log the commitments…</translation>
    </message>
    <message>
        <source>Kopiëren en toezeggingen vastleggen</source>
        <translation>Copy and log the commitments</translation>
    </message>
    <message>
        <source>Alleen &amp;kopiëren</source>
        <translation>Only &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>&amp;Terug naar de reactie</source>
        <translation>&amp;Back to the reply</translation>
    </message>
    <message>
        <source>Terug naar de reactie</source>
        <translation>Back to the reply</translation>
    </message>
    <message>
        <source>Het toezeggingenlog is nu niet beschikbaar; noteer de toezeggingen zelf.</source>
        <translation>The commitment log is not available right now; note the commitments yourself.</translation>
    </message>
    <message>
        <source>Toezeggingen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>zonder datum — noem liever een dag</source>
        <translation>no date — better name a day</translation>
    </message>
    <message>
        <source>Blijft online staan</source>
        <translation>Stays online</translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message>
        <source>Er is nog geen reactie om te kopiëren.</source>
        <translation>There is no reply to copy yet.</translation>
    </message>
    <message>
        <source>De reactie staat op het klembord.</source>
        <translation>The reply is on the clipboard.</translation>
    </message>
    <message numerus="yes">
        <source>%n toezegging(en) vastgelegd.</source>
        <translation><numerusform>%n commitment logged.</numerusform><numerusform>%n commitments logged.</numerusform></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Conceptreactie</source>
        <translation>Draft reply</translation>
    </message>
    <message>
        <source>Schrijf hier je reactie. Onderstreepte woorden hebben een bevinding; F8 gaat naar de volgende.</source>
        <translation>Write your reply here. Underlined words have a finding; F8 goes to the next one.</translation>
    </message>
    <message>
        <source>Schrijf hier je reactie…</source>
        <translation>Write your reply here…</translation>
    </message>
    <message>
        <source>Handreiking: %1</source>
        <translation>Guide: %1</translation>
    </message>
    <message>
        <source>Vervang door ‘%1’</source>
        <translation>Replace with ‘%1’</translation>
    </message>
    <message>
        <source>Negeer deze regel (%1)</source>
        <translation>Ignore this rule (%1)</translation>
    </message>
    <message>
        <source>Voeg ‘%1’ toe aan woordenlijst</source>
        <translation>Add ‘%1’ to the word list</translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message>
        <source>&amp;Reactie</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <source>&amp;Kopieer reactie</source>
        <translation>&amp;Copy reply</translation>
    </message>
    <message>
        <source>Kopieer reactie</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <source>Controleer nog één keer en kopieer de reactie (Ctrl+Shift+C)</source>
        <translation>Check once more and copy the reply (Ctrl+Shift+C)</translation>
    </message>
    <message numerus="yes">
        <source>%n teken(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message>
        <source>%1 / %2 tekens</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>%1 / %2 tekens — %3 te veel</source>
        <translation>%1 / %2 characters — %3 too many</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Datum wijzigen</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Wanneer moet dit gedaan zijn?</source>
        <translation>When must this be done?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Tekstbestanden (*.txt *.text *.md);;Alle bestanden (*)</source>
        <translation>Text files (*.txt *.text *.md);;All files (*)</translation>
    </message>
    <message>
        <source>Gesprek openen</source>
        <translation>Open thread</translation>
    </message>
    <message>
        <source>Concept openen</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <source>%1 geopend.</source>
        <translation>Opened %1.</translation>
    </message>
    <message>
        <source>Gesprek opslaan</source>
        <translation>Save thread</translation>
    </message>
    <message>
        <source>Concept opslaan</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>gesprek.txt</source>
        <translation>thread.txt</translation>
    </message>
    <message>
        <source>reactie.txt</source>
        <translation>reply.txt</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Bevindingen per onderdeel van de handreiking</source>
        <translation>Findings by section of the guide</translation>
    </message>
    <message>
        <source>Stand van de reactie</source>
        <translation>State of the reply</translation>
    </message>
    <message>
        <source>Toelichting bij de bevinding</source>
        <translation>About this finding</translation>
    </message>
    <message>
        <source>&amp;Negeer deze regel</source>
        <translation>&amp;Ignore this rule</translation>
    </message>
    <message>
        <source>Negeer deze regel</source>
        <translation>Ignore this rule</translation>
    </message>
    <message>
        <source>Suggestie: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>Nog geen reactie</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <source>Schrijf je reactie in het midden; wat beter kan, verschijnt hier.</source>
        <translation>Write your reply in the middle; what could be better appears here.</translation>
    </message>
    <message>
        <source>Geen belangrijke punten meer.</source>
        <translation>Nothing important left.</translation>
    </message>
    <message numerus="yes">
        <source>Geen belangrijke punten meer; %n tip(s) om te overwegen.</source>
        <translation><numerusform>Nothing important left; %n tip to consider.</numerusform><numerusform>Nothing important left; %n tips to consider.</numerusform></translation>
    </message>
    <message>
        <source>Klaar om te plaatsen</source>
        <translation>Ready to post</translation>
    </message>
    <message numerus="yes">
        <source>%n punt(en) om naar te kijken</source>
        <translation><numerusform>%n point to look at</numerusform><numerusform>%n points to look at</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>En %n tip(s).</source>
        <translation><numerusform>And %n tip.</numerusform><numerusform>And %n tips.</numerusform></translation>
    </message>
    <message>
        <source>De controle is niet gelukt</source>
        <translation>The check failed</translation>
    </message>
    <message>
        <source>In je tekst: ‘%1’</source>
        <translation>In your text: ‘%1’</translation>
    </message>
    <message>
        <source>Handreiking — %1</source>
        <translation>Guide — %1</translation>
    </message>
    <message>
        <source>Vervang door ‘%1’</source>
        <translation>Replace with ‘%1’</translation>
    </message>
    <message>
        <source>Vervang door %1</source>
        <translation>Replace with %1</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Persoonlijke toon</source>
        <translation>Personal tone</translation>
    </message>
    <message>
        <source>Alleen zenden</source>
        <translation>Only broadcasting</translation>
    </message>
    <message>
        <source>Blijft online staan</source>
        <translation>Stays online</translation>
    </message>
    <message>
        <source>Jargon en ambtelijke taal</source>
        <translation>Jargon and officialese</translation>
    </message>
    <message>
        <source>Spelling en grammatica</source>
        <translation>Spelling and grammar</translation>
    </message>
    <message>
        <source>Past bij het platform</source>
        <translation>Fits the platform</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Belangrijk</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Advies: reageer</source>
        <translation>Advice: reply</translation>
    </message>
    <message>
        <source>Advies: observeer, reageer niet meteen</source>
        <translation>Advice: observe, don't reply right away</translation>
    </message>
    <message>
        <source>Advies: modereer</source>
        <translation>Advice: moderate</translation>
    </message>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>onderbouwd</source>
        <translation>substantiated</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>hoofdletters</source>
        <translation>capitals</translation>
    </message>
    <message>
        <source>uitroeptekens</source>
        <translation>exclamation marks</translation>
    </message>
    <message>
        <source>gevloek</source>
        <translation>swearing</translation>
    </message>
    <message>
        <source>kritiek</source>
        <translation>criticism</translation>
    </message>
    <message>
        <source>emotie</source>
        <translation>emotion</translation>
    </message>
    <message>
        <source>negatieve ervaring</source>
        <translation>negative experience</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>beledigend</source>
        <translation>insulting</translation>
    </message>
    <message>
        <source>dreigend</source>
        <translation>threatening</translation>
    </message>
    <message>
        <source>mogelijk illegaal</source>
        <translation>possibly illegal</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Grammatica: LanguageTool %1 klaar</source>
        <translation>Grammar: LanguageTool %1 ready</translation>
    </message>
    <message>
        <source>Grammatica: LanguageTool wordt gestart…</source>
        <translation>Grammar: LanguageTool is starting…</translation>
    </message>
    <message>
        <source>Grammatica: uit</source>
        <translation>Grammar: off</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Schrijven</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>&amp;Toezeggingen</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <source>Werkruimte</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Gesprek, reactie en bevindingen</source>
        <translation>Thread, reply and findings</translation>
    </message>
    <message>
        <source>Gedetecteerde taal</source>
        <translation>Detected language</translation>
    </message>
    <message>
        <source>Leesniveau</source>
        <translation>Reading level</translation>
    </message>
    <message>
        <source>Stand van de grammaticacontrole</source>
        <translation>State of the grammar check</translation>
    </message>
    <message>
        <source>Taal: —</source>
        <translation>Language: —</translation>
    </message>
    <message>
        <source>Leesniveau: —</source>
        <translation>Reading level: —</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Leesniveau: B1 ✓</source>
        <translation>Reading level: B1 ✓</translation>
    </message>
    <message>
        <source>Leesniveau: boven B1 — maak zinnen korter</source>
        <translation>Reading level: above B1 — shorten your sentences</translation>
    </message>
    <message>
        <source>Nieuw concept</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Het gesprek en de reactie leegmaken en opnieuw beginnen?</source>
        <translation>Clear the thread and the reply and start again?</translation>
    </message>
    <message>
        <source>Regel %1 wordt genegeerd. Zet hem terug via Extra &gt; Instellingen.</source>
        <translation>Rule %1 is now ignored. Turn it back on in Tools &gt; Settings.</translation>
    </message>
    <message>
        <source>‘%1’ staat nu in je woordenlijst.</source>
        <translation>‘%1’ is now in your word list.</translation>
    </message>
    <message>
        <source>Vervolgreactie</source>
        <translation>Follow-up reply</translation>
    </message>
    <message>
        <source>Je huidige reactie vervangen door een vervolgreactie? (Ctrl+Z zet hem terug.)</source>
        <translation>Replace your current reply with a follow-up? (Ctrl+Z brings it back.)</translation>
    </message>
    <message>
        <source>niet geïnstalleerd</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Reactiewijzer</source>
        <translation>Reactiewijzer</translation>
    </message>
    <message>
        <source>Je concept is hersteld: Reactiewijzer werd de vorige keer onverwacht afgesloten.</source>
        <translation>Your draft was restored: Reactiewijzer closed unexpectedly last time.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;xtra</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Nieuw concept</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>&amp;Gesprek openen…</source>
        <translation>Open &amp;thread…</translation>
    </message>
    <message>
        <source>Concept &amp;openen…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <source>Concept op&amp;slaan als…</source>
        <translation>&amp;Save draft as…</translation>
    </message>
    <message>
        <source>Gesprek opslaan &amp;als…</source>
        <translation>Save thread &amp;as…</translation>
    </message>
    <message>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Volgende bevinding</source>
        <translation>&amp;Next finding</translation>
    </message>
    <message>
        <source>Vo&amp;rige bevinding</source>
        <translation>&amp;Previous finding</translation>
    </message>
    <message>
        <source>&amp;Kopieer reactie…</source>
        <translation>&amp;Copy reply…</translation>
    </message>
    <message>
        <source>Nu &amp;controleren</source>
        <translation>Check &amp;now</translation>
    </message>
    <message>
        <source>Naar het &amp;gesprek</source>
        <translation>Go to the &amp;thread</translation>
    </message>
    <message>
        <source>Naar de &amp;reactie</source>
        <translation>Go to the &amp;reply</translation>
    </message>
    <message>
        <source>Naar de &amp;bevindingen</source>
        <translation>Go to the &amp;findings</translation>
    </message>
    <message>
        <source>&amp;Toezeggingen</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Over Reactiewijzer</source>
        <translation>&amp;About Reactiewijzer</translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Lijst &amp;wissen</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>(nog geen bestanden)</source>
        <translation>(no files yet)</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Genegeerde regels</source>
        <translation>&amp;Ignored rules</translation>
    </message>
    <message>
        <source>&amp;Woordenlijst</source>
        <translation>&amp;Word list</translation>
    </message>
    <message>
        <source>Onderdelen van de instellingen</source>
        <translation>Parts of the settings</translation>
    </message>
    <message>
        <source>Taal van de app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>&amp;Taal van de app:</source>
        <translation>&amp;Language of the app:</translation>
    </message>
    <message>
        <source>LanguageTool op &amp;deze computer (aanbevolen)</source>
        <translation>LanguageTool on &amp;this computer (recommended)</translation>
    </message>
    <message>
        <source>De LanguageTool-server van mijn &amp;organisatie:</source>
        <translation>My &amp;organisation's LanguageTool server:</translation>
    </message>
    <message>
        <source>Adres van de LanguageTool-server</source>
        <translation>Address of the LanguageTool server</translation>
    </message>
    <message>
        <source>Met een server van je organisatie gaat de tekst van je reactie naar die server. Dat adres is dan het enige buiten deze computer waarmee Reactiewijzer contact maakt; verder verlaat niets je computer.</source>
        <translation>With your organisation's server, the text of your reply goes to that server. That address is then the only one outside this computer that Reactiewijzer contacts; nothing else leaves your computer.</translation>
    </message>
    <message>
        <source>Spelling en grammatica:</source>
        <translation>Spelling and grammar:</translation>
    </message>
    <message>
        <source>Genegeerde regels</source>
        <translation>Ignored rules</translation>
    </message>
    <message>
        <source>Regel weer &amp;gebruiken</source>
        <translation>&amp;Use rule again</translation>
    </message>
    <message>
        <source>Geselecteerde regel weer gebruiken</source>
        <translation>Use the selected rule again</translation>
    </message>
    <message>
        <source>Regels die je via “Negeer deze regel” hebt uitgezet:</source>
        <translation>Rules you turned off with “Ignore this rule”:</translation>
    </message>
    <message>
        <source>Namen en termen die de spellingcontrole moet accepteren, zoals “Rijkswaterstaat” of “IenW”:</source>
        <translation>Names and terms the spelling check must accept, such as “Rijkswaterstaat” or “IenW”:</translation>
    </message>
    <message>
        <source>Persoonlijke woordenlijst</source>
        <translation>Personal word list</translation>
    </message>
    <message>
        <source>Nieuw woord</source>
        <translation>New word</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Vul een adres in dat begint met http:// of https://.</source>
        <translation>Enter an address that starts with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>&amp;Gesprek</source>
        <translation>&amp;Thread</translation>
    </message>
    <message>
        <source>Plak hier het gesprek waarop je reageert (of sleep een tekstbestand hierheen)…</source>
        <translation>Paste the thread you are replying to here (or drag a text file here)…</translation>
    </message>
    <message>
        <source>Geplakt gesprek</source>
        <translation>Pasted thread</translation>
    </message>
    <message>
        <source>Advies over reageren</source>
        <translation>Advice on replying</translation>
    </message>
    <message>
        <source>Berichten in het gesprek</source>
        <translation>Messages in the thread</translation>
    </message>
    <message>
        <source>Plak een gesprek om te zien wie er praat, wat er gevraagd wordt en of reageren verstandig is.</source>
        <translation>Paste a thread to see who is talking, what is being asked and whether replying is wise.</translation>
    </message>
    <message>
        <source>Waarom dit advies</source>
        <translation>Why this advice</translation>
    </message>
    <message numerus="yes">
        <source>%n bericht(en)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deelnemer(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Signalen: %1</source>
        <translation>Signals: %1</translation>
    </message>
</context>
</TS>