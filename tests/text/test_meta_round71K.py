"""A page's 'label : value' spans set side by side (round 71K, by hand on dev d34_08's page): '来源 :腾讯关键字
:文化馆广州时间 :2016.10.20' was read as one source; any label glued to the value before it, its colon after it,
starts the next field."""

from __future__ import annotations

import pytest

from reader.text.meta import parse_meta_line
from support import parse_document

# (line as the page gives it, fields expected) — real lines of dev pages
_LINES = [
    ("来源 :腾讯关键字 :文化馆广州时间 :2016.10.20",  # d34_08 (taizhou wenhuayun), its three spans read as one line
     {"source": "腾讯", "date": "2016.10.20"}),
    ("来源：广州市南沙区统计局发布日期：2024-06-05", {"source": "广州市南沙区统计局", "date": "2024-06-05"}),  # d45_02
    ("来源：国家数据局 发布时间：2024-10-19", {"source": "国家数据局", "date": "2024-10-19"}),  # d24_06
]
_NOT_META = ["（原标题：美国新冠肺炎确诊病例超过278万例）",  # web_163_covid: a caption's note, no metadata line
             "原标题：他晚于阿姆斯特朗登月 却是首个敢在月球喝酒的人"]  # web_gmw_science

_PAGE = """<html><head><title>关于规范志愿服务记录证明工作的指导意见</title></head><body>
<div class="noticeInfo-main">
    <h1>关于规范志愿服务记录证明工作的指导意见</h1>
    <div class="otherInfo">
        <span class="adr">来源 :<span>腾讯</span></span>
        <span class="key">关键字 :<span>文化馆</span><span>广州</span></span>
        <span class="time">时间 :<span>2016.10.20</span></span>
    </div>
    <div class="info-main">
        &nbsp;&nbsp;&nbsp;&nbsp;近年来，按照党中央、国务院的要求，文化部和地方各级文化行政部门共同扎实推进非物质文化遗产保护工作，取得了显著的进展。<br>
    </div>
</div></body></html>"""


@pytest.mark.parametrize(("line", "fields"), _LINES)
def test_each_label_after_a_value_starts_its_own_field(line: str, fields: dict[str, str]) -> None:
    got = parse_meta_line(line)
    assert got is not None and {k: got.get(k) for k in fields} == fields


@pytest.mark.parametrize("line", _NOT_META)
def test_a_label_inside_a_word_opens_no_metadata_line(line: str) -> None:
    assert parse_meta_line(line) is None


def test_the_page_header_names_the_source_alone_and_finds_the_date() -> None:
    document = parse_document(_PAGE.encode("utf-8"), name="page.html")
    assert document.source == "腾讯"
    assert "2016" in document.date
