"""``pos-loyalty server …``: looking after the bundled server's database.

    server backup --db FILE --out FILE     a consistent copy, also of a running server
    server restore --from FILE --db FILE   put a backup in place (stop the server first)
    server members [--db FILE]             list the members and their codes

Kept apart from ``cli.py`` so that this group grows without touching the others.
"""

import argparse
import os
import sys
from pathlib import Path

COMMAND = "server"


def _path(value: str) -> Path:
    return Path(value).expanduser()


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``server`` and its actions to the top-level command parser."""
    from pos_loyalty.paths import APP_NAME

    server = commands.add_parser(COMMAND, help="back up, restore or list the server's database")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    backup = actions.add_parser(
        "backup", help="copy the database, safely even while the server runs and writes"
    )
    backup.add_argument("--db", type=_path, required=True, help="the server's SQLite file")
    backup.add_argument("--out", type=_path, required=True, help="the backup file to write")
    restore = actions.add_parser(
        "restore",
        help="put a backup in place of the database (stop the server first);"
        " the replaced database is kept beside it",
    )
    restore.add_argument("--from", dest="backup", type=_path, required=True, metavar="FILE")
    restore.add_argument("--db", type=_path, required=True, help="the server's SQLite file")
    members = actions.add_parser("members", help="list the members: code, program, name, stamps")
    members.add_argument(
        "--db",
        type=_path,
        help=f"the server's SQLite file (default: the counter's demo database,"
        f" demo.sqlite3 in the {APP_NAME} user data folder)",
    )


def run(args: argparse.Namespace) -> int:
    """Carry out a parsed ``server`` command; returns the exit code."""
    from pos_loyalty.server import admin
    from pos_loyalty.server.backup import BackupError, backup, restore
    from pos_loyalty.server.database import DatabaseError

    try:
        if args.server_command == "backup":
            summary = backup(args.db, args.out)
            print(f"backed up {args.db} to {args.out}: {summary.describe()}")
            return 0
        if args.server_command == "restore":
            summary, kept = restore(args.backup, args.db)
            print(f"restored {args.backup} into {args.db}: {summary.describe()}")
            if kept is not None:
                print(f"the database it replaced is kept as {kept}")
            return 0
        from pos_loyalty.paths import demo_database_path

        return admin.list_members(args.db or demo_database_path())
    except (BackupError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `pos-loyalty server members | head`: the reader has what it wanted. Python
        # would report the pipe again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
