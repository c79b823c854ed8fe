"""Help inside the program: the short user guide (resources/help/guide_th.html, guide_en.html) and the
keyboard shortcuts, read from the window's own actions and buttons so that the list cannot go stale."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.resources import resource_path

_MNEMONIC = re.compile(r"\s*\(&\w\)$")


def guide_html(lang: str) -> str:
    """The guide in ``lang`` (Thai unless English is asked for)."""
    name = "guide_en.html" if lang == "en" else "guide_th.html"
    return resource_path("help", name).read_text(encoding="utf-8")


def plain_label(text: str) -> str:
    """A menu text as a sentence: no "(&F)" mnemonic, no "&", no trailing ellipsis."""
    text = _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").strip()


def shortcuts(
    window: QMainWindow, tabs: QTabWidget, window_section: str
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(where, [(what, keys)]): the window's actions under ``window_section``, then each tab's actions and
    buttons under the tab's name."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    rows = _rows(window.actions())
    if rows:
        sections.append((window_section, rows))
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is None:
            continue
        found: list[QAction | QAbstractButton] = [
            *page.findChildren(QAction),
            *page.findChildren(QAbstractButton),
        ]
        rows = _rows(found)
        if rows:
            sections.append((plain_label(tabs.tabText(index)).lstrip("0123456789 "), rows))
    return sections


def _rows(items: list[QAction] | list[QAction | QAbstractButton]) -> list[tuple[str, str]]:
    rows: dict[tuple[str, str], None] = {}
    for item in items:
        keys = item.shortcuts() if isinstance(item, QAction) else [item.shortcut()]
        keys = [k for k in keys if not k.isEmpty()]
        if not keys or not item.text():
            continue
        what = plain_label(item.text())
        if (
            isinstance(item, QAction) and ":" in what
        ):  # "Undo: change the budget of…": the action, not the edit
            what = what.split(":", 1)[0]
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows[(what, shown)] = None
    return list(rows)


def shortcuts_html(sections: list[tuple[str, list[tuple[str, str]]]], title: str) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for where, rows in sections:
        parts.append(f"<h2>{html.escape(where)}</h2><table cellspacing='0' cellpadding='4'>")
        for what, keys in rows:
            parts.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>")
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


class HelpDialog(QDialog):
    """A page of help in a browser that follows the guide's links; closes with Esc or Close."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
