"""A saved page that ends in a list (session 68H): its last entries are the article's, not the page's chrome.

The best run of prose stops at the last entry that reads as a sentence, so a list's short last entries ('配色沿用旧版'),
a list of references in Latin letters, or the list of terms a sentence introduces with a colon were cut off with
the footer. A list the body ends in (or opens with its colon) goes on to its last entry; a share row's items, a
list after a finished paragraph and the footer still go.

Each page is made up and minimal; the kept cases fail without the rule, the leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes

_HEAD = '<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
_NAV = ('<div class="nav"><a href="/">首页</a> <a href="/news/">新闻动态</a> <a href="/docs/">资料下载</a> '
        '<a href="/about/">关于我们</a></div>\n')
_FOOT = ('<div class="footer"><p><a href="/map">网站地图</a> <a href="/contact">联系方式</a></p>'
         '<p>版权所有 某某研究所 备案号：京ICP备00000000号</p></div>\n</body></html>')
_INTRO = ('<p>本周三下午，项目组在三楼会议室召开评审会，对新版管理后台的界面和数据展示进行了逐项检查，'
          '与会人员结合试用体验提出了修改意见，会后由产品经理汇总整理如下。</p>\n')


def _page(title: str, body: str, tail: str = "") -> str:
    return _HEAD.format(title=title) + _NAV + f"<h1>{title}</h1>\n" + body + tail + _FOOT


def _text(page: str) -> str:
    doc = clean(decode_bytes(page.encode("utf-8"), "page.html"))
    return "\n".join(p.text for p in doc.paragraphs)


_NOTES = _page("评审会议纪要", _INTRO + "<h2>修改意见</h2>\n<ul><li>首页的统计图表字号偏小，在投影上看不清，建议整体放大一号；</li>"
               "<li>库存数据的刷新频率改为每五分钟一次，并在页面角落标出最后更新时间；</li>"
               "<li>配色沿用旧版</li><li>导出按钮移到右上角</li></ul>\n")
_REFERENCES = _page("基于循环神经网络的价格预测", "<p>本文比较了几种时间序列模型在价格预测任务上的表现，实验表明，"
                    "引入注意力机制的循环网络在多数时间窗口上误差最小，但训练成本也明显更高。</p>\n"
                    "<h2>参考文献</h2>\n<ol><li>王明，李华。时间序列分析方法及其应用，北京：某某出版社，2018。</li>"
                    "<li>陈立，赵强。深度学习在金融预测中的实践，某某学报，2020，第3期。</li>"
                    "<li>Hochreiter S, Schmidhuber J (1997) Long short-term memory</li>"
                    "<li>Box G, Jenkins G (1976) Time series analysis: forecasting and control</li></ol>\n")
_TERMS = _page("术语和定义", "<p>下列术语和定义适用于本文件。对于注明日期的引用文件，仅该日期对应的版本适用于本文件；"
               "对于不注明日期的引用文件，其最新版本适用于本文件。本文件还使用了下列在其他标准中定义的术语:</p>\n"
               "<ul><li>base station;</li><li>cell;</li><li>handover;</li><li>uplink.</li></ul>\n")

KEPT = [  # (page, what the reader must see)
    (_NOTES, "配色沿用旧版"),
    (_NOTES, "导出按钮移到右上角"),
    (_REFERENCES, "Long short-term memory"),
    (_REFERENCES, "forecasting and control"),
    (_TERMS, "base station;"),
    (_TERMS, "uplink."),
]


@pytest.mark.parametrize("page, want", KEPT, ids=[f"{k}-{w}" for k, (_, w) in enumerate(KEPT)])
def test_the_list_an_article_ends_in_is_kept_to_its_last_entry(page: str, want: str) -> None:
    assert want in _text(page)


_SHARE = '<ul><li>分享到</li><li>朋友圈</li><li>新浪微博</li></ul>\n'
_TAGS = '<ul><li>热门标签</li><li>界面设计</li><li>数据看板</li></ul>\n'

GONE = [  # (page, chrome the reader must not see)
    (_page("评审会议纪要", _INTRO + "<ul><li>首页的统计图表字号偏小，在投影上看不清，建议整体放大一号；</li></ul>\n", _SHARE),
     "朋友圈"),
    (_page("评审会议纪要", _INTRO + "<ul><li>首页的统计图表字号偏小，在投影上看不清，建议整体放大一号；</li></ul>\n", _SHARE),
     "新浪微博"),
    (_page("评审会议纪要", _INTRO, _TAGS), "数据看板"),  # a list after a finished paragraph is not the article's
    (_NOTES, "网站地图"),
    (_NOTES, "备案号"),
    (_TERMS, "关于我们"),
]


@pytest.mark.parametrize("page, gone", GONE, ids=[f"{k}-{g}" for k, (_, g) in enumerate(GONE)])
def test_chrome_after_the_list_still_goes(page: str, gone: str) -> None:
    assert gone not in _text(page)
