"""No user-visible string literal reaches a Qt text setter without ``tr()`` / ``translate()``.

An AST scan of the widget code (crm_desktop/ui, charts, notifications): a string literal (or an
f-string, a concatenation, a list of them) passed where Qt shows text, e.g. ``setText("Save")``,
``QLabel("Name")``, ``QMessageBox.warning(self, "Oops", ...)``, ``addTab(w, "Team")``, fails the
test unless it holds no letter at all (symbols, numbers, "—", "…") or is on the allowlist
below (names that are the same in every language). Strings built elsewhere and passed in
variables are not seen: this guards against the common slip, not every one.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = [ROOT / "crm_desktop" / d for d in ("ui", "charts", "notifications")]

# method name -> the argument positions that are shown text ("last": the last one)
SETTERS: dict[str, tuple[int | str, ...]] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setTitle",
            "setSubTitle",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "setWindowIconText",
            "showMessage",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setCancelButtonText",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "addItem",
            "addItems",
            "addRow",
            "addMenu",
            "setHtml",
            "setMarkdown",
        ),
        (0,),
    ),
    "addTab": ("last",),
    "insertTab": ("last",),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setButtonText": (1,),
    "addAction": (0, 1),
    "addSection": (0,),
}
WIDGETS = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "QTableWidgetItem": (0,),
    "QListWidgetItem": (0, 1),
    "QStandardItem": (0, 1),
    "label": (0,),  # crm_desktop.ui.widgets.labels.label(text, object_name)
}
STATIC = {
    "QMessageBox": (1, 2),  # warning/information/question/critical/about(parent, title, text)
    "QInputDialog": (1, 2),  # getText/getItem/getInt/getDouble(parent, title, label)
    "QFileDialog": (1, 3),  # getOpenFileName/getSaveFileName(parent, caption, dir, filter)
}
#: Texts that read the same in every language (product and format names, units, codes).
ALLOWED = {"crm-desktop", "CSV", "XLSX", "vCard", "Excel", "SQLite", "USD", "CNY", "Qt"}


def literal_texts(node: ast.expr) -> Iterator[str]:
    """The literal text pieces of ``node`` if it is (built only from) string literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                yield part.value
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from literal_texts(node.left)
        yield from literal_texts(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from literal_texts(element)
    elif isinstance(node, ast.IfExp):
        yield from literal_texts(node.body)
        yield from literal_texts(node.orelse)


def is_user_text(text: str) -> bool:
    stripped = re.sub(r"</?\w+[^>]*>", "", text).strip()  # HTML tags are markup, not text
    return any(ch.isalpha() for ch in stripped) and stripped not in ALLOWED


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    func, args = call.func, call.args
    positions: tuple[int | str, ...] = ()
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        if owner in STATIC:
            positions = STATIC[owner]
        elif func.attr in WIDGETS:
            positions = WIDGETS[func.attr]
        else:
            positions = SETTERS.get(func.attr, ())
    elif isinstance(func, ast.Name):
        positions = WIDGETS.get(func.id, ())
        if func.id == "QMessageBox":
            positions = (1, 2)
    picked = []
    for position in positions:
        index = len(args) - 1 if position == "last" else int(position)
        if 0 <= index < len(args):
            picked.append(args[index])
    picked += [kw.value for kw in call.keywords if kw.arg in ("text", "title", "toolTip")]
    return picked


def unwrapped(path: Path, root: Path = ROOT) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in shown_arguments(node):
            for text in literal_texts(argument):
                if is_user_text(text):
                    yield f"{path.relative_to(root)}:{argument.lineno}: {text!r}"


def test_scanner_catches_each_kind_of_slip(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Name')\n"
        "ok = QLabel(self.tr('Name'))\n"
        "QMessageBox.warning(self, 'Oops', self.tr('Bad'))\n"
        "tabs.addTab(widget, 'Team')\n"
        "table.setHorizontalHeaderLabels([self.tr('A'), 'B'])\n"
        "combo.addItem(self.tr('Update it'), 'update')\n"
        "button.setToolTip(f'{count} records')\n"
        "sep = QLabel('–')\n"
        "button.setText('…')\n"
        "box.setObjectName('status_label')\n"
        "label.setText('Qt')\n"
        "about.setText('<h2>' + self.tr('Title') + '</h2>')\n"
        "title = label('Settings', 'page_title')\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in unwrapped(sample, tmp_path)]
    assert sorted(found) == sorted(
        ["'Name'", "'Oops'", "'Team'", "'B'", "' records'", "'Settings'"]
    )


def test_no_user_visible_string_is_left_unwrapped() -> None:
    found = [
        finding
        for folder in SCANNED
        for path in sorted(folder.rglob("*.py"))
        for finding in unwrapped(path)
    ]
    assert found == []
