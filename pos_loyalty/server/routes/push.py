"""Push notifications to a card's members."""

from typing import Annotated

from fastapi import APIRouter, Body, Request
from starlette.responses import Response

from pos_loyalty.server.routes.common import WRITE_ERRORS, context, run_write
from pos_loyalty.server.routes.params import CardId
from pos_loyalty.server.schemas import PushOut, PushRequest

router = APIRouter(prefix="/loyalty/loyalty-cards/{card_id}", tags=["notifications"])


@router.post(
    "/push-notifications", responses={200: {"model": PushOut}, **WRITE_ERRORS}, response_model=None
)
async def send_push(
    request: Request, card_id: CardId, body: Annotated[PushRequest, Body()]
) -> Response:
    """No recipient ids means every non-voided member; voided ones are skipped."""
    ctx = context(request)

    def send() -> dict[str, object]:
        card = ctx.cards.get(card_id)
        recipients = ctx.members.active_ids(card, body.recipient_stat_ids)
        total = ctx.push.send(card.id, body.message, recipients)
        return {"message": body.message, "total_recipients": total}

    return await run_write(request, 200, send)
