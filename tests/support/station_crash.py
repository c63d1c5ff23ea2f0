"""A station process that dies by SIGKILL at a chosen point of sending one stamp.

    python -m tests.support.station_crash JOURNAL BASE_URL KEY SECRET CARD MEMBER POINT

POINT is ``after-append`` (the stamp is journaled, never sent) or ``after-send``
(the server applied it, the answer was never recorded).
"""

import asyncio
import os
import signal
import sys
from pathlib import Path

from pos_loyalty.api import LoyaltyClient
from pos_loyalty.station.clock import SystemClock
from pos_loyalty.station.database import open_station_database
from pos_loyalty.station.journal import OperationJournal, OperationKind
from pos_loyalty.station.sender import JournalSender


async def main(argv: list[str]) -> None:
    journal_path, base_url, key, secret, card, member, point = argv
    journal = OperationJournal(open_station_database(Path(journal_path)), SystemClock())
    op = journal.append(
        OperationKind.ADD_STAMPS, int(card), {"amount": 1},
        operator="Alice", station="Till 1", member_id=int(member),
    )  # fmt: skip
    if point == "after-send":
        async with LoyaltyClient(base_url, key, secret) as client:
            sender = JournalSender(journal, client)  # records what it learns of the server
            journal.mark_sent(op.id)
            await sender._dispatch(journal.get(op.id))
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
