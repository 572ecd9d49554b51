"""Team sync for the UI and the CLI: settings, status, and one sync run.

The server address (a PostgreSQL URL without the password) is kept in the local
database (``sync_state``); the password goes to the OS keychain through ``keyring``
and never into the database or a settings file. psycopg and keyring come with the
optional ``team`` extra and are imported only when sync is used, so the app starts
without them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Database

from relbeheer.store import sync_capture

KEYRING_SERVICE = "relbeheer-team"
# beyond this many changed accounts a full attention refresh is cheaper than one by one
FULL_REFRESH_FROM = 200


class SyncUnavailable(Exception):
    """Sync cannot run: no server set, the team extra missing, or the server unreachable."""


@dataclass
class SyncStatus:
    server: str | None
    last_sync: str | None  # ISO time of the last finished sync
    pending: int  # changed rows waiting for the next push
    last_error: str | None


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when there was none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), parts.password


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def _stored_password(url: str) -> str | None:
    """The keychain's password for ``url``; None without keyring or a usable backend
    (libpq then falls back to PGPASSWORD and ~/.pgpass)."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, url)
    except Exception:  # keyring.errors.KeyringError and backend failures alike
        return None


class SyncService:
    def __init__(self, db: Database, attention):
        self._db = db
        self._attention = attention

    def status(self) -> SyncStatus:
        return SyncStatus(
            server=sync_capture.get_state(self._db, "server"),
            last_sync=sync_capture.get_state(self._db, "last_sync"),
            pending=sync_capture.pending_count(self._db) if sync_capture.is_enabled(self._db) else 0,
            last_error=sync_capture.get_state(self._db, "last_error"),
        )

    def configure(self, url: str) -> None:
        """Remember the server; a password in the URL moves to the keychain."""
        bare, password = split_password(url)
        if password is not None:
            ring = _keyring()
            if ring is None:
                raise SyncUnavailable("keyring is not installed (pip install relbeheer[team]); "
                                      "give the password through PGPASSWORD or ~/.pgpass instead")
            ring.set_password(KEYRING_SERVICE, bare, password)
        with self._db.atomic():
            sync_capture.set_state(self._db, "server", bare)

    def _connect(self, url: str):
        try:
            import psycopg
        except ImportError as exc:
            raise SyncUnavailable("team sync needs the 'team' extra: pip install relbeheer[team]") from exc
        password = _stored_password(url)
        try:
            return psycopg.connect(url, connect_timeout=10,
                                   **({"password": password} if password else {}))
        except psycopg.OperationalError as exc:
            raise SyncUnavailable(f"team server not reachable: {str(exc).strip()}") from exc

    def sync(self, url: str | None = None):
        """Push local changes and pull the team's; returns ``client.SyncResult``.

        The attention summary of every account the pull changed is refreshed, so
        the attention list and reviews show the team's work at once.
        """
        if url is not None:
            self.configure(url)
        server = sync_capture.get_state(self._db, "server")
        if not server:
            raise SyncUnavailable("no team server set: relbeheer sync --server URL")
        try:
            # inside the try: an unreachable server (or a missing extra) is remembered
            # for the status line too
            from relbeheer.sync import client

            conn = self._connect(server)
            sync_capture.enable(self._db, client.now_ms())
            with conn:
                result = client.sync(conn, self._db)
        except Exception as exc:
            with self._db.atomic():
                sync_capture.set_state(self._db, "last_error", str(exc).strip()[:500])
            raise
        if len(result.accounts) > FULL_REFRESH_FROM:
            self._attention.refresh()
        else:
            for account_id in sorted(result.accounts):
                self._attention.refresh_account(account_id)
        with self._db.atomic():
            sync_capture.set_state(self._db, "last_sync", dt.datetime.now().isoformat(timespec="seconds"))
            sync_capture.set_state(self._db, "last_error", None)
        return result
