"""A throwaway PostgreSQL server on the loopback address for the team sync tests.

Debian's ``postgresql`` package (``.ci/run`` installs it): ``initdb`` and ``pg_ctl``
into a temp dir, on a free port of 127.0.0.1, as the ``postgres`` system user when
the tests run as root (initdb refuses root). Stopped when the session ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg", reason="team sync needs the 'team' extra (psycopg 3)")


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """Start, stop, restart; ``url(role, db)`` for connections."""

    def __init__(self, bin_dir: Path, root: Path):
        self.bin, self.root, self.port = bin_dir, root, _free_port()
        self.data = root / "data"
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr.strip()}")

    def init(self) -> None:
        if self.as_root:
            subprocess.run(["chown", "-R", "postgres", str(self.root)], check=True)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        self.start()

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.root / "log"), "-o",
                  f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def url(self, role: str = "postgres", db: str = "postgres") -> str:
        return f"postgresql://{role}@127.0.0.1:{self.port}/{db}"

    def new_database(self) -> str:
        """A fresh database for one test; returns its name."""
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name


@pytest.fixture(scope="session")
def pg_server():
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not found (apt-get install postgresql; .ci/run does)")
    # not under pytest's tmp dir: its parents are private to root, and the server
    # runs as the postgres user
    root = Path(tempfile.mkdtemp(prefix="relbeheer-pg-"))
    server = PgServer(bin_dir, root)
    try:
        server.init()
        yield server
        server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def team_server(pg_server):
    """A migrated team schema in a fresh database; ``admin_url`` and ``url(role)``."""
    from relbeheer.sync import server_schema

    name = pg_server.new_database()
    admin = pg_server.url(db=name)
    with psycopg.connect(admin) as conn:
        server_schema.init(conn)

    class Team:
        admin_url = admin
        server = pg_server

        @staticmethod
        def url(role: str) -> str:
            return pg_server.url(role, name)

        @staticmethod
        def add(role: str, team: str | None, director: bool = False) -> str:
            with psycopg.connect(admin) as conn:
                server_schema.add_member(conn, role, team=team, director=director)
            return pg_server.url(role, name)

    return Team
