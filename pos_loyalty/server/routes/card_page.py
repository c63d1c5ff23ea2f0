"""GET /c/{card code}/{member code}: the page download_url points at."""

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from pos_loyalty.domain.timestamps import format_timestamp
from pos_loyalty.server.card_page import (
    messages_payload,
    render_card_page,
    render_not_found,
    render_too_many,
)
from pos_loyalty.server.middleware.rate_limit import (
    RateLimiter,
    client_address,
    retry_after_header,
)
from pos_loyalty.server.payloads import card_page_url
from pos_loyalty.server.routes.common import base_url, context

router = APIRouter(tags=["card page"])
_HTML: dict[str, object] = {"content": {"text/html": {}}}


@router.get(
    "/c/{card_code}/{member_code}",
    response_class=HTMLResponse,
    responses={
        200: {**_HTML, "description": "The card page"},
        404: {**_HTML, "description": "No such card"},
        429: {**_HTML, "description": "Too many pages from this address; see Retry-After"},
    },
)
async def card_page(request: Request, card_code: str, member_code: str) -> HTMLResponse:
    """Public (no key): limited per client address, unknown pages included."""
    ctx = context(request)
    limiter: RateLimiter = request.app.state.card_page_limiter
    delay = limiter.acquire(client_address(request.scope))
    if delay > 0:
        return HTMLResponse(
            render_too_many(), status_code=429, headers={"Retry-After": retry_after_header(delay)}
        )
    card = ctx.cards.by_code(card_code)
    member = ctx.members.by_code(card, member_code) if card is not None else None
    if card is None or member is None:
        return HTMLResponse(render_not_found(), status_code=404)
    url = card_page_url(base_url(request), card, member.row["code"])
    messages = ctx.push.latest_for(member.id)
    now = format_timestamp(ctx.clock()) or ""
    feed = f"/c/{card.code}/{member.row['code']}/messages"
    return HTMLResponse(render_card_page(card, member, url, messages, now, feed))


@router.get(
    "/c/{card_code}/{member_code}/messages",
    responses={
        200: {"description": "The member's messages newer than ``after``, newest first"},
        404: {"description": "No such card"},
        429: {"description": "Too many requests from this address; see Retry-After"},
    },
)
async def card_page_messages(
    request: Request, card_code: str, member_code: str, after: int = Query(0, ge=0)
) -> Response:
    """What an open card page polls every few seconds. The page's own limit (per client
    address) covers it too, so polling cannot be used to hammer the server."""
    ctx = context(request)
    limiter: RateLimiter = request.app.state.card_page_limiter
    delay = limiter.acquire(client_address(request.scope))
    if delay > 0:
        return JSONResponse(
            {"detail": "Too many requests"},
            status_code=429,
            headers={"Retry-After": retry_after_header(delay)},
        )
    card = ctx.cards.by_code(card_code)
    member = ctx.members.by_code(card, member_code) if card is not None else None
    if card is None or member is None:
        return JSONResponse({"detail": "Card not found"}, status_code=404)
    messages = ctx.push.latest_for(member.id)
    # no-store: a phone's cache must not hide a message sent since the last poll.
    return JSONResponse(messages_payload(messages, after), headers={"Cache-Control": "no-store"})
