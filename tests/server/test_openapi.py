"""The served OpenAPI document covers the API, and schemathesis finds nothing wrong."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.server.stores import STORES, store_args
from tests.support.server import RunningServer

ENDPOINTS = {
    ("get", "/v4/loyalty/loyalty-cards"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/copy"),
    ("get", "/v4/loyalty/loyalty-cards/{card_id}/stats"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/stats"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/stats/bulk"),
    ("get", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"),
    ("put", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"),
    ("delete", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/stamps"),
    ("put", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}/rewards"),
    ("put", "/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}/void"),
    ("post", "/v4/loyalty/loyalty-cards/{card_id}/push-notifications"),
    ("get", "/c/{card_code}/{member_code}"),
}
CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "negative_data_rejection",
]


@pytest.fixture(scope="module", params=STORES)
def fuzz_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    with RunningServer(db, store_args(request, "--demo", "--rate-limit", "0")) as server:
        yield server


def test_the_document_lists_every_endpoint_with_auth(fuzz_server: RunningServer) -> None:
    schema = httpx.get(fuzz_server.base_url + "/openapi.json").json()
    served = {(m, p) for p, ops in schema["paths"].items() for m in ops}
    assert served >= ENDPOINTS
    stamp = schema["paths"]["/v4/loyalty/loyalty-cards/{card_id}/stats/{user_id}"]["post"]
    assert stamp["security"] == [{"ApiKey": [], "ApiSecret": []}]
    assert {"401", "404", "409", "422", "429"} <= set(stamp["responses"])


def test_schemathesis_finds_no_server_error_and_no_answer_off_the_document(
    fuzz_server: RunningServer, tmp_path: Path
) -> None:
    schemathesis = Path(sys.executable).with_name("schemathesis")
    headers = [f"{k}: {v}" for k, v in fuzz_server.auth_headers.items()]
    result = subprocess.run(
        [
            str(schemathesis),
            "run",
            fuzz_server.base_url + "/openapi.json",
            *[arg for h in headers for arg in ("-H", h)],
            "--checks",
            ",".join(CHECKS),
            "--max-examples",
            "30",
            "--generation-deterministic",
            "--report-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_COLOR": "1"},
    )
    summary = result.stdout[-4000:]
    assert result.returncode == 0, summary
    assert " passed" in summary
    assert "failed" not in summary.split("SUMMARY", 1)[-1]
