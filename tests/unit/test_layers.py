"""The Qt-free layers import with PySide6 blocked, and the server imports no client code."""

import subprocess
import sys

# Every module of these packages is walked, so a new module is checked without a list to keep.
QT_FREE_PACKAGES = ["domain", "api", "scanning", "station", "server"]
QT_FREE_MODULES = ["pos_loyalty.cli", "pos_loyalty.paths"]
_WALK = (
    "import importlib, pkgutil\n"
    "def walk(packages):\n"
    "    names = []\n"
    "    for package in packages:\n"
    "        root = importlib.import_module('pos_loyalty.' + package)\n"
    "        names.append(root.__name__)\n"
    "        names += [m.name for m in pkgutil.walk_packages(root.__path__, root.__name__ + '.')]\n"
    "    return names\n"
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_qt_free_layers_import_without_pyside6() -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\nsys.modules['qasync'] = None\n"
        + _WALK
        + f"names = walk({QT_FREE_PACKAGES!r}) + {QT_FREE_MODULES!r}\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    # The walk found the whole tree, not just the package roots.
    assert int(result.stdout.strip()) > 40


def test_server_imports_nothing_above_it() -> None:
    code = (
        "import sys\n" + _WALK + "walk(['server'])\n"
        "above = tuple('pos_loyalty.' + n for n in ('api', 'station', 'ui', 'scanning'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(above)))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_client_never_imports_the_server() -> None:
    code = (
        "import sys, pos_loyalty.api, pos_loyalty.station.counter, pos_loyalty.scanning.codes\n"
        "print(sorted(m for m in sys.modules if m.startswith('pos_loyalty.server')))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_counter_loads_no_camera_code_until_a_camera_is_used() -> None:
    code = (
        "import sys, pos_loyalty.app\n"
        "print(sorted(m for m in ('cv2', 'zxingcpp', 'numpy', 'pyzbar') if m in sys.modules))"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
