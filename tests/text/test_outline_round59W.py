"""Round 59W: a hard-wrapped list of numbered one-line items ('1. 说说对hashCode…（携程）' over '2. static关键字'),
many and alike in width, is no wrap: an item followed by one numbered alike ended there and shows no width
(`wrapevidence.cut_lines`), so the few lines the wrap did cut give it and re-join; and a number the wrap cut after
its colon or point ('…09:15-09:' / '45  胡欣蔚', '33：' / '52～55') joins its digits (`wrapevidence.cut_number`)."""

from __future__ import annotations

import pytest

from reader.text.lineshape import width
from support import parse_document

QUESTIONS = ["1. 说说对hashCode和equals方法的理解（携程）", "2. static关键字（广联达）", "3. 访问权限修饰符（阿里C2M）",
             "4. 接口和抽象类的区别（中邮金融笔试）", "5. 序列化和反序列化（阿里C2M）", "6. 网络编程（阿里C2M）",
             "7. 异常分类（中邮金融笔试）", "8. 线程有几种状态（阿里C2M）", "9. 多线程的三种实现方式（中邮金融笔试）",
             "10. 死锁的产生条件"]
LONG = ["11. 并发容器的插入方法、计数方法以及扩容机制分别是如何实现的（阿里技术部交叉面）",
        "12. 在浏览器中输入网址到显示页面，整个过程中都发生了什么事情？",
        "13. 八大排序算法（腾讯：快速排序；堆排序、阿里技术部：各个排序算法的时空复杂度）"]
PROSE = ("2020年春招，我投递了阿里、腾讯、字节、网易、快手、华为、拼多多、携程、京东、广联达、中邮金融以及阅文集团共计"
         "13家公司，最终拿到了4家公司的实习Offer，下面是面试中被问到的题目。")


def _wrap(line: str, chars: int) -> list[str]:
    """A hard wrap every `chars` characters, as a fixed-width extract cuts a line."""
    return [line[i:i + chars] for i in range(0, len(line), chars)]


def _read(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    doc = parse_document(text.encode("utf-8"), name="notes.txt")
    return [p.text for p in doc.paragraphs], [(h.marker, h.title) for h in doc.headings]


def _questions(chars: int) -> str:
    lines = ["实习求职回顾", "", "春招结果", ""] + _wrap(PROSE, chars) + ["", "Java基础", ""] + QUESTIONS
    for item in LONG:
        lines += _wrap(item, chars)
    return "\n".join(lines + ["", "编程题", "", "1. LRU缓存机制（拼多多）", "2. 合并两个有序链表（华为）"]) + "\n"


# The wrapped questions re-join and no piece of one stands as a title (rule: a numbered item over its sibling shows
# no wrap width).
@pytest.mark.parametrize("chars", [26, 28])
def test_wrapped_items_rejoin_in_a_list_of_numbered_questions(chars):
    paragraphs, heads = _read(_questions(chars))
    assert all(item in paragraphs for item in LONG)
    assert PROSE in paragraphs
    assert [t for _, t in heads] == ["春招结果", "Java基础", "编程题"]


# Guard: the one-line questions stay one to a paragraph.
@pytest.mark.parametrize("chars", [24, 26, 40])
def test_numbered_questions_stay_apart(chars):
    paragraphs, _ = _read(_questions(chars))
    assert all(item in paragraphs for item in QUESTIONS)


AGENDA = ("3、openEuler-Advisor使用介绍。需要委员们准备好自己的电脑环境，会后希望大家例行用起来   09:15-09:45  胡欣蔚",
          "4、 openEuler全年版本计划、需求规划介绍，以及版本发布节奏的调整说明 09:45-10:25  40min  范佳臣")
CITED = "[3] 王明. 基于三维地理环境构建的实训系统[J]. 现代计算机(专业版)，2014，33：52～55"
RULE = "第5条 工作日作息时间为夏季8:00-12:00，14:30-18:00；冬季8:00-12:00，14:00-17:30。特殊考勤按照相关部门要求执行。"
FILLER = ("会议由技术委员会主持召开，委员们围绕各项议题逐一进行了讨论，形成如下纪要，供各工作组参考并在下次会议前反馈意见。"
          "与会人员一致认为本次会议的议题准备充分，讨论深入，各项结论应尽快落实到相关的工作计划和版本规划中去。")


def _cut_after(part: str, token: str) -> list[str]:
    """The part wrapped greedily by width, as an extract cuts it, at the first width that cuts right after `token`."""
    for columns in range(30, 100):
        lines, cur = [], ""
        for ch in part:
            if cur and width(cur + ch) > columns:
                lines.append(cur)
                cur = ""
            cur += ch
        lines.append(cur)
        if any(line.endswith(token) for line in lines[:-1]):
            return [_wrap(FILLER, columns // 2), lines]
    raise AssertionError(token)


def _minutes(filler: list[str], pieces: list[str]) -> str:
    return "\n".join(["技术委员会会议纪要", ""] + filler + [""] + pieces + [""] + filler) + "\n"


# A clock time, a volume's pages, cut after the colon by the wrap: one paragraph, the time whole.
@pytest.mark.parametrize("part,token", [(AGENDA[1], "10:"), (CITED, "33：")])
def test_a_number_cut_after_its_colon_rejoins(part, token):
    filler, pieces = _cut_after(part, token)
    paragraphs, _ = _read(_minutes(filler, pieces))
    assert part in paragraphs


# Guards: a numbered reference list keeps its items (a year's point over the next number is no cut), and a line set
# short with a colon over a numbered line is no wrap.
def test_references_stay_apart():
    refs = ["1. Hunt P, Konar M. ZooKeeper: wait-free coordination. USENIX ATC. 2010.",
            "2. Burrows M. The Chubby lock service. OSDI. 2006.", "3. Lamport L. Paxos made simple. 2001."]
    paragraphs, _ = _read(_minutes(_wrap(FILLER, 24), ["参考文献"]) + "\n" + "\n".join(refs) + "\n")
    assert all(r in paragraphs for r in refs)


@pytest.mark.parametrize("text", ["时间安排如下，上午：\n9:00 签到\n9:30 开幕\n"])
def test_short_lines_with_a_colon_stay(text):
    paragraphs, _ = _read("会议通知\n\n" + text)
    assert len(paragraphs) >= 3
