"""List and copy loyalty cards."""

from typing import Annotated

from fastapi import APIRouter, Body, Request
from starlette.responses import Response

from pos_loyalty.server.routes.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    context,
    json_response,
    run_write,
)
from pos_loyalty.server.routes.params import CardId
from pos_loyalty.server.schemas import CardOut, CopyCardRequest

router = APIRouter(prefix="/loyalty/loyalty-cards", tags=["cards"])


@router.get("", responses={200: {"model": list[CardOut]}, **READ_ERRORS}, response_model=None)
async def list_cards(request: Request) -> Response:
    return json_response([card.payload() for card in context(request).cards.all()])


@router.post(
    "/{card_id}/copy", responses={200: {"model": CardOut}, **WRITE_ERRORS}, response_model=None
)
async def copy_card(
    request: Request, card_id: CardId, body: Annotated[CopyCardRequest | None, Body()] = None
) -> Response:
    ctx = context(request)
    name = body.name if body is not None else None
    return await run_write(request, 200, lambda: ctx.cards.copy(card_id, name).payload())
