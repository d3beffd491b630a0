"""Round 45l: a post's or a guide's log of its updates ('Changelog', 'CHANGELOG', '更新日志：', '更新历史') is a part
known by its name, as '后记' or '参考资料' are: a title alone on its line, over dated entries ('- 240311 初稿发布',
'2023-05-07 创建') that read as no body of their own. A sentence or a field that mentions the log stays text."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "那天下午我们在图书馆的小会议室里聊了整整三个小时，从怎样挑选书目一直说到怎样把读书会办得长久一些。"
_MORE = "回来以后我把大家的意见整理成一份清单，按轻重缓急排好顺序，准备在下一次活动之前一条一条地落实下去。"


def _post(log: str, entries: list[str]) -> list[str]:
    lines = [_BODY, "先从选书说起", _BODY, _MORE, "再说怎样留住人", _BODY, _MORE]
    return lines + [log] + entries


@pytest.mark.parametrize("log, entries", [
    ("Changelog", ["- 240311 初稿发布", "- 240309 开始整理笔记"]),
    ("CHANGELOG", ["- 231120 增补第二部分", "- 231101 发布"]),
    ("ChangeLog", ["2023-05-07 创建", "2023-05-20 补充图片"]),
    ("更新日志：", ["- 2022.03.01 发布", "- 2022.03.15 修正错字"]),  # named with its colon, as '参考资料：' is
    ("更新記錄：", ["- 2021/10/02 首次發布"]),
])
def test_a_post_closes_with_the_log_of_its_updates(log, entries):
    found = outline(_post(log, entries))
    assert [t for _, _, t in found] == ["先从选书说起", "再说怎样留住人", log.rstrip("：")]
    assert {d for d, _, _ in found} == {1}


def test_a_guide_opens_with_its_update_log():
    lines = ["更新日志：", "2024-01-05 增加第三步", "2023-12-20 初版",
             "一、准备安装环境", _BODY, "二、下载安装包", _BODY, _MORE, "三、运行安装程序", _BODY]
    found = outline(lines)
    assert [(m, t) for _, m, t in found][0] == ("", "更新日志")
    assert [m for _, m, _ in found][1:] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("line", [
    "更新日志里写了这一次改动的原因，有兴趣的朋友可以去看看。",  # a sentence that names the log
    "更新日志：修正了登录页面在手机上显示不全的问题",  # a field with its value on the line
])
def test_a_sentence_or_field_naming_the_log_stays_text(line):
    found = outline(_post(line, ["- 240311 初稿发布"]))
    assert [t for _, _, t in found] == ["先从选书说起", "再说怎样留住人"]
