"""The back office on the command line: the parsers and their dispatch.

    members import FILE.csv --card ID [--dry-run] [--report FILE.csv]
    members export --card ID --out FILE.csv [--include-voided]
    push  --card ID --message TEXT [--to CODE …]
    cards list [--db FILE | --url URL] [--format table|json]
    cards copy ID [--name NAME] [--db FILE | --url URL]
    report day [--date YYYY-MM-DD] [--out FILE.csv] [--db STATION_FILE] [--card ID]

The backend is ``--url`` or POS_LOYALTY_API_URL, with POS_LOYALTY_API_KEY and
POS_LOYALTY_API_SECRET from the environment, else the counter's own (cli_backend.py).
``cards … --db FILE`` acts on a server's database file directly, as ``cards add|edit``.
"""

import argparse
import sys
from datetime import date
from typing import NoReturn

from pos_loyalty.cli_members import card_id_arg, path_arg

COMMANDS = ("push", "report")
_MEMBER_ACTIONS = ("import", "export")
MAX_PUSH_MESSAGE = 500
MAX_CARD_NAME = 50


class _OneLineParser(argparse.ArgumentParser):
    """argparse, with its errors on one line and what to do."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see '{self.prog} --help')", file=sys.stderr)
        sys.exit(2)


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None


def _batch_size(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError(f"{value!r}: a batch has 1 to 1000 members")
    return int(value)


def _message(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the message is empty")
    if len(value) > MAX_PUSH_MESSAGE:
        raise argparse.ArgumentTypeError(
            f"the message has {len(value)} characters; at most {MAX_PUSH_MESSAGE}"
        )
    return value


def _card_name(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the name is empty")
    if len(value) > MAX_CARD_NAME:
        raise argparse.ArgumentTypeError(
            f"the name has {len(value)} characters; at most {MAX_CARD_NAME}"
        )
    return value


def _subcommands(
    parser: argparse.ArgumentParser,
) -> "argparse._SubParsersAction[argparse.ArgumentParser]":
    """The ACTION sub-parsers of a command another module defined (e.g. ``members``)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(f"{parser.prog} has no actions")


def _url(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="the API's base URL, e.g. https://loyalty.example/v4")


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``members import|export`` (to the members command, which must be registered
    already), ``push`` and ``report``."""
    _register_members(_subcommands(commands.choices["members"]))
    _register_push(commands)
    _register_report(commands)


def _register_members(members: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    do_import = members.add_parser(
        "import",
        help="add members from a CSV file, in batches; run it again to finish an interrupted one",
        description="Add members from a CSV file whose header names some of first_name,"
        " last_name, email, phone, address, zip, city, custom_1 … custom_8 (UTF-8, UTF-16 or"
        " Windows-1252; comma or semicolon). Bad rows and rows whose e-mail or phone is"
        " already a member's (or repeats in the file) are left out and listed in the report."
        " If the import is interrupted, the same command finishes it: no member is added"
        " twice (a record of each import is kept in the user data folder).",
    )
    do_import.add_argument("file", type=path_arg, metavar="FILE.csv")
    do_import.add_argument(
        "--card", type=card_id_arg, required=True, metavar="ID", help="program id"
    )
    _url(do_import)
    do_import.add_argument(
        "--dry-run", action="store_true", help="check and report only; add nobody"
    )
    do_import.add_argument(
        "--report",
        type=path_arg,
        metavar="FILE.csv",
        help="what became of each row (default: FILE-import-report.csv beside FILE)",
    )
    do_import.add_argument(
        "--batch-size", type=_batch_size, default=1000, metavar="N", help=argparse.SUPPRESS
    )
    do_import.add_argument("--quiet", action="store_true", help="no progress on stderr")

    export = members.add_parser(
        "export",
        help="write the members to a CSV file that import reads back",
        description="The import's columns, then code, stamps, rewards (usable now),"
        " reward_names and the dates, oldest member first.",
    )
    export.add_argument("--card", type=card_id_arg, required=True, metavar="ID", help="program id")
    _url(export)
    export.add_argument("--out", type=path_arg, required=True, metavar="FILE.csv")
    export.add_argument("--include-voided", action="store_true", help="voided cards too")


def _register_push(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    push = commands.add_parser(
        "push",
        help="send a message to a program's members",
        description="Send a push message (1-500 characters) to every active member, or to the"
        " members whose codes follow --to. The same message to the same members is sent once"
        " a day: running the command again (say, after a lost answer) does not send it twice.",
    )
    push.error = lambda message: _error(push, message)  # type: ignore[method-assign]
    push.add_argument("--card", type=card_id_arg, required=True, metavar="ID", help="program id")
    _url(push)
    push.add_argument("--message", type=_message, required=True, metavar="TEXT")
    push.add_argument("--to", nargs="+", metavar="CODE", help="member codes (default: everyone)")


def _register_report(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    report = commands.add_parser("report", help="the day's numbers of this station")
    report.error = lambda message: _error(report, message)  # type: ignore[method-assign]
    reports = report.add_subparsers(
        dest="report_command", metavar="ACTION", required=True, parser_class=_OneLineParser
    )
    day = reports.add_parser(
        "day",
        help="stamps, rewards, sign-ups, undos and repeat stamps by shift, operator and day",
        description="From the station file's journal and audit log: this station's doings,"
        " per shift (an operator's sign-in to the next switch), per operator and for the day.",
    )
    day.add_argument("--date", type=_day, help="YYYY-MM-DD, local time (default: today)")
    day.add_argument("--out", type=path_arg, metavar="FILE.csv", help="also write it as CSV")
    day.add_argument(
        "--db",
        type=path_arg,
        metavar="STATION_FILE",
        help="a station file (default: the one of the counter's backend, or of --url)",
    )
    day.add_argument("--card", type=card_id_arg, metavar="ID", help="one program only")
    day.add_argument("--url", help=argparse.SUPPRESS)


def register_cards(cards: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """``cards list`` and ``cards copy``, into the ``cards`` command's actions."""
    listing = cards.add_parser(
        "list",
        help="list the programs: goal, rewards and members",
        description="With --db, the programs of a server database file; otherwise those of"
        " the backend (--url or POS_LOYALTY_API_URL, with the key pair in the environment),"
        " with their member counts.",
    )
    listing.add_argument("--db", type=path_arg, help="a server database file")
    _url(listing)
    listing.add_argument("--format", choices=("table", "json"), default="table")
    copy = cards.add_parser(
        "copy",
        help="copy a program: the same rules, a new code, no members",
    )
    copy.add_argument("card_id", type=card_id_arg, metavar="ID")
    copy.add_argument("--name", type=_card_name, help="the copy's name (at most 50 characters)")
    copy.add_argument("--db", type=path_arg, help="a server database file")
    _url(copy)


def _error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    print(f"error: {message} (see '{parser.prog} --help')", file=sys.stderr)
    sys.exit(2)


def handles(args: argparse.Namespace) -> bool:
    """Whether a parsed command is one of these (``cards list --db`` stays the server's)."""
    if args.command in COMMANDS:
        return True
    if args.command == "members":
        return getattr(args, "members_command", None) in _MEMBER_ACTIONS
    if args.command == "cards":
        action = getattr(args, "cards_command", None)
        return action == "copy" or (action == "list" and args.db is None)
    return False


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed back-office command; returns the exit code."""
    # Imported here so that `pos-loyalty --help` stays quick.
    from pos_loyalty.cli_backend import run_async

    if args.command == "members":
        from pos_loyalty import cli_backoffice_members as members

        action = members.import_members if args.members_command == "import" else None
        return run_async((action or members.export_members)(args))
    if args.command == "push":
        from pos_loyalty.cli_backoffice_push import push

        return run_async(push(args))
    if args.command == "report":
        from pos_loyalty.cli_backoffice_report import report_day

        return report_day(args)
    from pos_loyalty import cli_backoffice_cards as cards

    if args.cards_command == "copy" and args.db is not None:
        return cards.copy_card_locally(args)
    return run_async((cards.copy_card if args.cards_command == "copy" else cards.list_cards)(args))
