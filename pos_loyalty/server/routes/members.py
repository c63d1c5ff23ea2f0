"""Members ("stats"): list, get, create, bulk create, update, void, delete."""

import json
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from pydantic import TypeAdapter, ValidationError
from starlette.responses import Response

from pos_loyalty.server.errors import ApiError
from pos_loyalty.server.payloads import member_payload
from pos_loyalty.server.routes.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    base_url,
    context,
    json_response,
    run_write,
)
from pos_loyalty.server.routes.params import CardId, UserId
from pos_loyalty.server.routes.validation import validation_error
from pos_loyalty.server.schemas import MAX_BULK_USERS, ListUsersBody, UserFields, UserOut
from pos_loyalty.server.store.members import MemberQuery

router = APIRouter(prefix="/loyalty/loyalty-cards/{card_id}/stats", tags=["members"])
_LIST_BODY = TypeAdapter(ListUsersBody)
_BULK_BODY = Body(min_length=1, max_length=MAX_BULK_USERS)


def _list_options(raw: bytes) -> ListUsersBody:
    """The seed sends list options as a JSON body on GET; an empty body means defaults."""
    if not raw.strip():
        return ListUsersBody()
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError("malformed_json", "The request body is not valid JSON.") from None
    try:
        return _LIST_BODY.validate_python(data)
    except ValidationError as exc:
        raise validation_error(exc.errors(), ()) from None


@router.get("", responses={200: {"model": list[UserOut]}, **READ_ERRORS}, response_model=None)
async def list_users(
    request: Request,
    card_id: CardId,
    keyword: Annotated[str | None, Query(max_length=200)] = None,
    strict: bool | None = None,
    include_voided: bool | None = None,
    page: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> Response:
    """Options come from a JSON body as the seed shows, or from query parameters,
    which win when both are given (some proxies drop GET bodies)."""
    options = _list_options(await request.body())
    query = MemberQuery(
        keyword=keyword if keyword is not None else options.filter.keyword,
        strict=strict if strict is not None else options.filter.strict,
        include_voided=include_voided if include_voided is not None else options.include_voided,
        page=page or options.pagination.page,
        limit=limit or options.pagination.limit,
    )
    ctx = context(request)
    card = ctx.cards.get(card_id)
    members, total = ctx.members.search(card, query)
    url = base_url(request)
    return json_response(
        [member_payload(m, card, url) for m in members],
        headers={"X-Total-Count": str(total)},
    )


@router.get("/{user_id}", responses={200: {"model": UserOut}, **READ_ERRORS}, response_model=None)
async def get_user(request: Request, card_id: CardId, user_id: UserId) -> Response:
    ctx = context(request)
    card = ctx.cards.get(card_id)
    return json_response(member_payload(ctx.members.get(card, user_id), card, base_url(request)))


def _fields(model: UserFields) -> dict[str, Any]:
    return model.model_dump(exclude_unset=True)


@router.post(
    "", status_code=201, responses={201: {"model": UserOut}, **WRITE_ERRORS}, response_model=None
)
async def create_user(
    request: Request, card_id: CardId, body: Annotated[UserFields | None, Body()] = None
) -> Response:
    ctx = context(request)
    fields = _fields(body) if body is not None else {}

    def create() -> dict[str, Any]:
        card = ctx.cards.get(card_id)
        return member_payload(ctx.members.create(card, fields), card, base_url(request))

    return await run_write(request, 201, create)


@router.post(
    "/bulk",
    status_code=201,
    responses={201: {"model": list[UserOut]}, **WRITE_ERRORS},
    response_model=None,
)
async def create_users(
    request: Request, card_id: CardId, body: Annotated[list[UserFields], _BULK_BODY]
) -> Response:
    """All or nothing: one invalid item fails the batch, naming its index."""
    ctx = context(request)
    # As _fields, without model_dump's serializer: a bulk has 1,000 items of flat text.
    items = [{name: getattr(item, name) for name in item.model_fields_set} for item in body]

    def create() -> list[dict[str, Any]]:
        card = ctx.cards.get(card_id)
        url = base_url(request)
        return [member_payload(m, card, url) for m in ctx.members.create_many(card, items)]

    return await run_write(request, 201, create)


@router.put("/{user_id}", responses={200: {"model": UserOut}, **WRITE_ERRORS}, response_model=None)
async def update_user(
    request: Request, card_id: CardId, user_id: UserId, body: Annotated[UserFields, Body()]
) -> Response:
    ctx = context(request)
    fields = _fields(body)

    def update() -> dict[str, Any]:
        card = ctx.cards.get(card_id)
        return member_payload(ctx.members.update(card, user_id, fields), card, base_url(request))

    return await run_write(request, 200, update)


@router.put(
    "/{user_id}/void", responses={200: {"model": UserOut}, **WRITE_ERRORS}, response_model=None
)
async def void_user(request: Request, card_id: CardId, user_id: UserId) -> Response:
    ctx = context(request)

    def void() -> dict[str, Any]:
        card = ctx.cards.get(card_id)
        return member_payload(ctx.members.void(card, user_id), card, base_url(request))

    return await run_write(request, 200, void)


@router.delete("/{user_id}", status_code=204, responses=WRITE_ERRORS, response_model=None)
async def delete_user(request: Request, card_id: CardId, user_id: UserId) -> Response:
    ctx = context(request)

    def delete() -> None:
        ctx.members.delete(ctx.cards.get(card_id), user_id)

    return await run_write(request, 204, delete)
