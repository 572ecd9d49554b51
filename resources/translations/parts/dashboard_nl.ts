<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name>ComplaintsModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="86" />
      <source>Account</source>
      <translation>Relatie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="87" />
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="88" />
      <source>Account manager</source>
      <translation>Accountmanager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="89" />
      <source>Opened</source>
      <translation>Geopend</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="91" />
      <source>Days open</source>
      <translation>Dagen open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="111" />
      <source>Contact: %1</source>
      <translation>Contactpersoon: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="113" />
      <source>Account manager: %1</source>
      <translation>Accountmanager: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="115" />
      <source>Opened on %1</source>
      <translation>Geopend op %1</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPanel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="251" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="258" />
      <source>Open complaints</source>
      <translation>Open klachten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="259" />
      <source>Enter or double-click opens the account</source>
      <translation>Enter of dubbelklik opent de relatie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="264" />
      <source>No open complaints. Good.</source>
      <translation>Geen open klachten. Mooi.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="292" />
      <source>%1 open, the oldest for %2 days</source>
      <translation>%1 open, de oudste al %2 dagen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="295" />
      <source>%1 open longer than %2 days</source>
      <translation>%1 langer dan %2 dagen open</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="60" />
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="73" />
      <source>Accounts</source>
      <translation>Relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="74" />
      <source>Need attention</source>
      <translation>Vragen aandacht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="75" />
      <source>Value at stake</source>
      <translation>Omzet op het spel</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="76" />
      <source>Open complaints</source>
      <translation>Open klachten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="77" />
      <source>Personal contact</source>
      <translation>Persoonlijk contact</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="160" />
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="183" />
      <source>Updating health and severity…</source>
      <translation>Gezondheid en ernst worden bijgewerkt…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="189" />
      <source>Could not read the dashboard: %1</source>
      <translation>Het dashboard kon niet worden gelezen: %1</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="201" />
      <source>in this selection</source>
      <translation>in deze selectie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="201" />
      <source>in the portfolio</source>
      <translation>in de portefeuille</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="205" />
      <source>%1% · %2 critical</source>
      <translation>%1% · %2 kritiek</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="209" />
      <source>annual revenue of those accounts</source>
      <translation>jaaromzet van die relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="213" />
      <source>oldest open 1 day</source>
      <translation>oudste 1 dag open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="214" />
      <source>oldest open %1 days</source>
      <translation>oudste %1 dagen open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="218" />
      <source>nothing open</source>
      <translation>niets open</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="221" />
      <source>no touchpoints in %1 weeks</source>
      <translation>geen contactmomenten in %1 weken</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/view.py" line="224" />
      <source>in the last %1 weeks</source>
      <translation>in de laatste %1 weken</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="64" />
      <source>All account managers</source>
      <translation>Alle accountmanagers</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="64" />
      <source>Account manager</source>
      <translation>Accountmanager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="65" />
      <source>All teams</source>
      <translation>Alle teams</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="65" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="66" />
      <source>All regions</source>
      <translation>Alle regio's</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="66" />
      <source>Region</source>
      <translation>Regio</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="67" />
      <source>&amp;Show all</source>
      <translation>Alles &amp;tonen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="68" />
      <source>Clear the account manager, team and region filters</source>
      <translation>Wis de filters op accountmanager, team en regio</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="73" />
      <source>Account &amp;manager</source>
      <translation>Account&amp;manager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="73" />
      <source>T&amp;eam</source>
      <translation>T&amp;eam</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/filters.py" line="74" />
      <source>Re&amp;gion</source>
      <translation>Re&amp;gio</translation>
    </message>
  </context>
  <context>
    <name>HealthPanel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="77" />
      <source>Health of the relationships</source>
      <translation>Gezondheid van de relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="82" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="111" />
      <source>Red</source>
      <translation>Rood</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="82" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="111" />
      <source>Amber</source>
      <translation>Oranje</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="82" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="111" />
      <source>Green</source>
      <translation>Groen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="96" />
      <source>Accounts by health score</source>
      <translation>Relaties per gezondheidsscore</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="106" />
      <source>Average health %1 of 100</source>
      <translation>Gemiddelde gezondheid %1 van 100</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="108" />
      <source>%1 not assessed yet</source>
      <translation>%1 nog niet beoordeeld</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="115" />
      <source>Health %1–%2: %3 accounts</source>
      <translation>Gezondheid %1–%2: %3 relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="119" />
      <source>No accounts</source>
      <translation>Geen relaties</translation>
    </message>
  </context>
  <context>
    <name>OwnerStakeModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="41" />
      <source>(no owner)</source>
      <translation>(geen accountmanager)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="44" />
      <source>Account manager</source>
      <translation>Accountmanager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="45" />
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="46" />
      <source>Accounts</source>
      <translation>Relaties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="48" />
      <source>Attention</source>
      <translation>Aandacht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="50" />
      <source>Accounts that need attention (any severity but OK)</source>
      <translation>Relaties die aandacht vragen (elke ernst behalve In orde)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="51" />
      <source>Critical</source>
      <translation>Kritiek</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="53" />
      <source>Avg. health</source>
      <translation>Gem. gezondheid</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="56" />
      <source>At stake</source>
      <translation>Op het spel</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/dashboard_models.py" line="58" />
      <source>12-month revenue of the accounts that need attention</source>
      <translation>Omzet over 12 maanden van de relaties die aandacht vragen</translation>
    </message>
  </context>
  <context>
    <name>StakePanel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="128" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="139" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="148" />
      <source>Value at stake per account manager</source>
      <translation>Omzet op het spel per accountmanager</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="129" />
      <source>Annual revenue of the accounts that need attention</source>
      <translation>Jaaromzet van de relaties die aandacht vragen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="140" />
      <source>Click a bar to show that account manager only</source>
      <translation>Klik op een balk om alleen die accountmanager te tonen</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="171" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="176" />
      <source>(no owner)</source>
      <translation>(geen accountmanager)</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="172" />
      <source>%1 of %2 accounts need attention</source>
      <translation>%1 van %2 relaties vragen aandacht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="178" />
      <source>Nothing at stake: every account is fine</source>
      <translation>Niets op het spel: alle relaties zijn in orde</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsModel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="23" />
      <source>Cross-sell</source>
      <translation>Cross-sell</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="24" />
      <source>Up-sell</source>
      <translation>Up-sell</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="25" />
      <source>Contract</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="39" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="40" />
      <source>Product</source>
      <translation>Product</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="41" />
      <source>Expected value</source>
      <translation>Verwachte waarde</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="43" />
      <source>Price (or amount at stake) × likelihood</source>
      <translation>Prijs (of bedrag op het spel) × kans</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="44" />
      <source>Likelihood</source>
      <translation>Kans</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="46" />
      <source>How often comparable accounts took this step</source>
      <translation>Hoe vaak vergelijkbare relaties deze stap zetten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/models/suggestions_model.py" line="48" />
      <source>Because</source>
      <translation>Waarom</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsTab</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="74" />
      <source>Suggestions</source>
      <translation>Suggesties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="88" />
      <source>Expected value = price × likelihood; likelihood from what comparable accounts bought.</source>
      <translation>Verwachte waarde = prijs × kans; de kans volgt uit wat vergelijkbare relaties kochten.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="112" />
      <source>Looking for suggestions…</source>
      <translation>Suggesties zoeken…</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="135" />
      <source>1 suggestion</source>
      <translation>1 suggestie</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="136" />
      <source>%1 suggestions</source>
      <translation>%1 suggesties</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="137" />
      <source>together %1 expected</source>
      <translation>samen %1 verwacht</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="140" />
      <source>No suggestions for this account: it already buys what comparable accounts buy, or there is too little purchase history to compare.</source>
      <translation>Geen suggesties voor deze relatie: ze koopt al wat vergelijkbare relaties kopen, of er is te weinig aankoopgeschiedenis om te vergelijken.</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/account/suggestions_tab.py" line="152" />
      <source>Could not compute suggestions: %1</source>
      <translation>Suggesties konden niet worden berekend: %1</translation>
    </message>
  </context>
  <context>
    <name>TouchpointsPanel</name>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="191" />
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="209" />
      <source>Touchpoints per week</source>
      <translation>Contactmomenten per week</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="194" />
      <source>Channe&amp;l</source>
      <translation>&amp;Kanaal</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="195" />
      <source>&amp;Binding</source>
      <translation>B&amp;inding</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="196" />
      <source>Personal and digital touchpoints</source>
      <translation>Persoonlijke en digitale contactmomenten</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="197" />
      <source>By binding level: rational, social-emotional and structural</source>
      <translation>Per bindingsniveau: rationeel, sociaal-emotioneel en structureel</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="216" />
      <source>%1 touchpoints in %2 weeks</source>
      <translation>%1 contactmomenten in %2 weken</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="219" />
      <source>%1% personal</source>
      <translation>%1% persoonlijk</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="237" />
      <source>Week %1 (from %2): %3</source>
      <translation>Week %1 (vanaf %2): %3</translation>
    </message>
    <message>
      <location filename="../../work/main/relbeheer/ui/views/dashboard/panels.py" line="242" />
      <source>No touchpoints in these weeks</source>
      <translation>Geen contactmomenten in deze weken</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Dashboard</source>
      <translation>&amp;Dashboard</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>S&amp;uggestions</source>
      <translation>S&amp;uggesties</translation>
    </message>
  </context>
  <context>
    <name>AccountsView</name>
    <message>
      <source>Loading all accounts…</source>
      <translation>Alle relaties laden…</translation>
    </message>
  </context>
</TS>