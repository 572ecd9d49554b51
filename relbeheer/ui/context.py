"""What every screen needs, handed to it explicitly (no global app object)."""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from relbeheer.services import Services
from relbeheer.ui.tasks import TaskRunner


class ChangeBus(QObject):
    """One signal tells every screen that data changed (Anki's operation_did_execute).

    ``changed`` carries the names of what changed ({"touchpoints", "accounts"} …) and
    the account id when one account was touched, so screens refresh only what they show.
    """

    changed = Signal(object, object)  # set[str], account_id | None


@dataclass
class UiContext:
    services: Services
    runner: TaskRunner
    bus: ChangeBus
    lang: str = "nl"
    as_of: dt.date = field(default_factory=dt.date.today)

    def __post_init__(self) -> None:
        # Closing the database waits for this window's worker first. Held weakly: a
        # closed window's runner must not be kept alive by the services.
        runner = weakref.ref(self.runner)

        def wait_for_worker() -> None:
            alive = runner()
            if alive is not None and isValid(alive):
                alive.wait(30000)

        self.services.add_close_hook(wait_for_worker)
