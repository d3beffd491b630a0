"""A PDF extract's paragraph cut by a page break reads on across the page's foot (round 70D: the CAICT data-security
report, dev, lost '…已成为各行业发展面临' / '的重大议题。' to the footnotes between them; the Brazilian data law lost an
article whose first line the break cut on a comma)."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.lineshape import width as shown_width
from reader.text.stretched import stretched

_HEAD = "某某研究报告（2022 年）"
_PROSE = ("数据安全治理是一项长期工作，需要组织在制度、技术和运营等多个层面持续投入资源，"
          "并根据业务变化及时调整管理策略，才能在保障安全的同时释放数据价值。")


def _wrapped(text: str, width: int = 30) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def _set(text: str, columns: int) -> list[str]:
    """Lines as a page sets them: as many characters as fit the measure (a Chinese character two columns)."""
    out, line = [], ""
    for char in text:
        if line and shown_width(line + char) > columns:
            out.append(line)
            line = ""
        line += char
    return out + [line]


# Three full lines of 30 characters: the page's last line is cut mid-sentence, as full as every wrapped line.
_CUT = "如何在合法合规的前提下充分利用数据资源，同时防范数据泄露、滥用和非法交易等风险，确保个人信息和重要数据在采集、" \
       "存储、传输和使用各个环节都得到有效保护，已经成为各行业共同面临的"


def _extract(cut: str, rest: str, foot: list[str]) -> str:
    """Two pages as `pdftotext` writes them: the first ends with a sentence the break cut, then the page's foot."""
    assert len(cut) % 30 == 0
    first = _wrapped(_PROSE * 2) + _wrapped(cut)
    second = _wrapped(rest + _PROSE) + _wrapped(_PROSE * 2)
    page1 = "\n".join([_HEAD, ""] + first + foot + ["4", ""])
    page2 = "\n".join([_HEAD, ""] + second + ["", "5", ""])
    return page1 + "\f" + page2 + "\f"


def _paragraphs(text: str) -> list[str]:
    document = build_document(decode_bytes(text.encode("utf-8"), name="report.txt"))
    return [p.text for p in document.paragraphs]


@pytest.mark.parametrize("foot", [
    ["6", "7", "", "安全内参：某公司认罚 50 亿创记录 https://www.example.com/articles/18981",
     "http://www.example.gov.cn/2021-12/09/c_1640647038708751.htm"],
    ["8", "", "https://www.example.com/cn-zh/security/data-breach"],
])
def test_a_sentence_cut_by_the_page_break_reads_on_past_the_pages_notes(foot: list[str]) -> None:
    paragraphs = _paragraphs(_extract(_CUT + "问题和", "挑战。", foot))
    joined = [p for p in paragraphs if (_CUT + "问题和挑战。") in p.replace(" ", "")]
    assert len(joined) == 1
    assert not any(p.endswith("问题和") for p in paragraphs)
    notes = [p for p in paragraphs if "https://" in p or "http://" in p]
    assert notes and all(not p.startswith("数据安全") for p in notes)  # a note stays a paragraph of its own


def test_a_note_under_the_last_page_never_joins_its_last_line() -> None:
    text = "\n".join([_HEAD, ""] + _wrapped(_PROSE * 3) + _wrapped(_CUT + "问题和")
                     + ["8", "", "https://www.example.com/cn-zh/security/data-breach", "5", ""]) + "\f"
    paragraphs = _paragraphs(text)
    assert paragraphs[-2].endswith("问题和")
    assert paragraphs[-1] == "https://www.example.com/cn-zh/security/data-breach"


_ARTICLE = ("第 9 条 为遵守免费访问原则，数据主体享有促使控制者使其有权访问其正在被处理的数据，"
            "这些信息应当被清晰、充分和明显地提供，此外条例还应对提供方式的其他特点予以规定：")
_CLAUSES = ("当必须获得同意的情况下，如果提供给数据主体的信息包含误导性或不良内容或事先未以透明、清晰和明确的形式予以"
            "呈现的，同意应被视为无效。", "控制者应采取措施，确保基于其合法利益所进行的数据处理的透明度。",
            "受商业和行业机密约束，当处理数据的基础是其合法利益时，监管机构可以要求控制者提供个人数据保护影响评估"
            "报告，并说明评估所依据的方法和标准。", "如果同意有瑕疵，禁止处理个人数据。",
            "当处理个人数据是提供产品或服务或行使权利的条件时，数据主体应被重点告知这一事实以及他们可以行使本法"
            "所列数据主体的权利。")


def _law_pages() -> str:
    """A law's two pages at 80 columns a line, the first ending on an article's first line cut on its comma."""
    items = [f"第 {k} 款 {clause}" for k, clause in enumerate(_CLAUSES * 2, 1)]
    cut = _ARTICLE.index("数据，") + 3  # the line is full where the break cuts it, on the comma
    lines = [line for item in items for line in _set(item, 80)] + [_ARTICLE[:cut]]
    rest = _set(_ARTICLE[cut:], 80) + [line for item in items for line in _set(item, 80)]
    return "\n".join(lines + ["", "6 / 20", "", "\f" + rest[0]] + rest[1:] + ["", "7 / 20", ""])


def test_an_articles_first_line_cut_on_a_comma_by_the_page_break_runs_on() -> None:
    paragraphs = [p.replace(" ", "") for p in _paragraphs(_law_pages())]
    assert _ARTICLE.replace(" ", "") in paragraphs


_STRETCHED = "2021 年 5 月 ， 某 市 市 场 监 督 管 理 局 与 某 市 标 准 化 研 究 院 联 合 发 布 了 地 方 推 荐 标 准"
_AFTER = ("《DB11/T 1234—2021信息技术 数据分类分级指南》，对数据处理者在数据收集、存储、使用和共享等环节中的相关行为"
          "进行了规范，旨在推动数据资源依法有序流通，保障个人和组织的合法权益。")


@pytest.mark.parametrize("columns", [60, 80])
def test_a_line_the_typesetter_stretched_to_the_measure_runs_on(columns: int) -> None:
    """(round 70D: the Beijing autonomous-driving white paper, dev, kept '2020 年 3 月 ， 国 家 …' apart)"""
    prose = [line for _ in range(3) for line in _set(_PROSE + _PROSE, columns)]
    text = "\n".join(prose + ["", _STRETCHED] + _set(_AFTER, columns) + [""] + prose)
    paragraphs = [p.replace(" ", "") for p in _paragraphs(text)]
    assert (_STRETCHED + _AFTER).replace(" ", "") in paragraphs


def test_a_line_of_spaced_words_is_no_stretch() -> None:
    assert not stretched("Dr. Joseph J. Atick of the International Biometrics and Identification Association")
    assert not stretched("姓名  性别  年龄  民族  籍贯  学历  职务  单位  电话  备注  住址")
    assert stretched(_STRETCHED)


_BOX = ("流程 {}：ADX/SSP 根据竞价请求中的用户 ID 查询并返回用户信息，然后向各 DSP 发起一次竞价邀请，用户信息为用户 ID、"
        "年龄、性别等信息，查询和返回用户信息一般在自有 DMP 或第三方 DMP 中进行。")
_SHORT = "个性化广告是基于程序化广告这套流程而发展的，它的实现是完全自动化的，根据预设的用户标签及画像，依靠算法模型进行匹配。"


def test_a_short_paragraph_under_a_box_in_smaller_type_joins_its_two_lines() -> None:
    """(round 70D: the 财经 advertising report, dev: its example box, set smaller, runs wider than the text, so no one
    width was found and a two-line paragraph between blank lines stayed two)"""
    box = [line for k in range(1, 6) for line in _set(_BOX.format(k), 96)]
    short = _set(_SHORT, 80)
    body = [line for k in range(3) for line in _set(_PROSE * 3, 80) + [""]]
    text = "\n".join(box + [""] + short + ["", "7", "\f（二）个性化广告的技术原理"] + body)
    assert len(short) == 2 and _SHORT in _paragraphs(text)
