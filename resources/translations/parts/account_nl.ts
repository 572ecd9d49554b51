<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>AccountHeader</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="140" />
      <source>Tier %1</source>
      <translation>Segment %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="144" />
      <source>Owner: %1</source>
      <translation>Accountmanager: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="145" />
      <source>No owner</source>
      <translation>Geen accountmanager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="152" />
      <source>Cadence %1 days</source>
      <translation>Ritme %1 dagen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="159" />
      <source>Health not computed yet</source>
      <translation>Gezondheid nog niet berekend</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="161" />
      <source>The attention engine will score this relationship.</source>
      <translation>De aandachtsmotor beoordeelt deze relatie nog.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="172" />
      <source>and %1 more</source>
      <translation>en nog %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="173" />
      <source>No concerns.</source>
      <translation>Geen zorgen.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="175" />
      <source>Next: %1</source>
      <translation>Volgende stap: %1</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="69" />
      <source>← &amp;Back</source>
      <translation>← Teru&amp;g</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="71" />
      <source>Back (Alt+Left or Esc)</source>
      <translation>Terug (Alt+Links of Esc)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="75" />
      <source>Export &amp;plan…</source>
      <translation>Plan e&amp;xporteren…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="76" />
      <source>Account plan as PDF (Ctrl+P)</source>
      <translation>Accountplan als pdf (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="78" />
      <source>Ed&amp;it account…</source>
      <translation>Relatie &amp;wijzigen…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="81" />
      <source>Delete account…</source>
      <translation>Relatie verwijderen…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="149" />
      <source>&amp;Overview</source>
      <translation>&amp;Overzicht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="150" />
      <source>&amp;Contacts</source>
      <translation>Contactper&amp;sonen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="151" />
      <source>&amp;Timeline</source>
      <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="152" />
      <source>&amp;Purchases</source>
      <translation>Aan&amp;kopen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="154" />
      <source>&amp;Measurements</source>
      <translation>&amp;Metingen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="155" />
      <source>Service case&amp;s</source>
      <translation>Ser&amp;vicegevallen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="156" />
      <source>Service case&amp;s (%1 open)</source>
      <translation>Ser&amp;vicegevallen (%1 open)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="157" />
      <source>Plan notes &amp;&amp; &amp;goals</source>
      <translation>Plannotities &amp;&amp; doel&amp;en</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="180" />
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="212" />
      <source>This account no longer exists.</source>
      <translation>Deze relatie bestaat niet meer.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="214" />
      <source>Could not read this account: %1</source>
      <translation>Deze relatie kon niet worden gelezen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="242" />
      <source>Plan written: %1</source>
      <translation>Plan opgeslagen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="243" />
      <source>Could not write the plan: %1</source>
      <translation>Het plan kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="265" />
      <source>Delete the account %1?</source>
      <translation>De relatie %1 verwijderen?</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="266" />
      <source>It disappears from every list, with its contacts and history. It can be restored from a backup.</source>
      <translation>Ze verdwijnt uit alle lijsten, met haar contactpersonen en geschiedenis. Een back-up kan haar terugzetten.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="268" />
      <location filename="../../work/main/relbeheer/ui/views/account_page.py" line="269" />
      <source>Delete account</source>
      <translation>Relatie verwijderen</translation>
    </message>
  </context>
  <context>
    <name>BalanceBar</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/charts.py" line="209" />
      <source>No touchpoints in the last 12 months</source>
      <translation>Geen contactmomenten in de laatste 12 maanden</translation>
    </message>
  </context>
  <context>
    <name>CasesModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="173" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="173" />
      <source>Closed</source>
      <translation>Gesloten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="176" />
      <source>Opened</source>
      <translation>Geopend</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="178" />
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="179" />
      <source>Contact</source>
      <translation>Contactpersoon</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="181" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="183" />
      <source>Resolved</source>
      <translation>Opgelost</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="185" />
      <source>Days</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="186" />
      <source>Days open, or days it took to resolve</source>
      <translation>Dagen open, of dagen tot de oplossing</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="187" />
      <source>Outcome</source>
      <translation>Uitkomst</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="188" />
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
  </context>
  <context>
    <name>CasesTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/cases_tab.py" line="24" />
      <source>&amp;New case…</source>
      <translation>&amp;Nieuwe klacht…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/cases_tab.py" line="30" />
      <source>&amp;Resolve…</source>
      <translation>A&amp;fhandelen…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/cases_tab.py" line="57" />
      <source>this case</source>
      <translation>deze klacht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/cases_tab.py" line="60" />
      <source>No service cases. Good.</source>
      <translation>Geen servicegevallen. Mooi.</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="60" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="61" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="62" />
      <source>Job title</source>
      <translation>Functie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="63" />
      <source>Ambassador</source>
      <translation>Ambassadeur</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="64" />
      <source>★ Ambassador</source>
      <translation>★ Ambassadeur</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="65" />
      <source>Last contact</source>
      <translation>Laatste contact</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="67" />
      <source>Prefers</source>
      <translation>Voorkeur</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="68" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="69" />
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
  </context>
  <context>
    <name>ContactsTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/contacts_tab.py" line="19" />
      <source>&amp;New contact…</source>
      <translation>&amp;Nieuwe contactpersoon…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/contacts_tab.py" line="36" />
      <source>No contacts yet. Who decides, who influences, who recommends us?</source>
      <translation>Nog geen contactpersonen. Wie beslist, wie beïnvloedt, wie beveelt ons aan?</translation>
    </message>
  </context>
  <context>
    <name>HealthGauge</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="43" />
      <source>Health %1 of 100</source>
      <translation>Gezondheid %1 van 100</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/header.py" line="44" />
      <source>No health score</source>
      <translation>Geen gezondheidsscore</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="84" />
      <source>&amp;Accounts</source>
      <translation>&amp;Relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="87" />
      <source>&amp;Contacts</source>
      <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="90" />
      <source>&amp;Products</source>
      <translation>&amp;Producten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="218" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="227" />
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="231" />
      <source>E&amp;xport…</source>
      <translation>E&amp;xporteren…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="235" />
      <source>&amp;Back up database…</source>
      <translation>&amp;Back-up van de database maken…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="244" />
      <source>Account &amp;review…</source>
      <translation>Account&amp;review…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="248" />
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="251" />
      <source>&amp;View</source>
      <translation>Bee&amp;ld</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="252" />
      <source>&amp;Refresh</source>
      <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="256" />
      <source>&amp;Language</source>
      <translation>&amp;Taal</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="265" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="266" />
      <source>&amp;About relbeheer</source>
      <translation>&amp;Over relbeheer</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="282" />
      <source>in-memory database</source>
      <translation>database in het geheugen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="284" />
      <source>As of %1</source>
      <translation>Stand %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="291" />
      <source>Working…</source>
      <translation>Bezig…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="296" />
      <source>Backup written: %1</source>
      <translation>Back-up opgeslagen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="299" />
      <source>Backup failed</source>
      <translation>Back-up mislukt</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="306" />
      <source>About relbeheer</source>
      <translation>Over relbeheer</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/main_window.py" line="307" />
      <source>relbeheer %1
Relationship management as a growth strategy.</source>
      <translation>relbeheer %1
Relatiebeheer als groeistrategie.</translation>
    </message>
  </context>
  <context>
    <name>MeasurementsModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="139" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="140" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="141" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="144" />
      <source>NPS group</source>
      <translation>NPS-groep</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="145" />
      <source>Contact</source>
      <translation>Contactpersoon</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="146" />
      <source>Comment</source>
      <translation>Opmerking</translation>
    </message>
  </context>
  <context>
    <name>MeasurementsTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/measurements_tab.py" line="40" />
      <source>&amp;New measurement…</source>
      <translation>&amp;Nieuwe meting…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/measurements_tab.py" line="45" />
      <source>Scores over time</source>
      <translation>Scores in de tijd</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/measurements_tab.py" line="46" />
      <source>Line: average per quarter; dots: single answers. NPS and CSAT: higher is better; CES: lower is easier.</source>
      <translation>Lijn: gemiddelde per kwartaal; stippen: losse antwoorden. NPS en CSAT: hoger is beter; CES: lager is makkelijker.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/measurements_tab.py" line="66" />
      <source>No measurements yet.</source>
      <translation>Nog geen metingen.</translation>
    </message>
  </context>
  <context>
    <name>MonthlyBindingChart</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/charts.py" line="81" />
      <source>Touchpoints per month by binding level</source>
      <translation>Contactmomenten per maand naar bindingsniveau</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/charts.py" line="126" />
      <source>No touchpoints in this period</source>
      <translation>Geen contactmomenten in deze periode</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="25" />
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="48" />
      <source>Plan notes</source>
      <translation>Plannotities</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="26" />
      <source>Situation, history, who is who, what matters to them…</source>
      <translation>Situatie, geschiedenis, wie is wie, wat belangrijk voor hen is…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="28" />
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="49" />
      <source>Goals</source>
      <translation>Doelen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="29" />
      <source>What we want to reach with this account this year…</source>
      <translation>Wat we dit jaar met deze relatie willen bereiken…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="34" />
      <source>Save notes</source>
      <translation>Notities opslaan</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="50" />
      <source>For the account plan: the state of the relationship.</source>
      <translation>Voor het accountplan: hoe de relatie ervoor staat.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="51" />
      <source>Concrete and dated, e.g. two staff trainings before June.</source>
      <translation>Concreet en met datum, bijv. twee trainingen voor het personeel vóór juni.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="85" />
      <source>Saving…</source>
      <translation>Opslaan…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="90" />
      <source>Saved.</source>
      <translation>Opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="96" />
      <source>Not saved: %1</source>
      <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/notes_tab.py" line="109" />
      <source>Unsaved changes — Ctrl+S saves.</source>
      <translation>Niet-opgeslagen wijzigingen — Ctrl+S slaat op.</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="38" />
      <source>Revenue, last 12 months</source>
      <translation>Omzet, laatste 12 maanden</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="39" />
      <source>Last personal contact</source>
      <translation>Laatste persoonlijke contact</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="40" />
      <source>Contacts</source>
      <translation>Contactpersonen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="41" />
      <source>Open service cases</source>
      <translation>Open servicegevallen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="42" />
      <source>Latest NPS</source>
      <translation>Laatste NPS</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="48" />
      <source>Binding level, last 12 months</source>
      <translation>Bindingsniveau, laatste 12 maanden</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="50" />
      <source>Seed research: about 70% of customers are won on the social-emotional level, 30% rationally.</source>
      <translation>Onderzoek: ongeveer 70% van de klanten wordt sociaal-emotioneel gewonnen, 30% rationeel.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="56" />
      <source>Offers</source>
      <translation>Offertes</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="82" />
      <source>Latest touchpoints</source>
      <translation>Laatste contactmomenten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="92" />
      <source>No touchpoints yet.</source>
      <translation>Nog geen contactmomenten.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="106" />
      <source>%1 purchases in total</source>
      <translation>%1 aankopen in totaal</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="109" />
      <source>never</source>
      <translation>nooit</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="109" />
      <source>no visit, call or event recorded</source>
      <translation>geen bezoek, gesprek of evenement vastgelegd</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="112" />
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="112" />
      <source>1 day ago</source>
      <translation>1 dag geleden</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="113" />
      <source>%1 days ago</source>
      <translation>%1 dagen geleden</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="115" />
      <source>no ambassador yet</source>
      <translation>nog geen ambassadeur</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="115" />
      <source>1 ambassador</source>
      <translation>1 ambassadeur</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="116" />
      <source>%1 ambassadors</source>
      <translation>%1 ambassadeurs</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="120" />
      <source>oldest opened 1 day ago</source>
      <translation>oudste 1 dag geleden geopend</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="121" />
      <source>oldest opened %1 days ago</source>
      <translation>oudste %1 dagen geleden geopend</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="124" />
      <source>nothing open</source>
      <translation>niets open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/overview_tab.py" line="126" />
      <source>not measured yet</source>
      <translation>nog niet gemeten</translation>
    </message>
  </context>
  <context>
    <name>PurchasesModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="119" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="120" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="121" />
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="122" />
      <source>Quantity</source>
      <translation>Aantal</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="125" />
      <source>Amount</source>
      <translation>Bedrag</translation>
    </message>
  </context>
  <context>
    <name>PurchasesTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/purchases_tab.py" line="26" />
      <source>Filter by product or series…</source>
      <translation>Filter op product of serie…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/purchases_tab.py" line="27" />
      <source>Filter purchases</source>
      <translation>Aankopen filteren</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/purchases_tab.py" line="57" />
      <source>%1 purchases, together %2</source>
      <translation>%1 aankopen, samen %2</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/common.py" line="121" />
      <source>&amp;Edit…</source>
      <translation>W&amp;ijzigen…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/common.py" line="122" />
      <source>&amp;Delete</source>
      <translation>Verwi&amp;jderen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/common.py" line="261" />
      <source>Delete %1?</source>
      <translation>%1 verwijderen?</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/common.py" line="262" />
      <source>It disappears from every list; it can be restored from a backup.</source>
      <translation>Het verdwijnt uit alle lijsten; een back-up kan het terugzetten.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/common.py" line="263" />
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
  </context>
  <context>
    <name>TimelineTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/timeline_tab.py" line="46" />
      <source>Filter by kind, person, note…</source>
      <translation>Filter op soort, persoon, notitie…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/timeline_tab.py" line="52" />
      <source>Touchpoints per month by binding level</source>
      <translation>Contactmomenten per maand naar bindingsniveau</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/timeline_tab.py" line="54" />
      <source>Last %1 months</source>
      <translation>Laatste %1 maanden</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/timeline_tab.py" line="55" />
      <source>Period of the chart</source>
      <translation>Periode van de grafiek</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/timeline_tab.py" line="84" />
      <source>No touchpoints yet. Log one with Ctrl+T.</source>
      <translation>Nog geen contactmomenten. Leg er een vast met Ctrl+T.</translation>
    </message>
  </context>
  <context>
    <name>TouchpointsModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="90" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="91" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="92" />
      <source>Binding</source>
      <translation>Binding</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="93" />
      <source>Channel</source>
      <translation>Kanaal</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="94" />
      <source>With</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="95" />
      <source>Mood</source>
      <translation>Stemming</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="96" />
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="97" />
      <source>Follow-up</source>
      <translation>Opvolgen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/record_models.py" line="99" />
      <source>By</source>
      <translation>Door</translation>
    </message>
  </context>
  <context>
    <name>TrendChart</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/charts.py" line="226" />
      <source>Measurement trend</source>
      <translation>Verloop van de metingen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/charts.py" line="256" />
      <source>No measurements yet</source>
      <translation>Nog geen metingen</translation>
    </message>
  </context>
</TS>