"""Write the Dutch texts of resources/translations/nl_terms.tsv into relbeheer_nl.ts.

Run by scripts/update-translations.sh after lupdate; by hand:

    .venv/bin/python scripts/fill_translations.py [resources/translations/relbeheer_nl.ts]

The table (``nl_terms.tsv``) has one line per string: ``context<TAB>source<TAB>Dutch``,
with ``\\n``, ``\\t`` and ``\\\\`` for a newline, a tab and a backslash; ``#`` starts a
comment line. The context may be:

* a class name (``MainWindow``) or a ``translate("Context", …)`` context: that string only;
* ``*``: this source in every context that has no line of its own;
* ``+Context``: a string lupdate cannot see (a ``tr('…')`` inside an f-string) that the
  code still asks for at run time; it is added to the .ts while the literal is in the code;
* ``=Context``: a string of Qt itself (``QPlatformTheme`` for the standard Cancel/Close/Yes
  buttons, ``QLineEdit`` for the edit menu), always added: the app loads only our .qm.

What else happens here:

* Strings that lupdate put in the empty context because a module calls its own
  ``def tr(text): return QCoreApplication.translate("Context", text)`` are moved to that
  context, the one Qt looks them up in at run time.
* A translation already finished in the .ts and absent from the table is kept (the .ts
  is the committed truth; the table is how it gets filled).
* Every string with a translation is marked finished; the rest stay ``unfinished`` and
  are listed on stderr. ``--check`` makes that an error (exit code 1).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TS = ROOT / "resources" / "translations" / "relbeheer_nl.ts"
DEFAULT_TABLE = ROOT / "resources" / "translations" / "nl_terms.tsv"

_OWN_TR = re.compile(r"def tr\([^)]*\)[^:]*:\s*(?:\"\"\".*?\"\"\"\s*)?return\s+QCoreApplication\.translate\(\s*"
                     r"[\"'](\w+)[\"']", re.S)


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), "\\" + m.group(1)), text)


def read_table(path: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: want context<TAB>source<TAB>translation, got {line!r}")
        context, source, dutch = (unescape(p) for p in parts)
        if (context, source) in table and table[(context, source)] != dutch:
            raise SystemExit(f"{path}:{number}: {context}/{source!r} is in the table twice")
        table[(context, source)] = dutch
    return table


def own_tr_context(ts_path: Path, filename: str, cache: dict[str, str | None]) -> str | None:
    """The context a module's own ``def tr`` passes to QCoreApplication.translate."""
    if filename not in cache:
        source = (ts_path.parent / filename).resolve()
        match = _OWN_TR.search(source.read_text(encoding="utf-8")) if source.is_file() else None
        cache[filename] = match.group(1) if match else None
    return cache[filename]


def context_of(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def move_own_tr_strings(ts_path: Path, root: ET.Element) -> int:
    moved = 0
    cache: dict[str, str | None] = {}
    for ctx in [c for c in root.findall("context") if not (c.findtext("name") or "")]:
        for msg in ctx.findall("message"):
            loc = msg.find("location")
            target = own_tr_context(ts_path, loc.get("filename", ""), cache) if loc is not None else None
            if not target:
                continue
            ctx.remove(msg)
            dest = context_of(root, target)
            if not any(m.findtext("source") == msg.findtext("source") for m in dest.findall("message")):
                dest.append(msg)
                moved += 1
        if not ctx.findall("message"):
            root.remove(ctx)
    return moved


def add_hidden_strings(root: ET.Element, table: dict[tuple[str, str], str]) -> int:
    """``+Context`` lines: literals in tr('…') inside f-strings, while the code still has them;
    ``=Context`` lines: Qt's own strings."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "relbeheer").rglob("*.py"))
    added = 0
    for (context, source), _dutch in table.items():
        if not context.startswith(("+", "=")):
            continue
        name = context[1:]
        if context.startswith("+") and f"tr('{source}')" not in code and f'tr("{source}")' not in code:
            continue
        ctx = context_of(root, name)
        if any(m.findtext("source") == source for m in ctx.findall("message")):
            continue
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "extracomment").text = (
            "added by scripts/fill_translations.py: " + ("tr() inside an f-string" if context[0] == "+" else "Qt's own"))
        ET.SubElement(msg, "translation", type="unfinished")
        added += 1
    return added


def fill(ts_path: Path, table_path: Path) -> tuple[int, int, list[tuple[str, str]]]:
    table = read_table(table_path)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    moved = move_own_tr_strings(ts_path, root)
    added = add_hidden_strings(root, table)
    done = 0
    missing: list[tuple[str, str]] = []
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            dutch = table.get((name, source), table.get(("+" + name, source),
                              table.get(("=" + name, source), table.get(("*", source)))))
            if dutch is not None:
                tr.text = dutch
                tr.attrib.pop("type", None)
                done += 1
            elif tr.text and tr.get("type") is None:
                done += 1  # finished by hand in the .ts
            elif tr.get("type") in ("vanished", "obsolete"):
                continue
            else:
                missing.append((name, source))
    if moved or added:
        print(f"{moved} strings moved to their run-time context, {added} added", file=sys.stderr)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, added, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--check", action="store_true", help="exit 1 when a string has no translation")
    args = parser.parse_args(argv)
    done, _added, missing = fill(args.ts, args.table)
    print(f"{done} strings translated, {len(missing)} without a translation", file=sys.stderr)
    for context, source in missing:
        print(f"  untranslated: {context or '(no context)'}\t{source!r}", file=sys.stderr)
    return 1 if (missing and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
