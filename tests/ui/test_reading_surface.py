"""The reading surface: read-only, plain text out, nothing fetched, a centred column, extra context actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QTextCursor, QTextDocument

from reader.ui.reading_surface import ReadingSurface


def _surface(qtbot, width: int = 800) -> ReadingSurface:
    surface = ReadingSurface()
    qtbot.addWidget(surface)
    surface.resize(width, 300)
    with qtbot.waitExposed(surface):
        surface.show()
    return surface


def test_the_surface_is_read_only_and_copies_the_selection_as_plain_text(qtbot):
    surface = _surface(qtbot)
    surface.setHtml("<p>第一段<b>粗体</b></p><p>第二段</p>")
    assert surface.isReadOnly() and not surface.acceptRichText() and not surface.acceptDrops()
    cursor = surface.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    surface.setTextCursor(cursor)
    data = surface.createMimeDataFromSelection()
    assert data.text() == "第一段粗体\n第二段"
    assert not data.hasHtml()


def test_the_surface_never_loads_what_a_document_names(qtbot):
    surface = _surface(qtbot)
    assert surface.loadResource(QTextDocument.ResourceType.ImageResource.value, "file:///etc/passwd") is None


def test_the_column_is_centred_and_recentred_only_when_the_width_changes(qtbot):
    surface = _surface(qtbot, width=900)
    surface.centre_column(500)
    margins = surface.viewportMargins()
    assert margins.left() == margins.right() > 0
    assert abs(surface.width() - 500 - margins.left() * 2) <= surface.verticalScrollBar().sizeHint().width() + 1
    surface.centre_column(2000)  # wider than the window: no margins rather than negative ones
    assert surface.viewportMargins().left() == 0


def test_extra_context_actions_follow_the_standard_ones(qtbot):
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    surface = _surface(qtbot)
    surface.setPlainText("监督")
    extra = QAction("Add as keyword", surface)
    surface.set_context_actions([extra])
    shown = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, look)
            return
        shown.append(list(menu.actions()))
        menu.close()

    QTimer.singleShot(20, look)
    surface.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    (actions,) = shown
    assert actions[-1] is extra and actions[-2].isSeparator() and len(actions) > 2
