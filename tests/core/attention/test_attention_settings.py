"""AttentionSettings: documented defaults, overrides by name, refusal of typos."""

from __future__ import annotations

import pytest

from relbeheer.core.attention.settings import AttentionSettings


def test_every_setting_has_a_default_and_a_reason():
    """documentation() lists each knob with its default and why."""
    docs = AttentionSettings.documentation()
    assert len(docs) > 30
    assert all(doc and default is not None for _, default, doc in docs)
    assert ("cadence_a", 30) in [(name, default) for name, default, _ in docs]


def test_design_defaults():
    """DESIGN §3: cadences A 30, B 60, C 120; complaints critical after 7 days."""
    s = AttentionSettings()
    assert (s.cadence_a, s.cadence_b, s.cadence_c, s.complaint_days) == (30, 60, 120, 7)


def test_overrides_by_name_with_or_without_prefix():
    """'attention.cadence_a' and 'cadence_b' both work; whole floats become ints."""
    s = AttentionSettings.from_mapping({"attention.cadence_a": 21.0, "cadence_b": 45})
    assert s.cadence_a == 21 and isinstance(s.cadence_a, int) and s.cadence_b == 45


@pytest.mark.parametrize("values, message", [
    ({"attention.cadense_a": 20}, "unknown"),
    ({"cadence_a": "thirty"}, "number"),
    ({"cadence_a": 20.5}, "whole"),
    ({"cadence_a": 0}, "positive"),
    ({"action_kind_a": "telepathy"}, "telepathy"),
    ({"rhythm_min_gaps": 9}, "rhythm_min_gaps"),
])
def test_bad_values_are_refused_with_the_key(values, message):
    """A typo in the settings table is an error naming it, not a silent default."""
    with pytest.raises(ValueError, match=message):
        AttentionSettings.from_mapping(values)
