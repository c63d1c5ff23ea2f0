"""The backend's programs with their rules and member counts, and copying one."""

import asyncio
from dataclasses import dataclass

from pos_loyalty.api import Card, LoyaltyClient
from pos_loyalty.domain.i18n import translate

MAX_NAME = 50  # the API's limit on a card's name


@dataclass(frozen=True, slots=True)
class Program:
    card: Card
    members: int  # active (not voided)
    voided: int

    @property
    def goal(self) -> int | None:
        return self.card.stamps_required

    def rewards_words(self) -> str:
        """ "Free coffee at 10 (30 days)", or "" when the backend does not say."""
        return ", ".join(
            translate("Programs", "{reward} at {stamps}").format(reward=r.name, stamps=r.threshold)
            + (
                " " + translate("Programs", "(%n day(s))", None, r.validity_days)
                if r.validity_days is not None
                else ""
            )
            for r in self.card.rewards
        )


async def member_count(client: LoyaltyClient, card_id: int, *, include_voided: bool) -> int:
    """From the list's X-Total-Count (one small request); a backend without that
    extension is counted page by page."""
    page = await client.list_users(card_id, include_voided=include_voided, limit=1)
    if page.total is not None:
        return page.total
    count = 0
    async for _ in client.iter_users(card_id, include_voided=include_voided):
        count += 1
    return count


async def list_programs(client: LoyaltyClient) -> list[Program]:
    """Every program of the backend, with how many members it has."""
    cards = await client.list_cards()

    async def counted(card: Card) -> Program:
        active = await member_count(client, card.id, include_voided=False)
        everyone = await member_count(client, card.id, include_voided=True)
        return Program(card, active, max(everyone - active, 0))

    return list(await asyncio.gather(*(counted(c) for c in cards)))


def name_problem(name: str) -> str | None:
    if not name.strip():
        return translate("Programs", "A program needs a name.")
    if len(name) > MAX_NAME:
        return translate(
            "Programs", "A program's name has at most {limit} characters ({count} now)."
        ).format(limit=MAX_NAME, count=len(name))
    return None
