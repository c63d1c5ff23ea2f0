"""Every error class, retries with one key, and a secret that never shows."""

import logging
import socket
from typing import Any

import pytest

from pos_loyalty.api import (
    ApiConnectionError,
    ApiResponseError,
    ApiTimeoutError,
    AuthError,
    ClientTimeouts,
    ConflictError,
    LoyaltyClient,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    ValidationError,
)
from pos_loyalty.api.errors import BadRequestError
from tests.api.conftest import RecordedSleep
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.server import RunningServer


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_status_errors_carry_code_and_message(
    client: LoyaltyClient, card: dict[str, Any], member: dict[str, Any]
) -> None:
    with pytest.raises(NotFoundError) as missing:
        await client.get_user(card["id"], 987654321)
    assert missing.value.status == 404
    assert missing.value.code == "user_not_found"
    with pytest.raises(ValidationError) as invalid:
        await client.update_user(card["id"], member["id"], {"email": "nope"})
    assert invalid.value.field == "email"
    await client.void_user(card["id"], member["id"])
    with pytest.raises(ConflictError) as conflict:
        await client.add_stamps(card["id"], member["id"])
    assert conflict.value.code == "user_voided"


async def test_a_wrong_secret_is_an_auth_error_that_never_shows_the_secret(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk_very_secret_value_123"
    caplog.set_level(logging.DEBUG)
    async with LoyaltyClient(server.base_url, server.key, secret) as api:
        with pytest.raises(AuthError) as error:
            await api.list_cards()
        assert secret not in repr(api)
    assert error.value.status == 401
    assert secret not in str(error.value)
    assert secret not in repr(error.value)
    assert secret not in caplog.text


async def test_rate_limited_honours_retry_after(tmp_path: Any, sleeps: RecordedSleep) -> None:
    args = ("--rate-limit", "0.5", "--rate-burst", "1")
    with RunningServer(tmp_path / "limited.sqlite3", args) as server:
        async with LoyaltyClient(
            server.base_url, server.key, server.secret, sleep=sleeps, retry=RetryPolicy(attempts=3)
        ) as api:
            await api.list_cards()
            with pytest.raises(RateLimitedError) as limited:
                await api.list_cards()
    assert limited.value.retry_after is not None
    assert limited.value.retry_after >= 1
    # Two waits, each exactly what the server asked for.
    assert sleeps.delays == [limited.value.retry_after] * 2


async def test_a_long_retry_after_is_not_waited_out(tmp_path: Any, sleeps: RecordedSleep) -> None:
    args = ("--rate-limit", "0.01", "--rate-burst", "1")
    with RunningServer(tmp_path / "slow.sqlite3", args) as server:
        async with LoyaltyClient(server.base_url, server.key, server.secret, sleep=sleeps) as api:
            await api.list_cards()
            with pytest.raises(RateLimitedError):
                await api.list_cards()
    assert sleeps.delays == []


async def test_connection_refused_is_a_connection_error(sleeps: RecordedSleep) -> None:
    url = f"http://127.0.0.1:{free_port()}/v4"
    async with LoyaltyClient(url, "k", "s", sleep=sleeps) as api:
        with pytest.raises(ApiConnectionError) as error:
            await api.list_cards()
        # A write that never left is safe to retry too, even with idempotency unknown.
        with pytest.raises(ApiConnectionError) as write_error:
            await api.add_stamps(1, 1)
    assert not isinstance(error.value, OutcomeUnknownError)
    assert not isinstance(write_error.value, OutcomeUnknownError)
    assert "Cannot reach" in error.value.message
    assert len(sleeps.delays) == 2 * (RetryPolicy().attempts - 1)


async def test_backoff_is_capped_with_jitter(
    proxied: LoyaltyClient, proxy: FaultProxy, sleeps: RecordedSleep
) -> None:
    proxy.inject(*[Fault.FAIL_500] * 3)
    cards = await proxied.list_cards()
    assert cards
    policy = proxied.retry
    assert len(sleeps.delays) == 3
    for attempt, delay in enumerate(sleeps.delays, start=1):
        ceiling = min(policy.max_delay, policy.base_delay * 2**attempt)
        assert ceiling / 2 <= delay <= ceiling


async def test_a_read_timeout_is_a_timeout_error(server: RunningServer, proxy: FaultProxy) -> None:
    proxy.inject(Fault.BLACKHOLE)
    async with LoyaltyClient(
        proxy.base_url,
        server.key,
        server.secret,
        timeouts=ClientTimeouts(read=0.3),
        retry=RetryPolicy(attempts=1),
    ) as api:
        with pytest.raises(ApiTimeoutError):
            await api.list_cards()


async def test_a_500_on_a_read_is_retried(proxied: LoyaltyClient, proxy: FaultProxy) -> None:
    proxy.inject(Fault.FAIL_500)
    assert await proxied.list_cards()


async def test_500s_to_the_end_are_a_server_error(
    proxied: LoyaltyClient, proxy: FaultProxy
) -> None:
    proxy.inject(*[Fault.FAIL_500] * RetryPolicy().attempts)
    with pytest.raises(ServerError) as error:
        await proxied.list_cards()
    assert error.value.code == "internal_error"


async def test_broken_answers_are_response_errors(
    proxied: LoyaltyClient, proxy: FaultProxy
) -> None:
    proxy.inject(Fault.HTML_200)
    with pytest.raises(ApiResponseError, match="not JSON"):
        await proxied.list_cards()
    proxy.inject(Fault.WRONG_SHAPE)
    with pytest.raises(ApiResponseError, match="not what the API promises"):
        await proxied.list_cards()


async def test_the_older_error_shape_is_understood(
    proxied: LoyaltyClient, proxy: FaultProxy
) -> None:
    proxy.inject(Fault.OLD_ERROR)
    with pytest.raises(BadRequestError) as error:
        await proxied.list_cards()
    assert error.value.code == "12"
    assert error.value.message == "Invalid loyalty card"


async def test_a_lost_answer_is_retried_with_the_same_key_and_applied_once(
    proxied: LoyaltyClient, proxy: FaultProxy, card: dict[str, Any], member: dict[str, Any]
) -> None:
    await proxied.add_stamps(card["id"], member["id"])  # learns that keys are honoured
    assert proxied.idempotency_supported is True
    forwarded = proxy.forwarded
    proxy.inject(Fault.DROP_ANSWER)
    after = await proxied.add_stamps(card["id"], member["id"])
    assert proxy.forwarded == forwarded + 2  # the server saw both tries
    assert after.stamps == 2  # and applied one


async def test_a_500_on_a_write_is_retried_with_the_same_key(
    proxied: LoyaltyClient, proxy: FaultProxy, card: dict[str, Any], member: dict[str, Any]
) -> None:
    await proxied.add_stamps(card["id"], member["id"])
    proxy.inject(Fault.FAIL_500)
    assert (await proxied.add_stamps(card["id"], member["id"])).stamps == 2


async def test_a_lost_answer_is_never_resent_blind(
    proxied: LoyaltyClient,
    proxy: FaultProxy,
    client: LoyaltyClient,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    """Before the client knows the server honours keys, a lost answer is not resent."""
    assert proxied.idempotency_supported is None
    proxy.inject(Fault.DROP_ANSWER)
    with pytest.raises(OutcomeUnknownError):
        await proxied.add_stamps(card["id"], member["id"])
    assert (await client.get_user(card["id"], member["id"])).stamps == 1


async def test_a_server_that_does_not_echo_keys_is_never_resent_blind(
    proxied: LoyaltyClient,
    proxy: FaultProxy,
    client: LoyaltyClient,
    card: dict[str, Any],
    member: dict[str, Any],
) -> None:
    proxy.strip_headers = {b"idempotency-key", b"idempotency-replayed"}
    await proxied.add_stamps(card["id"], member["id"])
    assert proxied.idempotency_supported is False
    proxy.inject(Fault.FAIL_500)
    with pytest.raises(OutcomeUnknownError):
        await proxied.add_stamps(card["id"], member["id"])
    assert (await client.get_user(card["id"], member["id"])).stamps == 1
