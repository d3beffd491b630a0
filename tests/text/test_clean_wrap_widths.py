"""Wrap width per page run: a PDF extract whose pages change width is re-joined run by run, its running header dropped."""

from __future__ import annotations

from reader.text.document import load_document
from support import DATA

DOCS = DATA / "corpus" / "docs"


def _texts(name: str) -> list[str]:
    return ["".join(p.text.split()) for p in load_document(DOCS / name).paragraphs]


def test_two_widths_in_one_extract_both_rejoin():
    source = _texts("law03_lifa_fa.txt")
    mixed = _texts("pdf_law03_lifa_fa_w18_w34.txt")  # three pages at 18 characters, then 34
    kept = set(source)
    narrow_run = [t for t in mixed[:40] if t not in kept]
    assert len(narrow_run) <= 2  # the 18-column pages give back the source's paragraphs
    assert sum(t in kept for t in mixed) >= 0.95 * len(source)


def test_running_header_after_page_numbers_is_removed():
    doc = load_document(DOCS / "pdf_law03_lifa_fa_w18_w34.txt")
    assert "中华人民共和国立法法" not in [p.text for p in doc.paragraphs]
    heads = [r for r in doc.removed if r.text == "中华人民共和国立法法"]
    assert len(heads) >= 5 and all(r.reason == "site-junk" for r in heads)


def test_a_short_heading_line_in_a_narrow_extract_stays_a_paragraph():
    texts = _texts("pdf_cdt01_caipan_wenshu_jiangzuo_w12.txt")  # wrapped at 12 characters (24 columns)
    assert "（一）公开的法律依据" in texts and "（三）裁判文书公开的限度" in texts  # 9–10 characters of 12


def _wrapped_pages(paragraphs: list[str], runs: list[tuple[int, int]], per_page: int):
    """Lines of a PDF extract: paragraphs wrapped at `chars` for `pages` pages per run, page starts marked."""
    import sys

    sys.path.insert(0, str(DATA / "corpus"))
    from make_pdf_extracts import wrap

    from reader.text.rewrap import Line

    lines, run, pages, count = [], 0, 0, 0
    for text in paragraphs:
        for piece in wrap(text, runs[run][0]):
            lines.append(Line(piece, len(lines) + 1, page_start=count == 0 and bool(lines)))
            count += 1
            if count == per_page:
                count, pages = 0, pages + 1
                if pages == runs[run][1] and run + 1 < len(runs):
                    run, pages = run + 1, 0
    return lines


def test_page_runs_of_two_widths_in_a_short_extract_rejoin_page_by_page():
    from reader.text.clean import _is_heading
    from reader.text.rewrap import rewrap

    source = [ln.strip() for ln in (DOCS / "law03_lifa_fa.txt").read_text(encoding="utf-8").split("\n")[20:60]
              if ln.strip()]
    lines = _wrapped_pages(source, [(14, 2), (30, 0)], 24)  # too short for the sliding estimate
    assert len(lines) < 120
    got = ["".join(text.split()) for text, _ in rewrap(lines, _is_heading)]
    want = ["".join(text.split()) for text in source]
    assert sum(t in want for t in got) >= len(want) - 4  # one width for the whole document gets 27 of 40


_PARA = ("裁判文书上网不是在真空中发生的，它的发生伴随着我们国家整个公开化、透明化的进程，条例明确了公民对于政府信息具有"
         "知情权，也明确了以公开为原则，以不公开为例外。")


def _rejoined(paragraphs: list[str], chars: int) -> list[str]:
    from reader.text.clean import _heading_family, _is_heading
    from reader.text.rewrap import rewrap

    lines = _wrapped_pages(paragraphs, [(chars, 0)], 1000)
    return [text for text, _ in rewrap(lines, _is_heading, family=_heading_family)]


def test_titles_filling_a_narrow_column_stay_titles_like_their_short_kin():
    # pdf_cdt01 at 12 characters: '（一）裁判文书上网的历程' fills its line as the text under it does; '（一）公开的法律依据'
    # stands short over a full line, so the family holds titles
    paragraphs = ["一、何海波老师", _PARA, "（一）裁判文书上网的历程", _PARA, "（二）判决文书上网的意义", _PARA, "二、吴宏耀老师",
                  "（一）公开的法律依据", _PARA, "（二）文书公开的域外情况", _PARA]
    assert _rejoined(paragraphs, 12) == paragraphs


def test_articles_filling_a_narrow_column_run_on_into_their_text():
    # law03 at 18 characters: '第七条　全国人民代表大会和全国人民代' fills its line and runs on; '第九条　本条删除' stands short,
    # but articles whose first line holds a comma show the family runs on
    paragraphs = ["第七条　全国人民代表大会和全国人民代表大会常务委员会行使国家立法权。", _PARA,
                  "第八条　国务院根据宪法和法律，制定行政法规，报全国人民代表大会常务委员会备案。", "第九条　本条删除", _PARA,
                  "第十条　全国人民代表大会常务委员会依照宪法和本法的规定行使职权，监督宪法的实施。"]
    assert _rejoined(paragraphs, 18) == paragraphs


def test_an_open_line_far_short_of_a_narrow_width_ends_its_paragraph():
    """'发表日期：2023.6.1' at 14 characters a line: 60 % full, open, yet a line of its own (a label, a name)."""
    paragraphs = [_PARA, "发表日期：2023.6.1", "来源：微信公众号的文章链接与转载说明", _PARA, "作者：某某某某", _PARA]
    assert _rejoined(paragraphs, 14) == paragraphs


def test_a_line_short_because_a_latin_word_did_not_fit_still_joins():
    paragraph = "这一时期的研究者普遍引用了经典的著作Imagined Communities以及其他文献，讨论民族主义的起源与传播问题。" * 2
    assert _rejoined([paragraph, _PARA], 14) == [paragraph, _PARA]


def test_a_wrapped_line_full_of_latin_words_still_joins_and_an_english_line_stays_apart():
    cleaning = DATA / "cleaning" / "docs"
    texts = ["".join(p.text.split()) for p in load_document(cleaning / "pdf_ucas_howto_default_ch1.txt").paragraphs]
    # 'MacOS 和 LATEX 编译引擎：pdflatex，xelatex，lualatex。支持中文书签、中文渲染、' measures wider than the wrap
    assert any("中文渲染、中文粗体显示" in t for t in texts)
    bilingual = _texts("f6_08_speech_qiaobusi_sitanfu.txt")  # each English line over its Chinese translation
    assert "Ihadnoideawhat" in "".join(bilingual) and not [t for t in bilingual if "figureitout.我完全" in t]


def test_a_papers_keywords_line_opens_its_own_paragraph_after_a_full_line():
    cleaning = DATA / "cleaning" / "docs"
    texts = [p.text for p in load_document(cleaning / "pdf_ucas_howto_default_abstract.txt").paragraphs]
    assert "Keywords: University of Chinese Academy of Sciences (UCAS), Thesis, LATEX Template" in texts
    assert any(t.endswith("by using LATEX.") for t in texts)


def test_a_records_lines_of_like_length_are_not_a_wrapped_paragraph():
    texts = [p.text for p in load_document(DOCS / "h14_01_job_rashomon_zhaopin.txt").paragraphs]
    # '工作职责' / '负责根据需求设计、研发iOS客户端产品' / '研究iOS新兴技术，开发新玩法，新功能' / '职位要求' / …
    assert "研究iOS新兴技术，开发新玩法，新功能" in texts and "职位要求" in texts


def test_two_names_over_their_dates_are_no_wrapped_paragraph():
    """Two 18-character names, each over its shorter date line: alike twice, yet no wrap (nothing else sits at that
    width); in full-width digits the dates reach the names' band, which alone once made a wrap of them."""
    from reader.text.clean import clean
    from reader.text.decode import decode_bytes

    names = ["省委党校干部教育学院常德学区人员名单", "市委党校干部教育学院长沙学区人员名单"]
    for digits in ("2018-11-20", "２０１８-１１-２０"):
        lines = ["关于工作纪律督查情况的通报", "", _PARA, "附件"]
        for name in names:
            lines += [name, f"{digits}来自教务处"]
        texts = [p.text for p in clean(decode_bytes("\n".join(lines).encode("utf-8"), "通报.txt")).paragraphs]
        assert all(name in texts for name in names), texts
