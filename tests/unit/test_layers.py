"""The Qt-free layers import with PySide6 blocked, and the server imports no client code."""

import subprocess
import sys

QT_FREE = [
    "pos_loyalty.domain.stamp_rules",
    "pos_loyalty.server.app",
    "pos_loyalty.api",
    "pos_loyalty.scanning.codes",
    "pos_loyalty.station.counter",
    "pos_loyalty.cli",
]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_qt_free_layers_import_without_pyside6() -> None:
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\nsys.modules['qasync'] = None\n"
        f"import importlib\nfor name in {QT_FREE!r}: importlib.import_module(name)\n"
        "print('ok')"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_server_imports_nothing_above_it() -> None:
    code = (
        "import sys, pos_loyalty.server.app, pos_loyalty.server.admin\n"
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
