"""What each ``members`` and ``audit`` command does (the parser is in cli_members.py)."""

import argparse
import csv
import io
import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pos_loyalty.api import Card, LoyaltyClient, Member
from pos_loyalty.cli_backend import (
    DEMO_BACKEND_ID,
    URL_ENV,
    BackendChoice,
    CommandError,
    UsageError,
    backend_id_of,
    open_audit,
    program,
    station_file,
)
from pos_loyalty.domain.timestamps import format_timestamp

CSV_COLUMNS = (
    "id", "code", "first_name", "last_name", "email", "phone", "city", "stamps",
    "usable_rewards", "voided_at", "created_at", "download_url",
)  # fmt: skip


def member_json(member: Member) -> dict[str, Any]:
    """The member as the API writes it (timestamps as ``YYYY-MM-DD HH:MM:SS`` UTC)."""

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return format_timestamp(value)
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    data: dict[str, Any] = plain(member.model_dump())
    return data


def _usable(member: Member) -> int:
    return len(member.usable_rewards(datetime.now(UTC)))


async def _member(client: LoyaltyClient, card: Card, code: str) -> Member:
    code = code.strip()
    found = await client.find_user_by_code(card.id, code)
    if found is None:
        raise CommandError(
            f"no member has the code {code} in {card.name or f'program {card.id}'}: check the"
            f" code, or list the members with 'pos-loyalty members list --card {card.id}'."
        )
    return found


# members list


async def list_members(args: argparse.Namespace) -> int:
    async with program(args) as (client, card, _):
        members = [
            m
            async for m in client.iter_users(
                card.id, keyword=args.search.strip(), include_voided=args.include_voided
            )
        ]
    if args.format == "json":
        print(json.dumps([member_json(m) for m in members], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for m in members:
            row = member_json(m) | {"usable_rewards": _usable(m)}
            writer.writerow(["" if row.get(c) is None else row[c] for c in CSV_COLUMNS])
        sys.stdout.write(out.getvalue())
    else:
        print(_table(members))
    return 0


def _table(members: Sequence[Member]) -> str:
    head = ("CODE", "NAME", "EMAIL", "PHONE", "STAMPS", "REWARDS", "STATUS")
    rows = [
        (
            m.code,
            " ".join(p for p in (m.first_name, m.last_name) if p),
            m.email or "",
            m.phone or "",
            str(m.stamps),
            str(_usable(m)),
            f"voided {format_timestamp(m.voided_at)}" if m.voided_at else "active",
        )
        for m in members
    ]
    if not rows:
        return "No members match."
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in [head, *rows]
    ]
    return "\n".join(lines)


# members add


async def add_member(args: argparse.Namespace) -> int:
    from pos_loyalty.station.member_fields import InvalidMemberError, check_new_member

    given = {
        "first_name": args.first_name,
        "last_name": args.last_name,
        "email": args.email,
        "phone": args.phone,
        "address": args.address,
        "zip": args.zip,
        "city": args.city,
    }
    try:
        fields = check_new_member(given)
    except InvalidMemberError as invalid:
        name, problem = next(iter(invalid.problems.items()))
        raise UsageError(f"--{name.replace('_', '-')}: {problem}") from None
    async with program(args) as (client, card, choice):
        if not args.allow_duplicate:
            await _refuse_duplicates(client, card, fields)
        audit = open_audit(choice)
        member = await client.create_user(card.id, fields)
    audit.record(
        "create_member",
        outcome="applied",
        member_id=member.id,
        member_code=member.code,
        after=fields,
        detail=f"program {card.id}",
    )
    print(json.dumps(member_json(member), ensure_ascii=False, indent=2))
    return 0


async def _refuse_duplicates(client: LoyaltyClient, card: Card, fields: dict[str, str]) -> None:
    for field, what in (("email", "e-mail address"), ("phone", "phone number")):
        if not fields.get(field):
            continue
        page = await client.list_users(card.id, keyword=fields[field], strict=True, limit=5)
        if page.members:
            other = page.members[0]
            raise CommandError(
                f"{other.display_name} ({other.code}) already has this {what}; add"
                " --allow-duplicate to add another member anyway."
            )


# members card


async def print_card(args: argparse.Namespace) -> int:
    from pos_loyalty.cards import card_face, save_card

    if args.out.suffix.lower() not in (".pdf", ".png"):
        raise UsageError(f"--out {args.out}: a card is written as FILE.pdf or FILE.png.")
    if not args.out.parent.is_dir():
        raise UsageError(f"--out {args.out}: the folder {args.out.parent} does not exist.")
    async with program(args) as (client, card, _):
        member = await _member(client, card, args.code)
    if member.voided_at is not None:
        raise CommandError(
            f"the card {member.code} was voided on {format_timestamp(member.voided_at)}:"
            " print the member's current card instead."
        )
    out = save_card(card_face(member, card), args.out, args.dpi)
    print(
        f"{out}: the card of {member.display_name} ({member.code}), 85.6 x 54 mm at {args.dpi} dpi"
    )
    return 0


# members void / delete


async def void_member(args: argparse.Namespace) -> int:
    async with program(args) as (client, card, choice):
        member = await _member(client, card, args.code)
        if member.voided_at is not None:
            print(f"{member.code} ({member.display_name}) was already voided; nothing to do.")
            return 0
        losses = _losses(member)
        question = f"Void the card {member.code} of {member.display_name}?"
        if losses:
            question += f" It has {losses}: they are blocked with it."
        _confirm(args.yes, question, "y", "void")
        audit = open_audit(choice)
        voided = await client.void_user(card.id, member.id)
    audit.record(
        "void_member",
        outcome="applied",
        member_id=member.id,
        member_code=member.code,
        before={"stamps": member.stamps, "usable_rewards": _usable(member)},
        after={"voided_at": format_timestamp(voided.voided_at)},
        detail=f"program {card.id}",
    )
    print(f"voided: {member.code} ({member.display_name})")
    return 0


async def delete_member(args: argparse.Namespace) -> int:
    async with program(args) as (client, card, choice):
        member = await _member(client, card, args.code)
        losses = _losses(member)
        question = f"Delete {member.display_name} ({member.code}) for good?"
        if losses:
            question += f" Their {losses} are lost."
        _confirm(args.yes, question + " Type DELETE to go ahead:", "DELETE", "delete")
        audit = open_audit(choice)
        await client.delete_user(card.id, member.id)
    audit.record(
        "delete_member",
        outcome="applied",
        member_id=member.id,
        member_code=member.code,
        before={"stamps": member.stamps, "usable_rewards": _usable(member)},
        detail=f"program {card.id}",
    )
    print(f"deleted: {member.code} ({member.display_name})")
    return 0


def _losses(member: Member) -> str:
    parts = []
    if member.stamps:
        parts.append(f"{member.stamps} stamp{'s' if member.stamps != 1 else ''}")
    usable = _usable(member)
    if usable:
        parts.append(f"{usable} unused reward{'s' if usable != 1 else ''}")
    return " and ".join(parts)


def _confirm(yes: bool, question: str, expected: str, verb: str) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise UsageError(f"add --yes to {verb} without a question (there is no terminal to ask).")
    print(question + ("" if expected != "y" else " [y/N]"), end=" ", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip()
    if answer != expected and not (expected == "y" and answer.lower() in ("y", "yes")):
        raise CommandError(f"not confirmed; nothing was {verb}d.")


# audit export


async def export_audit(args: argparse.Namespace) -> int:
    from pos_loyalty.station.audit import AuditLog
    from pos_loyalty.station.clock import SystemClock

    path = args.db or station_file(_audit_backend(args.url))
    if not path.is_file():
        raise CommandError(
            f"there is no station file at {path}: no counter or command has written an audit"
            " log for this backend on this computer yet (give --db FILE to name one)."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        with args.out.open("w", newline="", encoding="utf-8") as out:
            count = AuditLog(conn, SystemClock()).export_csv(out)
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}.") from exc
    except sqlite3.Error as exc:
        raise CommandError(f"cannot read the audit log in {path}: {exc}.") from exc
    print(f"{args.out}: {count} audit entries from {path}")
    return 0


def _audit_backend(url_flag: str | None) -> BackendChoice:
    """The backend whose station file holds the log: no key needed to read it."""
    import os

    url = url_flag or os.environ.get(URL_ENV, "")
    if url:
        return BackendChoice(url, "", "", backend_id_of(url))
    from pos_loyalty.station.settings import SettingsStore

    settings = SettingsStore().load()
    if settings.backend == "demo":
        return BackendChoice("", "", "", DEMO_BACKEND_ID, demo=True)
    if not settings.base_url:
        raise UsageError("no backend is set up: give --db STATION_FILE.")
    return BackendChoice(settings.base_url, "", "", backend_id_of(settings.base_url))
