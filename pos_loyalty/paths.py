"""Where pos-loyalty keeps its files (platformdirs locations)."""

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "pos-loyalty"


def data_dir() -> Path:
    """The user data directory, created on first use."""
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def server_database_path() -> Path:
    return data_dir() / "server.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"
