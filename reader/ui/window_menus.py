"""The menu bar, built from the actions module (rebuilt when the UI language changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def build_menus(window: "MainWindow") -> None:
    """File, Edit, View and Help menus in the order a desktop reader expects."""
    a = window.actions_
    bar = window.menuBar()
    bar.clear()
    file_menu = bar.addMenu(window.tr("&File"))
    file_menu.addAction(a.open_file)
    file_menu.addAction(a.open_folder)
    file_menu.addAction(a.reopen_encoding)
    file_menu.addAction(a.remove_document)
    file_menu.addSeparator()
    file_menu.addAction(a.export_text)
    file_menu.addAction(a.export_pdf)
    file_menu.addAction(a.print)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    window.library_panel.fill_menu(bar.addMenu(window.tr("&Library")))
    edit = bar.addMenu(window.tr("&Edit"))
    edit.addAction(a.undo_removal)
    edit.addSeparator()
    edit.addAction(a.copy)
    edit.addAction(a.select_all)
    edit.addSeparator()
    edit.addAction(a.find)
    edit.addAction(a.next_hit)
    edit.addAction(a.previous_hit)
    edit.addSeparator()
    edit.addAction(a.add_keyword)
    view = bar.addMenu(window.tr("&View"))
    script = view.addMenu(window.tr("&Script"))
    for action in a.scripts.values():
        script.addAction(action)
    script.addSeparator()
    script.addAction(a.toggle_script)
    theme = view.addMenu(window.tr("&Theme"))
    for action in a.themes.values():
        theme.addAction(action)
    view.addSeparator()
    view.addAction(a.zoom_in)
    view.addAction(a.zoom_out)
    view.addAction(a.zoom_reset)
    view.addSeparator()
    view.addAction(a.show_original)
    view.addAction(a.cleaned_report)
    view.addAction(a.focus_outline)
    view.addAction(a.go_back)
    view.addAction(a.go_forward)
    view.addAction(a.show_sidebar)
    view.addAction(a.show_keywords)
    view.addSeparator()
    view.addAction(a.full_screen)
    language = view.addMenu(window.tr("&Language"))
    for action in a.languages.values():
        language.addAction(action)
    help_menu = bar.addMenu(window.tr("&Help"))
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)

