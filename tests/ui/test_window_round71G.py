"""Found by hand (session 71G), each on the real asynchronous window: a long text opened at a far place had its
breadcrumb and the status bar's length and progress describe it while the page before it was still on screen; a
script chosen while a long text was built left it without its outline; and the library watcher said 'N files
missing' again, at every check, for files it had already named."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from qtsupport import settle

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"
NOTICE = "关于湖泊治理的补充通知\n\n湖泊治理继续推进。\n"


def _chapters(chapters: int, paragraphs: int) -> str:
    """A long law-like text: numbered chapters of plain paragraphs."""
    parts = ["关于长文的报告\n\n"]
    for c in range(1, chapters + 1):
        parts.append(f"第{c}章 第{c}部分的规定\n\n")
        parts += [f"为了加强监督管理工作，推进依法行政，本段记录第{c}章编号{i}的事项。各级人民政府应当完善制度。\n\n"
                  for i in range(paragraphs)]
    return "".join(parts)


def _file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _named(window) -> tuple:
    """What names the text shown: the breadcrumb, the status bar's length and progress."""
    return tuple(window.breadcrumb.path()), window.status.chars.text(), window.status.progress.text()


def test_the_breadcrumb_and_status_bar_wait_for_a_far_place_to_be_on_screen(make_window, qtbot, tmp_path):
    """The text was built, then laid out in steps down to its place at 97 %, the page before it on screen: the
    breadcrumb named the far place's chapter and the status bar its length and 97 % meanwhile."""
    text = _chapters(60, 40)
    short, long_doc = _file(tmp_path, "report.txt", REPORT), _file(tmp_path, "long.txt", text)
    window = make_window([str(short)])
    before = _named(window)
    assert before[0] == () and before[1] == "27 characters"  # at its title, above 一、 (round 72F)
    early = []  # what was named while the text asked for was not on screen yet

    def look() -> None:
        if window.reading.arriving and _named(window) != before:
            early.append(_named(window))

    poll = QTimer(window, interval=1)
    poll.timeout.connect(look)
    poll.start()
    window.document_shown.connect(lambda _path: look())
    far = int(len(text) * 0.97)
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(long_doc), far)
        qtbot.waitSignal(window.document_shown, timeout=60000).wait()
        assert window.reading.arriving  # the test's premise: shown turns after its document arrived
    poll.stop()
    assert early == [], "named while the previous page was on screen"
    assert abs(window.reading.top_offset() - far) < 2000
    crumbs, chars, progress = _named(window)
    assert chars == f"{len(window.loaded.document.text) / 1000:.1f}k characters"  # as the list counts (76E)
    assert progress in ("97%", "98%", "99%")
    chapter = window.sections.outline.section_at(window.reading.top_offset(read=True))
    assert len(crumbs) == 1 and crumbs[0].startswith("第") and crumbs[0].endswith(
        window.sections.outline.headings[chapter].title)  # the chapter at the top of the view


def test_a_script_chosen_while_a_long_text_is_built_still_brings_its_outline(make_window, qtbot, tmp_path):
    """Ctrl+T while a long text was built: it was shown, but never said so (text_shown), so its outline was never
    looked for (no chapters in the outline or breadcrumb) and its title and length stayed those of the page before."""
    text = _chapters(100, 60)
    short, long_doc = _file(tmp_path, "report.txt", REPORT), _file(tmp_path, "long.txt", text)
    window = make_window([str(short)])
    window.documents.document_loaded.connect(lambda *_args: window.set_script("s2t"))  # after _show: built turns later
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(long_doc), int(len(text) * 0.97))
    qtbot.waitUntil(lambda: window.breadcrumb.path() != [], timeout=60000)  # its outline, found once it is shown
    settle(window, 120)
    assert window.windowTitle() == "關於長文的報告 — zhreader"
    assert window.breadcrumb.path()[0].startswith("第") and window.breadcrumb.path()[0].endswith("部分的規定")
    assert window.status.chars.text() == f"{len(window.loaded.document.text) / 1000:.1f}k characters"
    assert len(window.sections.outline) == 100


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _watched_change(window, qtbot, change) -> list[str]:
    """Change the watched folder as another program does (or ask for a check); the status bar's messages of the
    check that follows."""
    upkeep = window.library_panel.upkeep
    said, checks = [], []
    window.status.messageChanged.connect(said.append)
    upkeep.importer.started.connect(checks.append)
    change()
    qtbot.waitUntil(lambda: "check" in checks, timeout=30000)  # the watcher saw the folder change
    _idle(window, qtbot)
    window.status.messageChanged.disconnect(said.append)
    upkeep.importer.started.disconnect(checks.append)
    return [m for m in said if m]


def test_the_watcher_names_a_missing_file_once_and_again_only_once_it_came_back(make_window, qtbot, tmp_path):
    folder = tmp_path / "watched"
    folder.mkdir()
    kept, gone = _file(folder, "a.txt", REPORT), _file(folder, "b.txt", NOTICE)
    window = make_window([str(kept)])
    upkeep = window.library_panel.upkeep
    upkeep.add_paths([str(folder)])  # watched, as Add Folder… does
    qtbot.waitUntil(lambda: str(folder) in upkeep.watcher.directories() and not upkeep.importer.busy, timeout=60000)
    _idle(window, qtbot)
    said = _watched_change(window, qtbot, gone.unlink)
    assert [m for m in said if "missing" in m] == ["1 file missing (Library › Locate… re-links it)"]
    said = _watched_change(window, qtbot, lambda: _file(folder, "c.txt", "关于山林防火检查的意见\n\n检查山林。\n"))
    assert said and not [m for m in said if "missing" in m], said  # the new file is said, b.txt not again
    said = _watched_change(window, qtbot, lambda: _file(folder, "b.txt", NOTICE))  # it came back
    assert not [m for m in said if "missing" in m]
    said = _watched_change(window, qtbot, gone.unlink)  # and went again: said again
    assert [m for m in said if "missing" in m] == ["1 file missing (Library › Locate… re-links it)"]
    window.status.clearMessage()  # (as its 15 s do)
    said = _watched_change(window, qtbot, window.actions_.check_library.trigger)  # asked for: it is named again
    assert [m for m in said if "missing" in m] == ["1 file missing (Library › Locate… re-links it)"]
