"""Small saved-page material shared by the tests of what a page shows: an article's paragraphs and a charter's."""

from __future__ import annotations

PARAS = ["广州有这么一个制造业，其工业产值超过1000亿元，产业规模占到全国的55%，专利申请数量在国内也高居首位。",
         "“中国美妆看广东，广东美妆看广州。”提到中国化妆品产业，广州是必不可少的佼佼者。",
         "目前，广州美妆产业集群正由“大体量”向“高质量”转型，形成各区错位发展、百花齐放的局面。"]
ARTICLE = "<h1>广州美妆产业持续发力</h1>" + "".join(f"<p>　　{p}</p>" for p in PARAS)
CHARTER = "".join(f"<p>第{n}条 本会的宗旨是遵守宪法、法律、法规和国家政策，团结本行业的企业和专业人员，推动本地区信息技术"
                  f"产业第{n}项工作的发展，维护会员的合法权益，为政府和企业提供服务。</p>" for n in "一二三")
