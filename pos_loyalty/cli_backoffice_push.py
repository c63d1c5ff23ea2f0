"""``pos-loyalty push`` (the parser is in cli_backoffice.py)."""

import argparse
import sys
from datetime import UTC, datetime

from pos_loyalty.api import Card
from pos_loyalty.backoffice.push import push_key
from pos_loyalty.cli_backend import CommandError, open_audit, program


async def push(args: argparse.Namespace) -> int:
    async with program(args) as (client, card, choice):
        ids: list[int] | None = None
        if args.to:
            ids = []
            for code in dict.fromkeys(c.strip() for c in args.to):
                member = await client.find_user_by_code(card.id, code)
                if member is None:
                    raise CommandError(
                        f"no member has the code {code} in {_name(card)}; nothing was sent."
                    )
                if member.voided_at is not None:
                    print(
                        f"note: the card {code} of {member.display_name} is voided: it gets no"
                        " message.",
                        file=sys.stderr,
                    )
                    continue
                ids.append(member.id)
            if not ids:
                raise CommandError("every card given is voided; nothing was sent.")
            # In one order whatever the order given: the key and the request must match.
            ids = sorted(set(ids))
        audit = open_audit(choice)
        key = push_key(card.id, args.message, ids, datetime.now(UTC).date())
        detail = f"program {card.id}; key {key}"
        sent_before = audit.conn.execute(
            "SELECT 1 FROM audit_log WHERE action = 'push' AND detail = ?", (detail,)
        ).fetchone()
        # Sent even so: the server answers a key it knows with its first answer and
        # sends nothing, and this station may not have heard that answer.
        result = await client.push_notification(card.id, args.message, ids, idempotency_key=key)
    audit.record(
        "push",
        outcome="replayed" if sent_before else "applied",
        after={
            "message": args.message,
            "recipients": "all" if ids is None else len(ids),
            "total_recipients": result.total_recipients,
        },
        detail=detail,
    )
    people = "1 member" if result.total_recipients == 1 else f"{result.total_recipients} members"
    if sent_before:
        print(
            f"already sent today to {people} of {_name(card)}: not sent again (the same"
            " message to the same members goes out once a day)"
        )
    else:
        print(f"sent to {people} of {_name(card)}")
    return 0


def _name(card: Card) -> str:
    return card.name or f"program {card.id}"
