"""Round 67G: the status bar's cleaned indicator and `zhreader info` count what What Cleaning Did lists, apart:
lines removed, lines moved to the header (the date, source or author shown over the text, not gone) and garbled
runs. Before, 'Cleaned: N items' and info's 'removed' counted the moved lines as removed, so a reader told of N
removed lines found some of them on screen."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel
from qtsupport import settle

from reader.cli import main
from reader.ui.cleaned_dialog import CleanedDialog
from support import seed


def _info(path: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["info", path, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_status_bar_the_cli_and_what_cleaning_did_give_the_same_counts(make_window, capsys):
    path = str(seed("000"))  # a page with two lines moved to the header (its date and source) and two removed
    window = make_window()
    window.open_path(path)
    settle(window)
    info = _info(path, capsys)
    assert (info["removed"], info["moved_to_header"], info["garbled"]) == (2, 2, 0)
    assert window.status.cleaned.text() == "Cleaned: 2 removed, 2 moved to the header"
    window.actions_.cleaned_report.trigger()
    settle(window)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    intro = next(label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("Removed:"))
    assert intro.startswith("Removed: 2 · Moved to the header: 2 · Flagged as garbled: 0.")


def test_garbled_runs_are_told_as_flagged(make_window, capsys):
    path = str(seed("002"))
    window = make_window()
    window.open_path(path)
    settle(window)
    info = _info(path, capsys)
    assert (info["removed"], info["moved_to_header"], info["garbled"]) == (93, 1, 1)
    assert window.status.cleaned.text() == "Cleaned: 93 removed, 1 moved to the header, 1 flagged as garbled"
