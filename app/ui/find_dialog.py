"""Edit ▸ Find: full-text search over every article of the project, results with snippets."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.store import SearchHit

SearchFunction = Callable[[str], Sequence[SearchHit]]
SEARCH_DELAY_MS = 300
HitIdRole = Qt.ItemDataRole.UserRole + 1
HitHtmlRole = Qt.ItemDataRole.UserRole + 2


def hit_html(hit: SearchHit) -> str:
    """Title in bold over the snippet, with the store's [matched] words highlighted."""
    snippet = html.escape(hit.snippet).replace("[", "<b>").replace("]", "</b>")
    return f"<b>{html.escape(hit.title)}</b><br/><span>{snippet}</span>"


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HitHtmlRole as rich text (QListWidget shows plain text only)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HitHtmlRole) or "")
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 8, option.rect.height() - 6))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class FindDialog(QDialog):
    """Searches as you type; activating a result emits `documentActivated(id)`."""

    documentActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.setWindowTitle("Find in Articles")
        self.resize(560, 480)
        self._search: SearchFunction | None = None

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("findQuery")
        self.query_edit.setPlaceholderText("Words to find in the text of all articles")
        self.query_edit.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("findStatus")
        self.results = QListWidget()
        self.results.setObjectName("findResults")
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self._on_return)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.itemClicked.connect(self._on_item_activated)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)

    def set_search_function(self, search: SearchFunction | None) -> None:
        """Search this project (None when no project is open)."""
        self._search = search
        self.results.clear()
        self.status_label.clear()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        query = self.query_edit.text().strip()
        if not query or self._search is None:
            self.status_label.setText("" if self._search else "No project is open.")
            return
        hits = list(self._search(query))
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(HitIdRole, hit.document_id)
            item.setData(HitHtmlRole, hit_html(hit))
            item.setToolTip(hit.title)
            self.results.addItem(item)
        count = len(hits)
        self.status_label.setText(
            "No article contains these words."
            if not count
            else f"{count} article{'s' if count != 1 else ''} found. Press Enter or click to open."
        )
        if count:
            self.results.setCurrentRow(0)

    def _on_return(self) -> None:
        if self._timer.isActive() or self.results.count() == 0:
            self.run_search()
        elif self.results.currentItem() is not None:
            self._on_item_activated(self.results.currentItem())

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.documentActivated.emit(int(item.data(HitIdRole)))
