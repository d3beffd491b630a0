"""Session 69C: an amended law is dated right in every form its text takes. A Taiwan law's header label
'修正日期：民國 110 年 12 月 17 日' names its version ('Last amended', not 'Date'), a history dated by months
('2000年5月第一次修订') is read as yyyy-mm, and a law adopted and amended on the same day keeps 'Adopted'. The row's
date, the reading pane and `zhreader info` say the same."""

from __future__ import annotations

import json

import pytest

from reader.cli import main as cli_main
from reader.documents import shown_metadata
from reader.storage.library import Entry
from reader.text.amended import versions
from reader.text.model import Document, Paragraph, Removed
from reader.text.official import extract

TW_ARTICLE = "第 一 章 總則\n第 1 條\n稅捐之稽徵，依本法之規定；本法未規定者，依其他有關法律之規定。\n"
ARTICLE = "第一章　总则\n第一条　为了规范管理，制定本规则。\n"

# (source, text, the row's date (written), the pane's (adopted, last amended))
CASES = [
    ("tests/data/corpus tw01 (稅捐稽徵法, law.moj.gov.tw text): its 修正日期 label",
     "法規名稱：稅捐稽徵法\n修正日期：民國 110 年 12 月 17 日\n\n" + TW_ARTICLE, "2021-12-17", ("", "2021-12-17")),
    ("tests/data/corpus pdf_tw07 (智慧財產案件審理法 as a 16-column PDF extract): the label's 日 wrapped",
     "法規名稱：智慧財產案件審理法\n修正日期：民國 112 年 02 月 15 \n日\n" + TW_ARTICLE, "2023-02-15", ("", "2023-02-15")),
    ("../shared/corpus trad01 (中華民國憲法): a compact 修正日期",
     "法規名稱：中華民國憲法\n法規類別：憲法 / 憲法\n修正日期：19470101\n法規網址：https://law.moj.gov.tw/LawClass/"
     "LawAll.aspx?pcode=A0000001\n\n中華民國國民大會受全體國民之付託，制定本憲法，頒行全國，永矢咸遵。\n",
     "1947-01-01", ("", "1947-01-01")),
    ("tests/data/corpus f7_06 (上海证券交易所股票上市规则): a history dated by months",
     "上海证券交易所股票上市规则\n\n（1998年1月实施  2000年5月第一次修订  2001年6月第二次修订  2024年4月第十八次修订  "
     "2025年4月第十九次修订  2026年4月第二十次修订）\n" + ARTICLE, "2026-04", ("", "2026-04")),  # 实施 adopts nothing (70G)
    ("a month-dated amendment after a dated adoption (a university's rules, '（2001年10月修正）' style)",
     "某某大学学生守则\n（1995年9月1日校务委员会通过　2001年10月修正）\n" + ARTICLE, "2001-10", ("1995-09-01", "2001-10")),
    # not amendments
    ("a deadline by month under the title is no act (tests/data/corpus d24_09's '2018年7月底前修订完善…')",
     "河长制工作考核细则\n2018年7月底前修订完善乡镇河长制工作考核方案\n" + ARTICLE, "", ("", "")),
    ("a never-amended Taiwan rule: its 發布日期 is no amendment",
     "法規名稱：某某辦法\n發布日期：民國 109 年 07 月 23 日\n\n" + TW_ARTICLE, "", ("2020-07-23", "")),
]


@pytest.mark.parametrize("source,text,written,pane", CASES, ids=[c[0] for c in CASES])
def test_an_amended_law_is_dated_by_the_version_its_text_names(source, text, written, pane):
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert extract(text, lines[0]).written == written
    assert versions(lines) == pane


def test_same_day_adoption_and_amendment_keeps_both():
    """A Taiwan 沿革 whose law was made and one of its articles amended by decrees of the same day: the made law is
    its adoption (it was lost: the day was taken for the amendment's alone). Line 2 is 公平交易法's real second
    history line (as quoted in test_outline_round68A); line 1, the same day's 制定, is made up: no text at hand has one."""
    lines = ["某某條例", "1.中華民國八十八年二月三日總統（88）華總一義字第8800025470號令制定公布全文12條",
             "2.中華民國八十八年二月三日總統（88）華總一義字第8800025480號令修正公布第10條條文", "第 1 條", "本條例依法制定之。"]
    assert versions(lines) == ("1999-02-03", "1999-02-03")
    doc = Document(title=lines[0], paragraphs=tuple(Paragraph(t, k + 2, 0) for k, t in enumerate(lines[1:])))
    assert shown_metadata(doc, Entry(path="", written="1999-02-03")) == [("adopted", "1999-02-03"),
                                                                        ("amended", "1999-02-03")]


def test_the_pane_reads_the_label_cleaning_moved_to_the_header():
    """tw01: cleaning takes '修正日期：…' out of the text (a 'meta' line); the pane says 'Last amended', as the row dates it."""
    doc = Document(title="稅捐稽徵法", paragraphs=(Paragraph("第 一 章 總則", 4, 0),), date="2021-12-17",
                   removed=(Removed("meta", "法規名稱：稅捐稽徵法", 1), Removed("meta", "修正日期：民國 110 年 12 月 17 日", 2)))
    entry = Entry(path="", written="2021-12-17", published="2021-12-17")
    assert shown_metadata(doc, entry) == [("amended", "2021-12-17")]


def test_cli_info_shows_the_dates_the_pane_and_the_row_show(tmp_path, capsys):
    law = tmp_path / "tw01.txt"
    law.write_text("法規名稱：稅捐稽徵法\n修正日期：民國 110 年 12 月 17 日\n\n" + TW_ARTICLE, encoding="utf-8")
    cli_main(["info", "--json", str(law)])
    info = json.loads(capsys.readouterr().out)
    assert info["official"]["written"] == info["listed"] == "2021-12-17"
    assert info["shown"] == {"amended": "2021-12-17"}
