"""Add stamps (at both paths) and use rewards."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from starlette.responses import Response

from pos_loyalty.server.payloads import member_payload
from pos_loyalty.server.routes.common import WRITE_ERRORS, base_url, context, run_write
from pos_loyalty.server.routes.params import CardId, UserId
from pos_loyalty.server.schemas import StampsByIdRequest, StampsRequest, UseRewardsRequest, UserOut

router = APIRouter(prefix="/loyalty/loyalty-cards/{card_id}", tags=["stamps and rewards"])
_ANSWER: dict[int | str, dict[str, Any]] = {200: {"model": UserOut}, **WRITE_ERRORS}


async def _add_stamps(request: Request, card_id: int, user_id: int, amount: int) -> Response:
    ctx = context(request)

    def add() -> dict[str, Any]:
        # The member is asked for before the card's rules are read: on PostgreSQL
        # both come back in one round trip.
        locked = ctx.members.lock(card_id, user_id)
        card = ctx.cards.get(card_id)
        return member_payload(
            ctx.members.add_stamps(card, user_id, amount, locked), card, base_url(request)
        )

    return await run_write(request, 200, add)


@router.post("/stats/{user_id}", responses=_ANSWER, response_model=None)
async def add_stamps(
    request: Request, card_id: CardId, user_id: UserId, body: Annotated[StampsRequest, Body()]
) -> Response:
    return await _add_stamps(request, card_id, user_id, body.amount)


@router.post("/stamps", responses=_ANSWER, response_model=None)
async def add_stamps_by_id(
    request: Request, card_id: CardId, body: Annotated[StampsByIdRequest, Body()]
) -> Response:
    return await _add_stamps(request, card_id, body.stat_id, body.amount)


@router.put("/stats/{user_id}/rewards", responses=_ANSWER, response_model=None)
async def use_rewards(
    request: Request, card_id: CardId, user_id: UserId, body: Annotated[UseRewardsRequest, Body()]
) -> Response:
    """All or nothing: one unknown, used or expired reward fails the call."""
    ctx = context(request)

    def use() -> dict[str, Any]:
        card = ctx.cards.get(card_id)
        member = ctx.members.use_rewards(card, user_id, body.reward_ids)
        return member_payload(member, card, base_url(request))

    return await run_write(request, 200, use)
