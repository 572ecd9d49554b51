"""The team server's schema, made and migrated by the app (``relbeheer server init``).

Everything lives in the schema ``team``:

* ``rows`` — the current merged state of every synced row (values and per-field
  clock stamps as JSON, core/sync/merge.py), with ``seq``: the server-side sequence
  value of its last change. A laptop pulls ``seq > its last position``: a counter
  the server hands out, never a wall clock.
* ``changes`` — every state a laptop pushed, once (keyed by row and stamp, so a
  retried push adds nothing): who changed what, when, for audit and repair.
* ``members`` — each account manager is a PostgreSQL role with a team; a director
  sees every team. ``account_teams`` — the team each account belongs to.

Row-level security on ``rows`` and ``changes``: a member reads and writes only
rows of accounts of their own team, plus the rows that belong to no account
(owners, products). No member may delete anything; a member may add an
``account_teams`` row only for their own team and only for an account nobody has
claimed yet (ids are UUIDs they never saw), and only a director may move an account
to another team. ``claim_accounts`` does that for a pushed page, with the caller's
rights.

Migrations are named, like the laptop's, and never edited once released.
"""

from __future__ import annotations

import re

MEMBER_GROUP = "relbeheer_member"

# A row is visible when it belongs to no account, the caller directs, or its
# account is in the caller's team. The scalar sub-selects run once per query.
VISIBLE = ("(account_id IS NULL OR (SELECT team.is_director()) OR EXISTS ("
           "SELECT 1 FROM team.account_teams t WHERE t.account_id = {tbl}.account_id "
           "AND t.team = (SELECT team.my_team())))")

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_team_rows", f"""
CREATE TABLE team.members (role_name text PRIMARY KEY, team text, director boolean NOT NULL DEFAULT false);
CREATE TABLE team.account_teams (account_id text PRIMARY KEY, team text);
CREATE SEQUENCE team.change_seq;
CREATE TABLE team.rows (
    tbl text NOT NULL, row_id text NOT NULL, account_id text,
    data jsonb NOT NULL, versions jsonb NOT NULL,
    seq bigint NOT NULL, origin text,
    PRIMARY KEY (tbl, row_id));
CREATE INDEX rows_seq ON team.rows (seq);
CREATE INDEX rows_account ON team.rows (account_id);
CREATE TABLE team.changes (
    seq bigint NOT NULL DEFAULT nextval('team.change_seq'),
    tbl text NOT NULL, row_id text NOT NULL, account_id text, hlc text NOT NULL,
    data jsonb NOT NULL, versions jsonb NOT NULL,
    pushed_by text NOT NULL DEFAULT current_user, pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tbl, row_id, hlc));

CREATE FUNCTION team.my_team() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT team FROM team.members WHERE role_name = current_user $$;
CREATE FUNCTION team.is_director() RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT coalesce((SELECT director FROM team.members WHERE role_name = current_user), false) $$;

-- New accounts join the caller's team (a director may name one: the team of the
-- account's owner); an account already claimed keeps its team, except when a
-- director moves it. Returns the ids the caller may write. Runs with the caller's
-- rights (current_user is the caller), so the policies on account_teams apply.
CREATE FUNCTION team.claim_accounts(ids text[], hints text[]) RETURNS SETOF text
    LANGUAGE plpgsql SET search_path = team, pg_temp AS $$
DECLARE
    me text := team.my_team();
    boss boolean := team.is_director();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM team.members WHERE role_name = current_user) THEN
        RAISE EXCEPTION 'role % is not a member of the team server', current_user;
    END IF;
    INSERT INTO team.account_teams (account_id, team)
        SELECT DISTINCT ON (i) i, CASE WHEN boss THEN coalesce(h, me) ELSE me END
        FROM unnest(ids, hints) AS u(i, h) WHERE i IS NOT NULL
        ON CONFLICT (account_id) DO NOTHING;
    IF boss THEN
        UPDATE team.account_teams a SET team = u.h FROM unnest(ids, hints) AS u(i, h)
        WHERE a.account_id = u.i AND u.h IS NOT NULL AND a.team IS DISTINCT FROM u.h;
    END IF;
    RETURN QUERY SELECT a.account_id FROM team.account_teams a
        WHERE a.account_id = ANY(ids) AND (boss OR a.team = me);
END $$;

ALTER TABLE team.rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE team.account_teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY rows_read ON team.rows FOR SELECT USING ({VISIBLE.format(tbl="rows")});
CREATE POLICY rows_add ON team.rows FOR INSERT WITH CHECK ({VISIBLE.format(tbl="rows")});
CREATE POLICY rows_change ON team.rows FOR UPDATE USING ({VISIBLE.format(tbl="rows")})
    WITH CHECK ({VISIBLE.format(tbl="rows")});
CREATE POLICY changes_read ON team.changes FOR SELECT USING ({VISIBLE.format(tbl="changes")});
CREATE POLICY changes_add ON team.changes FOR INSERT
    WITH CHECK ({VISIBLE.format(tbl="changes")} AND pushed_by = current_user);
CREATE POLICY teams_read ON team.account_teams FOR SELECT
    USING ((SELECT team.is_director()) OR team = (SELECT team.my_team()));
CREATE POLICY teams_claim ON team.account_teams FOR INSERT
    WITH CHECK ((SELECT team.is_director()) OR team = (SELECT team.my_team()));
CREATE POLICY teams_move ON team.account_teams FOR UPDATE
    USING ((SELECT team.is_director())) WITH CHECK ((SELECT team.is_director()));

GRANT USAGE ON SCHEMA team TO {MEMBER_GROUP};
GRANT SELECT, INSERT, UPDATE ON team.rows TO {MEMBER_GROUP};
GRANT SELECT, INSERT ON team.changes TO {MEMBER_GROUP};
GRANT SELECT, INSERT, UPDATE ON team.account_teams TO {MEMBER_GROUP};
GRANT SELECT ON team.members TO {MEMBER_GROUP};
GRANT USAGE ON SEQUENCE team.change_seq TO {MEMBER_GROUP};
GRANT EXECUTE ON FUNCTION team.my_team(), team.is_director(), team.claim_accounts(text[], text[])
    TO {MEMBER_GROUP};
"""),
]


def init(conn) -> list[str]:
    """Create or migrate the server schema; returns the migrations applied now.

    ``conn`` is a psycopg connection of a role that may create schemas and roles
    (the database owner with CREATEROLE, or a superuser). Runs in one transaction.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('relbeheer.server_init'))")
        conn.execute("CREATE SCHEMA IF NOT EXISTS team")
        conn.execute("CREATE TABLE IF NOT EXISTS team.migrations "
                     "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [MEMBER_GROUP]).fetchone()
        if not exists:
            conn.execute(f"CREATE ROLE {MEMBER_GROUP} NOLOGIN")
        done = {r[0] for r in conn.execute("SELECT name FROM team.migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            conn.execute(sql)
            conn.execute("INSERT INTO team.migrations (name) VALUES (%s)", [name])
            applied.append(name)
    return applied


def add_member(conn, role: str, *, team: str | None, director: bool = False,
               password: str | None = None) -> None:
    """Make ``role`` (created when missing) a member of ``team``, or a director.

    Role names are plain identifiers (letters, digits, underscore): they go into
    DDL, where parameters cannot.
    """
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", role):
        raise ValueError(f"not a usable role name: {role!r}")
    from psycopg import sql

    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
        if password is not None:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(MEMBER_GROUP), sql.Identifier(role)))
        conn.execute("INSERT INTO team.members (role_name, team, director) VALUES (%s, %s, %s) "
                     "ON CONFLICT (role_name) DO UPDATE SET team = excluded.team, "
                     "director = excluded.director", [role, team, director])
