"""What the engine hands out: a product (or contract) to propose, and why.

Shared by the rules (cross-sell, up-sell, contract) and by everything that shows
suggestions (CLI, account page, account plan), so it lives on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from relbeheer.core.suggest.because import Reason, sentence

CROSS_SELL = "cross-sell"
UP_SELL = "up-sell"
CONTRACT = "contract"
KINDS = (CROSS_SELL, UP_SELL, CONTRACT)

# A contract proposal without a catalogue product (the catalogue has none).
_SERVICE_CONTRACT = {"nl": "Servicecontract (voorstel)", "en": "Service contract (proposal)"}


@dataclass(frozen=True)
class Suggestion:
    """One proposal for an account.

    ``score`` is the likelihood (0..1) the evidence gives; ``expected_value`` is
    the price (or, for volume and service contracts, the amount at stake) times
    that likelihood. ``product_id`` is None only for a service-contract proposal.
    """

    kind: str
    product_id: str | None
    product_name: str
    score: float
    expected_value: float
    reason: Reason

    def product_label(self, lang: str = "nl") -> str:
        return self.product_name if self.product_id is not None else _SERVICE_CONTRACT[lang]

    def because(self, lang: str = "nl") -> str:
        return sentence(self.reason, lang)

    def as_dict(self, lang: str = "nl") -> dict:
        """The ``suggest --json`` item."""
        return {
            "product_id": self.product_id,
            "product": self.product_label(lang),
            "kind": self.kind,
            "score": round(float(self.score), 4),
            "expected_value": round(float(self.expected_value), 2),
            "because": self.because(lang),
        }
