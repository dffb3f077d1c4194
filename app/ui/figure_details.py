"""The Figure Details panel: verdict buttons, every field of the current figure, its sentence with
the evidence in bold, and its history (who changed what, when)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.store.figure_edits import HistoryEntry
from app.store.figure_query import FigureRow
from app.ui.figure_form import FigureForm, format_field
from app.ui.models.figure_model import STATUS_COLOURS, format_number


def local_time(moment: dt.datetime) -> str:
    """History times are stored in UTC; show them in the user's time zone."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def evidence_html(row: FigureRow, document_text: str | None = None) -> str:
    """The sentence with the evidence span in bold (found by its text, the sentence has no offsets)."""
    sentence = row.sentence or ""
    evidence = document_text[row.start:row.end] if document_text else ""
    at = sentence.find(evidence) if evidence else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<b>" + html.escape(evidence) + "</b>"
            + html.escape(sentence[at + len(evidence):]))


def history_html(history: Sequence[HistoryEntry], muted: str = "#888") -> str:
    """Newest first: 'confirmed by alice · 2024-05-01 14:03', and what changed beneath."""
    if not history:
        return f'<p style="color:{muted}">As extracted; not changed yet.</p>'
    entries = []
    for entry in reversed(history):
        changes = "".join(
            f"<br/>{html.escape(field.replace('_', ' '))}: "
            f"{html.escape(format_field(old) or '—')} → <b>{html.escape(format_field(new) or '—')}</b>"
            for field, (old, new) in entry.changes.items()
            if field != "status" or new not in (entry.action, "edited")  # implied by the action
        )
        entries.append(
            f'<p style="margin-bottom:6px"><b>{html.escape(entry.action)}</b> by '
            f"{html.escape(entry.actor)} "
            f'<span style="color:{muted}">· {local_time(entry.changed_at)}</span>{changes}</p>'
        )
    return "".join(entries)


class FigureDetailsPanel(QWidget):
    """Shows and edits the current figure; edits leave as `form.fieldsEdited`."""

    def __init__(self, form: FigureForm, verdicts: Sequence[QAction] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureDetailsPanel")
        self.form = form
        self.title = QLabel()
        self.title.setObjectName("figureDetailsTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("figureDetailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action in verdicts:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.sentence = QTextBrowser()
        self.sentence.setObjectName("figureDetailsSentence")
        self.sentence.setFrameShape(QTextBrowser.Shape.StyledPanel)
        self.sentence.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.sentence.setAccessibleName("Sentence")

        self.history = QTextBrowser()
        self.history.setObjectName("figureHistory")
        self.history.setFrameShape(QTextBrowser.Shape.StyledPanel)
        self.history.setAccessibleName("History")
        self.history.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        self.sections = QWidget()  # hidden while no figure is selected
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.setSpacing(6)
        sections.addWidget(self._heading("Fields"))
        sections.addWidget(form)
        sections.addWidget(self._heading("Sentence"))
        sections.addWidget(self.sentence)
        sections.addWidget(self._heading("History"))
        sections.addWidget(self.history, 1)
        layout.addWidget(self.sections, 100)
        layout.addStretch(1)  # keeps the title at the top while the sections are hidden
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_figure(None)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text.upper())
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        return label

    def show_figure(self, row: FigureRow | None, history: Sequence[HistoryEntry] = (),
                    document_text: str | None = None) -> None:
        self.form.set_row(row)
        self.sections.setVisible(row is not None)
        if row is None:
            self.title.setText("No figure selected")
            self.subtitle.setText("Select a figure in the table, or a marked number in the text.")
            self.sentence.clear()
            self.history.clear()
            return
        number = format_number(row.value) or "—"
        colour = STATUS_COLOURS.get(row.status)
        status = (f'<span style="color:{colour.name()}">{html.escape(row.status)}</span>'
                  if colour is not None else html.escape(row.status))
        self.title.setText(f"{number} {html.escape(row.measure)} · {status}")
        claimant = html.escape(row.claimant) if row.claimant else "the reporter"
        self.subtitle.setText(
            f"Figure {row.id} in <i>{html.escape(row.article)}</i>, stated by {claimant}"
            + (" (added by hand)" if row.origin == "human" else "")
        )
        self.sentence.setHtml(evidence_html(row, document_text))
        self.history.setHtml(history_html(history, self._muted()))

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def focus_editor(self) -> None:
        self.form.focus_first()
