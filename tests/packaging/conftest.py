"""The bundle is built once per test session (about a minute on two cores)."""

from pathlib import Path

import pytest

from tests.packaging.bundle import build_bundle, missing_build_tools


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program of a freshly built one-folder bundle."""
    why = missing_build_tools()
    if why is not None:
        pytest.skip(f"cannot build the bundle: {why}")
    folder = tmp_path_factory.mktemp("bundle")
    return build_bundle(folder / "dist", folder / "work")
