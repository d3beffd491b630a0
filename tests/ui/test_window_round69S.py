"""Session 69S, through the real window: the Title and Authority columns sort by the pure 拼音 key the CLI's
`library list --sort` uses. Before, they used Qt's collation, which ordered 衛生部 after 渭南市人民政府 (an authority
is not folded to one script as a title is) and a title opening on ‘ before one opening on ' (quotes equal at its
first level), where the CLI orders them otherwise."""

from __future__ import annotations

from qtsupport import settle
from reader.ui.document_model import ENTRY_ROLE

NOTICE = "{title}\n\n{number}\n\n各有关单位：\n\n现将有关事项通知如下。\n\n{who}\n\n2020年4月8日\n"
AUTHORITIES = {"ws": ("衛生部", "衛生部關於加強春季防火工作的通知", "衛發〔2020〕3號"),
               "wn": ("渭南市人民政府", "渭南市人民政府关于加强春季防火工作的通知", "渭政发〔2020〕3号"),
               "ah": ("安徽省人民政府", "安徽省人民政府关于加强春季防火工作的通知", "皖政发〔2020〕3号")}
TITLES = {"ai": "'AI'治理", "sj": "‘双减’政策问答", "sw": "「數位」發展", "bj": "·北京·见闻"}


def _shown(document_list, tmp_path) -> list[str]:
    proxy = document_list.model()
    paths = [proxy.index(r, 0).data(ENTRY_ROLE).path for r in range(proxy.rowCount())]
    return [path.rsplit("/", 1)[-1][:-4] for path in paths if path.startswith(str(tmp_path))]  # seeds listed too


def test_title_and_authority_columns_sort_as_the_cli_does(make_window, qtbot, tmp_path):
    paths = []
    for name, (who, title, number) in AUTHORITIES.items():
        (tmp_path / f"{name}.txt").write_text(NOTICE.format(title=title, number=number, who=who), encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    for name, title in TITLES.items():
        (tmp_path / f"{name}.txt").write_text(f"{title}\n\n正文第一段。\n", encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    window = make_window(paths)
    document_list = window.document_list
    qtbot.waitUntil(lambda: window.loaded is not None and sum(bool(e.authority) for e in document_list.entries()) == 3
                    and len(_shown(document_list, tmp_path)) == 7, timeout=30000)
    document_list.restore_view("", False, ["authority"])
    settle(window)
    order = ["ah", "ws", "wn", "ai", "sj", "sw", "bj"]  # before: ah, wn, ws (衛 after 渭 in Qt's unfolded order)
    for descending in (False, True):
        document_list.sort_by("authority", descending)
        settle(window)
        assert _shown(document_list, tmp_path)[:3] == (order[2::-1] if descending else order[:3])
    document_list.sort_by("title", False)
    settle(window)
    titles = [name for name in _shown(document_list, tmp_path) if name in TITLES]
    assert titles == ["bj", "ai", "sj", "sw"]  # before: bj, sj, ai, sw (‘ and ' equal at Qt's first level)
