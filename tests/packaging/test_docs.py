"""docs/api-reference.md is generated from the server's OpenAPI document and current."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx

from tests.support.server import RunningServer

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs" / "api_reference.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("api_reference", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_reference_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_generator_reads_the_document_the_server_serves(tmp_path: Path) -> None:
    generator = _generator()
    with RunningServer(tmp_path / "openapi.sqlite3") as server:
        served = httpx.get(f"{server.base_url}/openapi.json", timeout=30).json()
    assert generator.openapi_document() == served
    text = generator.render(served)
    for path, operations in served["paths"].items():
        for method in operations:
            assert f"### {method.upper()} `{path}`" in text
    for name in served["components"]["schemas"]:
        assert f"### {name}\n" in text


def test_a_changed_document_makes_the_check_fail(tmp_path: Path) -> None:
    generator = _generator()
    document = generator.openapi_document()
    document["paths"]["/v4/health"]["get"]["summary"] = "Changed"
    assert generator.render(document) != (ROOT / "docs" / "api-reference.md").read_text()


def test_the_files_the_guides_name_exist() -> None:
    """An install step that names a file which was moved or renamed fails here."""
    for guide in (ROOT / "docs" / "operator-guide.md", ROOT / "README.md"):
        text = guide.read_text()
        named = set(re.findall(r"packaging/[\w./{},-]+", text))
        assert named, guide
        for name in named:
            stem = name.rstrip(".,")
            # packaging/systemd/pos-loyalty-backup.{service,timer}: each of them.
            choices = re.match(r"(.*)\{([^}]*)\}(.*)", stem)
            paths = (
                [choices[1] + choice + choices[3] for choice in choices[2].split(",")]
                if choices
                else [stem]
            )
            for path in paths:
                assert (ROOT / path).exists(), f"{guide.name} names {path}"
