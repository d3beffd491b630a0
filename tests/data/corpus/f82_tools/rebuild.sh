#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 82
set -e
cd "$(dirname "$0")/.."

# f82_01: LuoHuJinAn/home document/罗湖金岸物业管理服务合同.pdf — a Shenzhen residential owners' committee's property
# service contract (2018), a text PDF, via pdf_layout.py. Gold: the 14 titled articles 第一条…第十四条 at depth 1 (title =
# the article's own title after the label), 附件一 at depth 1, and the attachment's three service parts (A)/(B)/(C) at
# depth 2 where their text begins (the first (A)/(B)/(C) block right under 附件一 is the attachment's list of contents,
# with its (1)…(11) items; not headings). The numbered clauses 1、2、… inside articles and the table-cell labels
# ('(1) 一般管 / 理运作', wrapped across lines by the table layout) are not headings.
python3 tools/pdf_layout.py "src/LuoHuJinAn_home_罗湖金岸物业管理服务合同.pdf" docs/f82_01_hetong_luohujinan_wuyefuwu.txt
python3 - <<'PY'
import re, sys; sys.path.insert(0, 'tools'); import gold
t = 'f82_01_hetong_luohujinan_wuyefuwu.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r'^(第[一二三四五六七八九十]+条)\s+(\S.*)$', s)
    if m: spec.append([i, 1, m.group(2).strip(), m.group(1)])
    elif s.startswith('附件一:'): spec.append([i, 1, s[4:].strip(), '附件一:'])
    elif l.startswith("  (") and re.match(r'^\(([ABC])\) (\S+)$', s):
        m = re.match(r'^(\([ABC]\)) (\S+)$', s); spec.append([i, 2, m.group(2), m.group(1)])
gold.write(t, L[0].strip(), spec)
PY

# f82_02: YiweiCai/litigation WebRoot/front/jsp/myCenter/Prosecution.jsp — a court's online litigation-service page
# "如何打官司 / 起诉――打官司的第一步", a Q&A guide; html_blocks.py (JSP directives and tags removed like any tag), title
# given as the page's own heading (the <title> is empty). Gold: the 11 questions 1、…11、 at depth 1 (each opens its
# answer). Not headings: the site's left-menu items and breadcrumb (lines 2–6), the page heading itself repeated on
# lines 7–8 (it is the document title), the (1)…(8) list items inside answers.
python3 tools/html_blocks.py src/YiweiCai_litigation_Prosecution.jsp docs/f82_02_zhinan_fayuan_qisu.txt "起诉――打官司的第一步"
python3 - <<'PY'
import re, sys; sys.path.insert(0, 'tools'); import gold
t = 'f82_02_zhinan_fayuan_qisu.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if re.match(r'^\d+、.+？$', l.strip())]
gold.write(t, L[0].strip(), spec)
PY

# f82_03: WoSai/shouqianba-doc zh-cn/sdk/android.md — a payment company's (收钱吧) Android SDK integration guide. Gold from
# the page's own Markdown heading levels ## / ### / #### (depth 1–3, matching its 1. / 1.1 / 1.1.1 numbering); the
# "#### 3.1.1 解压 SDK…" step headings are marked up as headings by the author and kept. Not headings: the bold method
# labels (**激活**, **付款** … under 4.1.2 and **payway支付方式列表**, **备注**), which are not heading mark-up, and
# code lines. fix_dun_marker.py moves the '、' after a decimal number into the marker.
python3 tools/make_md_doc.py src/WoSai_shouqianba-doc_android.md f82_03_jishu_shouqianba_android_sdk heldout --fresh --levels 2,3,4 --depth level
python3 tools/fix_dun_marker.py gold/f82_03_jishu_shouqianba_android_sdk.json

# f82_04: everydo/site-everydo contents/everydo/projects/cases/wasion.rst — a Chinese software company's (润普/易度) customer
# case study (2010) from its website source, reStructuredText, converted by rst_doc.py (front matter and directives
# dropped, title block -> line 1, underlines dropped). Gold from the page's own section mark-up: '=' sections at
# depth 1, '-' subsections at depth 2; markers '' (the numbers are added only at render time by '.. sectnum::').
# The 1. 2. … lists inside sections are sentences, not headings.
python3 tools/rst_doc.py src/everydo_site-everydo_wasion.rst f82_04_anli_everydo_weisheng.txt

# f82_05: hoochanlon/helpdesk-guide docs/express/bid/ji-du-bao-gao.md — an on-site IT support engineer's quarterly
# service report (驻场IT运维服务季度报告, a worked example with the client's name left as 甲方), Markdown via make_md_doc.py.
# Gold from its ## / ### / #### levels (depth 1–3). Not headings: the bold date and author lines under the title, the
# [[toc]] marker, table rows, the bold "注明" notes, the 1. items of the next-quarter plan (paragraphs, not titles).
python3 tools/make_md_doc.py src/hoochanlon_helpdesk-guide_ji-du-bao-gao.md f82_05_baogao_yunwei_jidu heldout --fresh --levels 2,3,4 --depth level

# f82_06: lemonzlm/esp32lab practice.md — a university teacher's list of practicum projects (实训项目清单) for an ESP32
# lab course (广东药科大学 电子信息工程), Markdown via make_md_doc.py. Gold: the 26 project titles (## level) at depth 1.
# Not headings: the bold labels **要求** / **功能要求** / **技术要求** repeated inside every project (labels of lists, no
# mark-up as headings), the numbered requirement items and the "设计要求与指导" links.
python3 tools/make_md_doc.py src/lemonzlm_esp32lab_practice.md f82_06_jiaoxue_esp32_shixun heldout --fresh --levels 2 --depth level

# f82_07: hurzi/lineMg myfolder/Lib/Tpl/AisuoWeb/Index/agreement.php — a Beijing company's user agreement for its WeChat
# service account (爱锁用户协议), an HTML page; html_blocks.py with the page heading as title (the <title> "爱锁", the
# repeated heading and the "同意" button text stay as the reader gets them). Gold: the four bold section titles
# 一、二、三、三、 at depth 1 — the source numbers the last two both 三、 (the author's slip, kept). The 1、–4、 items under
# 一、 are clauses (full sentences), not headings.
python3 tools/html_blocks.py src/hurzi_lineMg_agreement.php docs/f82_07_xieyi_aisuo_yonghu.txt "爱锁用户协议" --drop-first-if-title
python3 - <<'PY'
import re, sys; sys.path.insert(0, 'tools'); import gold
t = 'f82_07_xieyi_aisuo_yonghu.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if re.match(r'^[一二三四五六七八九十]+、', l.strip())]
gold.write(t, L[0].strip(), spec)
PY

# f82_08: hoochanlon/helpdesk-guide docs/express/notice/found.md — the same IT engineer's first-person account of his job
# search after a training-school detour (低学历往届生求职历程), a narrative with 小标题; Markdown via make_md_doc.py.
# Gold from its ## (depth 1) and its one ### (depth 2, a sub-episode under 裸辞求职的冒险). No other headings: the
# quoted dialogue and paragraphs are body text.
python3 tools/make_md_doc.py src/hoochanlon_helpdesk-guide_found.md f82_08_xushi_qiuzhi_licheng heldout --fresh --levels 2,3 --depth level

# f82_09: LuoHuJinAn/home document/深圳市罗湖金岸小区管理规约_20180502.pdf — the same residential building's owners'
# covenant (小区管理规约, adopted 2018), a text PDF via pdf_layout.py (hard wraps and page numbers kept). Gold: the 27
# articles 第一条…第二十七条 at depth 1 (no chapters; an article's title is its label, law_spec.py). The （一）（二）…
# items inside articles are enumerations, not headings.
python3 tools/pdf_layout.py "src/LuoHuJinAn_home_深圳市罗湖金岸小区管理规约_20180502.pdf" docs/f82_09_guiyue_luohujinan_xiaoqu.txt
python3 - <<'PY'
import sys; sys.path.insert(0, 'tools'); import gold, law_spec
t = 'f82_09_guiyue_luohujinan_xiaoqu.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
gold.write(t, L[0].strip(), law_spec.spec('docs/' + t, 1, 1))
PY

# f82_10: tianl9528/pages WEB-INF/content/infoservices/article/jiaoyuPage.jsp — a news feature (农村需要中医, reprinted
# from 中国农业网, 2011) saved on a rural-services portal; html_blocks.py (the page <title> breadcrumb line, damaged by a
# JSP expression inside an attribute, stays as the reader gets it). Gold: the feature's three 小标题 (short paragraphs
# without end punctuation that open the three parts: 农村农民更需要中医 / 农村是中医药学的"大课堂" / 中医怎样才能真正扎根农村)
# at depth 1; the copy lost their bold, but the author evidently meant them as subheads. Not headings: the source/date
# line, and the two speaker labels at the end (重庆市卫生局局长屈谦： / …米烈汉：) that introduce quoted opinions.
python3 tools/html_blocks.py src/tianl9528_pages_jiaoyuPage.jsp docs/f82_10_xinwen_nongcun_zhongyi.txt "农村需要中医"
python3 - <<'PY'
import sys; sys.path.insert(0, 'tools'); import gold
t = 'f82_10_xinwen_nongcun_zhongyi.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
heads = ['农村农民更需要中医', '农村是中医药学的“大课堂”', '中医怎样才能真正扎根农村']
gold.write(t, L[0].strip(), [[i, 1] for i, l in enumerate(L, 1) if l.strip(' \u3000') in heads])
PY

# f82_11: tianl9528/pages WEB-INF/content/infoservices/article/antiepidemicPage.jsp — a provincial regulation
# (广东省动物防疫条例, 2001, revised 2010) as saved on the same rural-services portal's 政策法规 page; html_blocks.py with
# the regulation's name as title (breadcrumb and source/date lines kept). Gold: the 29 articles 第一条…第二十九条 at
# depth 1 (no chapters; title = label, law_spec.py). Not headings: the adoption note in brackets, the （一）（二）…
# items inside articles.
python3 tools/html_blocks.py src/tianl9528_pages_antiepidemicPage.jsp docs/f82_11_fagui_guangdong_dongwu_fangyi.txt "广东省动物防疫条例"
python3 - <<'PY'
import sys; sys.path.insert(0, 'tools'); import gold, law_spec
t = 'f82_11_fagui_guangdong_dongwu_fangyi.txt'
L = open('docs/' + t, encoding='utf-8').read().split('\n')
gold.write(t, L[0].strip(), law_spec.spec('docs/' + t, 1, 1))
PY
