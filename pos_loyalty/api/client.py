"""The v4 Loyalty API client: one async class over one httpx.AsyncClient."""

import asyncio
import random
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from pos_loyalty.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ConflictError,
    OutcomeUnknownError,
    RateLimitedError,
    ServerError,
)
from pos_loyalty.api.models import Card, CreatedMember, Member, MemberPage, PushResult
from pos_loyalty.api.responses import parse_as, status_error

IDEMPOTENCY_HEADER = "Idempotency-Key"
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class ClientTimeouts:
    """Seconds. A counter wants a quick "offline" over a long wait."""

    connect: float = 3.0
    read: float = 10.0
    write: float = 10.0
    pool: float = 5.0

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Capped exponential backoff with jitter; Retry-After wins when the server sends it."""

    attempts: int = 4
    base_delay: float = 0.25
    max_delay: float = 4.0
    # A longer Retry-After is not waited out here: the caller gets RateLimitedError.
    max_retry_after: float = 10.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2**attempt)
        return rng.uniform(ceiling / 2, ceiling)


@dataclass(frozen=True, slots=True)
class _Failure:
    error: ApiError
    # Whether a write may have been applied (the request reached the server).
    maybe_applied: bool
    retryable: bool
    wait: float | None = None


def _transport_failure(exc: httpx.TransportError) -> _Failure:
    # Connect failures and pool timeouts mean nothing was sent.
    sent = not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(exc, httpx.TimeoutException):
        kind = "connect" if not sent else "read"
        error: ApiError = ApiTimeoutError(
            f"The loyalty server did not answer in time ({kind} timeout)."
        )
    elif sent:
        error = ApiConnectionError("The connection to the loyalty server broke off.")
    else:
        error = ApiConnectionError("Cannot reach the loyalty server. Check the network.")
    return _Failure(error, maybe_applied=sent, retryable=True)


def _status_failure(error: ApiStatusError, policy: RetryPolicy) -> _Failure:
    if isinstance(error, RateLimitedError):
        wait = error.retry_after
        fits = wait is None or wait <= policy.max_retry_after
        return _Failure(error, maybe_applied=False, retryable=fits, wait=wait)
    if isinstance(error, ConflictError) and error.code == "idempotency_key_in_flight":
        return _Failure(error, maybe_applied=True, retryable=True)
    if isinstance(error, ServerError):
        return _Failure(error, maybe_applied=True, retryable=True)
    return _Failure(error, maybe_applied=False, retryable=False)


class LoyaltyClient:
    """Every endpoint of API.md. Reads are retried; a write is retried with one
    Idempotency-Key on every try, and only while the outcome cannot be doubled.

    ``idempotency_supported`` starts unknown (or as ``assume_idempotency`` says) and
    is learnt from the server's echo of the key. A write that reached a server not
    known to honour keys, and got no answer, raises OutcomeUnknownError: it is
    never resent blind.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        api_secret: str,
        *,
        http: httpx.AsyncClient | None = None,
        timeouts: ClientTimeouts = ClientTimeouts(),
        retry: RetryPolicy = RetryPolicy(),
        assume_idempotency: bool | None = None,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self._headers = {
            "x-api-key": api_key,
            "x-api-secret": api_secret,
            "accept": "application/json",
        }
        self._owns_http = http is None
        self._http = http if http is not None else httpx.AsyncClient()
        self._timeout = timeouts.as_httpx()
        self.retry = retry
        self.idempotency_supported = assume_idempotency
        self._sleep = sleep
        self._rng = rng or random.Random()

    def __repr__(self) -> str:
        return f"LoyaltyClient(base_url={self.base_url!r}, api_key={self.api_key!r})"

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> "LoyaltyClient":
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    # Cards

    async def list_cards(self) -> list[Card]:
        return parse_as(await self._read("GET", "/loyalty/loyalty-cards"), list[Card])

    async def copy_card(
        self, card_id: int, name: str | None = None, *, idempotency_key: str | None = None
    ) -> Card:
        body = {} if name is None else {"name": name}
        response = await self._write(
            "POST", f"/loyalty/loyalty-cards/{card_id}/copy", body, idempotency_key
        )
        return parse_as(response, Card)

    # Members ("users")

    async def list_users(
        self,
        card_id: int,
        *,
        keyword: str = "",
        strict: bool = False,
        include_voided: bool = False,
        page: int = 1,
        limit: int = 100,
    ) -> MemberPage:
        """One page, with the options as the JSON body the seed shows."""
        body = {
            "filter": {"strict": strict, "keyword": keyword},
            "include_voided": include_voided,
            "pagination": {"page": page, "limit": limit},
        }
        response = await self._read("GET", self._stats(card_id), json=body)
        members = parse_as(response, list[Member])
        total = response.headers.get("x-total-count")
        return MemberPage(members=members, total=int(total) if total and total.isdigit() else None)

    async def iter_users(
        self,
        card_id: int,
        *,
        keyword: str = "",
        strict: bool = False,
        include_voided: bool = False,
        page_size: int = 500,
    ) -> AsyncIterator[Member]:
        """Every matching member, page by page."""
        page = 1
        seen = 0
        while True:
            result = await self.list_users(
                card_id,
                keyword=keyword,
                strict=strict,
                include_voided=include_voided,
                page=page,
                limit=page_size,
            )
            for member in result.members:
                yield member
            seen += len(result.members)
            done_by_total = result.total is not None and seen >= result.total
            if len(result.members) < page_size or done_by_total or not result.members:
                return
            page += 1

    async def get_user(self, card_id: int, user_id: int) -> Member:
        return parse_as(await self._read("GET", self._stats(card_id, user_id)), Member)

    async def find_user_by_code(self, card_id: int, code: str) -> Member | None:
        """A scanned code → the member with rewards: strict search, then get user."""
        page = await self.list_users(card_id, keyword=code, strict=True, include_voided=True)
        match = next((m for m in page.members if m.code == code), None)
        return None if match is None else await self.get_user(card_id, match.id)

    async def create_user(
        self, card_id: int, fields: Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Member:
        response = await self._write("POST", self._stats(card_id), dict(fields), idempotency_key)
        return parse_as(response, Member)

    async def create_users(
        self,
        card_id: int,
        items: Sequence[Mapping[str, Any]],
        *,
        idempotency_key: str | None = None,
    ) -> list[Member]:
        response = await self._write(
            "POST", self._stats(card_id) + "/bulk", [dict(i) for i in items], idempotency_key
        )
        return parse_as(response, list[Member])

    async def create_users_brief(
        self,
        card_id: int,
        items: Sequence[Mapping[str, Any]],
        *,
        idempotency_key: str | None = None,
    ) -> list[CreatedMember]:
        """``create_users`` for a caller that reads only each new member's id and code:
        reading 1,000 full members per batch was a third of a bulk import's CPU time."""
        response = await self._write(
            "POST", self._stats(card_id) + "/bulk", [dict(i) for i in items], idempotency_key
        )
        return parse_as(response, list[CreatedMember])

    async def update_user(
        self,
        card_id: int,
        user_id: int,
        fields: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
    ) -> Member:
        response = await self._write(
            "PUT", self._stats(card_id, user_id), dict(fields), idempotency_key
        )
        return parse_as(response, Member)

    async def add_stamps(
        self, card_id: int, user_id: int, amount: int = 1, *, idempotency_key: str | None = None
    ) -> Member:
        response = await self._write(
            "POST", self._stats(card_id, user_id), {"amount": amount}, idempotency_key
        )
        return parse_as(response, Member)

    async def add_stamps_by_id(
        self, card_id: int, user_id: int, amount: int = 1, *, idempotency_key: str | None = None
    ) -> Member:
        """The same as add_stamps, through the alias path ``/stamps``."""
        response = await self._write(
            "POST",
            f"/loyalty/loyalty-cards/{card_id}/stamps",
            {"stat_id": user_id, "amount": amount},
            idempotency_key,
        )
        return parse_as(response, Member)

    async def use_rewards(
        self,
        card_id: int,
        user_id: int,
        reward_ids: Sequence[int],
        *,
        idempotency_key: str | None = None,
    ) -> Member:
        response = await self._write(
            "PUT",
            self._stats(card_id, user_id) + "/rewards",
            {"reward_ids": list(reward_ids)},
            idempotency_key,
        )
        return parse_as(response, Member)

    async def void_user(
        self, card_id: int, user_id: int, *, idempotency_key: str | None = None
    ) -> Member:
        response = await self._write(
            "PUT", self._stats(card_id, user_id) + "/void", None, idempotency_key
        )
        return parse_as(response, Member)

    async def delete_user(
        self, card_id: int, user_id: int, *, idempotency_key: str | None = None
    ) -> None:
        await self._write("DELETE", self._stats(card_id, user_id), None, idempotency_key)

    async def push_notification(
        self,
        card_id: int,
        message: str,
        recipient_ids: Sequence[int] | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> PushResult:
        body: dict[str, Any] = {"message": message}
        if recipient_ids is not None:
            body["recipient_stat_ids"] = list(recipient_ids)
        response = await self._write(
            "POST", f"/loyalty/loyalty-cards/{card_id}/push-notifications", body, idempotency_key
        )
        return parse_as(response, PushResult)

    # Transport

    @staticmethod
    def _stats(card_id: int, user_id: int | None = None) -> str:
        path = f"/loyalty/loyalty-cards/{card_id}/stats"
        return path if user_id is None else f"{path}/{user_id}"

    def _learn_idempotency(self, response: httpx.Response) -> None:
        # Only a success says the backend lacks the extension: an error page from a
        # proxy or gateway tells nothing about the server behind it.
        if IDEMPOTENCY_HEADER in response.headers:
            self.idempotency_supported = True
        elif response.is_success:
            self.idempotency_supported = False

    async def _read(self, method: str, path: str, json: Any = None) -> httpx.Response:
        return await self._send(method, path, json, idempotency_key=None)

    async def _write(
        self, method: str, path: str, json: Any, idempotency_key: str | None
    ) -> httpx.Response:
        return await self._send(method, path, json, idempotency_key or str(uuid.uuid4()))

    async def _send(
        self, method: str, path: str, json: Any, idempotency_key: str | None
    ) -> httpx.Response:
        is_write = idempotency_key is not None
        headers = dict(self._headers)
        if idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        attempt = 0
        while True:
            try:
                response = await self._http.request(
                    method, self.base_url + path, json=json, headers=headers, timeout=self._timeout
                )
            except httpx.TransportError as exc:
                failure = _transport_failure(exc)
            else:
                if is_write:
                    self._learn_idempotency(response)
                if response.status_code < 400:
                    return response
                failure = _status_failure(status_error(response), self.retry)
            resend_is_safe = not (is_write and failure.maybe_applied) or bool(
                self.idempotency_supported
            )
            if not resend_is_safe:
                raise OutcomeUnknownError(
                    "The loyalty server got the request but its answer was lost;"
                    " it may or may not have been applied. Check the member before trying again."
                ) from failure.error
            attempt += 1
            if not failure.retryable or attempt >= self.retry.attempts:
                raise failure.error
            wait = (
                failure.wait if failure.wait is not None else self.retry.delay(attempt, self._rng)
            )
            await self._sleep(wait)
