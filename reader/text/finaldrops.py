"""The outline's last look at its plain titles: a line that reads as a title alone but, among its neighbours, is a
list's lead-in, a pointer, a caption, a copy, a banner or a page's tail (in this order, after every family is decided).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.acronyms import drop_acronym_entries
from reader.text.banners import drop_banner_lines
from reader.text.bodytext import is_body
from reader.text.captions import drop_centered_captions
from reader.text.contentscopies import drop_contents_copies
from reader.text.doubledtitles import drop_doubled_titles
from reader.text.farset import drop_far_set_lines
from reader.text.formcells import drop_form_names
from reader.text.indentedtitles import drop_indented_titles
from reader.text.leadins import drop_list_leads
from reader.text.midsentence import drop_continuations
from reader.text.model import Paragraph
from reader.text.pagetail import drop_page_tail
from reader.text.pagetitles import drop_lone_titled_unit
from reader.text.partlists import drop_entries
from reader.text.pointers import drop_pointers
from reader.text.statements import drop_statements_in_decimals
from reader.text.tablecaptions import drop_table_captions


def drop_misread_titles(candidates: list, paragraphs: Sequence[Paragraph], title: str, kind: str, entries: set[int],
                        written: Sequence[Paragraph] | None, opens: frozenset[str], captioned: frozenset[int],
                        banner: frozenset[int]) -> None:
    """Turn away the kept titles their neighbours show to be something else (each pass says why in `reason`)."""
    drop_list_leads(candidates, paragraphs)  # '时间和地点如下' over its '东区：…': the list's lead-in
    drop_statements_in_decimals(candidates, paragraphs)  # '采用的模型是基于ResNet的' under '3.2': its point
    drop_form_names(candidates, paragraphs)  # '会议名称' / '第十次组会', '时间' / '…' line after line: a form's cells
    drop_pointers(candidates, paragraphs)  # '了解更多 》', '具体见图 4.6': a link, a pointer to a figure
    drop_entries(candidates, entries)  # a menu's '引言' is no plain title among the list's other entries either
    drop_continuations(candidates, paragraphs, written)  # '…解释还是确认，' over '以适当地响应用': the sentence goes on
    drop_acronym_entries(candidates, paragraphs)  # 'SAN:存储区域网络 (Storage Area Network)' under '缩写说明'
    drop_centered_captions(candidates, paragraphs, kind, opens, captioned)  # '    ADC 的状态转移图' under a figure
    drop_table_captions(candidates, paragraphs)  # '附表 1 指令格式' over the table's rows: its name
    drop_contents_copies(candidates, paragraphs, title)  # '1.1. 会议内容' in a sidebar after the text it lists
    drop_doubled_titles(candidates, paragraphs)  # 'C++' right over 'C++': one title printed twice
    drop_indented_titles(candidates, paragraphs)  # '    结果' set in among flush titles: a block's line
    drop_far_set_lines(candidates, paragraphs)  # '                    小车置于轨迹指' among numbered sections
    drop_page_tail(candidates, paragraphs, is_body)  # '热门产品:' under the page's '责任编辑：…': its shop's row
    drop_lone_titled_unit(candidates, title, paragraphs[0].text if paragraphs else "")  # '…何以成为…？' too
    drop_banner_lines(candidates, paragraphs, banner)  # '网易新闻' above the page's title shown again
