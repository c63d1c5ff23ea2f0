"""The one-folder bundle (``make dist``) beside ``make run``'s virtual environment:

- size on disk: the bundle folder, beside the installed distributions the app needs
  at run time in the venv (its dependency closure) and the Python it runs on;
- cold start to ready-to-scan in demo mode (a fresh user folder each run, so the
  demo database is seeded each time, as on a first start), median of RUNS;
- ``--version``: the cost of starting the program itself.

The bundle is built fresh into a temporary folder (about a minute).
"""

import os
import re
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.packaging.bundle import (
    READY,
    build_bundle,
    folder_size,
    isolated_home,
    missing_build_tools,
    start_until,
)

RUNS = 5
VENV_PROGRAM = Path(sys.executable).with_name("pos-loyalty")


def _mib(size: int) -> str:
    return f"{size / 2**20:6.0f} MiB"


def runtime_closure(name: str = "pos-loyalty") -> list[metadata.Distribution]:
    """The installed distributions ``name`` needs to run (no extras), itself included."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [name]
    while todo:
        wanted = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0]
        key = wanted.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(wanted)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = distribution
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:
                todo.append(requirement)
    return list(seen.values())


def distribution_size(distribution: metadata.Distribution) -> int:
    total = 0
    for file in distribution.files or []:
        path = Path(str(distribution.locate_file(file)))
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def python_size() -> int:
    """The interpreter, its shared library and the standard library, without what a
    distribution's python3 leaves out anyway (the test suite, the build config) and
    without packages installed into that Python itself."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    left_out = {"site-packages", "dist-packages", "test", "idlelib", "tkinter", "ensurepip"}
    total = sum(
        folder_size(p) if p.is_dir() else p.stat().st_size
        for p in stdlib.iterdir()
        if p.name not in left_out and not p.name.startswith("config-") and not p.is_symlink()
    )
    library = Path(
        str(sysconfig.get_config_var("LIBDIR")), str(sysconfig.get_config_var("INSTSONAME"))
    )
    if library.is_file():
        total += library.stat().st_size
    return total + Path(sys.executable).resolve().stat().st_size


def sizes(bundle: Path) -> None:
    closure = runtime_closure()
    venv_size = sum(distribution_size(d) for d in closure)
    print("size on disk")
    print(f"  {'bundle dist/pos-loyalty/ (all included)':<52} {_mib(folder_size(bundle.parent))}")
    print(f"  {f'venv: the {len(closure)} distributions it runs on':<52} {_mib(venv_size)}")
    print(f"  {'  plus the Python it runs on (interpreter, stdlib)':<52} {_mib(python_size())}")
    biggest = sorted(closure, key=distribution_size, reverse=True)[:5]
    print("  largest in the venv: " + ", ".join(
        f"{d.metadata['Name']} {distribution_size(d) / 2**20:.0f}" for d in biggest
    ) + " MiB")  # fmt: skip


def version_seconds(program: Path) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), "--version"], check=True, capture_output=True)
    return time.perf_counter() - started


def cold_starts(bundle: Path, folder: Path) -> None:
    frozen: list[float] = []
    venv: list[float] = []
    for run in range(RUNS):
        # Alternating, so a slower moment of the machine hurts both alike.
        for program, times in ((bundle, frozen), (VENV_PROGRAM, venv)):
            env = isolated_home(folder / f"{program.parent.name}-{run}")
            started = start_until([str(program), "--demo"], READY, env, timeout=120)
            times.append(started.seconds)
            started.stop()
    print(f"cold start to ready-to-scan, demo mode, fresh user folder (median of {RUNS})")
    print(f"  {'bundle':<52} {statistics.median(frozen):6.2f} s")
    print(f"  {'make run (venv: .venv/bin/pos-loyalty)':<52} {statistics.median(venv):6.2f} s")
    print(f"pos-loyalty --version (median of {RUNS})")
    for name, program in (("bundle", bundle), ("make run (venv)", VENV_PROGRAM)):
        seconds = statistics.median(version_seconds(program) for _ in range(RUNS))
        print(f"  {name:<52} {seconds:6.2f} s")


def main() -> int:
    why = missing_build_tools()
    if why is not None:
        print(f"skipped: cannot build the bundle: {why}")
        return 0
    if not VENV_PROGRAM.exists():
        print(f"skipped: no {VENV_PROGRAM}; run make run or make test first")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        bundle = build_bundle(folder / "dist", folder / "work")
        print(f"bundle built in {time.perf_counter() - started:.0f} s")
        sizes(bundle)
        cold_starts(bundle, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
