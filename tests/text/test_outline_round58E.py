"""Round 58E: the cleaner keeps the author's text. A hard wrap that cuts a byline's time or date ('拉取时间：
2021-01-26 00:14:' over '53') leaves the rest of it on a line of its own: that line is the byline's, not a page
number, and is joined back. A page number under a line ending a sentence, a figure or a reference year ('…2019.')
still goes."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

P1 = "经济危机来临之后，很多人开始重新思考自己的生活方式，也有人开始怀疑过去二十年里形成的种种看法和习惯。"
P2 = "我们在城市里走访了许多家庭，他们的回答各不相同，但大多数人都提到了对未来收入的担忧和对子女教育的焦虑。"


def _clean(text: str):
    return clean(decode_bytes(text.encode("utf-8"), name="doc.txt"))


def _texts(text: str) -> str:
    return "\n".join(p.text for p in _clean(text).paragraphs)


def _feed(tail: str, cut: str) -> str:
    items = []
    for k, title in enumerate(("官方认证！百度飞桨成为北京市首个平台", "芯片短缺，全球车企纷纷停产", "派评 | 近期值得关注的 App")):
        items.append(f"{title}\n\n作者： 新闻助手  拉取时间： {cut}\n{tail}\n")
    return "2021-1-28\n\n" + "\n".join(items)


@pytest.mark.parametrize("cut, tail, whole", [
    ("2021-01-26 00:14:", "53", "2021-01-26 00:14:53"),  # the seconds
    ("2021-01-", "26", "2021-01-26"),  # the day of a date
    ("2021-01-26 00:", "05", "2021-01-26 00:05"),  # the minutes, with their zero
])
def test_cut_time_is_the_bylines(cut, tail, whole):
    doc = _clean(_feed(tail, cut))
    texts = [p.text for p in doc.paragraphs]
    assert sum(whole in t for t in texts) == 3
    assert not any(r.text.strip() == tail for r in doc.removed)


@pytest.mark.parametrize("above", [
    P1,  # a sentence ended: the number under it is the page's
    "[3] 张三. 城市家庭的收入与教育. 社会学研究, 2019.",  # a reference's year, closed by its stop
    "我们在城市里走访了许多家庭，他们的回答各不相同，但大多数人都",  # cut mid-sentence, no digits cut
])
def test_page_number_still_goes(above):
    text = f"{P1}\n{P2}\n{above}\n12\n\n{P2}\n{P1}\n{P2}\n13\n\n{P1}\n"
    doc = _clean(text)
    assert "12" in [r.text.strip() for r in doc.removed]
    assert not any(p.text.endswith("12") for p in doc.paragraphs)


# --- a related label near the page's end: the tail it opens goes only when it reads as the site's list -------------

WRAPPED = ("第五天我们从雅安出发，沿着青衣江一路向", "西，山里的雾气很重，司机师傅说这里一", "年有三百天在下雨。",
           "第六天回到成都，在宽窄巷子里吃了", "一顿火锅，大家都说这是整个行程里最", "轻松的一天。")
LINKS = ("国务院公布实施《无人驾驶航空器飞行管理暂行条例》", "专家解读｜陈志杰：依法助推低空经济发展",
         "专家解读｜胡志昂：完善配套措施 确保法规落实")


def _page(tail: list[str]) -> str:
    return "\n".join([P1, P2] * 6 + tail) + "\n"


@pytest.mark.parametrize("label", ["延伸阅读", "相关阅读：", "推荐阅读"])
def test_prose_after_related_label_is_kept(label):
    texts = _texts(_page([label, "我的大众点评 - 在雅安吃过的店", *WRAPPED]))
    assert "第六天回到成都" in texts and "轻松的一天。" in texts


@pytest.mark.parametrize("label", ["延伸阅读", "相关链接：", "推荐阅读"])
def test_link_titles_after_related_label_still_go(label):
    texts = _texts(_page([label, *LINKS, "网易首页 财经首页"]))
    assert not any(t in texts for t in LINKS) and label.rstrip("：") not in texts


def test_list_above_the_articles_credit_is_the_articles():
    texts = _texts(_page(["相关链接：", *LINKS, "责任编辑: 朱剑", "上一篇:司法部负责人答记者问", "下一篇:依法助推低空经济发展"]))
    assert "相关链接" in texts and all(t in texts for t in LINKS)
    assert "上一篇" not in texts and "下一篇" not in texts
