"""Session 69M, through the real window and its import process: adding a folder whose last file is a long text
showed 'Adding 2 of 2' while that file was read whole for seconds; the bar now names the file and its size, with
the seconds it has taken so far, counted once a second; the next progress gives the bar back."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from qtsupport import settle

NOTICE = "关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"


def test_the_bar_names_a_long_file_being_indexed_and_counts_its_seconds(make_window, qtbot, tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "政府工作报告.txt").write_text("政府工作报告\n\n" + "".join(  # about 1.5 MB: a few seconds to read whole
        f"第{i}条 为了加强监督管理，推进依法行政，制定本条第{i}款。各地区各部门要认真贯彻落实。\n" for i in range(12000)),
        encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)
    bar = window.status.findChild(QProgressBar, "libraryProgress")
    window.library_panel.upkeep.add_paths([str(folder)])
    qtbot.waitUntil(lambda: "政府工作报告.txt (1.5 MB)… 0 s" in bar.text(), timeout=60000)  # before: 'Adding 2 of 2'
    assert bar.isVisible() and bar.toolTip() == str(folder / "政府工作报告.txt")
    qtbot.waitUntil(lambda: "政府工作报告.txt (1.5 MB)… 1 s" in bar.text(), timeout=5000)  # still alive, said so
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)
    assert not bar.isVisible() and "政府工作报告" not in bar.text() and bar.toolTip() == ""
    assert str(folder / "政府工作报告.txt") in {e.path for e in window.document_list.entries()}
