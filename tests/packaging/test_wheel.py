"""``python -m build`` makes an sdist and a wheel from it; the wheel installs into a
fresh virtual environment and its ``pos-loyalty`` runs from there, icon included."""

import importlib.util
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]


def test_the_built_wheel_installs_and_runs(tmp_path: Path) -> None:
    if importlib.util.find_spec("build") is None:
        pytest.skip("the build package is missing: pip install -e '.[test]'")
    out = tmp_path / "out"
    # sdist first, then the wheel from the unpacked sdist: a file left out of the
    # sdist is missing from the wheel too, and this catches it.
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=800,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheels = list(out.glob("pos_loyalty-*.whl"))
    assert len(wheels) == 1, list(out.iterdir())

    # A fresh environment with the wheel alone. Its dependencies are this
    # environment's, reached through a path entry (no download): only the package
    # itself comes from the wheel, and the check below proves it.
    target = tmp_path / "env"
    venv.create(target, with_pip=False)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    installed = subprocess.run(
        [
            sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
            "--no-deps", "--no-index", str(wheels[0]),
        ],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    # A plain path line: the editable install's own .pth file here is not run.
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    script = bin_dir / ("pos-loyalty.exe" if os.name == "nt" else "pos-loyalty")
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("pos-loyalty ")
    where = subprocess.run(
        [
            str(python), "-c",
            "import pos_loyalty; from pos_loyalty.resources import ICON_SVG, resource;"
            " print(pos_loyalty.__file__); print('<svg' in resource(ICON_SVG).read_text())",
        ],
        capture_output=True, text=True, cwd=tmp_path, env=env, check=False,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    package_file, icon = where.stdout.split("\n", 1)
    assert Path(package_file).is_relative_to(target), package_file
    assert icon.strip() == "True"  # the icon is package data
