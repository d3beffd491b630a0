"""Round 48d: a text cut into parts by rule lines ('---') sets each part's title right under a rule; those titles stand
beside one another. An unnumbered title after a rule ('进阶玩法' after the last '第三步') goes back to the level of the
unnumbered title that opened the ruled part before ('动手搭建'), and takes along what followed it up to the next rule
('1. 远程访问' …); a numbered run whose every item opens a ruled part ('一、' … '三、' after '结果对比' and its own
table) stands beside that title, not under it (rule: `ruledparts.lift_ruled_titles`). A number says its own level
('2.1' under '二、'); steps ruled right under their title, or after its lead-in ('分三步：'), stay inside it."""

from __future__ import annotations

import pytest

from reader.text.candidate import Candidate, depth_of
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.ruledparts import lift_ruled_titles
from support import parse_document

FRONT = ["用树莓派搭一个家庭相册服务器", "从此不再担心手机空间不够，全家的照片自动汇总到一处", "---",
         "前言：手机又满了", "每到换季清理手机，总要在几千张照片里挑挑拣拣，删哪张都舍不得。", "---",
         "最终效果", "先看成果，再讲原理。", "每天夜里，相册服务器会自动：", "1. 从家人的手机同步新拍的照片",
         "2. 按拍摄日期归档到对应的文件夹", "3. 生成缩略图，方便在电视上浏览", "---",
         "技术方案：相册软件 + 同步工具", "整套系统由两个部分组成：", "1. 相册软件 - 负责整理和展示",
         "它可以在命令行里管理照片库：", "# 导入新照片", "$ photos import /photos/new", "# 重建索引",
         "$ photos index --rebuild", "再也不用手动一张张整理了。", "2. 同步工具 - 负责把照片送过来", "它的特点是：",
         "- 不依赖云服务", "- 断网后可以自动续传", "---",
         "动手搭建：从零开始", "第一步：安装系统", "把系统镜像写入存储卡，插上树莓派通电启动。", "# 更新软件源",
         "sudo apt update && sudo apt upgrade", "看到提示符以后，第一步就完成了。", "---",
         "第二步：安装相册软件", "# 拉取并启动容器", "docker run -d --name photos -p 2342:2342 photos/server",
         "启动以后，在浏览器里打开树莓派的地址即可。", "---",
         "第三步：设置自动同步", "在每台手机上安装同步应用，选择相册目录作为同步源。", "---"]
BACK = ["---", "常见问题", "Q: 同步速度很慢？", "- 检查手机和树莓派是否连在同一个网络", "Q: 缩略图生成不出来？",
        "- 确认存储卡剩余空间是否充足", "---", "结语", "折腾一个周末，换来全家照片的安心。"]
ITEMS = ["进阶玩法", "1. 远程访问", "如果想在外面也能看照片，可以配置内网穿透：", "# 启动穿透客户端",
         "frpc -c ./frpc.ini", "配置完成后就能用手机随时访问了。", "2. 人脸识别",
         "打开设置里的人脸识别选项，软件会自动把同一个人的照片归到一起。", "3. 定期备份",
         "把相册目录再同步一份到移动硬盘：", "# 每周日同步一次", "rsync -av /photos /mnt/backup"]
PROSE = ["进阶玩法", "如果想在外面也能看照片，可以配置内网穿透，再把相册目录同步一份到移动硬盘：", "# 每周日同步一次",
         "rsync -av /photos /mnt/backup"]
TOP = [(1, "前言：手机又满了"), (1, "最终效果"), (1, "技术方案：相册软件 + 同步工具"), (2, "1.相册软件 - 负责整理和展示"),
       (2, "2.同步工具 - 负责把照片送过来"), (1, "动手搭建：从零开始"), (2, "第一步安装系统"), (2, "第二步安装相册软件"),
       (2, "第三步设置自动同步")]
END = [(1, "常见问题"), (2, "Q: 同步速度很慢？"), (2, "Q: 缩略图生成不出来？"), (1, "结语")]


def _outline(lines: list[str]) -> list[tuple[int, str]]:
    text = "\n".join(lines) + "\n"
    return [(h.depth, h.marker + h.title) for h in parse_document(text.encode(), "notes.txt").headings]


DOCUMENTS = {
    "a part after the last ruled step, with its numbered points, beside the steps' title": (
        FRONT + ITEMS + BACK,
        TOP + [(1, "进阶玩法"), (2, "1.远程访问"), (2, "2.人脸识别"), (2, "3.定期备份")] + END),
    "a part after the last ruled step, in prose, beside the steps' title": (
        FRONT + PROSE + BACK, TOP[:2] + TOP[5:] + [(1, "进阶玩法")] + END),  # ('技术方案：…' over prose points: missed)
}


@pytest.mark.parametrize("lines,expected", list(DOCUMENTS.values()), ids=list(DOCUMENTS))
def test_ruled_parts_stand_beside(lines: list[str], expected: list[tuple[int, str]]) -> None:
    got = _outline(lines)
    assert [h for h in got if h[1] in {t for _, t in expected}] == expected


# The rule on a decided outline: (text, ruled, parent) a candidate each, as the numbering left them; its body lines
# between (None) are paragraphs no candidate stands on.
def _lifted(rows: list[tuple[str, bool, int] | None]) -> list[int]:
    paragraphs, candidates, runs = [], [], {}
    for row in rows:
        text, ruled, parent = row or ("这一部分的正文写在这里，说明检查的方法和得出的结果，供大家对照修改。", False, -2)
        paragraphs.append(Paragraph(text, len(paragraphs) + 1, 0, ruled=ruled))
        if parent == -2:
            continue
        m = match_heading(text)
        key = m.family if m else "sub"
        n = len(candidates)
        run = runs.setdefault((key, parent), n) if m else n
        candidates.append(Candidate(len(paragraphs) - 1, m, key, parent=parent, run=run))
    lift_ruled_titles(candidates, paragraphs)
    return [depth_of(c, candidates) for c in candidates]


RUNS = {
    "a numbered run, every item ruled, beside the title with a table of its own": (
        [("结果对比（两轮）", True, -1), None, ("一、材料检查", True, 0), None, ("二、功能检查", True, 0), None,
         ("三、文档检查", True, 0), None], [1, 1, 1, 1]),
    "its unnumbered sub-title goes along with its item": (
        [("结果对比（两轮）", True, -1), None, ("一、材料检查", True, 0), None, ("二、问题汇总", True, 0),
         ("遗留问题", False, 2), None, ("三、自查结论", True, 0), None], [1, 1, 1, 2, 1]),
}

KEPT = {
    "ruled steps right under their title, no text of its own between": (
        [("动手搭建", True, -1), ("第一步：安装系统", True, 0), None, ("第二步：安装软件", True, 0), None,
         ("第三步：设置同步", True, 0), None], [1, 2, 2, 2]),
    "ruled items after the title's lead-in": (
        [("结果对比", True, -1), None, ("检查分三步：", False, -2), ("一、材料检查", True, 0), None,
         ("二、功能检查", True, 0), None, ("三、文档检查", True, 0), None], [1, 2, 2, 2]),
    "a run whose first item stands under the title without a rule": (
        [("手把手教程", True, -1), ("第一步：安装", False, 0), None, ("第二步：配置", True, 0), None,
         ("第三步：运行", True, 0), None], [1, 2, 2, 2]),
    "only two ruled titles: a stray break, no parts": (
        [("背景", False, -1), None, ("方案", True, -1), ("第一步：安装", False, 1), None, ("注意事项", True, 2),
         None], [1, 1, 2, 3]),
    "ruled titles under an unruled one, and one shallower after them, stay": (
        [("总述", False, -1), None, ("背景", True, 0), None, ("方案", True, 0), None, ("结语", True, -1), None],
        [1, 2, 2, 1]),
}


@pytest.mark.parametrize("rows,depths", list(RUNS.values()), ids=list(RUNS))
def test_ruled_runs_stand_beside(rows: list, depths: list[int]) -> None:
    assert _lifted(rows) == depths


@pytest.mark.parametrize("rows,depths", list(KEPT.values()), ids=list(KEPT))
def test_ruled_titles_stay(rows: list, depths: list[int]) -> None:
    assert _lifted(rows) == depths


GUARDS = {
    "decimal sections under ruled chapters keep their level": (
        ["调研报告", "---", "一、背景", "调研的起因和目标写在这里，交代清楚为什么要做这次调研。", "---", "二、过程",
         "调研分两条线同时进行，下面分别说明各自的做法和发现。", "---", "2.1 数据调研",
         "比较了三个公开数据源的覆盖范围和更新频率，最后选定了其中一个。", "---", "2.2 方案调研",
         "比较了两种技术方案的开发成本和维护成本，最后选定了较简单的一种。", "---", "三、结论",
         "选定的数据源和方案已经可以满足需求，下一阶段开始正式开发。"],
        [(1, "一、背景"), (1, "二、过程"), (2, "2.1数据调研"), (2, "2.2方案调研"), (1, "三、结论")]),
}


@pytest.mark.parametrize("lines,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_numbered_levels_stay(lines: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(lines) == expected
