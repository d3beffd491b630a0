"""Round 76N: the text a conversion replaces (paragraphs, offset maps, the joined text: 20-24 ms of CPU to free at
16 M characters) is let go of a slice per turn by the pane's retirer, and a list a worker still reads is never emptied
under it."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject

from reader.text.display import AllConverted, DisplayText
from reader.ui import retire


class _Entry:
    """A list entry whose freeing can be watched."""


def test_replaced_values_are_let_go_of_in_steps_and_a_list_still_read_is_left_whole(qtbot, monkeypatch):
    monkeypatch.setattr(retire, "RETIRE_BUDGET_MS", 0)  # one slice a turn
    owner = QObject()
    retirer = retire.DocumentRetirer(owner)
    dropped = [_Entry() for _ in range(3 * retire.RETIRE_VALUES)]
    read = [_Entry() for _ in range(2 * retire.RETIRE_VALUES)]  # a worker still iterates over this one
    refs = [weakref.ref(entry) for entry in dropped]
    alive: list[int] = []  # entries left after each turn's step
    step = retire.DocumentRetirer._step

    def watched(self) -> None:
        step(self)
        alive.append(sum(ref() is not None for ref in refs))

    monkeypatch.setattr(retire.DocumentRetirer, "_step", watched)
    retirer.drop((dropped, read, "joined text", None))
    del dropped
    assert all(ref() is not None for ref in refs), "nothing is freed at once"
    qtbot.waitUntil(lambda: retirer.pending == 0, timeout=5000)
    assert alive[:4] == [2 * retire.RETIRE_VALUES, retire.RETIRE_VALUES, 0, 0], "freed a slice per turn"
    assert len(read) == 2 * retire.RETIRE_VALUES and all(isinstance(entry, _Entry) for entry in read)


def test_set_all_hands_back_the_text_it_replaces():
    display = DisplayText(["第一条", "第二条"], config="s2t")
    before = display.shown
    replaced = display.set_all(AllConverted(["第一條", "第二條"], [None, None], None, "第一條\n第二條"))
    assert replaced[0] is before and display.text == "第一條\n第二條"
