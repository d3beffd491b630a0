"""Round 58H: a counted series none of whose lines the rules took ('步骤1：拉取镜像' … '步骤3：检查状态' inside '2 部署应用',
'情形 A: …' … '情形 C: …' inside a note's section, each over its code or text) is the sub-headings of the section it
stands in, as '第一步' … are. A series before any section (a notice's '方法一：腾讯会议转播'), one whose lines follow one
another ('证据 1:…' right over '证据 2:…'), sentences, and a file whose format marks its headings ('#') are left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from support import paragraphs, spaced_paragraphs
from reader.text.outline import parse_outline

def _deploy(steps: list[str], tops: tuple[str, str, str] = ("1 环境准备", "2 部署应用", "3 常见问题")) -> list[str]:
    """A deployment tutorial: numbered sections, decimal sub-sections, and the steps of its second section."""
    return ["Docker 部署教程", tops[0], "本节介绍部署前需要准备的环境，包括操作系统和软件版本。",
            "1.1 安装 Docker", "在服务器上安装 Docker，并设置开机启动，安装命令如下。",
            "    # 1. 更新软件源", "    sudo apt update", "    # 2. 安装 docker", "    sudo apt install docker.io",
            "1.2 配置镜像加速", "修改 daemon.json 文件，加入国内的镜像地址，然后重启服务。",
            tops[1], "本节介绍如何部署应用，分为三个步骤完成。",
            steps[0], "使用 pull 命令拉取应用镜像，镜像较大时需要等待一段时间。",
            steps[1], "使用 run 命令启动容器，并把端口映射到宿主机。",
            steps[2], "使用 ps 命令查看容器是否正常运行。",
            tops[2], "3.1 端口被占用", "换一个端口，或者停掉占用端口的进程。",
            "3.2 权限不足", "把当前用户加入 docker 组，然后重新登录。"]


def _found(lines: list[str]) -> dict[str, int]:
    """Headings of the lines set apart by blank lines, as a tutorial saved as text has them."""
    spaced = [part for line in lines for part in (line, "")]
    return {h.marker + h.title: h.depth for h in parse_outline(spaced_paragraphs(spaced), lines[0])}


@pytest.mark.parametrize("steps, tops", [
    (["步骤1：拉取镜像", "步骤2：启动容器", "步骤3：检查状态"], ("1 环境准备", "2 部署应用", "3 常见问题")),
    (["步骤一：拉取镜像", "步骤二：启动容器", "步骤三：检查状态"], ("一、环境准备", "二、部署应用", "三、常见问题")),
    (["阶段 1：拉取镜像", "阶段 2：启动容器", "阶段 3：检查状态"], ("1 环境准备", "2 部署应用", "3 常见问题")),
    (["案例 A：拉取镜像", "案例 B：启动容器", "案例 C：检查状态"], ("一、环境准备", "二、部署应用", "三、常见问题")),
])
def test_a_counted_series_heads_the_parts_of_its_section(steps, tops):
    found = _found(_deploy(steps, tops))
    assert [found.get(step) for step in steps] == [2, 2, 2]
    assert sum(1 for key in found if key.startswith(("3.1", "3.2"))) == 2  # the next section's own stay as they were


def test_a_series_under_plain_titles_goes_one_level_below_its_section():
    note = ["并发编程笔记", "竞态条件", "两个线程同时对计数器加一，结果取决于交错的顺序，下面逐一分析。",
            "完整交错分析", "下面列出两个线程全部可能的交错顺序，以及每种顺序得到的最终值。",
            "情形 A: 最终值 counter = 2 (两次更新都生效)", "时间  | Thread 0 | Thread 1", "t0    | load 0   |",
            "情形 B: 最终值 counter = 1 (丢失更新)", "时间  | Thread 0 | Thread 1", "t0    | load 0   | load 0",
            "情形 C: 最终值 counter = 1 (对称版本)", "时间  | Thread 0 | Thread 1", "t0    |          | load 0",
            "内存屏障", "屏障保证屏障之前的写入对屏障之后的读取可见，是实现同步原语的基础。"]
    found = _found(note)
    section = found.get("完整交错分析")
    assert section is not None
    assert [found.get(f"情形 {c}: 最终值 counter = {n} ({t})") for c, n, t in
            (("A", 2, "两次更新都生效"), ("B", 1, "丢失更新"), ("C", 1, "对称版本"))] == [section + 1] * 3


@pytest.mark.parametrize("lines", [
    # before any section: a notice's ways to join, no sub-headings
    ["讲座通知", "方法一：腾讯会议转播", "799516931", "方法二：听听昨晚读书会的回放", "时间：2020年5月8日 21:15",
     "一、讲座内容", "本次讲座介绍自由与爱国的关系，欢迎大家参加。", "二、主讲人", "主讲人是历史系的老师，研究近代思想史。"],
    # one right over the next: points counted, not parts
    ["设计笔记", "一、设计理念", "模型优先的设计体现在三个方面，下面分别说明。", "证据 1:极简的控制流", "证据 2:丰富的提示工程",
     "智能不在代码逻辑里，在提示词里。", "证据 3:工具的原子性", "传统框架用代码组合工具，这里让模型来组合。",
     "二、小结", "这种设计让框架本身保持简单。"],
])
def test_series_outside_a_section_or_as_points_stay_text(lines):
    found = _found(lines)
    assert not [key for key in found if key[:2] in ("方法", "证据", "步骤")]


def test_a_file_that_marks_its_headings_keeps_the_rest_as_text():
    lines = _deploy(["步骤1：拉取镜像", "步骤2：启动容器", "步骤3：检查状态"], ("环境准备", "部署应用", "常见问题"))
    marked = tuple(replace(p, heading_level=2) if p.text in ("环境准备", "部署应用", "常见问题") else p
                   for p in paragraphs(lines))
    found = {h.title: h.depth for h in parse_outline(marked, lines[0])}
    assert "部署应用" in found and not [t for t in found if t.startswith("步骤")]
