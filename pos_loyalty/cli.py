"""The ``pos-loyalty`` command: the counter app, or serve, keys, cards, station and decode
(see README)."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pos_loyalty import __version__, cli_backoffice, cli_members, cli_server
from pos_loyalty.domain.stamp_rules import DEFAULT_STAMP_GOAL, RewardRule


def _database(value: str) -> Path:
    return Path(value).expanduser()


def _database_target(value: str) -> Path | str:
    """A SQLite file, or a PostgreSQL URL kept as text (a Path would fold its //)."""
    return value if value.startswith(("postgresql://", "postgres://")) else _database(value)


def _reward(value: str) -> RewardRule:
    """THRESHOLD:NAME[:VALIDITY_DAYS], e.g. ``5:Free cookie:30``."""
    parts = value.split(":")
    try:
        threshold = int(parts[0])
        name = parts[1]
        days = int(parts[2]) if len(parts) > 2 and parts[2] else None
    except (IndexError, ValueError):
        raise argparse.ArgumentTypeError(
            f"reward {value!r} is not THRESHOLD:NAME[:VALIDITY_DAYS], e.g. '5:Free cookie:30'"
        ) from None
    return RewardRule(threshold, name, days)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} must not be negative")
    return number


def _kiosk_flavour(value: str) -> str:
    """--kiosk alone ("": the settings' flavour), staff or self-service."""
    flavour = value.strip().lower()
    if flavour not in ("", "staff", "self-service"):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a kiosk flavour: use staff or self-service"
        )
    return flavour


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos-loyalty",
        description="The loyalty counter station. With no command it starts the counter"
        " (in demo mode until a backend is set up).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="scan with a camera: a device index (0), a video file, or a folder of images",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the counter in demo mode, without the first-start guide"
        " (the settings file is left as it is)",
    )
    parser.add_argument(
        "--kiosk",
        nargs="?",
        const="",
        type=_kiosk_flavour,
        metavar="FLAVOUR",
        help="full screen with no way out but a manager's PIN (a tablet or a kiosk at boot);"
        " FLAVOUR is staff (the counter, the default) or self-service (customers scan"
        " their own card)",
    )
    parser.add_argument(
        "--customer-display",
        nargs="?",
        const="",
        metavar="SCREEN",
        help="a second window facing the customer (name, stamps, rewards), full screen on"
        " SCREEN (a number or a name such as HDMI-1; default: the first screen besides the"
        " counter's) or a window when there is no such screen",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the v4 loyalty API server")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=_positive, default=8765, help="0 picks a free port")
    serve.add_argument(
        "--db",
        type=_database_target,
        help="SQLite file (default: in the user data dir), or postgresql://USER@HOST/DB",
    )
    serve.add_argument(
        "--workers", type=_positive, default=1, help="server processes (PostgreSQL only)"
    )
    serve.add_argument("--demo", action="store_true", help="seed demo programs and members")
    serve.add_argument("--rate-limit", type=float, default=50.0, help="requests/s per key, 0=off")
    serve.add_argument("--rate-burst", type=_positive, default=100)
    serve.add_argument("--max-body", type=_positive, default=1024 * 1024, help="bytes")
    serve.add_argument("--public-url", help="base of download_url, e.g. https://loyalty.example")

    keys = commands.add_parser("keys", help="manage API key pairs")
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    create = keys_commands.add_parser("create", help="create a key pair and print it")
    create.add_argument("--db", type=_database_target, required=True)

    cards = commands.add_parser("cards", help="manage loyalty programs (cards)")
    cards_commands = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True)
    cli_backoffice.register_cards(cards_commands)  # list (--db or a backend) and copy
    for action in ("add", "edit"):
        sub = cards_commands.add_parser(action, help=f"{action} a program")
        if action == "edit":
            sub.add_argument("card_id", type=int)
        sub.add_argument("--db", type=_database_target, required=True)
        sub.add_argument("--name", required=action == "add")
        sub.add_argument("--type", choices=("stamp", "membership"))
        sub.add_argument(
            "--goal", type=_positive, help=f"stamp goal (default {DEFAULT_STAMP_GOAL})"
        )
        sub.add_argument(
            "--reward",
            type=_reward,
            action="append",
            help="THRESHOLD:NAME[:VALIDITY_DAYS]; repeat for several (replaces all on edit)",
        )
        sub.add_argument("--daily-limit", type=_positive, help="stamps per member per day, 0=none")
    station = commands.add_parser("station", help="manage this station's own files")
    station_commands = station.add_subparsers(
        dest="station_command", metavar="ACTION", required=True
    )
    purge = station_commands.add_parser(
        "purge-index",
        help="wipe the station's copy of the members (names, e-mail, phone);"
        " the queued stamps and the audit log stay",
    )
    purge.add_argument(
        "--db",
        type=_database,
        action="append",
        help="a station file (default: every station file in the user data dir); repeatable",
    )
    decode = commands.add_parser(
        "decode", help="print the codes the camera decoder reads in images"
    )
    decode.add_argument("files", nargs="+", type=Path, metavar="FILE")
    cli_server.register(commands)
    cli_members.register(commands)
    cli_backoffice.register(commands)  # after members: it adds members import|export
    return parser


def _purge_member_copies(files: Sequence[Path]) -> int:
    import sqlite3

    from pos_loyalty.paths import data_dir
    from pos_loyalty.station.database import StationDatabaseError, open_station_database
    from pos_loyalty.station.member_index import purge_member_copy

    if not files:
        # The station files the counter opens: station-<backend>.sqlite3, one per backend.
        files = sorted(data_dir().glob("station-*.sqlite3"))
        if not files:
            print(f"No station files in {data_dir()}: there is no member copy to purge.")
            return 0
    for path in files:
        if not path.is_file():
            print(f"error: there is no station file at {path}", file=sys.stderr)
            return 1
        try:
            conn = open_station_database(path)
        except StationDatabaseError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return 1
        try:
            removed = purge_member_copy(conn)
        except sqlite3.Error as exc:
            print(f"error: cannot purge the member copy in {path}: {exc}", file=sys.stderr)
            return 1
        finally:
            conn.close()
        members = "1 member" if removed == 1 else f"{removed} members"
        print(f"{path}: this station's copy of {members} was wiped.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from pos_loyalty.app import run_app

        return run_app(
            camera=args.camera,
            demo=args.demo,
            kiosk=args.kiosk is not None,
            kiosk_flavour=args.kiosk or None,
            customer_display=args.customer_display,
        )
    if args.command == "decode":
        from pos_loyalty.scanning.decode_files import decode_files

        return decode_files(args.files)
    if args.command == "station":
        return _purge_member_copies(args.db or [])
    if args.command == cli_server.COMMAND:
        return cli_server.run(args)
    if cli_backoffice.handles(args):
        return cli_backoffice.run(args)
    if args.command in cli_members.COMMANDS:
        return cli_members.run(args)
    # Imported here so that `pos-loyalty --help` stays quick.
    from pos_loyalty.server import admin
    from pos_loyalty.server.database import DatabaseError

    try:
        if args.command == "serve":
            return admin.run_server(args)
        if args.command == "keys":
            return admin.create_key(args.db)
        return admin.manage_cards(args)
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
