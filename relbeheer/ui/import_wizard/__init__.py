"""File → Import… (a wizard) and File → Export… for CSV, vCard and iCalendar files."""

from relbeheer.ui.import_wizard.export_dialog import ExportDialog
from relbeheer.ui.import_wizard.wizard import ImportWizard

__all__ = ["ExportDialog", "ImportWizard"]
