"""Every string the code translates is in each catalogue, translated, with its
placeholders and plural forms: a missing or unfinished string fails here.

The fix is `make i18n` (extract), then translate what is marked unfinished in
pos_loyalty/resources/i18n/pos_loyalty_{nl,fr,de}.ts (and the English plurals in
pos_loyalty_en.ts).
"""

import re
from typing import Any

import pytest

from tests.i18n.catalogue import load_tool

tool = load_tool()
MESSAGES, PROBLEMS = tool.extract()
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def catalogue(language: str) -> dict[tuple[str, str, str], Any]:
    return {e.key: e for e in tool.read_ts(tool.ts_path(language)) if e.state != "vanished"}


def shown(key: tuple[str, str, str]) -> str:
    return f"{key[0]}: {key[1]!r}"


def test_every_translate_call_has_literal_text() -> None:
    """translate(ctx, f"...") or a concatenation cannot be looked up: the extractor says where."""
    assert [f"{p.file}:{p.line}" for p in PROBLEMS] == []


def test_the_extractor_finds_the_code_s_strings() -> None:
    """A guard against an extractor that silently finds nothing."""
    assert len(MESSAGES) > 100
    assert ("Errors", "Something went wrong. It was logged; try again.", "") in MESSAGES
    assert any(m.numerus for m in MESSAGES.values())


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_string_is_in_the_catalogue(language: str) -> None:
    entries = catalogue(language)
    missing = [shown(key) for key in MESSAGES if key not in entries]
    assert missing == [], f"not in pos_loyalty_{language}.ts (run make i18n): {missing[:20]}"


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_string_is_translated(language: str) -> None:
    entries = catalogue(language)
    unfinished = [shown(k) for k in MESSAGES if k in entries and not entries[k].finished]
    assert unfinished == [], f"untranslated in pos_loyalty_{language}.ts: {unfinished[:20]}"


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_placeholders_and_plural_forms_are_kept(language: str) -> None:
    entries = catalogue(language)
    wrong = []
    for key, message in MESSAGES.items():
        entry = entries.get(key)
        if entry is None or (language == "en" and not message.numerus):
            continue
        if entry.numerus != message.numerus:
            wrong.append(f"{shown(key)}: plural in the code but not in the catalogue")
            continue
        if message.numerus and len(entry.forms) != tool.NUMERUS_FORMS[language]:
            wrong.append(f"{shown(key)}: {len(entry.forms)} plural forms")
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in entry.forms:
            if form and sorted(set(PLACEHOLDER.findall(form))) != sorted(set(wanted)):
                wrong.append(f"{shown(key)}: placeholders differ in {form!r}")
            if form and "%n" in message.source and "%n" not in form and "1" not in form:
                wrong.append(f"{shown(key)}: the count %n is lost in {form!r}")
    assert wrong == []


def test_english_has_both_plural_forms() -> None:
    """The source is the plural; the English catalogue says the singular."""
    entries = catalogue("en")
    plurals = [k for k, m in MESSAGES.items() if m.numerus]
    unfinished = [shown(k) for k in plurals if k not in entries or not entries[k].finished]
    assert unfinished == []


def test_reading_and_writing_a_catalogue_again_changes_nothing(tmp_path: Any) -> None:
    """Filling in translations reads a catalogue and writes it back: its file
    locations must come out as they went in (they once grew by ../../../ a time)."""
    source = tool.ts_path("nl")
    copy = tmp_path / "pos_loyalty_nl.ts"
    entries = tool.read_ts(source)
    tool.write_ts(copy, "nl", entries)
    tool.write_ts(copy, "nl", tool.read_ts(copy))
    assert copy.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    files = {f for entry in entries for f in entry.files}
    assert files
    assert all(f.startswith("pos_loyalty/") for f in files), sorted(files)[:3]
