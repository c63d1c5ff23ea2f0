"""``pos-loyalty members …`` and ``pos-loyalty audit export``, for support desks and scripts.

    members list   --card ID [--search TEXT] [--include-voided] [--format table|csv|json]
    members add    --card ID --first-name … --last-name … --email … --phone …
    members card   --card ID MEMBER_CODE --out FILE.pdf|FILE.png [--dpi 203|300]
    members void   --card ID MEMBER_CODE [--yes]
    members delete --card ID MEMBER_CODE [--yes]
    audit export   --out FILE.csv [--db STATION_FILE]

The backend is ``--url`` or POS_LOYALTY_API_URL, with POS_LOYALTY_API_KEY and
POS_LOYALTY_API_SECRET from the environment; without them, the counter's own (see
cli_backend.py). Errors are one line; exit 2 for a command given wrong, 1 for one
that failed. Writes are audited in the backend's station file, beside the counter's.
"""

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

COMMANDS = ("members", "audit")
FORMATS = ("table", "csv", "json")


class _OneLineParser(argparse.ArgumentParser):
    """argparse, with its errors on one line and what to do."""

    def error(self, message: str) -> NoReturn:
        _one_line_error(self, message)


def _one_line_error(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    print(f"error: {message} (see '{parser.prog} --help')", file=sys.stderr)
    sys.exit(2)


def card_id_arg(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a program id (a number, e.g. 1)")
    return int(value)


def path_arg(value: str) -> Path:
    return Path(value).expanduser()


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``members`` and ``audit`` to the top-level command parser."""
    members = commands.add_parser(
        "members",
        help="list, add, void or delete a program's members, or print a member's card",
        description="Members of a program on the loyalty server. The server is --url or"
        " POS_LOYALTY_API_URL, with POS_LOYALTY_API_KEY and POS_LOYALTY_API_SECRET in the"
        " environment; without them, the counter's configured backend.",
    )
    members.error = lambda message: _one_line_error(members, message)  # type: ignore[method-assign]
    actions = members.add_subparsers(
        dest="members_command", metavar="ACTION", required=True, parser_class=_OneLineParser
    )

    def action(name: str, help: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help)
        sub.add_argument("--card", type=card_id_arg, required=True, metavar="ID", help="program id")
        sub.add_argument("--url", help="the API's base URL, e.g. https://loyalty.example/v4")
        return sub

    listing = action("list", "list the members")
    listing.add_argument("--search", metavar="TEXT", default="", help="part of a name, e-mail …")
    listing.add_argument("--include-voided", action="store_true", help="voided cards too")
    listing.add_argument("--format", choices=FORMATS, default="table")

    add = action("add", "add a member and print them as JSON")
    for flag in ("first-name", "last-name", "email", "phone", "address", "zip", "city"):
        add.add_argument(f"--{flag}", default="")
    add.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="add even when the e-mail or phone already belongs to a member",
    )

    card = action("card", "write the member's printable card (PDF or PNG)")
    card.add_argument("code", metavar="MEMBER_CODE")
    card.add_argument("--out", type=path_arg, required=True, metavar="FILE.pdf|FILE.png")
    card.add_argument("--dpi", type=int, choices=(203, 300), default=300)

    for name, what in (("void", "void the member's card (a lost card)"), ("delete", "delete")):
        sub = action(name, what + " the member" if name == "delete" else what)
        sub.add_argument("code", metavar="MEMBER_CODE")
        sub.add_argument("--yes", action="store_true", help="do not ask first")

    audit = commands.add_parser("audit", help="export the station's audit log")
    audit.error = lambda message: _one_line_error(audit, message)  # type: ignore[method-assign]
    audit_actions = audit.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=_OneLineParser
    )
    export = audit_actions.add_parser("export", help="who did what, as CSV")
    export.add_argument("--out", type=path_arg, required=True, metavar="FILE.csv")
    export.add_argument(
        "--db",
        type=path_arg,
        metavar="STATION_FILE",
        help="a station file (default: the one of the counter's backend, or of --url)",
    )
    export.add_argument("--url", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed ``members`` or ``audit`` command; returns the exit code."""
    import logging

    from pos_loyalty import cli_member_actions as actions
    from pos_loyalty.cli_backend import run_async

    # What goes wrong is said in one line; the library's own warnings (a missing
    # keyring …) would add lines of their own through logging's last-resort handler.
    logging.getLogger().addHandler(logging.NullHandler())

    if args.command == "audit":
        return run_async(actions.export_audit(args))
    handler: dict[str, Any] = {
        "list": actions.list_members,
        "add": actions.add_member,
        "card": actions.print_card,
        "void": actions.void_member,
        "delete": actions.delete_member,
    }
    return run_async(handler[args.members_command](args))
