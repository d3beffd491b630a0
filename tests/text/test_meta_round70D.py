"""A page's credit line naming its writer and its editor, set far below the text under the comment box, gives both
(round 70D: a 2011 凤凰网 page, dev, '作者：王昊阳   编辑：叶晋' under '所有评论仅代表网友意见')."""

from __future__ import annotations

from reader.text.decode import decode_bytes
from reader.text.document import build_document

_TEXT = [f"<p>{s}</p>" for s in (
    "中新网南昌1月1日电 雷峰塔出土的93件文物，日前集中在江西省博物院展出，南昌市民纷纷前往参观。",
    "江西省博物馆工作人员告诉记者，此次展览为期三个月，从今日至3月30日，市民可以前来免费参观。",
    "工作人员介绍，此次展出的文物中，最重要的展品是两座供奉佛祖释迦牟尼真身舍利的鎏金纯银阿育王塔。")]
_ADS = [f"<li>·<a href='/ad{k}'>{w}</a></li>" for k, w in enumerate(
    ("2周止脱发-6周长新发", "口臭-祛除口臭妙招", "啤酒肚-将军肚-是杀手", "应酬多的人常用养肝法", "狠减男人啤酒肚将军肚"))]
_MENU = "<ul>" + "".join(f"<li><a href='/{k}'>{w}</a></li>" for k, w in enumerate(("首页", "资讯", "大陆", "台湾"))) \
    + "</ul>"


def _page(credit: str) -> str:
    """The page as saved, a line for each block (where the credit line stands is its line)."""
    return "\n".join(
        ["<html><head><title>雷峰塔出土文物在江西展出_资讯频道_凤凰网</title></head><body>", _MENU,
         "<h1>雷峰塔出土文物在江西展出</h1>", "<div>2011年01月01日 23:11 中新网</div>", "<div id='artical_real'>"]
        + _TEXT + ["</div>", "<div><a href='/s'>特别策划：寻找中国人的信仰</a></div>",
                   "<div><a href='/m'>欢迎订阅凤凰网资讯电子期刊</a></div>", "<div>大事发生，手机看凤凰！</div>",
                   "<div>分享到：<a href='/w'>凤凰微博</a><a href='/r'>人人网</a><a href='/k'>开心网</a></div>",
                   "<div>您可能对这些感兴趣：</div>", "<ul><li>【博客】<a href='/b1'>文物保护单靠法律是不行的</a></li>",
                   "<li>【博客】<a href='/b2'>恒河之踵，东土之印</a></li>", "<li><a href='/n1'>41处文保单位腾退开放</a></li>",
                   "<li><a href='/n2'>4700多户住在文保单位</a></li></ul>",
                   "<div class='comment'><span>共有评论 0 条</span><a href='/c'>点击查看</a>", "用户名 密码 <a href='/r'>注册</a>",
                   "<p>所有评论仅代表网友意见，凤凰网保持中立。</p></div>", f"<div>{credit}</div>",
                   "<div><a href='/e'>叶晋</a></div>", "<ul>"] + _ADS + ["</ul>", _MENU, "</body></html>"])


def test_a_far_credit_line_names_the_author_and_the_editor() -> None:
    document = build_document(decode_bytes(_page("作者：王昊阳&nbsp;&nbsp; 编辑：叶晋").encode("utf-8"), name="a.html"))
    assert (document.author, document.editor) == ("王昊阳", "叶晋")
    assert not any("王昊阳" in p.text for p in document.paragraphs)
