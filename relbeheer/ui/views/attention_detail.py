"""The strip under the attention list: the selected account's whole story, unabridged.

The table has one line per account, so on a laptop screen the reason and the
next action are cut short. This card shows them in full for the selected row —
every reason, the next action, who owns the account — with the two things to do
next (open it, log a touchpoint) one click or one key away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from relbeheer.core import formatting as fmt
from relbeheer.ui.models.attention_model import AttentionRow

STYLE = """
QFrame#AttentionDetail { background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#DetailName { font-size: 11pt; font-weight: 600; color: #1f2a37; }
QLabel#DetailCaption { color: #6b7785; font-weight: 600; }
QLabel#DetailAction { color: #1f3b73; font-weight: 600; }
"""


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # account names and engine texts are never markup
    label.setWordWrap(True)
    return label


class AttentionDetail(QFrame):
    """``show_row(row)`` fills it; the buttons ask the page to open or log."""

    open_requested = Signal()
    log_requested = Signal()

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("AttentionDetail")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.name = _plain(QLabel())
        self.name.setObjectName("DetailName")
        self.facts = _plain(QLabel())
        self.facts.setObjectName("Muted")
        why = QLabel(self.tr("Why"))
        why.setObjectName("DetailCaption")
        self.reasons = _plain(QLabel())
        left = QVBoxLayout()
        left.setSpacing(3)
        left.addWidget(self.name)
        left.addWidget(self.facts)
        left.addSpacing(4)
        left.addWidget(why)
        left.addWidget(self.reasons)
        left.addStretch(1)

        step = QLabel(self.tr("Next action"))
        step.setObjectName("DetailCaption")
        self.action = _plain(QLabel())
        self.action.setObjectName("DetailAction")
        self.open_button = QPushButton(self.tr("&Open account"))
        self.open_button.setToolTip(self.tr("Enter"))
        self.open_button.clicked.connect(self.open_requested)
        self.log_button = QPushButton(self.tr("&Log touchpoint…"))
        self.log_button.setObjectName("Primary")
        self.log_button.setToolTip(self.tr("L or Ctrl+T"))
        self.log_button.clicked.connect(self.log_requested)
        for button in (self.open_button, self.log_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the list keeps the focus on click
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_button)
        right = QVBoxLayout()
        right.setSpacing(3)
        right.addWidget(step)
        right.addWidget(self.action)
        right.addStretch(1)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(28)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.show_row(None)

    def show_row(self, row: AttentionRow | None) -> None:
        """The selected account, or a quiet card when nothing is selected."""
        self.setEnabled(row is not None)
        if row is None:
            for label in (self.name, self.facts, self.reasons, self.action):
                label.clear()
            return
        item = row.item
        self.name.setText(item.account)
        facts = [self.tr("Tier %1").replace("%1", item.tier)]
        facts += [p for p in (item.owner, item.region) if p]
        facts.append(self.tr("%1 at stake").replace("%1", fmt.money(item.value_at_stake, self.lang)))
        self.facts.setText("  ·  ".join(facts))
        self.reasons.setText("\n".join(f"•  {text}" for text in row.reasons) or self.tr("No concerns."))
        self.action.setText(row.action)
