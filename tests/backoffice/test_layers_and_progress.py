"""The back office imports without Qt and without the server; the import's progress as a
terminal and a log see it; a program's name as a copy takes it."""

import io
import pkgutil
import subprocess
import sys

import pos_loyalty.backoffice
from pos_loyalty.backoffice.import_summary import ImportProgress
from pos_loyalty.backoffice.programs import name_problem
from pos_loyalty.cli_backoffice_members import TerminalProgress

MODULES = [
    *(
        m.name
        for m in pkgutil.walk_packages(pos_loyalty.backoffice.__path__, "pos_loyalty.backoffice.")
    ),
    "pos_loyalty.cli_backoffice",
    "pos_loyalty.cli_backoffice_members",
    "pos_loyalty.cli_backoffice_push",
    "pos_loyalty.cli_backoffice_cards",
    "pos_loyalty.cli_backoffice_report",
]


def test_the_back_office_imports_without_pyside6_and_without_the_server() -> None:
    code = (
        "import importlib, sys\n"
        "sys.modules['PySide6'] = None\nsys.modules['qasync'] = None\n"
        f"for name in {MODULES!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('pos_loyalty.server',"
        " 'pos_loyalty.ui'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert len(MODULES) > 10


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(progress: TerminalProgress) -> None:
    progress(ImportProgress("reading"))
    progress(ImportProgress("sending", 0, 2500, 0, 3))
    progress(ImportProgress("sending", 1000, 2500, 1, 3))
    progress(ImportProgress("sending", 2500, 2500, 3, 3))
    progress(ImportProgress("done", 2500, 2500, 3, 3))


def test_on_a_terminal_the_bar_is_redrawn_in_place_and_cleared() -> None:
    out = _Terminal()
    _run(TerminalProgress(out))
    text = out.getvalue()
    assert text.startswith("reading the program's members to find those already in …\n")
    assert (
        "\r  importing [############------------------] 1000/2500 members  40%  batch 1/3" in text
    )
    assert text.endswith("\r\x1b[K")  # nothing left behind for the last line on stdout


def test_in_a_log_a_plain_line_per_batch_and_quiet_says_nothing() -> None:
    log = io.StringIO()
    _run(TerminalProgress(log))
    assert log.getvalue().splitlines() == [
        "reading the program's members to find those already in …",
        "batch 1 of 3 done: 1000 of 2500 rows sent",
        "batch 3 of 3 done: 2500 of 2500 rows sent",
    ]
    quiet = io.StringIO()
    _run(TerminalProgress(quiet, quiet=True))
    assert quiet.getvalue() == ""


def test_a_program_name_is_one_to_fifty_characters() -> None:
    assert name_problem("Summer club") is None
    assert name_problem("   ") == "A program needs a name."
    assert name_problem("N" * 51) == "A program's name has at most 50 characters (51 now)."
