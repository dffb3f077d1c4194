"""In-place editors for the figures table: combos for vocabularies, a date editor, completers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.completers import PlaceLookup, claimant_completer, place_completer
from app.ui.models.figure_model import FigureTableModel
from app.ui.widgets import OptionalDateEdit

Index = QModelIndex | QPersistentModelIndex


class FigureItemDelegate(QStyledItemDelegate):
    """Chooses the editor by column; a combo commits as soon as a choice is made."""

    def __init__(
        self,
        places: PlaceLookup | None = None,
        claimants: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.places = places
        self.claimants = claimants

    @staticmethod
    def _column(index: Index) -> str:
        return FigureTableModel.COLUMNS[index.column()]

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        column = self._column(index)
        if column in FigureTableModel.CHOICES:
            combo = QComboBox(parent)
            combo.setObjectName(f"{column}Editor")
            for choice in FigureTableModel.CHOICES[column]:
                combo.addItem(choice.replace("_", " "), choice)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            return combo
        if column == "as_of":
            editor = OptionalDateEdit("no date", parent)
            editor.setObjectName("asOfEditor")
            editor.setCalendarPopup(False)
            return editor
        editor = QLineEdit(parent)  # also for the value: "4,300" reads better than a spin box
        editor.setFrame(False)
        editor.setObjectName(f"{column}Editor")
        if column == "place" and self.places is not None:
            place_completer(editor, self.places)
        elif column == "claimant" and self.claimants is not None:
            claimant_completer(editor, self.claimants)
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(FigureTableModel.EditValueRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            column = self._column(index)
            editor.setText("" if value is None else
                           index.data(Qt.ItemDataRole.DisplayRole) if column == "value"
                           else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, OptionalDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, (QComboBox, OptionalDateEdit)):
            rect = rect.adjusted(0, -2, 0, 2)
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
