#!/bin/bash
# Rebuild every document and gold of dev set 49 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev49
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# fix NAME PYTHON-EXPR-ON-d : edit a gold written by make_md_doc.py (d = the gold, lines = the text's lines)
fix() { python3 - "$1" "$2" <<'PY'
import json, sys, re
p = 'gold/' + sys.argv[1] + '.json'
d = json.load(open(p, encoding='utf-8'))
lines = open('docs/' + sys.argv[1] + '.txt', encoding='utf-8').read().split('\n')
exec(sys.argv[2])
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 新店高中 校友排球賽 章程 (Taiwan, plain text; 壹、…玖、 sections, （一）–（三） titled sub-rules under 捌、比賽規則;
#    the （一）–（三） under 柒、 are full-sentence list items, not headings; markers 壹、… set by hand: gold.py knows only 一二三)
python3 $T/extract_lines.py src/kennyHuang1110_Xindian_Cup_zhangcheng.txt 1 9999 docs/d49_01_zhangcheng_xindianbei_paiqiu.txt "2026 新店盃混排校友賽" >/dev/null
G d49_01_zhangcheng_xindianbei_paiqiu.txt "2026 新店盃混排校友賽" \
 '[[2,1,"主旨","壹、"],[6,1,"主辦單位","貳、"],[11,1,"比賽時間","參、"],[15,1,"比賽地點","肆、"],[20,1,"比賽費用","伍、"],[24,1,"聯絡方法","陸、"],[29,1,"參賽隊伍資格","柒、"],[35,1,"比賽規則","捌、"],[36,2],[43,2],[52,2],[56,1,"比賽獎品","玖、"]]'
# 02 数学建模 paper (烟幕投放策略, Markdown: '# title', '## 摘要' and '## 一、'…'## 七、' (three of them indented two spaces), '### 2.1', '#### 5.1.1';
#    5.2 and 5.2.1 are missing in the source, kept as written); plus bold stand-alone lines ('**1. 时空运动模型**', '**第一阶段：…**')
#    one level below the heading they stand under (第一阶段/第二阶段 under 5.5.1 have their own 1./2. under them; under 5.5.2 '2. 求解结果'
#    holds 第一阶段/第二阶段结果); bold table captions '表 5.x …' are not headings
python3 $T/make_md_doc.py src/answer3-go_Mathmodel_lunwen.md d49_02_lunwen_shumo_yanmu_toufang dev --levels 2,3,4
fix d49_02_lunwen_shumo_yanmu_toufang '
sys.path.insert(0, "tools")
from bold_lines import bold_lines
for ln, t in bold_lines("src/answer3-go_Mathmodel_lunwen.md", lines):
    if t.startswith("表 "):
        continue
    m = re.match(r"(\d+\.)\s*(.*)", t)
    depth = 4
    if t.startswith("第") and "结果" in t:
        depth = 5
    d["headings"].append({"depth": depth, "marker": m.group(1) if m else "", "title": m.group(2) if m else t, "line": ln})
d["headings"].sort(key=lambda h: h["line"])
# numbered bold items under a 第一阶段/第二阶段 block of 5.5.1 sit one level lower
stage = False
for h in d["headings"]:
    if h["depth"] <= 3:
        stage = False
    elif h["marker"] == "" and h["title"].startswith("第") and "阶段" in h["title"] and h["depth"] == 4:
        stage = True
    elif stage and h["marker"]:
        h["depth"] = 5
'
# 03 a middle school message board's 守则 (PHP page, static HTML): page title 留言守则 as line 1, the h1 四中留言板守则 (title shown again,
#    not a heading); h2 一、/二、 depth 1, the <p> articles 第1条…第13条 depth 2 (title = the label); the 同意/不同意 buttons kept
python3 $T/html_blocks.py src/richardzhx_message-board_rule.php docs/d49_03_shouze_sizhong_liuyanban_wangye.txt "留言守则" --drop-first-if-title >/dev/null
G d49_03_shouze_sizhong_liuyanban_wangye.txt "留言守则" \
 '[[3,1],[4,2],[5,2],[6,2],[7,2],[8,2],[9,2],[10,2],[11,2],[12,2],[13,2],[14,2],[15,2],[16,2],[17,1]]'
# 04 郑州轻工业学院 undergraduate thesis (单片机 防酒后驾驶, Word saved as plain text, UTF-8 with BOM; the BOM-only first line skipped, the
#    thesis title as line 1); cover, 任务书 and the title shown again are not headings; 摘  要, ABSTRACT, 目  录 (its list lines with
#    tab page numbers are not headings), chapters '1 绪论'…'7 …' (some without a space: '5软件设计'), 1.1 / 3.1.1 sections by their number's
#    parts, 结束语, 致谢, 参考文献, 附录 depth 1 and 附录1–3 under 附录 (marker '附录N'); figure captions '图3-1 …' are not headings
python3 $T/extract_lines.py src/xuziang111_Paper_lunwen.txt 2 99999 docs/d49_04_lunwen_biye_fangjiuhou_jiashi.txt "基于单片机的防酒后驾驶控制系统设计" >/dev/null
python3 - <<'PY'
import re, json, subprocess
L = open('docs/d49_04_lunwen_biye_fangjiuhou_jiashi.txt', encoding='utf-8').read().split('\n')
spec = [[53, 1, '摘  要', ''], [72, 1, 'ABSTRACT', ''], [82, 1, '目  录', '']]
for i in range(130, 330):
    s = L[i - 1].rstrip()
    m = re.fullmatch(r'(\d+(?:\.\d+)*)\s*(\S.*)', s)
    if m and not s.startswith('图') and len(s) < 40:
        spec.append([i, m.group(1).count('.') + 1, m.group(2).strip(), m.group(1)])
for i, t in ((305, '结束语'), (310, '致谢'), (315, '参考文献'), (316, '附录')):
    assert L[i - 1].strip() == t, (i, L[i - 1]); spec.append([i, 1, t, ''])
for i in (317, 333, 361):
    m = re.fullmatch(r'(附录\d)\s*(.*)', L[i - 1].strip()); spec.append([i, 2, m.group(2), m.group(1)])
spec.sort()
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('d49_04_lunwen_biye_fangjiuhou_jiashi.txt', '基于单片机的防酒后驾驶控制系统设计', spec)
PY
# 05 AcWing《考研算法辅导课》讲义 (plain text, tab-indented; line 1 is its own title): '考纲：' (depth 1) over the exam outline, whose
#    一、/（一）/1. lines are an outline list, not sections of the text; 第一讲…第四讲 depth 1; in 第一讲 一、/二、 depth 2; in the later lectures
#    the numbered topic titles (3. 线性表的分类, 1. 栈和队列的基本概念 …) depth 2 and the titled (1)–(4) under 第四讲 depth 3; numbered
#    sentences (1. 将具有线性关系…), '(1) 栈：…' content items and the '考题：…'/'押题：…' lines are items, not headings
python3 $T/extract_lines.py src/wendaocsmaster_408_jiangyi3.txt 1 9999 docs/d49_05_jiangyi_kaoyan_suanfa.txt "AcWing《考研算法辅导课》讲义" >/dev/null
G d49_05_jiangyi_kaoyan_suanfa.txt "AcWing《考研算法辅导课》讲义" \
 '[[2,1],[71,1,"时间复杂度、矩阵展开","第一讲"],[72,2],[75,2],[81,1,"线性表","第二讲"],[84,2],[89,2],[98,1,"栈与队列","第三讲"],[99,2],[100,2],[105,2],[106,2],[114,1,"树（一）","第四讲"],[115,2],[116,2],[117,3,null,"(1)"],[118,3,null,"(2)"],[119,3,null,"(3)"],[120,3,null,"(4)"],[121,2],[122,3,null,"(1)"],[123,3,null,"(2)"],[124,3,null,"(3)"]]'
# 06 天津科技大学开放原子开源协会章程 (a university student club's charter, a Word document: one paragraph a line, the first paragraph the
#    title); 第一章…第八章 depth 1, 第一条…第三十八条 depth 2 (title = the label; 第二十五条's own caption 经费管理原则 stays in the line);
#    the （一）（二） items inside articles and the closing date are not headings
python3 $T/docx_paras.py src/TUST-Open-Source-Club_chapter_zhangcheng.docx docs/d49_06_zhangcheng_tust_kaiyuan_xiehui.txt >/dev/null
G d49_06_zhangcheng_tust_kaiyuan_xiehui.txt "天津科技大学开放原子开源协会章程" "$(python3 $T/law_spec.py docs/d49_06_zhangcheng_tust_kaiyuan_xiehui.txt 1 2)"
# 07 江苏省自行车电动车协会章程 (a provincial trade association's charter, a Word document in the association website's repository,
#    src/assets/协会章程.docx; the copy at the repository root is a damaged ZIP); 第一章…第八章 depth 1, 第一节…第五节 of 第四章 depth 2,
#    第一条…第六十二条 depth 2, or depth 3 inside a 节 (title = the label; some article lines are indented with spaces as written)
python3 $T/docx_paras.py src/carambolagrace_jsbicycle-website_xiehui_zhangcheng.docx docs/d49_07_zhangcheng_jiangsu_zixingche_xiehui.txt >/dev/null
G d49_07_zhangcheng_jiangsu_zixingche_xiehui.txt "江苏省自行车电动车协会章程" "$(python3 - <<'PY'
import json, sys
sys.path.insert(0, 'tools')
from law_spec import spec
L = open('docs/d49_07_zhangcheng_jiangsu_zixingche_xiehui.txt', encoding='utf-8').read().split('\n')
out, in_sec = [], False
for ln, dep in spec('docs/d49_07_zhangcheng_jiangsu_zixingche_xiehui.txt', 1, 2, 2):
    s = L[ln - 1].strip(' \u3000')
    kind = s[s.index('第') + 1:].lstrip('一二三四五六七八九十百零')[0]
    if kind == '章': in_sec = False
    if kind == '节': in_sec = True
    out.append([ln, 3 if (kind == '条' and in_sec) else dep])
print(json.dumps(out))
PY
)"
# 08 《精通门罗》(Mastering Monero, Chinese translation) chapter 6 社区与贡献 (Markdown: '# 6 社区与贡献' is the chapter's title = line 1,
#    '## 6.1'… depth 1, '### 6.1.1'… depth 2; 6.3.3 is missing in the source, kept as written)
python3 $T/make_md_doc.py src/YinXinCryp_monero_book_6.md d49_08_shuzhang_jingtong_menluo_shequ dev --levels 1,2,3
# 09 《精通比特幣》(Mastering Bitcoin 2nd ed., Traditional Chinese translation) 第一章 概述, a GitBook-built page kept in the repository at
#    commit c14f5d1 (removed later): page title as line 1, the book's navigation list kept as scraped; the h1 '第一章 概述' is the title
#    shown again (not a heading); h2 概述 depth 1, h3 depth 2, h4 depth 3 (tools/htags_levels.py); sidebar box titles (比特幣之前的數位貨幣,
#    確認), definition-list terms (北美的低價零售, 桌面錢包), 'Tip' labels and figure captions are not headings
python3 $T/html_blocks.py src/SkySung_bitcoinbook_2nd_zh_diyizhang.html docs/d49_09_shuzhang_bitebi_gaishu_wangye.txt "第一章 概述 · Mastering Bitcoin 2nd Edition - 繁中" --drop-first-if-title >/dev/null
G d49_09_shuzhang_bitebi_gaishu_wangye.txt "第一章 概述 · Mastering Bitcoin 2nd Edition - 繁中" "$(python3 $T/htags_levels.py src/SkySung_bitcoinbook_2nd_zh_diyizhang.html docs/d49_09_shuzhang_bitebi_gaishu_wangye.txt 2 19)"
# 10 《精通以太坊》(Mastering Ethereum, Traditional Chinese translation) 第1章 什麼是以太坊, a GitBook-built page kept in the repository at
#    commit d59915f (deleted later): page title as line 1, navigation kept as scraped; the h1 '第1章 什麼是以太坊' is the title shown again;
#    h2 什麼是以太坊 depth 1, h3 depth 2, h4 depth 3; the search box's h1 'results matching ""' lines are chrome
python3 $T/html_blocks.py src/cypherpunks-core_ethereumbook_zh_diyizhang.html docs/d49_10_shuzhang_yitaifang_shenme_wangye.txt "第1章 什麼是以太坊 · GitBook" --drop-first-if-title >/dev/null
G d49_10_shuzhang_yitaifang_shenme_wangye.txt "第1章 什麼是以太坊 · GitBook" "$(python3 $T/htags_levels.py src/cypherpunks-core_ethereumbook_zh_diyizhang.html docs/d49_10_shuzhang_yitaifang_shenme_wangye.txt 2 25)"
# 11 武汉晴川学院 undergraduate thesis (微信小程序 社团活动管理系统) kept as a .md without Markdown headings (a Word export: cover lines,
#    摘□□要, ABSTRACT, 目□□录 with its list, '1□绪论'-style chapters, decimal sections, 参考文献, 附录 with fifteen '附录A 源码节选（N）'
#    parts and A.1–A.43 code excerpts); converted by make_md_doc.py (title given: the thesis title; the cover kept as text).
#    Gold: 摘□□要/ABSTRACT/目□□录/参考文献/附录 depth 1 (the 目录 list lines are not headings), chapters depth 1 (marker the digit, '□'
#    a separator), N.N depth 2, N.N.N depth 3 (3.4 missing, kept as written); short numbered titles '1. 学生用户用例分析', bold
#    '1. 用户档案表（ax_user）', label lines '1. 学生用户注册与实名：' and titled '（1）首页与资讯模块' one level below the section they
#    stand in; run-in items '（1）身份唯一性：…', sentence items and table rows are not headings; 附录A parts depth 2, A.N depth 3
python3 $T/make_md_doc.py src/deep9999999_CompusAss_lunwen.md d49_11_lunwen_biye_shetuan_huodong dev --levels 1,2,3 --title "基于微信小程序的高校社团活动管理系统设计与实现"
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'tools'); import gold
name = 'd49_11_lunwen_biye_shetuan_huodong.txt'
L = open('docs/' + name, encoding='utf-8').read().split('\n')
spec, cur = [], 0
def add(i, d, t, m): spec.append([i, d, t, m])
for i, l in enumerate(L, 1):
    s = l.strip()
    if i < 72:
        if s in ('摘□□要', 'ABSTRACT', '目□□录'): add(i, 1, s, '')
        continue
    if s == '参考文献': add(i, 1, s, ''); cur = 1; continue
    if s == '附录：': add(i, 1, '附录', ''); continue
    m = re.fullmatch(r'(附录A)\s*(源码节选（.+）)', s)
    if m: add(i, 2, m.group(2), m.group(1)); continue
    m = re.fullmatch(r'(A\.\d+)\s*(.+)', s)
    if m: add(i, 3, m.group(2), m.group(1)); continue
    if i > 709: continue
    m = re.fullmatch(r'(\d)□(.+)', s)
    if m: add(i, 1, m.group(2), m.group(1)); cur = 1; continue
    m = re.fullmatch(r'(\d+\.\d+(?:\.\d+)?)\s*(\S.{0,40})', s)
    if m and not re.search(r'[。；，,]$', s):
        cur = m.group(1).count('.') + 1; add(i, cur, m.group(2), m.group(1)); continue
    m = re.fullmatch(r'(\d+\.)\s*(.{2,24}?)：?', s)
    if m and not re.search(r'[。；，,%]', s):
        add(i, cur + 1, m.group(2), m.group(1)); continue
    m = re.fullmatch(r'(（\d+）)(.{2,20})', s)
    if m and not re.search(r'[。；，,：:]', s):
        add(i, cur + 1, m.group(2), m.group(1)); continue
gold.write(name, '基于微信小程序的高校社团活动管理系统设计与实现', spec)
PY
# 12 台灣 AI workshop 講義《AI 幫你賣 — 讓 AI 處理行政，你專心做生意》 (Markdown lecture notes: '#' title = line 1, '##' parts
#    (今天你會帶走什麼？, 模組一…模組五, 練習題彙整 …) depth 1, '###' depth 2, '####' depth 3; prompt templates in code fences stay as text)
python3 $T/make_md_doc.py src/karl2015y_workshop-ai-intro_jiangyi.md d49_12_jiangyi_ai_bangni_mai dev --levels 2,3,4
python3 $T/check_gold.py
