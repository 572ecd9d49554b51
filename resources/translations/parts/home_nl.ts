<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AttentionModel</name>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="72" />
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="74" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="75" />
            <source>%1 days</source>
            <translation>%1 dagen</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="86" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="88" />
            <source>Account</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="89" />
            <source>Tier</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="90" />
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="91" />
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="93" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="94" />
            <source>Next action</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="95" />
            <source>At stake</source>
            <translation>Op het spel</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="97" />
            <source>Silence</source>
            <translation>Stilte</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="153" />
            <source>Tier %1</source>
            <translation>Segment %1</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="158" />
            <source>Health %1 of 100</source>
            <translation>Gezondheid %1 van 100</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="160" />
            <source>Was %1 before</source>
            <translation>Was eerder %1</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/attention_model.py" line="163" />
            <source>Days since the last personal contact (visit, call, event …); cadence %1 days</source>
            <translation>Dagen sinds het laatste persoonlijke contact (bezoek, gesprek, evenement …); ritme %1 dagen</translation>
        </message>
    </context>
    <context>
        <name>AttentionView</name>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="69" />
            <source>Attention</source>
            <extracomment>which demo the empty state offers: small enough to load in a few seconds</extracomment>
            <translation>Aandacht</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="70" />
            <source>Filter by account, owner, reason, action…</source>
            <translation>Filter op relatie, eigenaar, reden, actie…</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="73" />
            <source>Filter the attention list</source>
            <translation>Filter de aandachtslijst</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="86" />
            <source>Accounts that need attention</source>
            <translation>Relaties die aandacht vragen</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="129" />
            <source>All owners</source>
            <translation>Alle eigenaren</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="129" />
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="130" />
            <source>All teams</source>
            <translation>Alle teams</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="130" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="131" />
            <source>All regions</source>
            <translation>Alle regio's</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="131" />
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="132" />
            <source>All severities</source>
            <translation>Alle niveaus</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="132" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="162" />
            <source>No accounts yet</source>
            <translation>Nog geen relaties</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="163" />
            <source>Start with demo data to see how relbeheer points out the relationships that need attention, or import your own accounts, contacts and touchpoints.</source>
            <translation>Begin met voorbeeldgegevens om te zien hoe relbeheer de relaties aanwijst die aandacht vragen, of importeer uw eigen relaties, contactpersonen en contactmomenten.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="173" />
            <source>Enter: open the account   ·   L or Ctrl+T: log a touchpoint   ·   Ctrl+F: filter   ·   Ctrl+N: new account</source>
            <translation>Enter: relatie openen   ·   L of Ctrl+T: contactmoment vastleggen   ·   Ctrl+F: filteren   ·   Ctrl+N: nieuwe relatie</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="224" />
            <source>The attention list could not be computed: %1</source>
            <translation>De aandachtslijst kon niet worden berekend: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="235" />
            <source>Nobody needs attention</source>
            <translation>Niemand vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="236" />
            <source>All %1 relationships are within their cadence and show no warning signs.</source>
            <translation>Alle %1 relaties zitten binnen hun ritme en tonen geen waarschuwingssignalen.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="303" />
            <source>%1 relationships need attention</source>
            <translation>%1 relaties vragen aandacht</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="304" />
            <source>1 relationship needs attention</source>
            <translation>1 relatie vraagt aandacht</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="320" />
            <source>%1 of %2 shown</source>
            <translation>%1 van %2 getoond</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="322" />
            <source>of %1 accounts</source>
            <translation>van %1 relaties</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="356" />
            <source>%1 of %2 accounts created</source>
            <translation>%1 van %2 relaties aangemaakt</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_view.py" line="378" />
            <source>The demo data could not be loaded: %1</source>
            <translation>De voorbeeldgegevens konden niet worden geladen: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactChoiceModel</name>
        <message>
            <location filename="../../work/main/relbeheer/ui/models/contact_choice_model.py" line="72" />
            <source>ambassador</source>
            <translation>ambassadeur</translation>
        </message>
    </context>
    <context>
        <name>EmptyPanel</name>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_parts.py" line="136" />
            <source>Load &amp;demo data</source>
            <translation>&amp;Voorbeeldgegevens laden</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_parts.py" line="139" />
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_parts.py" line="147" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/views/attention_parts.py" line="185" />
            <source>Preparing demo data…</source>
            <translation>Voorbeeldgegevens voorbereiden…</translation>
        </message>
    </context>
    <context>
        <name>LogTouchpointDialog</name>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="81" />
            <source>Log touchpoint</source>
            <extracomment>a follow-up, once switched on, starts two weeks out (the user moves it as needed)</extracomment>
            <translation>Contactmoment vastleggen</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="84" />
            <source>&amp;Log</source>
            <translation>&amp;Vastleggen</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="85" />
            <source>Enter (Ctrl+Enter inside the note)</source>
            <translation>Enter (Ctrl+Enter in de notitie)</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="101" />
            <source>Advised: %1</source>
            <translation>Advies: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="107" />
            <source>Type part of the account name…</source>
            <translation>Typ een deel van de naam…</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="108" />
            <source>&amp;Account</source>
            <translation>&amp;Relatie</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="110" />
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="111" />
            <source>Type the first letters: v(isit), c(all) …</source>
            <translation>Typ de beginletters: b(ezoek), t(elefoon) …</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="113" />
            <source>Choose an account to see its people.</source>
            <translation>Kies een relatie om haar contactpersonen te zien.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="114" />
            <source>&amp;With</source>
            <translation>&amp;Met</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="115" />
            <source>A first letter jumps to a person; Space ticks.</source>
            <translation>Een beginletter springt naar een persoon; spatie vinkt aan.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="117" />
            <source>M&amp;ood</source>
            <translation>S&amp;temming</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="117" />
            <source>Keys − 0 +  (Backspace clears)</source>
            <translation>Toetsen − 0 +  (Backspace wist)</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="121" />
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="121" />
            <source>Enter adds a line; Ctrl+Enter logs.</source>
            <translation>Enter geeft een nieuwe regel; Ctrl+Enter legt vast.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="124" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="125" />
            <source>on</source>
            <translation>op</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="127" />
            <source>&amp;Follow-up</source>
            <translation>&amp;Opvolgen</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="189" />
            <source>No account has exactly this name; pick one from the list.</source>
            <translation>Geen relatie heeft precies deze naam; kies er een uit de lijst.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="190" />
            <source>Choose the account.</source>
            <translation>Kies de relatie.</translation>
        </message>
        <message>
            <location filename="../../work/main/relbeheer/ui/forms/log_touchpoint.py" line="215" />
            <source>%1 logged with %2</source>
            <translation>%1 vastgelegd bij %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A&amp;ttention</source>
            <translation>A&amp;andacht</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>&amp;Nieuwe relatie…</translation>
        </message>
        <message>
            <source>&amp;Log touchpoint…</source>
            <translation>Contactmoment &amp;vastleggen…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
</TS>