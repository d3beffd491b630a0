"""Round 57W: a hard-wrapped text's names over their addresses. An extract wrapped at a narrow width sets a list of
names, each over its article's address, and cuts each address over two lines; the name is no sentence the address
ran on from, so each stays its own paragraph (and a heading where the unwrapped text has one)."""

from __future__ import annotations

import sys

import pytest

from reader.text.document import load_document
from support import DATA

sys.path.insert(0, str(DATA / "corpus"))
from make_pdf_extracts import hard_wrap  # noqa: E402

_PROSE = ("四千四万精神是苏南乡镇企业在艰苦创业中形成的宝贵财富，走遍千山万水、说尽千言万语、想尽千方百计、吃尽千辛万苦，"
          "这十六个字概括了那一代企业家的奋斗历程。")


def _paragraphs(tmp_path, lines: list[str], chars: int = 24) -> list[str]:
    """The cleaned paragraphs of `lines` under six paragraphs of prose, hard-wrapped at `chars` a line."""
    text, _ = hard_wrap("\n".join(["苏南企业家访谈录"] + [_PROSE] * 6 + lines), chars)
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [p.text for p in load_document(path).paragraphs][6:]


@pytest.mark.parametrize("name, link", [
    ("无锡小天鹅建筑机械有限公司\t李石生", "https://mp.weixin.qq.com/s/9hs2HmwINEqiCoSjeb0y4g"),
    ("江苏长电科技股份有限公司\t王新潮", "https://mp.weixin.qq.com/s/BEuMV1gCtZ65LG-p24cSPw"),
    ("江苏三联生物工程股份有限公司 施启尧", "https://mp.weixin.qq.com/s/eUb8OUrfeTVZj1-tDgsFbA"),
])
def test_a_name_over_its_wrapped_address_stays_whole(tmp_path, name, link):
    assert _paragraphs(tmp_path, [name, link, "远景集团\t张雷", link]) == [name, link, "远景集团\t张雷", link]


@pytest.mark.parametrize("lines", [
    # a sentence's address after its comma, and an address a colon announces: read as before
    ["本次活动的报名方式与日程安排均已发布，详情请访问官方网站", "https://www.example.org/2024/signup/form"],
    ["报名地址：", "https://www.example.org/2024/signup/form"],
    # a title filling its line over the address it ran on to in one line: the wrap cut them, they join again
    ["周濂《自由民族主义之“薄”与儒家民族主义之“弱”》http://www.aisixiang.com/data/45971.html"],
    # an address the wrap cut: its tail runs on
    ["https://mp.weixin.qq.com/s/t9YmHx7xJCe_LKfZRFF90w"],
])
def test_an_address_in_a_sentence_is_left_as_it_was(tmp_path, lines):
    assert "".join(_paragraphs(tmp_path, lines)).replace(" ", "") == "".join(lines).replace(" ", "")
