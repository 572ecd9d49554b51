<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="24" />
            <source>Edit account</source>
            <translation>Relatie wijzigen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="24" />
            <source>New account</source>
            <translation>Nieuwe relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="26" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="27" />
            <source>&amp;Tier</source>
            <translation>&amp;Segment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="28" />
            <source>A strategic, B important, C the rest.</source>
            <translation>A strategisch, B belangrijk, C de rest.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="29" />
            <source>&amp;Kind</source>
            <translation>Soor&amp;t</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="31" />
            <source>&amp;Owner</source>
            <translation>&amp;Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="31" />
            <source>— nobody —</source>
            <translation>— niemand —</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="32" />
            <source>S&amp;ector</source>
            <translation>Se&amp;ctor</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="33" />
            <source>&amp;Region</source>
            <translation>&amp;Regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="34" />
            <source>C&amp;ity</source>
            <translation>&amp;Plaats</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="35" />
            <source>Co&amp;untry</source>
            <translation>&amp;Land</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="36" />
            <source>E&amp;mployees</source>
            <translation>&amp;Medewerkers</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="37" />
            <source>Annual re&amp;venue</source>
            <translation>&amp;Jaaromzet</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="37" />
            <source>in euros</source>
            <translation>in euro</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="40" />
            <source>Ca&amp;dence (days)</source>
            <translation>R&amp;itme (dagen)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="41" />
            <source>tier default</source>
            <translation>standaard van het segment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="42" />
            <source>Days between visits or calls; empty: as its tier.</source>
            <translation>Dagen tussen bezoeken of gesprekken; leeg: volgens het segment.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="44" />
            <source>E&amp;xternal ref.</source>
            <translation>E&amp;xterne ref.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/account_form.py" line="61" />
            <source>Not a valid number.</source>
            <translation>Geen geldig getal.</translation>
        </message>
    </context>
    <context>
        <name>AccountHeader</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="140" />
            <source>Tier %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="144" />
            <source>Owner: %1</source>
            <translation>Accountmanager: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="145" />
            <source>No owner</source>
            <translation>Geen accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="152" />
            <source>Cadence %1 days</source>
            <translation>Ritme %1 dagen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="159" />
            <source>Health not computed yet</source>
            <translation>Gezondheid nog niet berekend</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="161" />
            <source>The attention engine will score this relationship.</source>
            <translation>De aandachtsmotor beoordeelt deze relatie nog.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="172" />
            <source>and %1 more</source>
            <translation>en nog %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="173" />
            <source>No concerns.</source>
            <translation>Geen zorgen.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="175" />
            <source>Next: %1</source>
            <translation>Volgende stap: %1</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="69" />
            <source>← &amp;Back</source>
            <translation>← Teru&amp;g</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="71" />
            <source>Back (Alt+Left or Esc)</source>
            <translation>Terug (Alt+Links of Esc)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="75" />
            <source>E&amp;xport plan…</source>
            <translation>Plan e&amp;xporteren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="76" />
            <source>Account plan as PDF (Ctrl+P)</source>
            <translation>Accountplan als pdf (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="78" />
            <source>Ed&amp;it account…</source>
            <translation>Relatie &amp;wijzigen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="81" />
            <source>Delete account…</source>
            <translation>Relatie verwijderen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="149" />
            <source>&amp;Overview</source>
            <translation>&amp;Overzicht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="150" />
            <source>&amp;Contacts</source>
            <translation>Contactper&amp;sonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="151" />
            <source>&amp;Timeline</source>
            <translation>&amp;Tijdlijn</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="152" />
            <source>&amp;Purchases</source>
            <translation>Aan&amp;kopen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="153" />
            <source>S&amp;uggestions</source>
            <translation>S&amp;uggesties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="154" />
            <source>&amp;Measurements</source>
            <translation>&amp;Metingen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="155" />
            <source>Service case&amp;s</source>
            <translation>Ser&amp;vicegevallen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="156" />
            <source>Service case&amp;s (%1 open)</source>
            <translation>Ser&amp;vicegevallen (%1 open)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="157" />
            <source>Plan notes &amp;&amp; &amp;goals</source>
            <translation>Plannotities &amp;&amp; doel&amp;en</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="180" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="212" />
            <source>This account no longer exists.</source>
            <translation>Deze relatie bestaat niet meer.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="214" />
            <source>Could not read this account: %1</source>
            <translation>Deze relatie kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="242" />
            <source>Plan written: %1</source>
            <translation>Plan opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="243" />
            <source>Could not write the plan: %1</source>
            <translation>Het plan kon niet worden opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="265" />
            <source>Delete the account %1?</source>
            <translation>De relatie %1 verwijderen?</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="266" />
            <source>It disappears from every list, with its contacts and history. It can be restored from a backup.</source>
            <translation>Ze verdwijnt uit alle lijsten, samen met haar contactpersonen en geschiedenis. Met een reservekopie is ze terug te zetten.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account_page.py" line="268" />
            <location filename="../../relbeheer/ui/views/account_page.py" line="269" />
            <source>Delete account</source>
            <translation>Relatie verwijderen</translation>
        </message>
    </context>
    <context>
        <name>AccountsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="36" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="37" />
            <source>Tier</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="38" />
            <source>Owner</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="39" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="40" />
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="41" />
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="42" />
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="44" />
            <source>Last personal contact</source>
            <translation>Persoonlijk contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/accounts_model.py" line="50" />
            <source>Revenue 12 mo.</source>
            <translation>Omzet 12 mnd.</translation>
        </message>
    </context>
    <context>
        <name>AccountsView</name>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="28" />
            <source>Accounts</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="29" />
            <source>Filter by name, owner, sector, region, city…</source>
            <translation>Filter op naam, accountmanager, sector, regio, plaats…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="33" />
            <source>Filter accounts</source>
            <translation>Relaties filteren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="55" />
            <source>Loading all accounts…</source>
            <translation>Alle relaties laden…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="62" />
            <source>%1 accounts</source>
            <translation>%1 relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/accounts_view.py" line="64" />
            <source>%1 of %2 accounts</source>
            <translation>%1 van %2 relaties</translation>
        </message>
    </context>
    <context>
        <name>AttentionDetail</name>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="48" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="60" />
            <source>Next action</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="64" />
            <source>&amp;Open account</source>
            <translation>Relatie &amp;openen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="65" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="67" />
            <source>&amp;Log touchpoint…</source>
            <translation>Contactmoment &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="69" />
            <source>L or Ctrl+T</source>
            <translation>L of Ctrl+T</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="101" />
            <source>Tier %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="103" />
            <source>%1 at stake</source>
            <translation>%1 op het spel</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_detail.py" line="105" />
            <source>No concerns.</source>
            <translation>Geen zorgen.</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="72" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="74" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="75" />
            <source>%1 days</source>
            <translation>%1 dagen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="86" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="88" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="89" />
            <source>Tier</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="90" />
            <source>Owner</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="91" />
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="93" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="94" />
            <source>Next action</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="95" />
            <source>At stake</source>
            <translation>Op het spel</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="97" />
            <source>Silence</source>
            <translation>Stilte</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="153" />
            <source>Tier %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="158" />
            <source>Health %1 of 100</source>
            <translation>Gezondheid %1 van 100</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="160" />
            <source>Was %1 before</source>
            <translation>Was eerder %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/attention_model.py" line="163" />
            <source>Days since the last personal contact (visit, call, event …); cadence %1 days</source>
            <translation>Dagen sinds het laatste persoonlijke contact (bezoek, gesprek, evenement …); ritme %1 dagen</translation>
        </message>
    </context>
    <context>
        <name>AttentionView</name>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="70" />
            <source>Attention</source>
            <extracomment>which demo the empty state offers: small enough to load in a few seconds</extracomment>
            <translation>Aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="71" />
            <source>Filter by account, owner, reason, action…</source>
            <translation>Filter op relatie, accountmanager, reden, actie…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="74" />
            <source>Filter the attention list</source>
            <translation>Filter de aandachtslijst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="90" />
            <source>Accounts that need attention</source>
            <translation>Relaties die aandacht vragen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="133" />
            <source>All owners</source>
            <translation>Alle accountmanagers</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="133" />
            <source>Owner</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="134" />
            <source>All teams</source>
            <translation>Alle teams</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="134" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="135" />
            <source>All regions</source>
            <translation>Alle regio's</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="135" />
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="136" />
            <source>All severities</source>
            <translation>Alle niveaus</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="136" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="166" />
            <source>No accounts yet</source>
            <translation>Nog geen relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="167" />
            <source>Start with demo data to see how relbeheer points out the relationships that need attention, or import your own accounts, contacts and touchpoints.</source>
            <translation>Begin met voorbeeldgegevens om te zien hoe relbeheer de relaties aanwijst die aandacht vragen, of importeer je eigen relaties, contactpersonen en contactmomenten.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="184" />
            <source>Enter: open the account   ·   L or Ctrl+T: log a touchpoint   ·   Ctrl+F: filter   ·   Ctrl+N: new account</source>
            <translation>Enter: relatie openen   ·   L of Ctrl+T: contactmoment vastleggen   ·   Ctrl+F: filteren   ·   Ctrl+N: nieuwe relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="235" />
            <source>The attention list could not be computed: %1</source>
            <translation>De aandachtslijst kon niet worden berekend: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="246" />
            <source>Nobody needs attention</source>
            <translation>Niemand vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="247" />
            <source>All %1 relationships are within their cadence and show no warning signs.</source>
            <translation>Alle %1 relaties zitten binnen hun ritme en tonen geen waarschuwingssignalen.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="315" />
            <source>%1 relationships need attention</source>
            <translation>%1 relaties vragen aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="316" />
            <source>1 relationship needs attention</source>
            <translation>1 relatie vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="332" />
            <source>%1 of %2 shown</source>
            <translation>%1 van %2 getoond</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="334" />
            <source>of %1 accounts</source>
            <translation>van %1 relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="368" />
            <source>%1 of %2 accounts created</source>
            <translation>%1 van %2 relaties aangemaakt</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_view.py" line="390" />
            <source>The demo data could not be loaded: %1</source>
            <translation>De voorbeeldgegevens konden niet worden geladen: %1</translation>
        </message>
    </context>
    <context>
        <name>BalanceBar</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/charts.py" line="209" />
            <source>No touchpoints in the last 12 months</source>
            <translation>Geen contactmomenten in de laatste 12 maanden</translation>
        </message>
    </context>
    <context>
        <name>CardsModel</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="49" />
            <source>New contact</source>
            <translation>Nieuwe contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="50" />
            <source>Update</source>
            <translation>Bijwerken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="54" />
            <source>no account</source>
            <translation>geen relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="58" />
            <source>%1 (new)</source>
            <translation>%1 (nieuw)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="62" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="63" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="64" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="65" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="66" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="67" />
            <source>On import</source>
            <translation>Bij importeren</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="26" />
            <source>Resolve service case</source>
            <translation>Klacht afhandelen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="28" />
            <source>Edit service case</source>
            <translation>Klacht wijzigen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="28" />
            <source>New service case</source>
            <translation>Nieuwe klacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="30" />
            <source>S&amp;ubject</source>
            <translation>Onder&amp;werp</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="31" />
            <source>&amp;Opened on</source>
            <translation>&amp;Geopend op</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="33" />
            <source>&amp;Contact</source>
            <translation>&amp;Contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="34" />
            <source>— nobody in particular —</source>
            <translation>— niemand in het bijzonder —</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="35" />
            <source>&amp;Resolved</source>
            <translation>Opge&amp;lost</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="35" />
            <source>on</source>
            <translation>op</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="36" />
            <source>Ou&amp;tcome</source>
            <translation>&amp;Uitkomst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="36" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="37" />
            <source>Recovered: more loyal than before the complaint.</source>
            <translation>Hersteld: loyaler dan vóór de klacht.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/case_form.py" line="41" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="173" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="173" />
            <source>Closed</source>
            <translation>Gesloten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="176" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="178" />
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="179" />
            <source>Contact</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="181" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="183" />
            <source>Resolved</source>
            <translation>Opgelost</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="185" />
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="186" />
            <source>Days open, or days it took to resolve</source>
            <translation>Dagen open, of dagen tot de oplossing</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="187" />
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="188" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/cases_tab.py" line="24" />
            <source>&amp;New case…</source>
            <translation>&amp;Nieuwe klacht…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/cases_tab.py" line="30" />
            <source>&amp;Resolve…</source>
            <translation>A&amp;fhandelen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/cases_tab.py" line="57" />
            <source>this case</source>
            <translation>deze klacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/cases_tab.py" line="60" />
            <source>No service cases. Good.</source>
            <translation>Geen servicegevallen. Mooi.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="86" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="87" />
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="88" />
            <source>Account manager</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="89" />
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="91" />
            <source>Days open</source>
            <translation>Dagen open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="111" />
            <source>Contact: %1</source>
            <translation>Contactpersoon: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="113" />
            <source>Account manager: %1</source>
            <translation>Accountmanager: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="115" />
            <source>Opened on %1</source>
            <translation>Geopend op %1</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPanel</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="252" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="259" />
            <source>Open complaints</source>
            <translation>Open klachten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="260" />
            <source>Enter or double-click opens the account</source>
            <translation>Enter of dubbelklik opent de relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="265" />
            <source>No open complaints. Good.</source>
            <translation>Geen open klachten. Mooi.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="293" />
            <source>%1 open, the oldest for %2 days</source>
            <translation>%1 open, de oudste al %2 dagen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="296" />
            <source>%1 open longer than %2 days</source>
            <translation>%1 langer dan %2 dagen open</translation>
        </message>
    </context>
    <context>
        <name>ContactChoiceModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/contact_choice_model.py" line="72" />
            <source>ambassador</source>
            <translation>ambassadeur</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="21" />
            <source>Edit contact</source>
            <translation>Contactpersoon wijzigen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="21" />
            <source>New contact</source>
            <translation>Nieuwe contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="23" />
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="24" />
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="25" />
            <source>&amp;Job title</source>
            <translation>&amp;Functie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="26" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="27" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="28" />
            <source>Prefers c&amp;hannel</source>
            <translation>&amp;Voorkeurskanaal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/contact_form.py" line="32" />
            <source>&amp;Ambassador: recommends us to others</source>
            <translation>&amp;Ambassadeur: beveelt ons aan bij anderen</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="60" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="61" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="62" />
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="63" />
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="64" />
            <source>★ Ambassador</source>
            <translation>★ Ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="65" />
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="67" />
            <source>Prefers</source>
            <translation>Voorkeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="68" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="69" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/contacts_tab.py" line="19" />
            <source>&amp;New contact…</source>
            <translation>&amp;Nieuwe contactpersoon…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/contacts_tab.py" line="36" />
            <source>No contacts yet. Who decides, who influences, who recommends us?</source>
            <translation>Nog geen contactpersonen. Wie beslist, wie beïnvloedt, wie beveelt ons aan?</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="21" />
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="22" />
            <source>Filter by name, account, role, e-mail…</source>
            <translation>Filter op naam, relatie, rol, e-mail…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="32" />
            <source>%1 contacts</source>
            <translation>%1 contactpersonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="33" />
            <source>%1 of %2 contacts</source>
            <translation>%1 van %2 contactpersonen</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="60" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="73" />
            <source>Accounts</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="74" />
            <source>Need attention</source>
            <translation>Vragen aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="75" />
            <source>Value at stake</source>
            <translation>Omzet op het spel</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="76" />
            <source>Open complaints</source>
            <translation>Open klachten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="77" />
            <source>Personal contact</source>
            <translation>Persoonlijk contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="160" />
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="183" />
            <source>Updating health and severity…</source>
            <translation>Gezondheid en ernst worden bijgewerkt…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="189" />
            <source>Could not read the dashboard: %1</source>
            <translation>Het dashboard kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="201" />
            <source>in this selection</source>
            <translation>in deze selectie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="201" />
            <source>in the portfolio</source>
            <translation>in de portefeuille</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="205" />
            <source>%1% · %2 critical</source>
            <translation>%1% · %2 kritiek</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="209" />
            <source>annual revenue of those accounts</source>
            <translation>jaaromzet van die relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="213" />
            <source>oldest open 1 day</source>
            <translation>oudste 1 dag open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="214" />
            <source>oldest open %1 days</source>
            <translation>oudste %1 dagen open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="218" />
            <source>nothing open</source>
            <translation>niets open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="221" />
            <source>no touchpoints in %1 weeks</source>
            <translation>geen contactmomenten in %1 weken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/view.py" line="224" />
            <source>in the last %1 weeks</source>
            <translation>in de laatste %1 weken</translation>
        </message>
    </context>
    <context>
        <name>DirectoryContactsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="28" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="29" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="30" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="31" />
            <source>Job title</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="32" />
            <source>Ambassador</source>
            <translation>Ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="33" />
            <source>★ Ambassador</source>
            <translation>★ Ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="34" />
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="36" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="37" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesModel</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="70" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="71" />
            <source>Contact</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="73" />
            <source>Keep</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="74" />
            <source>Merge into it</source>
            <translation>Samenvoegen met</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="75" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/models.py" line="76" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>EmptyPanel</name>
        <message>
            <location filename="../../relbeheer/ui/views/attention_parts.py" line="136" />
            <source>Load &amp;demo data</source>
            <translation>&amp;Voorbeeldgegevens laden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_parts.py" line="139" />
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_parts.py" line="147" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/attention_parts.py" line="185" />
            <source>Preparing demo data…</source>
            <translation>Voorbeeldgegevens voorbereiden…</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="36" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="40" />
            <source>Accounts (CSV)</source>
            <translation>Relaties (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="40" />
            <source>Contacts (CSV)</source>
            <translation>Contactpersonen (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="41" />
            <source>Touchpoints (CSV)</source>
            <translation>Contactmomenten (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="42" />
            <source>Purchases (CSV)</source>
            <translation>Aankopen (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="42" />
            <source>Products (CSV)</source>
            <translation>Producten (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="43" />
            <source>Measurements (CSV)</source>
            <translation>Metingen (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="44" />
            <source>Service cases (CSV)</source>
            <translation>Klachten (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="45" />
            <source>Offers (CSV)</source>
            <translation>Offertes (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="46" />
            <source>Account managers (CSV)</source>
            <translation>Accountmanagers (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="47" />
            <source>Contacts as an address book (vCard, .vcf)</source>
            <translation>Contactpersonen als adresboek (vCard, .vcf)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="48" />
            <source>Planned follow-ups as a calendar (.ics)</source>
            <translation>Geplande opvolgingen als agenda (.ics)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="53" />
            <source>&amp;Browse…</source>
            <translation>B&amp;laderen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="59" />
            <source>&amp;Excel-safe (cells starting with = + - @ cannot run as a formula)</source>
            <translation>&amp;Excel-veilig (cellen met = + - @ vooraan worden geen formule)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="62" />
            <source>Include follow-ups in the &amp;past</source>
            <translation>Ook opvolgingen in het &amp;verleden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="66" />
            <source>&amp;What:</source>
            <translation>&amp;Wat:</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="68" />
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="75" />
            <source>E&amp;xport</source>
            <translation>E&amp;xporteren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="104" />
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="104" />
            <source>Calendar (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="105" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="106" />
            <source>Export to</source>
            <translation>Exporteren naar</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="124" />
            <source>Writing…</source>
            <translation>Wegschrijven…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/export_dialog.py" line="130" />
            <source>%1 written to %2.</source>
            <translation>%1 items opgeslagen in %2.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="57" />
            <source>Choose a file to import</source>
            <translation>Kies een bestand om te importeren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="58" />
            <source>A CSV file from Excel, Salesforce or HubSpot, contacts from an address book (vCard) or meetings from a calendar (iCalendar).</source>
            <translation>Een csv-bestand uit Excel, Salesforce of HubSpot, contactpersonen uit een adresboek (vCard) of afspraken uit een agenda (iCalendar).</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="61" />
            <source>File to import</source>
            <translation>Te importeren bestand</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="63" />
            <source>&amp;Browse…</source>
            <translation>B&amp;laderen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="71" />
            <source>Accounts (CSV)</source>
            <translation>Relaties (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="72" />
            <source>Contacts (CSV)</source>
            <translation>Contactpersonen (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="73" />
            <source>Touchpoints (CSV)</source>
            <translation>Contactmomenten (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="74" />
            <source>Purchases (CSV)</source>
            <translation>Aankopen (csv)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="75" />
            <source>Contacts from an address book (vCard, .vcf)</source>
            <translation>Contactpersonen uit een adresboek (vCard, .vcf)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="76" />
            <source>Meetings from a calendar (iCalendar, .ics)</source>
            <translation>Afspraken uit een agenda (iCalendar, .ics)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="79" />
            <source>Nothing is written until the last step; a backup is made first. Importing the same file again adds nothing.</source>
            <translation>Er wordt pas in de laatste stap iets opgeslagen, en eerst wordt een reservekopie gemaakt. Hetzelfde bestand opnieuw importeren voegt niets toe.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="84" />
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="86" />
            <source>&amp;Contains:</source>
            <translation>&amp;Inhoud:</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="103" />
            <source>Import a file</source>
            <translation>Een bestand importeren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_page.py" line="104" />
            <source>Importable files (*.csv *.txt *.tsv *.vcf *.ics);;All files (*)</source>
            <translation>Importeerbare bestanden (*.csv *.txt *.tsv *.vcf *.ics);;Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>FilePreviewPage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="45" />
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="69" />
            <source>Check the contacts</source>
            <translation>Controleer de contactpersonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="70" />
            <source>The contacts in the file and the account each one goes to. Grey rows are not imported.</source>
            <translation>De contactpersonen in het bestand en de relatie waar elk bij komt. Grijze rijen worden niet geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="74" />
            <source>Check the meetings</source>
            <translation>Controleer de afspraken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="75" />
            <source>The meetings in the file, the kind of touchpoint each becomes and the account found through the attendees' e-mail. Grey rows are not imported.</source>
            <translation>De afspraken in het bestand, het soort contactmoment dat elk wordt en de relatie die via het e-mailadres van de deelnemers is gevonden. Grijze rijen worden niet geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="81" />
            <source>Nothing has been written yet: that happens when you choose Import.</source>
            <translation>Er is nog niets opgeslagen: dat gebeurt pas als je op Importeren klikt.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="92" />
            <source>Reading the file…</source>
            <translation>Bestand lezen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="143" />
            <source>Contacts in the file: %1</source>
            <translation>Contactpersonen in het bestand: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="145" />
            <source>new: %1</source>
            <translation>nieuw: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="146" />
            <source>to update: %1</source>
            <translation>bij te werken: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="147" />
            <source>already there: %1</source>
            <translation>al aanwezig: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="148" />
            <source>without an organisation (skipped): %1</source>
            <translation>zonder organisatie (overgeslagen): %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="150" />
            <source>without a name (skipped): %1</source>
            <translation>zonder naam (overgeslagen): %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="151" />
            <source>new accounts: %1</source>
            <translation>nieuwe relaties: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="159" />
            <source>Meetings in the file: %1</source>
            <translation>Afspraken in het bestand: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="160" />
            <source>to import: %1</source>
            <translation>te importeren: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="161" />
            <source>skipped: %1</source>
            <translation>overgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="163" />
            <source>touchpoints: %1</source>
            <translation>contactmomenten: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="173" />
            <source>%1 cannot be read: %2</source>
            <translation>%1 kan niet worden gelezen: %2</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/file_preview_page.py" line="175" />
            <source>%1 cannot be read, line %2: %3</source>
            <translation>%1 kan niet worden gelezen, regel %2: %3</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="68" />
            <source>All account managers</source>
            <translation>Alle accountmanagers</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="68" />
            <source>Account manager</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="69" />
            <source>All teams</source>
            <translation>Alle teams</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="69" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="70" />
            <source>All regions</source>
            <translation>Alle regio's</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="70" />
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="71" />
            <source>&amp;Show all</source>
            <translation>Alles &amp;tonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="72" />
            <source>Clear the account manager, team and region filters</source>
            <translation>Wis de filters op accountmanager, team en regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="77" />
            <source>Account &amp;manager</source>
            <translation>Account&amp;manager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="77" />
            <source>T&amp;eam</source>
            <translation>T&amp;eam</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/filters.py" line="78" />
            <source>Re&amp;gion</source>
            <translation>Re&amp;gio</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../relbeheer/ui/forms/base.py" line="88" />
            <source>&amp;Save</source>
            <extracomment>what the change bus announces after a save ({"contacts"} …)</extracomment>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/base.py" line="92" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/base.py" line="212" />
            <source>Could not save: %1</source>
            <translation>Opslaan mislukt: %1</translation>
        </message>
    </context>
    <context>
        <name>HealthGauge</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="43" />
            <source>Health %1 of 100</source>
            <translation>Gezondheid %1 van 100</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/header.py" line="44" />
            <source>No health score</source>
            <translation>Geen gezondheidsscore</translation>
        </message>
    </context>
    <context>
        <name>HealthPanel</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="77" />
            <source>Health of the relationships</source>
            <translation>Gezondheid van de relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="82" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="112" />
            <source>Red</source>
            <translation>Rood</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="82" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="112" />
            <source>Amber</source>
            <translation>Oranje</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="82" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="112" />
            <source>Green</source>
            <translation>Groen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="96" />
            <source>Accounts by health score</source>
            <translation>Relaties per gezondheidsscore</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="107" />
            <source>Average health %1 of 100</source>
            <translation>Gemiddelde gezondheid %1 van 100</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="109" />
            <source>%1 not assessed yet</source>
            <translation>%1 nog niet beoordeeld</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="116" />
            <source>Health %1–%2: %3 accounts</source>
            <translation>Gezondheid %1–%2: %3 relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="120" />
            <source>No accounts</source>
            <translation>Geen relaties</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/wizard.py" line="48" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/wizard.py" line="65" />
            <source>&amp;Next &gt;</source>
            <translation>&amp;Volgende &gt;</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/wizard.py" line="66" />
            <source>&lt; &amp;Back</source>
            <translation>&lt; V&amp;orige</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/wizard.py" line="67" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/wizard.py" line="68" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
    </context>
    <context>
        <name>LogTouchpointDialog</name>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="81" />
            <source>Log touchpoint</source>
            <extracomment>a follow-up, once switched on, starts two weeks out (the user moves it as needed)</extracomment>
            <translation>Contactmoment vastleggen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="84" />
            <source>&amp;Log</source>
            <translation>&amp;Vastleggen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="85" />
            <source>Enter (Ctrl+Enter inside the note)</source>
            <translation>Enter (Ctrl+Enter in de notitie)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="101" />
            <source>Advised: %1</source>
            <translation>Advies: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="107" />
            <source>Type part of the account name…</source>
            <translation>Typ een deel van de naam…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="108" />
            <source>&amp;Account</source>
            <translation>&amp;Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="110" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="111" />
            <source>Type the first letters: v(isit), c(all) …</source>
            <translation>Typ de beginletters: b(ezoek), t(elefoon) …</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="113" />
            <source>Choose an account to see its people.</source>
            <translation>Kies een relatie om haar contactpersonen te zien.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="114" />
            <source>&amp;With</source>
            <translation>&amp;Met</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="115" />
            <source>A first letter jumps to a person; Space ticks.</source>
            <translation>Een beginletter springt naar een persoon; spatie vinkt aan.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="117" />
            <source>M&amp;ood</source>
            <translation>S&amp;temming</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="117" />
            <source>Keys − 0 +  (Backspace clears)</source>
            <translation>Toetsen − 0 +  (Backspace wist)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="121" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="121" />
            <source>Enter adds a line; Ctrl+Enter logs.</source>
            <translation>Enter geeft een nieuwe regel; Ctrl+Enter legt vast.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="124" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="125" />
            <source>on</source>
            <translation>op</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="127" />
            <source>&amp;Follow-up</source>
            <translation>&amp;Opvolgen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="189" />
            <source>No account has exactly this name; pick one from the list.</source>
            <translation>Geen relatie heeft precies deze naam; kies er een uit de lijst.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="190" />
            <source>Choose the account.</source>
            <translation>Kies de relatie.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/log_touchpoint.py" line="215" />
            <source>%1 logged with %2</source>
            <translation>%1 vastgelegd bij %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="79" />
            <source>A&amp;ttention</source>
            <translation>A&amp;andacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="84" />
            <source>&amp;Accounts</source>
            <translation>&amp;Relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="87" />
            <source>&amp;Contacts</source>
            <translation>&amp;Contactpersonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="90" />
            <source>&amp;Products</source>
            <translation>&amp;Producten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="92" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="223" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="231" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="232" />
            <source>&amp;New account…</source>
            <translation>&amp;Nieuwe relatie…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="235" />
            <source>&amp;Log touchpoint…</source>
            <translation>Contactmoment &amp;vastleggen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="240" />
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="244" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporteren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="248" />
            <source>&amp;Back up database…</source>
            <translation>Reservekopie &amp;maken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="257" />
            <source>Account &amp;review…</source>
            <translation>Account&amp;review…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="261" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="264" />
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="265" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="269" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="278" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="279" />
            <source>&amp;About relbeheer</source>
            <translation>&amp;Over relbeheer</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="295" />
            <source>in-memory database</source>
            <translation>database in het geheugen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="297" />
            <source>As of %1</source>
            <translation>Stand per %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="311" />
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="316" />
            <source>Backup written: %1</source>
            <translation>Reservekopie opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="319" />
            <source>Backup failed</source>
            <translation>Reservekopie mislukt</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="326" />
            <source>About relbeheer</source>
            <translation>Over relbeheer</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/main_window.py" line="327" />
            <source>relbeheer %1
Relationship management as a growth strategy.</source>
            <translation>relbeheer %1
Relatiebeheer als groeistrategie.</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="32" />
            <source>Match the columns</source>
            <translation>Kolommen koppelen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="33" />
            <source>Recognised columns are matched already (also from Salesforce and HubSpot). Choose a field for the others, or leave them out. Fields marked * are needed.</source>
            <translation>Herkende kolommen zijn al gekoppeld (ook die uit Salesforce en HubSpot). Kies een veld voor de andere kolommen of laat ze weg. Velden met * zijn verplicht.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="60" />
            <source>Column in the file</source>
            <translation>Kolom in het bestand</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="60" />
            <source>Example</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="61" />
            <source>Imported as</source>
            <translation>Importeren als</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="76" />
            <source>— not imported —</source>
            <translation>— niet importeren —</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/mapping_page.py" line="99" />
            <source>%1 of %2 columns will be imported.</source>
            <translation>%1 van %2 kolommen worden geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementForm</name>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="23" />
            <source>Edit measurement</source>
            <translation>Meting wijzigen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="23" />
            <source>New measurement</source>
            <translation>Nieuwe meting</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="25" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="26" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="27" />
            <source>Sc&amp;ore</source>
            <translation>Sco&amp;re</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="29" />
            <source>&amp;Contact</source>
            <translation>&amp;Contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="29" />
            <source>— the account —</source>
            <translation>— de relatie —</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="30" />
            <source>Co&amp;mment</source>
            <translation>Op&amp;merking</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="47" />
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/measurement_form.py" line="51" />
            <source>Not a valid number.</source>
            <translation>Geen geldig getal.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="139" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="140" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="141" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="144" />
            <source>NPS group</source>
            <translation>NPS-groep</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="145" />
            <source>Contact</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="146" />
            <source>Comment</source>
            <translation>Opmerking</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/measurements_tab.py" line="40" />
            <source>&amp;New measurement…</source>
            <translation>&amp;Nieuwe meting…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/measurements_tab.py" line="45" />
            <source>Scores over time</source>
            <translation>Scores in de tijd</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/measurements_tab.py" line="46" />
            <source>Line: average per quarter; dots: single answers. NPS and CSAT: higher is better; CES: lower is easier.</source>
            <translation>Lijn: gemiddelde per kwartaal; stippen: losse antwoorden. NPS en CSAT: hoger is beter; CES: lager is makkelijker.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/measurements_tab.py" line="66" />
            <source>No measurements yet.</source>
            <translation>Nog geen metingen.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="78" />
            <source>New touchpoint</source>
            <translation>Nieuw contactmoment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="80" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="82" />
            <source>Subject</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="83" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="85" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="86" />
            <source>no known contact</source>
            <translation>geen bekende contactpersoon</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="87" />
            <source>Attendees</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_models.py" line="88" />
            <source>On import</source>
            <translation>Bij importeren</translation>
        </message>
    </context>
    <context>
        <name>MonthlyBindingChart</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/charts.py" line="81" />
            <source>Touchpoints per month by binding level</source>
            <translation>Contactmomenten per maand naar bindingsniveau</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/charts.py" line="126" />
            <source>No touchpoints in this period</source>
            <translation>Geen contactmomenten in deze periode</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="25" />
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="48" />
            <source>Plan notes</source>
            <translation>Plannotities</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="26" />
            <source>Situation, history, who is who, what matters to them…</source>
            <translation>Situatie, geschiedenis, wie is wie, wat belangrijk voor hen is…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="28" />
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="49" />
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="29" />
            <source>What we want to reach with this account this year…</source>
            <translation>Wat we dit jaar met deze relatie willen bereiken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="34" />
            <source>Save notes</source>
            <translation>Notities opslaan</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="50" />
            <source>For the account plan: the state of the relationship.</source>
            <translation>Voor het accountplan: hoe de relatie ervoor staat.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="51" />
            <source>Concrete and dated, e.g. two staff trainings before June.</source>
            <translation>Concreet en met datum, bijv. twee trainingen voor het personeel vóór juni.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="85" />
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="90" />
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="96" />
            <source>Not saved: %1</source>
            <translation>Niet opgeslagen: %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/notes_tab.py" line="109" />
            <source>Unsaved changes — Ctrl+S saves.</source>
            <translation>Niet-opgeslagen wijzigingen — Ctrl+S slaat op.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="38" />
            <source>Revenue, last 12 months</source>
            <translation>Omzet, laatste 12 mnd.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="39" />
            <source>Last personal contact</source>
            <translation>Laatste persoonlijk contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="40" />
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="41" />
            <source>Open service cases</source>
            <translation>Open servicegevallen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="42" />
            <source>Latest NPS</source>
            <translation>Laatste NPS</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="48" />
            <source>Binding level, last 12 months</source>
            <translation>Bindingsniveau, laatste 12 maanden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="50" />
            <source>Seed research: about 70% of customers are won on the social-emotional level, 30% rationally.</source>
            <translation>Onderzoek: zo'n 70% van de klanten wordt sociaal-emotioneel gewonnen, 30% rationeel.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="56" />
            <source>Offers</source>
            <translation>Offertes</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="82" />
            <source>Latest touchpoints</source>
            <translation>Laatste contactmomenten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="92" />
            <source>No touchpoints yet.</source>
            <translation>Nog geen contactmomenten.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="106" />
            <source>%1 purchases in total</source>
            <translation>%1 aankopen in totaal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="109" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="109" />
            <source>no visit, call or event recorded</source>
            <translation>nog geen persoonlijk contact</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="112" />
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="112" />
            <source>1 day ago</source>
            <translation>1 dag geleden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="113" />
            <source>%1 days ago</source>
            <translation>%1 dagen geleden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="115" />
            <source>no ambassador yet</source>
            <translation>nog geen ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="115" />
            <source>1 ambassador</source>
            <translation>1 ambassadeur</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="116" />
            <source>%1 ambassadors</source>
            <translation>%1 ambassadeurs</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="120" />
            <source>oldest opened 1 day ago</source>
            <translation>oudste al 1 dag open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="121" />
            <source>oldest opened %1 days ago</source>
            <translation>oudste al %1 dagen open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="124" />
            <source>nothing open</source>
            <translation>niets open</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/overview_tab.py" line="126" />
            <source>not measured yet</source>
            <translation>nog niet gemeten</translation>
        </message>
    </context>
    <context>
        <name>OwnerStakeModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="41" />
            <source>(no owner)</source>
            <translation>(geen accountmanager)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="44" />
            <source>Account manager</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="45" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="46" />
            <source>Accounts</source>
            <translation>Relaties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="48" />
            <source>Attention</source>
            <translation>Aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="50" />
            <source>Accounts that need attention (any severity but OK)</source>
            <translation>Relaties die aandacht vragen (elke ernst behalve In orde)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="51" />
            <source>Critical</source>
            <translation>Kritiek</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="53" />
            <source>Avg. health</source>
            <translation>Gem. gezondheid</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="56" />
            <source>At stake</source>
            <translation>Op het spel</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/dashboard_models.py" line="58" />
            <source>12-month revenue of the accounts that need attention</source>
            <translation>Omzet over 12 maanden van de relaties die aandacht vragen</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="27" />
            <source>Check how the file is read</source>
            <translation>Controleer hoe het bestand wordt gelezen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="28" />
            <source>The first rows as they will be imported. If letters, columns or dates look wrong, correct the setting below.</source>
            <translation>De eerste rijen zoals ze worden geïmporteerd. Zien letters, kolommen of datums er verkeerd uit, pas dan de instelling hieronder aan.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="34" />
            <source>Semicolon ( ; )</source>
            <translation>Puntkomma ( ; )</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="34" />
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="35" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="35" />
            <source>Vertical bar ( | )</source>
            <translation>Verticale streep ( | )</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="45" />
            <source>&amp;Encoding</source>
            <translation>&amp;Codering</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="45" />
            <source>&amp;Delimiter</source>
            <translation>&amp;Scheidingsteken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="46" />
            <source>Da&amp;te format</source>
            <translation>&amp;Datumnotatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="46" />
            <source>&amp;Numbers</source>
            <translation>&amp;Getallen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="85" />
            <source>Reading the file…</source>
            <translation>Bestand lezen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="108" />
            <source>%1 columns; the first %2 rows of about %3 lines are shown.</source>
            <translation>%1 kolommen; de eerste %2 rijen van ongeveer %3 regels worden getoond.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/preview_page.py" line="114" />
            <source>The file has no rows below its header.</source>
            <translation>Het bestand heeft geen rijen onder de kopregel.</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="57" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="58" />
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="59" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="60" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="61" />
            <source>Price</source>
            <translation>Prijs</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="63" />
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="64" />
            <source>Contract / subscription</source>
            <translation>Contract / abonnement</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="65" />
            <source>Buyers</source>
            <translation>Kopers</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/directory_models.py" line="67" />
            <source>Revenue 12 mo.</source>
            <translation>Omzet 12 mnd.</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="44" />
            <source>Products</source>
            <translation>Producten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="45" />
            <source>Filter by product, series, category…</source>
            <translation>Filter op product, serie, categorie…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="54" />
            <source>%1 products</source>
            <translation>%1 producten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/directory_views.py" line="55" />
            <source>%1 of %2 products</source>
            <translation>%1 van %2 producten</translation>
        </message>
    </context>
    <context>
        <name>PurchasesModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="119" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="120" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="121" />
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="122" />
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="125" />
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
    </context>
    <context>
        <name>PurchasesTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/purchases_tab.py" line="26" />
            <source>Filter by product or series…</source>
            <translation>Filter op product of serie…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/purchases_tab.py" line="27" />
            <source>Filter purchases</source>
            <translation>Aankopen filteren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/purchases_tab.py" line="57" />
            <source>%1 purchases, together %2</source>
            <translation>%1 aankopen, samen %2</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/common.py" line="121" />
            <source>&amp;Edit…</source>
            <translation>W&amp;ijzigen…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/common.py" line="122" />
            <source>&amp;Delete</source>
            <translation>Verwi&amp;jderen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/common.py" line="261" />
            <source>Delete %1?</source>
            <translation>%1 verwijderen?</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/common.py" line="262" />
            <source>It disappears from every list; it can be restored from a backup.</source>
            <translation>Het verdwijnt uit alle lijsten; met een reservekopie is het terug te zetten.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/common.py" line="263" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="34" />
            <source>Importing</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="35" />
            <source>A backup is made first; then every row is checked before anything is written, in one go.</source>
            <translation>Eerst wordt een reservekopie gemaakt; daarna wordt elke rij gecontroleerd voordat alles in één keer wordt opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="37" />
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="64" />
            <source>Starting…</source>
            <translation>Starten…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="42" />
            <source>&amp;Stop import</source>
            <translation>Import &amp;afbreken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="87" />
            <source>Stopping…</source>
            <translation>Afbreken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="91" />
            <source>Reading and checking rows…</source>
            <translation>Rijen lezen en controleren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="93" />
            <source>Writing %1…</source>
            <translation>Opslaan: %1…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="96" />
            <source>Finishing…</source>
            <translation>Afronden…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="110" />
            <source>Done.</source>
            <translation>Klaar.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="121" />
            <source>Stopped.</source>
            <translation>Afgebroken.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="122" />
            <source>The import was stopped: nothing was imported.</source>
            <translation>De import is afgebroken: er is niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/run_page.py" line="124" />
            <source>The file was not imported; nothing was changed.</source>
            <translation>Het bestand is niet geïmporteerd; er is niets gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>StakePanel</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="129" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="140" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="149" />
            <source>Value at stake per account manager</source>
            <translation>Omzet op het spel per accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="130" />
            <source>Annual revenue of the accounts that need attention</source>
            <translation>Jaaromzet van de relaties die aandacht vragen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="141" />
            <source>Click a bar to show that account manager only</source>
            <translation>Klik op een balk om alleen die accountmanager te tonen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="172" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="177" />
            <source>(no owner)</source>
            <translation>(geen accountmanager)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="173" />
            <source>%1 of %2 accounts need attention</source>
            <translation>%1 van %2 relaties vragen aandacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="179" />
            <source>Nothing at stake: every account is fine</source>
            <translation>Niets op het spel: alle relaties zijn in orde</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="23" />
            <source>Cross-sell</source>
            <translation>Cross-sell</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="24" />
            <source>Up-sell</source>
            <translation>Up-sell</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="25" />
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="39" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="40" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="41" />
            <source>Expected value</source>
            <translation>Verwachte waarde</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="43" />
            <source>Price (or amount at stake) × likelihood</source>
            <translation>Prijs (of bedrag op het spel) × kans</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="44" />
            <source>Likelihood</source>
            <translation>Kans</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="46" />
            <source>How often comparable accounts took this step</source>
            <translation>Hoe vaak vergelijkbare relaties deze stap zetten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/suggestions_model.py" line="48" />
            <source>Because</source>
            <translation>Waarom</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="74" />
            <source>Suggestions</source>
            <translation>Suggesties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="88" />
            <source>Expected value = price × likelihood; likelihood from what comparable accounts bought.</source>
            <translation>Verwachte waarde = prijs × kans; de kans volgt uit wat vergelijkbare relaties kochten.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="112" />
            <source>Looking for suggestions…</source>
            <translation>Suggesties zoeken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="135" />
            <source>1 suggestion</source>
            <translation>1 suggestie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="136" />
            <source>%1 suggestions</source>
            <translation>%1 suggesties</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="137" />
            <source>together %1 expected</source>
            <translation>samen %1 verwacht</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="140" />
            <source>No suggestions for this account: it already buys what comparable accounts buy, or there is too little purchase history to compare.</source>
            <translation>Geen suggesties voor deze relatie: ze koopt al wat vergelijkbare relaties kopen, of er is te weinig aankoopgeschiedenis om te vergelijken.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/suggestions_tab.py" line="152" />
            <source>Could not compute suggestions: %1</source>
            <translation>Suggesties konden niet worden berekend: %1</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="32" />
            <source>Import finished</source>
            <translation>Import voltooid</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="36" />
            <source>Possible duplicates</source>
            <translation>Mogelijke dubbelen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="49" />
            <source>&amp;Merge ticked pairs</source>
            <translation>Aangevinkte paren sa&amp;menvoegen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="80" />
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="81" />
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="82" />
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="83" />
            <source>Repaired or left out</source>
            <translation>Hersteld of weggelaten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="90" />
            <source>Nothing new: everything in the file was already there.</source>
            <translation>Niets nieuws: alles uit het bestand stond er al in.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="95" />
            <source>Looking for duplicates…</source>
            <translation>Dubbelen zoeken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="107" />
            <source>These records look like the same account or person. Tick the pairs to merge: everything of the second moves to the first, the second is removed.</source>
            <translation>Deze gegevens lijken dezelfde relatie of persoon te zijn. Vink de paren aan die je wilt samenvoegen: alles van de tweede gaat naar de eerste, en de tweede verdwijnt.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="110" />
            <source>No duplicates found.</source>
            <translation>Geen dubbelen gevonden.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/import_wizard/summary_page.py" line="121" />
            <source>Merging…</source>
            <translation>Samenvoegen…</translation>
        </message>
    </context>
    <context>
        <name>SyncControl</name>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="29" />
            <source>S&amp;ync with team server</source>
            <translation>S&amp;ynchroniseren met de teamserver</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="32" />
            <source>&amp;Team server…</source>
            <translation>Team&amp;server…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="53" />
            <source>Sync: offline</source>
            <translation>Synchronisatie: offline</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="56" />
            <source>Synced %1</source>
            <translation>Gesynchroniseerd op %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="59" />
            <source>Not synced yet</source>
            <translation>Nog niet gesynchroniseerd</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="61" />
            <source>%1 changes waiting</source>
            <translation>%1 wijzigingen wachten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="68" />
            <location filename="../../relbeheer/ui/sync_control.py" line="76" />
            <source>Team server</source>
            <translation>Teamserver</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="69" />
            <source>PostgreSQL address of the team server
(postgresql://user@host/db):</source>
            <translation>PostgreSQL-adres van de teamserver
(postgresql://gebruiker@host/db):</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="83" />
            <source>Syncing…</source>
            <translation>Synchroniseren…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/sync_control.py" line="95" />
            <source>Team sync</source>
            <translation>Teamsynchronisatie</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/timeline_tab.py" line="46" />
            <source>Filter by kind, person, note…</source>
            <translation>Filter op soort, persoon, notitie…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/timeline_tab.py" line="52" />
            <source>Touchpoints per month by binding level</source>
            <translation>Contactmomenten per maand naar bindingsniveau</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/timeline_tab.py" line="54" />
            <source>Last %1 months</source>
            <translation>Laatste %1 maanden</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/timeline_tab.py" line="55" />
            <source>Period of the chart</source>
            <translation>Periode van de grafiek</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/timeline_tab.py" line="84" />
            <source>No touchpoints yet. Log one with Ctrl+T.</source>
            <translation>Nog geen contactmomenten. Leg er een vast met Ctrl+T.</translation>
        </message>
    </context>
    <context>
        <name>TouchpointForm</name>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="57" />
            <source>Edit touchpoint</source>
            <translation>Contactmoment wijzigen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="59" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="60" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="61" />
            <source>The kind sets the channel and the binding level.</source>
            <translation>De soort bepaalt het kanaal en het bindingsniveau.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="62" />
            <source>No contacts recorded for this account.</source>
            <translation>Geen contactpersonen vastgelegd voor deze relatie.</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="63" />
            <source>&amp;With</source>
            <translation>&amp;Met</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="65" />
            <source>&amp;Mood</source>
            <translation>S&amp;temming</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="65" />
            <source>not recorded</source>
            <translation>niet vastgelegd</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="69" />
            <source>N&amp;ote</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="70" />
            <source>&amp;Follow-up</source>
            <translation>Op&amp;volgen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/forms/touchpoint_form.py" line="70" />
            <source>on</source>
            <translation>op</translation>
        </message>
    </context>
    <context>
        <name>TouchpointsModel</name>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="90" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="91" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="92" />
            <source>Binding</source>
            <translation>Binding</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="93" />
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="94" />
            <source>With</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="95" />
            <source>Mood</source>
            <translation>Stemming</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="96" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="97" />
            <source>Follow-up</source>
            <translation>Opvolgen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/models/record_models.py" line="99" />
            <source>By</source>
            <translation>Door</translation>
        </message>
    </context>
    <context>
        <name>TouchpointsPanel</name>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="192" />
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="210" />
            <source>Touchpoints per week</source>
            <translation>Contactmomenten per week</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="195" />
            <source>Channe&amp;l</source>
            <translation>&amp;Kanaal</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="196" />
            <source>&amp;Binding</source>
            <translation>B&amp;inding</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="197" />
            <source>Personal and digital touchpoints</source>
            <translation>Persoonlijke en digitale contactmomenten</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="198" />
            <source>By binding level: rational, social-emotional and structural</source>
            <translation>Per bindingsniveau: rationeel, sociaal-emotioneel en structureel</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="217" />
            <source>%1 touchpoints in %2 weeks</source>
            <translation>%1 contactmomenten in %2 weken</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="220" />
            <source>%1% personal</source>
            <translation>%1% persoonlijk</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="238" />
            <source>Week %1 (from %2): %3</source>
            <translation>Week %1 (vanaf %2): %3</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/dashboard/panels.py" line="243" />
            <source>No touchpoints in these weeks</source>
            <translation>Geen contactmomenten in deze weken</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <location filename="../../relbeheer/ui/views/account/charts.py" line="226" />
            <source>Measurement trend</source>
            <translation>Verloop van de metingen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/account/charts.py" line="256" />
            <source>No measurements yet</source>
            <translation>Nog geen metingen</translation>
        </message>
    </context>
    <context>
        <name>PlanExport</name>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="49" />
            <source>Export account plan</source>
            <translation>Accountplan exporteren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="50" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="58" />
            <source>Folder for the account plans</source>
            <translation>Map voor de accountplannen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="92" />
            <location filename="../../relbeheer/ui/views/plan_export.py" line="149" />
            <location filename="../../relbeheer/ui/views/plan_export.py" line="169" />
            <source>Account review</source>
            <translation>Accountreview</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="98" />
            <location filename="../../relbeheer/ui/views/plan_export.py" line="126" />
            <source>(all)</source>
            <translation>(alle)</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="100" />
            <source>at least %1</source>
            <translation>minstens %1</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="101" />
            <source>One PDF: summary, contents and every plan</source>
            <translation>Eén pdf: samenvatting, inhoud en alle plannen</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="102" />
            <source>A folder with one PDF per account</source>
            <translation>Een map met één pdf per relatie</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="108" />
            <source>Account manager</source>
            <translation>Accountmanager</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="109" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="110" />
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="111" />
            <source>Tier</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="112" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="114" />
            <source>Create review…</source>
            <translation>Review maken…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="168" />
            <source>Preparing the account review…</source>
            <translation>Accountreview voorbereiden…</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="168" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="179" />
            <source>%1 account plans written to %2</source>
            <translation>%1 accountplannen opgeslagen in %2</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="183" />
            <source>Account review of %1 accounts written to %2</source>
            <translation>Accountreview van %1 relaties opgeslagen als %2</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="199" />
            <source>Account review cancelled</source>
            <translation>Accountreview geannuleerd</translation>
        </message>
        <message>
            <location filename="../../relbeheer/ui/views/plan_export.py" line="201" />
            <source>Account review failed: %1</source>
            <translation>Accountreview mislukt: %1</translation>
        </message>
        <message>
            <source>account-plan</source>
            <extracomment>added by scripts/fill_translations.py: tr() inside an f-string</extracomment>
            <translation>accountplan</translation>
        </message>
        <message>
            <source>account-review</source>
            <extracomment>added by scripts/fill_translations.py: tr() inside an f-string</extracomment>
            <translation>accountreview</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Open</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Openen</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Nee</translation>
        </message>
        <message>
            <source>Abort</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Afbreken</translation>
        </message>
        <message>
            <source>Retry</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Negeren</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Niet opslaan</translation>
        </message>
        <message>
            <source>Help</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Toepassen</translation>
        </message>
        <message>
            <source>Reset</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Standaardwaarden herstellen</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Opnie&amp;uw</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>K&amp;nippen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Plakken</translation>
        </message>
        <message>
            <source>Delete</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Select All</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Alles selecteren</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Opnie&amp;uw</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>K&amp;nippen</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Kopiëren</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Linklocatie kopiëren</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>&amp;Plakken</translation>
        </message>
        <message>
            <source>Delete</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Select All</source>
            <extracomment>added by scripts/fill_translations.py: Qt's own</extracomment>
            <translation>Alles selecteren</translation>
        </message>
    </context>
</TS>
