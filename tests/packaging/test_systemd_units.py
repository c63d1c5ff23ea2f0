"""The systemd units in packaging/systemd/: the kiosk under cage, the server on its own
and its nightly backup. ``systemd-analyze verify`` checks them in a staged root, where
the programs they start are stand-ins (this machine need not have cage installed)."""

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "packaging" / "systemd"
KIOSK = "pos-loyalty-kiosk.service"
ALL_UNITS = (KIOSK, "pos-loyalty-server.service", "pos-loyalty-backup.service")
PROGRAMS = ("usr/bin/cage", "usr/local/bin/pos-loyalty", "usr/bin/find", "bin/sh")


def _unit(path: Path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path)
    return parser


def _staged_root(tmp_path: Path) -> Path:
    """The units where systemd looks for them, its own units beside, and stand-ins for
    the programs they run."""
    analyze = shutil.which("systemd-analyze")
    system_units = next(
        (p for p in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")) if p.is_dir()),
        None,
    )
    if analyze is None or system_units is None:
        pytest.skip("systemd-analyze is missing: sudo apt-get install systemd")
    root = tmp_path / "root"
    shutil.copytree(system_units, root / "usr/lib/systemd/system", symlinks=True)
    shutil.copytree(UNITS, root / "etc/systemd/system")
    for program in PROGRAMS:
        path = root / program
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    return root


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path: Path) -> None:
    root = _staged_root(tmp_path)
    units = [*ALL_UNITS, "pos-loyalty-backup.timer"]
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", f"--root={root}", *units],
        capture_output=True, text=True, cwd=root / "etc/systemd/system", check=False,
    )  # fmt: skip
    # Unknown keys and bad values are only warnings: any output at all is a failure.
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""


def test_verify_would_catch_a_broken_unit(tmp_path: Path) -> None:
    root = _staged_root(tmp_path)
    (root / "usr/bin/cage").unlink()
    drop_in = root / "etc/systemd/system" / f"{KIOSK}.d" / "remote-backend.conf"
    drop_in.write_text(drop_in.read_text() + "Wantz=typo.target\n")
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", f"--root={root}", KIOSK],
        capture_output=True, text=True, cwd=root / "etc/systemd/system", check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "cage" in result.stderr
    assert "Wantz" in result.stderr


def test_the_kiosk_runs_cage_as_a_user_restarts_and_waits_for_the_network_only_when_told() -> None:
    kiosk = _unit(UNITS / KIOSK)
    service = kiosk["Service"]
    assert service["User"] not in ("", "root")
    assert service["Restart"] == "always"
    command = service["ExecStart"].split()
    assert command[0] == "/usr/bin/cage"
    assert command[-2:] == ["/usr/local/bin/pos-loyalty", "--kiosk"]
    assert "network-online.target" not in (UNITS / KIOSK).read_text().split("[Unit]", 1)[1]
    remote = _unit(UNITS / f"{KIOSK}.d" / "remote-backend.conf")["Unit"]
    assert remote["After"] == remote["Wants"] == "network-online.target"
    local = _unit(UNITS / f"{KIOSK}.d" / "local-server.conf")["Unit"]
    assert local["After"] == "pos-loyalty-server.service"


def test_the_server_unit_listens_on_loopback_behind_a_proxy_as_its_own_user() -> None:
    service = _unit(UNITS / "pos-loyalty-server.service")["Service"]
    assert service["User"] == "pos-loyalty"
    command = service["ExecStart"].replace("\\\n", " ").split()
    assert command[1] == "serve"
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--public-url") + 1].startswith("https://")
    backup = _unit(UNITS / "pos-loyalty-backup.service")["Service"]
    assert backup["User"] == service["User"]
    assert "server backup" in backup["ExecStart"]


def test_the_proxy_examples_forward_to_the_port_the_server_unit_listens_on() -> None:
    service = _unit(UNITS / "pos-loyalty-server.service")["Service"]
    command = service["ExecStart"].replace("\\\n", " ").split()
    address = f"127.0.0.1:{command[command.index('--port') + 1]}"
    public = command[command.index("--public-url") + 1].removeprefix("https://")
    proxies = ROOT / "packaging" / "server"
    for example in ("Caddyfile", "nginx.conf"):
        text = (proxies / example).read_text()
        assert address in text, example
        assert public in text, example
