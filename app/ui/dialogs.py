"""Small dialogs: errors, the import report, About and the User Guide.

Message boxes open window-modal without blocking (`open()`), so the event loop and tests go on.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.ui.demo import resources_dir

LICENCE = "MIT"
MAX_LISTED_FAILURES = 12

BUILT_IN_GUIDE = """
# Sitrep user guide

Sitrep collects news articles about wars and disasters into a **project** (one `.sitrep` file)
so you can read them side by side and, in later versions, review the figures they report.

## Projects
- **File ▸ New Project…** creates an empty project file; **File ▸ Open Project…** opens one.
- **File ▸ Open Recent** lists the last ten projects; the demo project is under **Help**.
- Everything is saved as you go: there is no Save command.

## Importing articles
- **File ▸ Import Articles…** (Ctrl+I) adds .txt, .md, .html, .pdf and feed files;
  **File ▸ Import Folder…** adds every article in a folder. You can also drop files or folders
  onto the window.
- An article already in the project is recognised by its text and skipped.
- Files that cannot be read are listed with the reason when the import ends; the rest go in.
- Imports cannot be undone. Cancel stops after the article being imported.

## Reading
- Pick an article in the **Library**; type in the filter box to narrow it down by title or
  publisher, and click a column header to sort.
- **View ▸ Show Removed Text** shows, greyed, what cleaning took out (repeated captions,
  page junk, newsletter and donation blurbs).
- **Edit ▸ Find in Articles…** (Ctrl+F) searches the full text of every article.
"""


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
    object_name: str = "messageDialog",
) -> QMessageBox:
    """Open a non-blocking, window-modal message box that deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    return show_message(
        parent, QMessageBox.Icon.Warning, title, text, details=details, object_name="errorDialog"
    )


def _failure_line(path: str, reason: str) -> str:
    """'• reason', prefixed with the file name unless the reason already names it."""
    name = Path(path).name
    return f"• {reason}" if name in reason else f"• {name}: {reason}"


def show_import_failures(
    parent: QWidget | None, summary: str, failed: list[tuple[str, str]]
) -> QMessageBox:
    """One dialog for a whole batch: each file that could not be imported, with its reason."""
    count = len(failed)
    text = (
        f"{count} file could not be imported."
        if count == 1
        else f"{count} files could not be imported."
    )
    lines = [_failure_line(path, reason) for path, reason in failed]
    listed = "\n".join(lines[:MAX_LISTED_FAILURES])
    if count > MAX_LISTED_FAILURES:
        listed += f"\n… and {count - MAX_LISTED_FAILURES} more (see Show Details)."
    details = "\n".join(f"{path}\n    {reason}" for path, reason in failed)
    return show_message(
        parent,
        QMessageBox.Icon.Warning,
        "Import problems",
        text,
        informative=f"{summary}\n\n{listed}",
        details=details,
        object_name="importFailuresDialog",
    )


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
        "<p>A desktop workbench for the figures reported in war and crisis news: "
        "collect articles, read them cleanly, and review who claimed what, when.</p>"
        f"<p>Released under the {LICENCE} licence.</p>"
    )
    box.open()
    return box


def user_guide_markdown() -> str:
    """docs/USER_GUIDE.md when present (source checkout or bundle), else the built-in guide."""
    for candidate in (
        resources_dir().parent / "docs" / "USER_GUIDE.md",
        resources_dir() / "USER_GUIDE.md",
    ):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError:
            continue
    return BUILT_IN_GUIDE


class UserGuideDialog(QDialog):
    """The user guide in a plain, resizable, non-modal window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(f"{APP_NAME} User Guide")
        self.resize(720, 640)
        browser = QTextBrowser()
        browser.setObjectName("userGuideText")
        browser.setOpenExternalLinks(True)
        browser.document().setDocumentMargin(18)
        browser.setMarkdown(user_guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
