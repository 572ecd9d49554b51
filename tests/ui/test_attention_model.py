"""The attention table model and the contact picker model, without widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from relbeheer.core.attention.model import (
    AttentionItem,
    HealthScore,
    KeyContact,
    NextAction,
    Reason,
    Severity,
)
from relbeheer.core.domain import DecisionRole, TouchpointKind
from relbeheer.core.summaries import ContactSummary
from relbeheer.ui.models.attention_model import (
    COL_ACCOUNT,
    COL_DAYS,
    COL_HEALTH,
    COL_REASON,
    COL_SEVERITY,
    HEALTH_ROLE,
    SEVERITY_ROLE,
    AttentionModel,
    AttentionRow,
)
from relbeheer.ui.models.contact_choice_model import ID_ROLE, ContactChoiceModel


def item(aid: str, name: str, severity: Severity, priority: float, *, days: int | None = 70,
         direction: str = "down", rules: tuple[str, ...] = ("cadence",)) -> AttentionItem:
    params = {"days": days or 0, "cadence": 60, "tier": "B", "limit": 120}
    reasons = [Reason(rule, severity, params) for rule in rules]
    contact = KeyContact("c-" + aid, "Priya Scholten", DecisionRole.DECISION_MAKER)
    return AttentionItem(
        account_id=aid, account=name, tier="B", owner="Anna de Boer", team="Noord", region="Noord",
        severity=severity, health=HealthScore(55, "amber", {}, 63, -8, direction), reasons=reasons,
        next_action=NextAction(TouchpointKind.VISIT, rules[0] if rules else "", contact, name),
        value_at_stake=12500.0, priority=priority, days_since_personal_contact=days,
        cadence_days=60, usual_gap_days=None,
    )


def model_with(lang: str = "en") -> AttentionModel:
    model = AttentionModel(lang)
    model.set_rows([
        AttentionRow.of(item("a", "Fietsen Jansen", Severity.HIGH, 50.0), lang),
        AttentionRow.of(item("b", "Bakker Tweewielers", Severity.CRITICAL, 90.0, days=None,
                             direction="up", rules=("cadence", "binding_gap")), lang),
        AttentionRow.of(item("c", "Van Dam", Severity.LOW, 5.0, rules=()), lang),
    ])
    return model


def test_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(model_with())


def test_cells_show_words_numbers_and_arrows():
    """Severity word, health with its trend arrow, days since contact, the first reason."""
    model = model_with("en")
    first = model.index(1, 0)
    assert model.data(first.siblingAtColumn(COL_SEVERITY)) == "Critical"
    assert model.data(first.siblingAtColumn(COL_SEVERITY), SEVERITY_ROLE) == "critical"
    assert model.data(first.siblingAtColumn(COL_HEALTH)) == "55 ▲"
    assert model.data(first.siblingAtColumn(COL_HEALTH), HEALTH_ROLE) == (55, "amber", "up")
    assert model.data(first.siblingAtColumn(COL_DAYS)) == "never"
    assert model.data(model.index(0, COL_DAYS)) == "70 days"
    assert model.data(first.siblingAtColumn(COL_REASON)).endswith("(+1)")
    assert "\n• " in model.data(first.siblingAtColumn(COL_REASON), Qt.ItemDataRole.ToolTipRole)


def test_overdue_days_are_red_only_when_the_cadence_rule_fired():
    model = model_with()
    assert model.data(model.index(0, COL_DAYS), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(2, COL_DAYS), Qt.ItemDataRole.ForegroundRole) is None


def test_severity_column_sorts_by_priority():
    """Descending on the severity column is the engine's priority order."""
    model = model_with()
    model.sort(COL_SEVERITY, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in model.rows()] == ["b", "a", "c"]


def test_filter_finds_the_severity_word_in_either_language():
    model = model_with("nl")
    model.set_filter_text("kritiek")
    assert [r.id for r in model.rows()] == ["b"]
    model.set_filter_text("jansen")
    assert [model.data(model.index(0, COL_ACCOUNT))] == ["Fietsen Jansen"]


def contact(cid: str, name: str, role: str = "user", ambassador: bool = False) -> ContactSummary:
    return ContactSummary(cid, "acc", name, role, "", "", "", "", ambassador, None)


def test_contact_choices_pass_the_model_tester(qtmodeltester):
    model = ContactChoiceModel("en")
    model.set_contacts([contact("1", "Anna"), contact("2", "Zoë", "decision_maker", True)])
    qtmodeltester.check(model)


def test_contact_choices_key_people_first_and_marked():
    model = ContactChoiceModel("nl")
    model.set_contacts([contact("1", "Anna"), contact("2", "Zoë", "decision_maker"),
                        contact("3", "Bram", "influencer", True)])
    texts = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert texts == ["Zoë  —  beslisser", "Bram  —  ambassador", "Anna"]


def test_proposed_ticks_survive_loading_and_lead_the_list():
    """Ids ticked before the contacts arrive are kept (and shown first); unknown ids drop."""
    model = ContactChoiceModel("en")
    model.set_checked(["1", "ghost"])
    assert model.checked_ids() == ["1", "ghost"]
    model.set_contacts([contact("2", "Zoë", "decision_maker"), contact("1", "Anna")])
    assert model.checked_ids() == ["1"]
    assert model.data(model.index(0), ID_ROLE) == "1"
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_ticking_through_set_data():
    model = ContactChoiceModel("en")
    model.set_contacts([contact("1", "Anna"), contact("2", "Bram")])
    assert model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["2"]
    model.setData(model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == []
