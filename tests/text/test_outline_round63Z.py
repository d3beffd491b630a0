"""Round 63Z: a document's title in two shapes it was missed in (issue 9): a notice whose title, 文号 and salutation
an extract ran into one line ('国务院关于印发…的通知国发〔2007〕15号各省、自治区、直辖市人民政府：') is titled by the
part ending on its genre; a city's news headline with an ASCII comma right over its press-release labels
('…構築治安防線,讓市民安心過年' / '發稿單位:…') is the title, not a wrapped sentence."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.gluedheads import glued_title


def _title(*lines: str) -> str:
    return build_document(decode_bytes(("\n".join(lines) + "\n").encode("utf-8"), name="n.txt")).title


_BODY = ("现将有关事项通知如下，请结合本地区、本部门实际，认真贯彻执行。", "一、充分认识工作的重要性和紧迫性",
         "（一）工作面临的形势十分严峻。各地区要加强组织领导，切实落实责任。")

GLUED = [  # a notice's first line: title, 文号 and salutation run together → the title
    ("国务院关于印发节能减排综合性工作方案的通知国发〔2007〕15号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
     "国务院关于印发节能减排综合性工作方案的通知"),
    ("國務院辦公廳關於加強城市內澇治理的實施意見國辦發〔2021〕11號各省、自治區、直轄市人民政府：",
     "國務院辦公廳關於加強城市內澇治理的實施意見"),
    ("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知湘政办发〔2009〕24号各市州、县市区人民政府：",
     "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知"),
    ("国务院关于同意建立节能减排工作部际联席会议制度的批复国函[2013]89号发展改革委：",
     "国务院关于同意建立节能减排工作部际联席会议制度的批复"),
]


@pytest.mark.parametrize("line,title", GLUED)
def test_glued_notice_titled(line: str, title: str) -> None:
    assert _title(line, *_BODY) == title


GLUED_LEFT = [  # lines that are no title glued to its number
    "根据国务院关于印发节能减排综合性工作方案的通知国发〔2007〕15号精神，现将有关事项通知如下：",
    "为贯彻落实国务院关于加强城市内涝治理的实施意见国办发〔2021〕11号要求，提出如下意见：",
    "国务院关于印发节能减排综合性工作方案的通知国发〔2007〕15号",  # no salutation run into it
    "国发〔2007〕15号各省、自治区、直辖市人民政府：",  # the number and salutation only
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "关于做好春节期间安全工作的讲话，市长在会上提出三点要求：",  # no number at all
]


@pytest.mark.parametrize("line", GLUED_LEFT)
def test_glued_left_alone(line: str) -> None:
    assert glued_title(line) == ""


WRAPPED_GLUED = [  # a title cut by a wrap, its second half run into the 文号 and salutation → the whole title
    (("国务院办公厅关于加强城市内涝治理的", "实施意见国办发〔2021〕11号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
     "国务院办公厅关于加强城市内涝治理的实施意见"),
    (("國務院辦公廳關於加強城市內澇治理的", "實施意見國辦發〔2021〕11號各省、自治區、直轄市人民政府："),
     "國務院辦公廳關於加強城市內澇治理的實施意見"),
    # left alone: a whole title over a line holding only the number and the salutation
    (("国务院关于印发节能减排综合性工作方案的通知", "国发〔2007〕15号各省、自治区、直辖市人民政府："),
     "国务院关于印发节能减排综合性工作方案的通知"),
]


@pytest.mark.parametrize("lines,title", WRAPPED_GLUED)
def test_wrapped_title_glued(lines: tuple[str, ...], title: str) -> None:
    assert _title(*lines, *_BODY) == title


def test_notice_on_its_own_lines_unchanged() -> None:
    assert _title("国务院关于印发节能减排综合性工作方案的通知", "国发〔2007〕15号",
                  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", *_BODY) == "国务院关于印发节能减排综合性工作方案的通知"


HEADLINES = [  # a headline with an ASCII comma over a press release's labels → the title
    (("深夜視察擴大臨檢 黃偉哲感謝警民攜手構築治安防線,讓市民安心過年", "", "發稿單位:新聞及國際關係處",
      "發稿時間:115年2月9日", "發稿人:王繹琁", ""), "深夜視察擴大臨檢 黃偉哲感謝警民攜手構築治安防線,讓市民安心過年"),
    (("衛生局呼籲切勿落入加味檳榔陷阱,守護兒少遠離口腔癌", "發稿單位:衛生局", "發稿時間:115年2月9日"),
     "衛生局呼籲切勿落入加味檳榔陷阱,守護兒少遠離口腔癌"),
    (("市政府召开常务会议,研究部署防汛工作和城市更新事项", "来源：市政府办公室", "发布时间：2024-06-01"),
     "市政府召开常务会议,研究部署防汛工作和城市更新事项"),
]

_NEWS = ("為貫徹「讓市民安心、快樂過春節」的施政決心，台南市今(9)日起展開為期15天的「加強重要節日安全維護工作」。",
         "市長表示，市府將全力加強維安，致力打造台南成為最安全、宜居的城市。")


@pytest.mark.parametrize("lines,title", HEADLINES)
def test_headline_over_labels(lines: tuple[str, ...], title: str) -> None:
    assert _title(*lines, *_NEWS) == title


HEADLINES_LEFT = [  # a comma line over text, or a label line over labels: no headline
    (("今天上午,市政府召开常务会议研究部署防汛工作和城市更新有关事项", *_NEWS), ""),
    (("來源:台南市政府,作者:新聞及國際關係處", "發稿時間:115年2月9日", *_NEWS), ""),
]


@pytest.mark.parametrize("lines,title", HEADLINES_LEFT)
def test_headline_left_alone(lines: tuple[str, ...], title: str) -> None:
    assert _title(*lines) == title


_REPORT = ("本报讯 1月21日，市十七届人大五次会议主席团召开第四次会议。会议由大会主席团常务主席叶成超主持。",
           "会议听取各代表团对各项决议（草案）讨论情况的汇报。")

STACKED = [  # a headline a paper set in a narrow column, its byline under it → the whole headline
    (("市十七届", "人大五次会议", "主席团召开", "第四次会议", "□融媒记者 颜元滔"), "市十七届人大五次会议主席团召开第四次会议"),
    (("市政协", "十二届五次", "常委会议召开", "本报记者 张三"), "市政协十二届五次常委会议召开"),
]


@pytest.mark.parametrize("lines,title", STACKED)
def test_stacked_headline(lines: tuple[str, ...], title: str) -> None:
    assert _title(*lines, *_REPORT) == title


STACKED_LEFT = [  # short lines with no byline under them, or two lines only: not joined by this rule
    (("床前明月光", "疑是地上霜", "举头望明月", "低头思故乡", "", *_REPORT), "床前明月光疑是地上霜"),
    (("市政协主席会议召开", "李四主持", "记者 张三", *_REPORT), "市政协主席会议召开李四主持"),
    (("市十七届", "人大五次会议", "主席团召开", "第四次会议", "", "会议由主席团常务主席叶成超主持。", *_REPORT),
     "市十七届人大五次会议"),
]


@pytest.mark.parametrize("lines,joined", STACKED_LEFT)
def test_stacked_left_alone(lines: tuple[str, ...], joined: str) -> None:
    assert joined not in _title(*lines)
