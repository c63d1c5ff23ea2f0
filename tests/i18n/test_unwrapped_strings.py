"""No user-visible words in the UI bypass translate(): a literal given straight to a
label, button, tooltip, accessible name, message box … fails here, with its place.

Read with ``ast``: the literal first (text) arguments of the calls that put text on
screen. Text without letters (symbols, digits, "·", "→") needs no translation; the
few words that stay as they are in every language are listed in ALLOWED.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [*sorted((ROOT / "pos_loyalty" / "ui").glob("*.py")), ROOT / "pos_loyalty" / "app.py"]

# Words that are the same in every language the counter speaks: names, not words.
ALLOWED = {"pos-loyalty"}
# Not words either: colours, addresses, e-mail examples, file name parts, one letter.
NOT_WORDS = re.compile(r"#[0-9a-fA-F]{3,8}|https?://\S*|\S+@\S+\.\w+|\.\w+|\w+-|\w")

# method name -> the positions of its text arguments
METHODS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setTitle": (0,), "addItem": (0,), "insertItem": (1,),
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,),
    "showMessage": (0,), "setLabelText": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "addRow": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "addAction": (0,), "setFormat": (0,),
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,),
    "say": (1,), "addMenu": (0,), "setHtml": (0,), "setMarkdown": (0,),
    "setItemText": (1,), "setHeaderLabels": (0,), "setButtonText": (1,), "getText": (1, 2),
    "getInt": (1, 2), "getItem": (1, 2),
}  # fmt: skip
# Widgets whose first argument is their text.
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QCommandLinkButton", "QMessageBox", "QMenu", "QTableWidgetItem",
    "QListWidgetItem", "QTreeWidgetItem",
}  # fmt: skip
KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "caption", "filter"}


def _is_translate(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    return name in {"translate", "translate_noop", "tr"}


def _words(node: ast.AST) -> list[ast.Constant]:
    """String literals with letters in ``node``, outside translate() calls, dict keys
    and subscripts (which are look-ups, not text)."""
    found: list[ast.Constant] = []

    def visit(n: ast.AST) -> None:
        if _is_translate(n):
            return
        if isinstance(n, ast.Subscript):
            visit(n.value)
            return
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
            # "…".join(parts) and the like: the separator is not a sentence.
            visit(n.func.value) if not isinstance(n.func.value, ast.Constant) else None
            for arg in [*n.args, *(k.value for k in n.keywords)]:
                visit(arg)
            return
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            text = n.value.strip()
            words = any(c.isalpha() for c in text) and not NOT_WORDS.fullmatch(text)
            if words and text not in ALLOWED:
                found.append(n)
            return
        for child in ast.iter_child_nodes(n):
            visit(child)

    visit(node)
    return found


def unwrapped(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        texts: list[ast.AST] = []
        if isinstance(func, ast.Attribute) and func.attr in METHODS:
            texts = [node.args[i] for i in METHODS[func.attr] if i < len(node.args)]
        elif isinstance(func, ast.Name) and func.id in CONSTRUCTORS:
            texts = list(node.args[:1] if func.id != "QMessageBox" else node.args[1:3])
        texts += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for text in texts:
            for literal in _words(text):
                out.append(f"{where}:{literal.lineno}: {literal.value!r}")
    return out


def test_the_check_finds_an_unwrapped_label(tmp_path: Path) -> None:
    """The check itself can fail: an unwrapped label, tooltip and f-string are caught,
    translated ones and symbols are not."""
    sample = tmp_path / "sample.py"
    code = (
        'QLabel("Scan a card")\n'
        'w.setToolTip(f"Hello {name}")\n'
        'w.setText(translate("X", "Fine"))\n'
        'w.setText("→")\n'
        'w.setText(translate("X", "{a} b").format(a="word" + y))\n'
    )
    sample.write_text(code, encoding="utf-8")
    found = unwrapped(sample)
    assert [line.split(": ", 1)[1] for line in found] == ["'Scan a card'", "'Hello '", "'word'"]


def test_every_visible_string_in_the_ui_goes_through_translate() -> None:
    found = [line for path in CHECKED for line in unwrapped(path)]
    assert found == [], "wrap these in translate():\n" + "\n".join(found)
