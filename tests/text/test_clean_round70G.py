"""Session 70G: cleaning and outline faults seen on dev documents of the gold corpus (lines cut from them, made
short), each fixed by a rule that holds beyond the document.

- A saved page that shows its article twice (d22_05, 四川 portal) repeats its title over its dateline and its signer
  over its date: the same line over the same date is one record, so two such dates are no log's records, and the
  dateline under the title is the page's date and leaves the text (a log's dates, listed then repeated, stay).
- A site's or unit's name over a whole title that opens with the same name ('國立中央大學服務學習網' over
  '國立中央大學學生服務學習施行辦法', d21_06) is a masthead, not the title's first half.
- A 通告's three provisions '一、' '二、' '三、' (d37_04), read at a glance, are not articles to navigate by; a
  long 意见's are.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.document import build_document

_D22_TITLE = "四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函"
_D22_ARTICLE = [
    _D22_TITLE, "2025年06月03日 13时44分", "来源: 四川省卫生健康委员会网站", "川卫函〔2025〕46号", "唐家文代表：",
    "首先非常感谢您对全省医药健康产业发展的关心、支持。您提出的建议收悉，我委会同相关部门积极承办，现答复如下：",
    "为加快构建我省现代化产业体系，推动全省重点产业建圈强链，省政府办公厅印发了有关通知，明确了产业链的主要承载地。",
    "四川省卫生健康委员会", "2025年4月24日", "责任编辑： 雷晓琦"]
_D22_05 = "\n".join([
    _D22_TITLE + "- 四川省人民政府网站", "跳转到主要内容区域", "中央政府门户网 | 繁 | 简 | English",
    "首页 | 政府领导 | 机构职能 | 政务公开 | 政务服务 | 政民互动 | 走进四川", *_D22_ARTICLE, "扫一扫在手机打开当前页", "打印本页",
    "关闭窗口", *_D22_ARTICLE, "打印本页", "关闭窗口", ""])

_D21_06 = "\n".join([
    "國立中央大學服務學習網", "國立中央大學學生服務學習施行辦法", "89.06.20 88 學年度第 4 次臨時校務會議通過",
    "107.04.24 106 學年度第 2 次校務會議修正通過",
    "第 一 條 依據教育部「大專校院服務學習方案」為提升良好公民素養及實踐公民責任，特訂定學生服務學習施行辦法。",
    "第 二 條 本校服務學習列為畢業審查條件，區分為課程與非課程之相關活動學習二部份。", ""])

_D62_04 = "\n".join([  # a log listing its meetings by date, then one record under each: the dates are the records'
    "会议记录", "2021年7月20日", "2021年7月23日 敏捷开发培训", "2021年8月12日", "2021年7月20日",
    "月底前完成项目概况，API页面开发。", "2021年7月23日 敏捷开发培训", "三种境界，守、破、离。", "2021年8月12日",
    "后端持久层建议更换。", ""])


def _doc(text: str, name: str = "page.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def test_a_page_showing_its_article_twice_has_its_dateline_read():
    doc = _doc(_D22_05)
    assert (doc.title, doc.date, doc.source) == (_D22_TITLE, "2025年06月03日 13时44分", "四川省卫生健康委员会网站")
    texts = [p.text for p in doc.paragraphs]
    head = texts[:texts.index("川卫函〔2025〕46号")]  # (the page's second copy of the article stays as it was)
    assert "2025年06月03日 13时44分" not in head and "来源: 四川省卫生健康委员会网站" not in head


def test_a_logs_dates_stay_its_records():
    doc = _doc(_D62_04)
    assert doc.date == ""
    assert "2021年7月20日" in [p.text for p in doc.paragraphs]


# (masthead or first half, title line, the title read)
TITLES = [
    ("d21_06: a site's name over the rule it shows", _D21_06, "國立中央大學學生服務學習施行辦法"),
    ("d34_10: a platform's name over its notice", "地图慧开发平台\n地图慧开放平台商用公告\n尊敬的用户：\n"
     "地图慧开放平台将于2020年起对商业用途收费，详情如下。\n", "地图慧开放平台商用公告"),
    # what stays joined
    ("a title wrapped in two", "国务院办公厅关于进一步加强\n政务公开工作的通知\n各省、自治区、直辖市人民政府：\n"
     "现将有关事项通知如下。\n", "国务院办公厅关于进一步加强政务公开工作的通知"),
]


@pytest.mark.parametrize(("case", "text", "title"), TITLES, ids=[c[0] for c in TITLES])
def test_title(case: str, text: str, title: str) -> None:
    doc = _doc(text)
    assert doc.title == title
    assert text.split("\n", 1)[0] not in [p.text for p in doc.paragraphs]


_NOTICE = ("吉林省人民政府关于禁止在嫩江干流补充治理工程建设征占地范围内新增建设项目的通告\n吉政明电〔2022〕1号\n"
           "为做好嫩江干流补充治理工程建设，现就有关事项通告如下：\n{}特此通告。\n吉林省人民政府\n2022年1月27日\n")
_SHORT = ["一、工程位于大安市、镇赉县和前郭县，建设征占地范围为现有堤防距堤脚线两侧15米范围。",
          "二、自本通告发布之日起，在征占地范围内禁止任何单位和个人新建、扩建和改建各类建筑物。",
          "三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。"]
_LONG = [f"{n}、各级人民法院要" + "坚持以事实为根据、以法律为准绳，深入推进社会主义核心价值观融入裁判文书释法说理，" * 6
         + "切实增强裁判的说服力。" for n in "一二三四五"]


@pytest.mark.parametrize(("case", "provisions", "headings"), [
    ("d37_04: a notice's three short provisions are read, not navigated", _SHORT, []),
    ("jud07: an 意见's long provisions are its articles", _LONG, ["一、", "二、", "三、", "四、", "五、"]),
], ids=["short", "long"])
def test_provisions(case: str, provisions: list[str], headings: list[str]) -> None:
    text = _NOTICE.format("".join(p + "\n" for p in provisions))
    doc = build_document(decode_bytes(text.encode("utf-8"), "notice.txt"))
    assert [h.marker for h in doc.headings] == headings
