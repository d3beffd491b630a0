"""The window's widgets and how they sit: side panels, the reading area, the tool bar and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QSplitter, QStackedWidget, QToolBar,
                               QVBoxLayout, QWidget)

from reader.ui.actions import Actions
from reader.ui.breadcrumb import Breadcrumb
from reader.ui.document_list import DocumentList
from reader.ui.find_bar import FindBar
from reader.ui.focus_ring import FocusRing
from reader.ui.keyword_panel import KeywordPanel
from reader.ui.original_surface import OriginalSurface
from reader.ui.outline_view import OutlineView
from reader.ui.reading_pane import ReadingView
from reader.ui.script_selector import ScriptSelector
from reader.ui.status_bar import InfoBar, StatusBar
from reader.ui.workers import Jobs

FIRST_SIZE = QSize(1280, 820)
SCREEN_SHARE = 0.9  # of the screen's free area at most, the frame and title bar around it included

# Tab's path through the window as the eye reads it, left to right and top down; missing names are skipped
KEYBOARD_ORDER = ("scriptSelector", "librarySearch", "librarySearchResults", "libraryCancel", "documentList",
                  "outlineFilter", "outlineView", "infoClose", "readingPane", "originalView", "findInput",
                  "findPrevious", "findNext", "findClose", "keywordInput", "previousHit", "nextHit",
                  "cleanedIndicator")


class WindowParts:
    """Builds the widgets once; the window takes them over (they hold no state of the window's)."""

    def __init__(self, actions: Actions, jobs: Jobs, cache_dir: str) -> None:
        a = actions
        self.document_list = DocumentList()
        self.document_list.set_remove_action(a.remove_document)
        self.outline = OutlineView()
        self.keyword_panel = KeywordPanel()
        self.breadcrumb = Breadcrumb()
        self.info_bar = InfoBar()
        self.reading = ReadingView(jobs, cache_dir)
        self.reading.set_context_actions([a.add_keyword, a.find])
        self.breadcrumb.follow(self.reading)  # over the text's centred column
        self.original = OriginalSurface()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reading)
        self.stack.addWidget(self.original)
        self.find_bar = FindBar()
        self.script_selector = ScriptSelector()
        center = QWidget(objectName="readingArea")
        layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget, stretch in ((self.info_bar, 0), (self.breadcrumb, 0), (self.stack, 1), (self.find_bar, 0)):
            layout.addWidget(widget, stretch)
        self.documents_label = QLabel()
        self.outline_label = QLabel()
        self.sidebar = QSplitter(Qt.Orientation.Vertical, objectName="sidebar")
        for label, widget in ((self.documents_label, self.document_list), (self.outline_label, self.outline)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(6, 6, 0, 0)
            box_layout.setSpacing(4)
            bold = label.font()  # a font, not a style sheet: a style sheet fixed the label's colours at the light theme's
            bold.setWeight(QFont.Weight.DemiBold)
            label.setFont(bold)
            box_layout.addWidget(label)
            box_layout.addWidget(widget, 1)
            self.sidebar.addWidget(box)
        self.sidebar.setSizes([300, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        for widget in (self.sidebar, center, self.keyword_panel):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([280, 820, 220])
        self.status = StatusBar()
        self.toolbar = QToolBar(objectName="mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for item in (a.open_file, None, self.script_selector, a.show_original, None, a.find, a.zoom_out, a.zoom_in):
            if item is None:
                self.toolbar.addSeparator()
            elif isinstance(item, QWidget):
                self.toolbar.addWidget(item)
            else:
                self.toolbar.addAction(item)


def keyboard_order(window: QWidget) -> None:
    """Tab follows the panes as they sit: widgets enter Qt's chain in the order they were made, which sent Tab from
    the library search to the keyword panel's buttons and from the keyword box to the status bar; a list it lands
    in rings its current row (no sign of the focus showed there, on the dark theme least)."""
    found = [window.findChild(QWidget, name) for name in KEYBOARD_ORDER]
    chain = [widget for widget in found if widget is not None]
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)
    for view in chain:  # and a list Tab lands in shows its current row
        if isinstance(view, QAbstractItemView):
            FocusRing(view)


def first_size(window: QWidget) -> QSize:
    """The size of a window with no saved geometry, within the screen: 1280 x 820 at a scale of 1.5 on a laptop's
    1400 x 900 (933 x 600 points) left the keyword panel and the status bar off the screen, out of reach."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return FIRST_SIZE
    room = screen.availableGeometry().size() * SCREEN_SHARE
    return FIRST_SIZE.boundedTo(room)
