"""The README's menu paths and keys, checked against the window a reader gets.

The README sent readers to *File › Add Files…* (it is in the Library menu) and left View › Full Screen out.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
_MENU_PATH = re.compile(r"\*(File|Library|Edit|View|Help) › ([^*]+)\*((?: / \*[^*]+\*)*)")
_KEY = re.compile(r"(?:(?:Ctrl|Alt|Shift)\+)+(?:F\d+|Left|Right|Enter|[A-Z0-9=+-](?:…\d)?)|\bF\d+\b")
_NOT_ACTIONS = {"Shift+Enter"}  # the find box's own key, beside its Enter


def _plain(text: str) -> str:
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip()


def _menu_paths() -> list[tuple[str, str]]:
    """('View', 'Go Back') … for every *Menu › Item* the README names, '*A* / *B*' and 'A / B' as two items."""
    paths = []
    for menu, item, more in _MENU_PATH.findall(README):
        names = item.split(" / ") if item not in ("Go Back / Go Forward",) else ["Go Back", "Go Forward"]
        names += re.findall(r"\*([^*]+)\*", more)
        paths += [(menu, name) for name in names]
    return sorted(set(paths))


def _using_it_keys() -> list[str]:
    """Every key combination the README's 'Using it' table names, 'Ctrl+Alt+1…5' as five."""
    table = README.split("## Using it", 1)[1].split("\n## ", 1)[0]
    keys = []
    for key in set(_KEY.findall(table)) - _NOT_ACTIONS:
        if "…" in key:
            stem, last = key.split("…")
            keys += [stem[:-1] + str(n) for n in range(int(stem[-1]), int(last) + 1)]
        else:
            keys.append(key)
    return sorted(keys)


def _menu_items(window) -> dict[str, set[str]]:
    items: dict[str, set[str]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        names = items.setdefault(_plain(top.text()), set())
        for action in menu.actions():
            names.add(_plain(action.text()))
            if isinstance(action.menu(), QMenu):
                names.update(_plain(sub.text()) for sub in action.menu().actions())
    return items


def test_readme_menu_paths_and_keys_are_the_windows(make_window):
    window = make_window()
    window.set_language("en")
    items = _menu_items(window)
    paths = _menu_paths()
    assert ("Library", "Add Files…") in paths and ("View", "Language") in paths  # the parse found them
    missing = [f"{menu} › {name}" for menu, name in paths if name not in items.get(menu, set())]
    assert missing == []
    bound = {key.toString(QKeySequence.SequenceFormat.PortableText)
             for action in window.actions_.all() for key in action.shortcuts()}
    keys = _using_it_keys()
    assert {"Ctrl+Alt+5", "Alt+Left", "Shift+F9", "F11"} <= set(keys)
    assert [key for key in keys if key not in bound] == []
