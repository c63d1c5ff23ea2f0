"""The translation catalogues: extract, build, check (make i18n, make i18n-qm).

    python packaging/i18n.py extract      update pos_loyalty/resources/i18n/pos_loyalty_*.ts
    python packaging/i18n.py build [DIR]  compile them to .qm with pyside6-lrelease
    python packaging/i18n.py todo LANG    the messages of LANG still unfinished, as JSON
    python packaging/i18n.py fill FILE    take translations from FILE (JSON, see fill())

Why not pyside6-lupdate: it does not mark ``translate(ctx, "%n stamps", None, n)``
as numerus when ``n`` is passed positionally, and it reads Qt's ``tr()``, not our
Qt-free ``pos_loyalty.domain.i18n.translate``. Python's ``ast`` finds every call with
literal arguments exactly, so the catalogue is what the code asks for.

The .ts files are the sources (committed); the .qm files are built (ignored by git)
next to them, inside the package, so the installed app and the bundle find them
with importlib.resources.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pos_loyalty"
CATALOGUES = PACKAGE / "resources" / "i18n"
# Qt's locale names for the TS header; every one of these has two plural forms in Qt
# (French counts 0 and 1 as singular, which Qt's rules already know). English holds
# only the plurals: "%n stamps" is the source, the catalogue says "%n stamp" for one.
LANGUAGES = {"en": "en_GB", "nl": "nl_NL", "fr": "fr_FR", "de": "de_DE"}
NUMERUS_FORMS = {"en": 2, "nl": 2, "fr": 2, "de": 2}
FUNCTIONS = {"translate", "translate_noop"}


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str | None
    numerus: bool
    files: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation or "")


@dataclass
class Problem:
    """A translate() call the extractor cannot read: its arguments are not literals."""

    file: str
    line: int
    text: str


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_none(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


def calls_in(path: Path, relative: str) -> tuple[list[Message], list[Problem]]:
    """Every translate()/translate_noop() call in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Message] = []
    problems: list[Problem] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in FUNCTIONS:
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr == "translate":
            # QCoreApplication.translate(...) and the like are Qt's, not ours; only
            # i18n.translate is read when written as an attribute.
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "i18n"):
                continue
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        args = list(node.args)
        context = _literal(args[0] if args else keywords.get("context"))
        source = _literal(args[1] if len(args) > 1 else keywords.get("source"))
        third = args[2] if len(args) > 2 else keywords.get("disambiguation")
        disambiguation = _literal(third)
        source_node = args[1] if len(args) > 1 else keywords.get("source")
        if source is None and isinstance(source_node, ast.Name | ast.Attribute | ast.Subscript):
            # translate(ctx, variable): a text marked elsewhere with translate_noop().
            continue
        if context is None or source is None or (disambiguation is None and not _is_none(third)):
            problems.append(
                Problem(relative, node.lineno, "translate() needs literal, positional text")
            )
            continue
        n = args[3] if len(args) > 3 else keywords.get("n")
        numerus = n is not None and not (isinstance(n, ast.Constant) and n.value == -1)
        found.append(Message(context, source, disambiguation, numerus, {relative}))
    return found, problems


def extract(package: Path = PACKAGE) -> tuple[dict[tuple[str, str, str], Message], list[Problem]]:
    """Every message of the package, keyed by (context, source, disambiguation)."""
    messages: dict[tuple[str, str, str], Message] = {}
    problems: list[Problem] = []
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts or (path.name == "i18n.py" and path.parent.name == "domain"):
            continue
        relative = path.relative_to(package.parent).as_posix()
        found, bad = calls_in(path, relative)
        problems.extend(bad)
        for message in found:
            known = messages.get(message.key)
            if known is None:
                messages[message.key] = message
            else:
                known.files |= message.files
                known.numerus = known.numerus or message.numerus
    return messages, problems


# The .ts files


@dataclass
class Entry:
    """One message as the catalogue holds it."""

    context: str
    source: str
    disambiguation: str | None
    numerus: bool
    forms: list[str]  # one string, or one per plural form
    state: str  # "" (finished), "unfinished", "vanished"
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation or "")

    @property
    def finished(self) -> bool:
        return self.state == "" and all(form.strip() for form in self.forms)


def ts_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"pos_loyalty_{language}.ts"


def read_ts(path: Path) -> list[Entry]:
    if not path.exists():
        return []
    entries: list[Entry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            state = "" if translation is None else translation.get("type", "")
            if state == "obsolete":
                state = "vanished"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")] or [""]
            else:
                forms = [translation.text or ""]
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    numerus,
                    forms,
                    state,
                    [_from_root(loc.get("filename", "")) for loc in message.iter("location")],
                )
            )
    return entries


# The project root seen from the .ts folder (pos_loyalty/resources/i18n).
_FROM_TS_FOLDER = "../../../"


def _from_root(location: str) -> str:
    """A location's file as the project root sees it (what ``write_ts`` was given):
    every leading ``../`` goes, so reading and writing again never adds any."""
    while location.startswith("../"):
        location = location[3:]
    return location


def write_ts(path: Path, language: str, entries: list[Entry]) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=lambda e: (e.context, e.source, e.disambiguation or "")):
        by_context.setdefault(entry.context, []).append(entry)
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for entry in items:
            message = ET.SubElement(context, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            for filename in sorted(entry.files):
                # From the .ts folder, as Qt Linguist expects; no line numbers, so an
                # edit elsewhere in a file does not touch the catalogue.
                ET.SubElement(message, "location", filename=_FROM_TS_FOLDER + filename)
            ET.SubElement(message, "source").text = entry.source
            if entry.disambiguation:
                ET.SubElement(message, "comment").text = entry.disambiguation
            translation = ET.SubElement(message, "translation")
            if entry.state:
                translation.set("type", entry.state)
            if entry.numerus:
                for form in entry.forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def merge(
    language: str, messages: dict[tuple[str, str, str], Message], old: list[Entry]
) -> list[Entry]:
    """The catalogue for ``messages``: translations kept, new ones unfinished, and
    removed ones kept as vanished when they had a translation (a string that comes
    back gets it again), else dropped."""
    count = NUMERUS_FORMS[language]
    known = {entry.key: entry for entry in old}
    merged: list[Entry] = []
    for key, message in messages.items():
        files = sorted(f.removeprefix("../../../") for f in message.files)
        entry = known.pop(key, None)
        if entry is None:
            forms = [""] * count if message.numerus else [""]
            merged.append(
                Entry(*key[:2], message.disambiguation, message.numerus, forms, "unfinished", files)
            )
            continue
        if entry.numerus != message.numerus:
            # Now a plural (or no longer one): the old text is a hint, not an answer.
            first = entry.forms[0]
            entry.forms = [first] * count if message.numerus else [first]
            entry.numerus = message.numerus
            entry.state = "unfinished"
        elif entry.numerus and len(entry.forms) != count:
            entry.forms = (entry.forms + [""] * count)[:count]
            entry.state = "unfinished"
        elif entry.state == "vanished":
            entry.state = ""
        if not all(form.strip() for form in entry.forms):
            entry.state = "unfinished"
        entry.files = files
        merged.append(entry)
    for entry in known.values():
        if any(form.strip() for form in entry.forms):
            entry.state = "vanished"
            entry.files = []
            merged.append(entry)
    return merged


def update(folder: Path = CATALOGUES) -> dict[str, tuple[int, int]]:
    """Extract and merge into every catalogue; per language (messages, unfinished)."""
    messages, problems = extract()
    for problem in problems:
        print(f"{problem.file}:{problem.line}: {problem.text}", file=sys.stderr)
    counts: dict[str, tuple[int, int]] = {}
    for language in LANGUAGES:
        path = ts_path(language, folder)
        wanted = messages
        if language == "en":
            wanted = {key: m for key, m in messages.items() if m.numerus}
        entries = merge(language, wanted, read_ts(path))
        write_ts(path, language, entries)
        live = [e for e in entries if e.state != "vanished"]
        counts[language] = (len(live), sum(1 for e in live if not e.finished))
    return counts


# Filling in translations


def todo(language: str) -> list[dict[str, object]]:
    """Unfinished messages of ``language``, one per distinct source text."""
    seen: dict[tuple[str, bool], dict[str, object]] = {}
    for entry in read_ts(ts_path(language)):
        if entry.state == "vanished" or entry.finished:
            continue
        seen.setdefault(
            (entry.source, entry.numerus),
            {"s": entry.source, "n": entry.numerus, "c": entry.context},
        )
    return list(seen.values())


def fill(path: Path, *, reuse: bool = True) -> dict[str, int]:
    """Translations from a JSON list of ``{"s": source, "c": context (optional),
    "nl": text or [forms], "fr": ..., "de": ...}``; a given context limits the entry to
    it, else it applies to every unfinished message with that source. With ``reuse``,
    a finished translation of the same source in another context fills the rest."""
    items = json.loads(path.read_text(encoding="utf-8")) if path else []
    filled: dict[str, int] = {}
    for language in LANGUAGES:
        catalogue = ts_path(language)
        entries = read_ts(catalogue)
        count = 0
        for entry in entries:
            if entry.state == "vanished" or entry.finished:
                continue
            for item in items:
                if item["s"] != entry.source or ("c" in item and item["c"] != entry.context):
                    continue
                text = item.get(language)
                if text is None:
                    continue
                forms = [text] if isinstance(text, str) else list(text)
                if entry.numerus and len(forms) == 1:
                    forms = forms * NUMERUS_FORMS[language]
                entry.forms = forms
                entry.state = ""
                count += 1
        if reuse:
            done = {(e.source, e.numerus): e.forms for e in entries if e.finished}
            for entry in entries:
                if entry.state != "vanished" and not entry.finished:
                    known = done.get((entry.source, entry.numerus))
                    if known is not None:
                        entry.forms, entry.state = list(known), ""
                        count += 1
        write_ts(catalogue, language, entries)
        filled[language] = count
    return filled


# Building the .qm files


def lrelease() -> list[str] | None:
    """How to run Qt's lrelease: PySide6's own, or one on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:
        return None
    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    return [str(binary)] if binary.exists() else None


def build(out: Path = CATALOGUES, folder: Path = CATALOGUES) -> list[Path]:
    """Every .ts compiled to a .qm in ``out``; raises RuntimeError without lrelease."""
    command = lrelease()
    if command is None:
        raise RuntimeError("pyside6-lrelease was not found: pip install PySide6-Essentials")
    out.mkdir(parents=True, exist_ok=True)
    built: list[Path] = []
    for language in LANGUAGES:
        source = ts_path(language, folder)
        target = out / source.with_suffix(".qm").name
        subprocess.run(
            [*command, "-silent", "-nounfinished", str(source), "-qm", str(target)], check=True
        )
        built.append(target)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="update the .ts files from the source")
    building = commands.add_parser("build", help="compile the .ts files to .qm")
    building.add_argument("out", nargs="?", type=Path, default=CATALOGUES)
    listing = commands.add_parser("todo", help="unfinished messages as JSON")
    listing.add_argument("language", choices=sorted(LANGUAGES))
    filling = commands.add_parser("fill", help="take translations from a JSON file")
    filling.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "extract":
        for language, (total, unfinished) in update().items():
            print(f"{ts_path(language).name}: {total} messages, {unfinished} unfinished")
    elif args.command == "build":
        try:
            for path in build(args.out):
                print(f"built {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    elif args.command == "todo":
        print(json.dumps(todo(args.language), ensure_ascii=False, indent=1))
    else:
        for language, count in fill(args.file).items():
            print(f"{language}: {count} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
