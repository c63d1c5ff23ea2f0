"""Building the PyInstaller bundle and running programs from it, for the tests and
the bench (tests/bench/bench_bundle.py)."""

import importlib.util
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "pos-loyalty.spec"
READY = "pos-loyalty: ready to scan"
# A settings file that picks demo mode: the counter then goes straight to the scan
# prompt whatever it does for a station with no settings at all.
DEMO_SETTINGS = 'backend = "demo"\nsounds = false\n'


def missing_build_tools() -> str | None:
    """Why the bundle cannot be built here (with the fix), or None."""
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed: pip install -e '.[test]' (or '.[dist]')"
    if sys.platform.startswith("linux"):
        for tool, package in (("ldd", "libc-bin"), ("objdump", "binutils")):
            if shutil.which(tool) is None:
                return f"{tool} is missing: sudo apt-get install {package}"
    return None


def build_bundle(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist``; returns the program's path."""
    result = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(SPEC),
        ],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"the bundle did not build:\n{result.stdout}\n{result.stderr}")
    program = dist / "pos-loyalty" / ("pos-loyalty.exe" if os.name == "nt" else "pos-loyalty")
    if not program.exists():
        raise RuntimeError(f"the build made no {program}")
    return program


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder``, symbolic links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def isolated_home(home: Path) -> dict[str, str]:
    """An environment with its own empty user folders and the demo chosen."""
    config = home / "config"
    (config / "pos-loyalty").mkdir(parents=True, exist_ok=True)
    (config / "pos-loyalty" / "settings.toml").write_text(DEMO_SETTINGS)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
    }


@dataclass
class Started:
    process: "subprocess.Popen[str]"
    seconds: float  # from the start of the process to the line
    line: str
    output: list[str]
    reader: threading.Thread

    def stop(self) -> int:
        """SIGTERM, wait (killed after 20 s), close its pipe; returns the exit code."""
        code = stop(self.process)
        self.reader.join(20)  # the pipe's end: the process is gone
        assert self.process.stdout is not None
        self.process.stdout.close()
        return code


def start_until(
    command: list[str], needle: str, env: dict[str, str], timeout: float = 60.0
) -> Started:
    """Start ``command`` and read its output until a line holds ``needle``.

    The process is left running: the caller stops it (``stop``). Raises, with what it
    printed, if it ends or stays silent for ``timeout`` seconds first. The output is
    read on a thread: ``select`` on a buffered pipe misses lines already buffered.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, encoding="utf-8", errors="replace",
    )  # fmt: skip
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(process, lines), daemon=True)
    reader.start()
    output: list[str] = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        output.append(line.rstrip("\n"))
        if needle in line:
            return Started(process, time.perf_counter() - started, line.strip(), output, reader)
    Started(process, 0.0, "", output, reader).stop()
    raise RuntimeError(f"{command[0]} never printed {needle!r}:\n" + "\n".join(output))


def _pump(process: "subprocess.Popen[str]", lines: "queue.Queue[str | None]") -> None:
    """Every line the process prints, then None; reading on also keeps the pipe from
    filling up while the caller is done with it."""
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line)
    lines.put(None)


def stop(process: "subprocess.Popen[str]") -> int:
    """SIGTERM, wait, and return the exit code (killed after 20 s); pipes stay open."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
