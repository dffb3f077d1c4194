"""What the window shows when no project is open: a short welcome offering New, Open, Demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Buttons drive the same actions as the File menu, so behaviour stays in one place."""

    def __init__(
        self,
        new_action: QAction,
        open_action: QAction,
        demo_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel("Sitrep")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = QLabel(
            "Collect news articles about a war or a disaster into a project, read them cleanly,\n"
            "and keep track of the figures they report.\n\n"
            "No project is open. Create one, open one, or explore the demo project."
        )
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(blurb)
        layout.addSpacing(16)
        for action, name in (
            (new_action, "welcomeNewButton"),
            (open_action, "welcomeOpenButton"),
            (demo_action, "welcomeDemoButton"),
        ):
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMinimumWidth(220)
            button.setAutoRaise(False)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
