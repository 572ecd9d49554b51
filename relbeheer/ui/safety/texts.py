"""The words of the safety dialogs, in Dutch and English.

A table rather than ``tr()`` because these messages matter most when something
went wrong — a second window, a damaged file — and must be in the user's
language now, whether or not a Qt translation file is installed (the same reason
``core/labels.py`` keeps its own table). ``{name}`` fields are filled by ``text``.
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    "already_open_title": ("relbeheer is al geopend", "relbeheer is already open"),
    "already_open": (
        "relbeheer is al geopend met deze database:\n{path}\n\nGebruik het venster dat al "
        "open is. Twee vensters op één database kunnen elkaars werk overschrijven.",
        "relbeheer is already open with this database:\n{path}\n\nUse the window that is "
        "already open. Two windows on one database could overwrite each other's work.",
    ),
    "lock_failed": (
        "De database kan niet worden vergrendeld:\n{path}\n\nIs de map alleen-lezen? "
        "relbeheer opent de database niet zonder vergrendeling.",
        "The database cannot be locked:\n{path}\n\nIs the folder read-only? relbeheer "
        "does not open the database without a lock.",
    ),
    "open_failed_title": ("Database kan niet worden geopend", "Cannot open the database"),
    "damaged_title": ("Database beschadigd", "Database damaged"),
    "damaged": (
        "De database {path} is beschadigd ({detail}).\n\nHet beschadigde bestand is bewaard "
        "als:\n{moved}\nEr is niets verwijderd.",
        "The database {path} is damaged ({detail}).\n\nThe damaged file was kept as:\n"
        "{moved}\nNothing was deleted.",
    ),
    "damaged_backup": (
        "De nieuwste reservekopie is van {date}. Wilt u die terugzetten?",
        "The newest backup is from {date}. Do you want to restore it?",
    ),
    "damaged_no_backup": (
        "Er is geen reservekopie gevonden. U kunt met een lege database beginnen.",
        "No backup was found. You can start with an empty database.",
    ),
    "restore_newest": ("Nieuwste reservekopie terugzetten", "Restore the newest backup"),
    "start_empty": ("Met een lege database beginnen", "Start with an empty database"),
    "quit": ("Afsluiten", "Quit"),
    "location_title": ("Let op waar de database staat", "Mind where the database is"),
    "location_sync": (
        "De database staat in een map die {detail} synchroniseert:\n{path}\n\n"
        "Synchronisatieprogramma's kunnen een geopende database beschadigen of een oudere "
        "versie terugzetten. Bewaar de database op een lokale schijf; reservekopieën mogen "
        "wel in de gesynchroniseerde map.",
        "The database is in a folder that {detail} synchronises:\n{path}\n\nSync programs can "
        "damage an open database or put back an older version. Keep the database on a local "
        "disk; backups may go into the synced folder.",
    ),
    "location_network": (
        "De database staat op een netwerkschijf ({detail}):\n{path}\n\nOp netwerkschijven "
        "werkt de vergrendeling niet betrouwbaar genoeg voor SQLite. Bewaar de database op "
        "een lokale schijf.",
        "The database is on a network share ({detail}):\n{path}\n\nFile locking on network "
        "shares is not reliable enough for SQLite. Keep the database on a local disk.",
    ),
    "location_status_sync": ("Let op: database in een {detail}-map", "Warning: database in a {detail} folder"),
    "location_status_network": ("Let op: database op een netwerkschijf", "Warning: database on a network share"),
    "backup_failed_status": ("Dagelijkse reservekopie mislukt: {error}", "Daily backup failed: {error}"),
    # Restore
    "restore_menu": ("Reservekopie &terugzetten…", "&Restore from backup…"),
    "restore_title": ("Reservekopie terugzetten", "Restore from backup"),
    "restore_intro": (
        "Kies de reservekopie die de huidige database moet vervangen. Van de huidige database "
        "wordt eerst een reservekopie gemaakt.",
        "Choose the backup that replaces the current database. The current database is "
        "backed up first.",
    ),
    "col_date": ("Datum", "Date"),
    "col_kind": ("Soort", "Kind"),
    "col_size": ("Grootte", "Size"),
    "other_file": ("Ander bestand…", "Other file…"),
    "restore_button": ("Terugzetten", "Restore"),
    "cancel": ("Annuleren", "Cancel"),
    "no_backups": ("Nog geen reservekopieën.", "No backups yet."),
    "restore_confirm": (
        "De huidige database wordt vervangen door:\n{file}\n\nVan de huidige database wordt "
        "eerst een reservekopie gemaakt. Doorgaan?",
        "The current database will be replaced by:\n{file}\n\nThe current database is backed "
        "up first. Continue?",
    ),
    "restored": ("Reservekopie teruggezet: {file}", "Backup restored: {file}"),
    "restore_failed": ("Terugzetten mislukt", "Restore failed"),
    "reason_daily": ("Dagelijks", "Daily"),
    "reason_before-import": ("Vóór import", "Before import"),
    "reason_before-restore": ("Vóór terugzetten", "Before restore"),
    "reason_migration": ("Vóór update", "Before update"),
    "reason_manual": ("Handmatig", "Manual"),
    # People (GDPR)
    "export_menu": ("Persoonsgegevens &exporteren…", "&Export person data…"),
    "erase_menu": ("Persoon &wissen…", "&Erase person…"),
    "pick_title": ("Kies een persoon", "Choose a person"),
    "pick_filter": ("Zoek op naam, e-mail of klant", "Search by name, e-mail or account"),
    "choose": ("Kiezen", "Choose"),
    "export_folder": ("Map voor de export", "Folder for the export"),
    "exported": ("Persoonsgegevens geëxporteerd:\n{files}", "Person data exported:\n{files}"),
    "export_failed": ("Exporteren mislukt", "Export failed"),
    "erase_title": ("Persoon wissen", "Erase person"),
    "erase_confirm": (
        "{name} ({email}, {account}) wordt definitief gewist: het contact zelf en de koppeling "
        "aan contactmomenten, metingen en servicezaken. Contactmomenten blijven bij de klant, "
        "zonder naam.\n\nDit kan niet ongedaan worden gemaakt.",
        "{name} ({email}, {account}) will be erased for good: the contact itself and their link "
        "to touchpoints, measurements and service cases. Touchpoints stay with the account, "
        "without the name.\n\nThis cannot be undone.",
    ),
    "erase_backups": ("Ook uit alle reservekopieën wissen", "Also erase from every backup"),
    "erase_button": ("Definitief wissen", "Erase for good"),
    "erased": ("{name} is gewist.", "{name} was erased."),
    "erased_mentions": (
        "De naam komt nog voor in {n} tekstvelden (niet aangepast, beoordeel ze zelf):",
        "The name still appears in {n} text fields (left alone; please review them):",
    ),
    "erased_backups_left": (
        "{n} reservekopieën bevatten deze persoon nog; ze verdwijnen binnen 12 maanden.",
        "{n} backups still contain this person; they age out within 12 months.",
    ),
    "erased_backups_done": ("Ook gewist uit {n} reservekopieën.", "Also erased from {n} backups."),
    "erase_failed": ("Wissen mislukt", "Erase failed"),
    "no_e_mail": ("geen e-mail", "no e-mail"),
    # Errors, for the app's Dutch users (the CLI keeps the services' English words)
    "err_not_a_database": (
        "{path} is geen relbeheer-database (geen SQLite-bestand). Het bestand is niet aangeraakt.",
        "{path} is not a relbeheer database (not an SQLite file). The file was left untouched.",
    ),
    "err_foreign": (
        "{path} is een SQLite-database van een ander programma, niet van relbeheer. Het bestand "
        "is niet aangeraakt.",
        "{path} is an SQLite database of another program, not of relbeheer. The file was left "
        "untouched.",
    ),
    "err_too_new": (
        "{path} is gemaakt door een nieuwere versie van relbeheer. Werk de app bij om het te "
        "openen. Het bestand is niet aangeraakt.",
        "{path} was written by a newer version of relbeheer. Update the app to open it. The file "
        "was left untouched.",
    ),
    "err_full": (
        "De schijf is vol. Er is niets veranderd; maak ruimte vrij en probeer het opnieuw.",
        "The disk is full. Nothing was changed; free some space and try again.",
    ),
    "err_io": (
        "De schijf kon niet worden gelezen of beschreven ({detail}). Er is niets veranderd.",
        "The disk could not be read or written ({detail}). Nothing was changed.",
    ),
    "err_readonly": (
        "Het databasebestand kan niet worden beschreven (alleen-lezen). Er is niets veranderd.",
        "The database file cannot be written (read-only). Nothing was changed.",
    ),
    "err_damaged": (
        "De database is beschadigd ({detail}). Zet een reservekopie terug via Bestand > "
        "Reservekopie terugzetten…",
        "The database is damaged ({detail}). Restore a backup with File > Restore from backup…",
    ),
    # An import's file that cannot be read: the reader's message in the user's
    # language (core.exchange.error_words), the file by its name, the line if known.
    "err_import_file": ("{file} kan niet worden gelezen: {message}",
                        "{file} cannot be read: {message}"),
    "err_import_line": ("{file} kan niet worden gelezen, regel {line}: {message}",
                        "{file} cannot be read, line {line}: {message}"),
}


def text(key: str, lang: str, **values) -> str:
    """The text for ``key`` in ``lang`` ("nl" or "en"), with ``{fields}`` filled in."""
    nl, en = _TEXTS[key]
    return (en if lang == "en" else nl).format(**values)


def reason_text(reason: str, lang: str) -> str:
    """Why a backup was made, in words ("before-0002_…" is an update of the app)."""
    if not reason:
        return text("reason_manual", lang)
    if f"reason_{reason}" in _TEXTS:
        return text(f"reason_{reason}", lang)
    if reason.startswith("before-0"):
        return text("reason_migration", lang)
    return reason


def error_text(exc: BaseException, lang: str) -> str:
    """An error from the services in the user's language (known kinds), else its own words."""
    from relbeheer.core.exchange.error_words import translate
    from relbeheer.services import (
        ForeignDatabaseError,
        NotADatabaseError,
        SchemaTooNewError,
        StorageError,
    )
    from relbeheer.services.exchange import ImportFileError

    if isinstance(exc, ImportFileError):
        key = "err_import_file" if exc.line is None else "err_import_line"
        return text(key, lang, file=exc.path.name, line=exc.line,
                    message=translate(exc.message, lang))
    if isinstance(exc, ForeignDatabaseError):
        return text("err_foreign", lang, path=exc.path)
    if isinstance(exc, NotADatabaseError):
        return text("err_not_a_database", lang, path=exc.path)
    if isinstance(exc, SchemaTooNewError):
        return text("err_too_new", lang, path=exc.path)
    if isinstance(exc, StorageError):
        return text(f"err_{exc.kind}", lang, detail=exc.detail)
    return str(exc)
