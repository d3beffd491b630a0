"""Session 69M, through the real window and its import process: adding a folder whose last file is a long text
showed 'Adding 2 of 2' while that file was read whole for seconds; the bar now names the file and its size, with
the seconds it has taken so far, counted once a second; the next progress gives the bar back."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from qtsupport import settle
from reader.ui.document_model import ENTRY_ROLE

NOTICE = "关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"


def test_the_bar_names_a_long_file_being_indexed_and_counts_its_seconds(make_window, qtbot, tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "政府工作报告.txt").write_text("政府工作报告\n\n" + "".join(  # about 5 MB: seconds to read whole on an idle machine too
        f"第{i}条 为了加强监督管理，推进依法行政，制定本条第{i}款。各地区各部门要认真贯彻落实。\n" for i in range(40000)),
        encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)
    bar = window.status.findChild(QProgressBar, "libraryProgress")
    window.library_panel.upkeep.add_paths([str(folder)])
    named = "政府工作报告.txt (4.9 MB)… "
    qtbot.waitUntil(lambda: named in bar.text(), timeout=60000)  # before: 'Adding 2 of 2' all along
    assert bar.isVisible() and bar.toolTip() == str(folder / "政府工作报告.txt")
    first = bar.text()  # '… 0 s' (or 1 s on a busy machine)
    qtbot.waitUntil(lambda: named in bar.text() and bar.text() != first, timeout=5000)  # counted: still alive
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)
    assert not bar.isVisible() and "政府工作报告" not in bar.text() and bar.toolTip() == ""
    assert str(folder / "政府工作报告.txt") in {e.path for e in window.document_list.entries()}


NUMBERS = {"yibao": ("国家医疗保障局办公室", "医保办函〔2020〕9号"), "jilin": ("吉林省人民政府", "吉政明电〔2020〕1号"),
           "guobanhan": ("国务院办公厅", "国办函〔2019〕12号"), "guobanfa12": ("国务院办公厅", "国办发〔2019〕12号"),
           "guobanfa3": ("国务院办公厅", "国办发〔2019〕3号"), "fa": ("最高人民法院", "法〔2018〕2号")}


def test_the_number_column_sorts_issuers_in_pinyin_then_year_and_serial(make_window, qtbot, tmp_path):
    paths = []
    for name, (who, number) in NUMBERS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{who}关于加强春季防火工作的通知\n\n{number}\n\n各有关单位：\n\n现将有关事项通知如下。\n\n"
                        f"{who}\n\n2020年4月8日\n", encoding="utf-8")
        paths.append(str(path))
    window = make_window(paths)
    document_list = window.document_list
    qtbot.waitUntil(lambda: window.loaded is not None and sum(bool(e.number) for e in document_list.entries()) == 6,
                    timeout=30000)
    document_list.restore_view("", False, ["number"])
    settle(window)
    order = ["fa", "guobanfa3", "guobanfa12", "guobanhan", "jilin", "yibao"]  # before: yibao first, fa last
    for descending in (False, True):
        document_list.sort_by("number", descending)
        settle(window)
        proxy = document_list.model()
        shown = [proxy.index(r, 0).data(ENTRY_ROLE).path for r in range(proxy.rowCount())]
        shown = [path for path in shown if path.startswith(str(tmp_path))]  # the seeds are listed too
        assert shown == [str(tmp_path / f"{n}.txt") for n in (order[::-1] if descending else order)]
