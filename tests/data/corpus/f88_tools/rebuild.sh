#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 88 (session 75, helper E) from the sources; run from tests/data/corpus as
# `f88_tools/rebuild.sh SRC` where SRC holds each source file under the name given below (the blob at the commit named
# in PROVENANCE.md: `git show COMMIT:PATH > SRC/NAME`). Gold comes from each source's own structure (Markdown heading
# levels and numbering; for the plain-text files, their numbered lines), written before the reader was run on any of
# them; the hand corrections (fix.py, gold.py) carry their reasons here.
set -e
cd "$(dirname "$0")/.."
S=${1:?usage: f88_tools/rebuild.sh SRC}
M="python3 f88_tools/make_md_doc.py"
F="python3 f88_tools/fix.py"

# 01 charlotty2026/bid-toolkit 招标文件.md (SRC/bid_zhaobiao.md): a tender document (招标文件) made by the repository's
# generator: '# 第1章 投标邀请' … '# 第8章' and two '# 附件一/二' depth 1, '##' depth 2, '###' depth 3 (its chapter 8
# repeats its five policy sections under each of them, as written). Hand-set by nesting: '## 编制依据' opens the
# document before any '#' chapter, so it is depth 1; the '### 一、'…'三、' right under '# 附件二' are depth 2.
$M $S/bid_zhaobiao.md f88_01_zhaobiao_wenjian_xiangmu heldout --levels 1,2,3 --fresh
$F f88_01_zhaobiao_wenjian_xiangmu '{"set": {"10": {"depth": 1}, "1088": {"depth": 2}, "1095": {"depth": 2}, "1105": {"depth": 2}}}'

# 02 charlotty2026/bid-toolkit rfp/laws/财政部87号令.txt (SRC/bid_87.txt): the Ministry of Finance's order No. 87
# (政府采购货物和服务招标投标管理办法, 2017) as the repository's plain-text extract of the PDF: hard-wrapped lines with
# trailing spaces, articles indented two spaces, chapters 三–七 indented too, line 1 the order's name (kept as the
# title). Kept as it is (only a final newline ensured). Gold: the seven chapters '第一章 总 则' … '第七章 附 则' depth 1
# (marker 第一章, title as written, its letter-spacing kept), the 88 articles '第一条' … '第八十八条' depth 2 (title the
# label, as the corpus's law golds). Only lines that open with the label after their indent count: the wrapped
# continuation lines start at the margin, and none of them opens with an article label.
python3 -c "import sys; t=open(sys.argv[1],encoding='utf-8-sig').read(); open(sys.argv[2],'w',encoding='utf-8').write(t.rstrip('\n')+'\n')" $S/bid_87.txt docs/f88_02_banfa_zhengfu_caigou_87hao.txt
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'f88_tools'); import gold
name = 'f88_02_banfa_zhengfu_caigou_87hao.txt'
lines = open('docs/' + name, encoding='utf-8').read().split('\n')
spec = []
for n, line in enumerate(lines, 1):
    if re.match(r'\s*第[一二三四五六七八九十]+章\s', line):
        spec.append((n, 1))
    elif re.match(r'  第[一二三四五六七八九十百]+条\s', line):
        spec.append((n, 2))
gold.write(name, lines[0].strip(), spec)
PY

# 03 charlotty2026/bid-toolkit rules/bid_rules.md (SRC/bid_rules.md): a bid-writing team's internal rules (标书铁律全集
# v5.1): '# 第一卷：…' … '# 第十六卷', '# 附录', '# 文件位置' depth 1, '## 铁律N：…' / '## Phase 0' / '## Step 1' depth 2,
# '###' depth 3; titles as written (emoji kept; '铁律1：' and '第一卷：' carry no marker the converter knows, so the whole
# line is the title). Shell comments inside code fences are not headings.
$M $S/bid_rules.md f88_03_guize_biaoshu_tielv heldout --levels 1,2,3 --fresh

# 04 the same repository's templates/service/property.md (SRC/bid_property.md): the outline of a bid for property and
# facility services (投标文件大纲): '## 第一部分：商务标' / '第二部分：技术标' and '## 常见废标陷阱' depth 1, '###' depth 2
# (投标函 … and 一、…九、), '####' 1.1 … depth 3. The converter cuts '第一部分' at 部; the marker is 第一部分 and the
# title the rest without the colon (as f87_05's '第一条：组织结构').
$M $S/bid_property.md f88_04_zhaobiao_toubiao_dagang_wuye heldout --levels 2,3,4 --fresh
$F f88_04_zhaobiao_toubiao_dagang_wuye '{"set": {"9": {"marker": "第一部分", "title": "商务标"}, "28": {"marker": "第二部分", "title": "技术标"}}}'

# 05 dmm-ai/clawdocs-ai 公司章程.md (SRC/claw_zhangcheng.md): a start-up's company charter (公司章程, 2026; 'drawn up by
# the AI itself'): '## 第一条：公司使命' … '## 第八条：决策机制' and '## 附则' depth 1 (marker 第一条, title without the
# colon), '### 1. 交付为王' … and '### 我们相信/我们禁止' depth 2; the numbered list items under 第三条 are items.
$M $S/claw_zhangcheng.md f88_05_zhangcheng_gongsi_clawdocs heldout --levels 2,3 --fresh
$F f88_05_zhangcheng_gongsi_clawdocs '{"set": {"10": {"title": "公司使命"}, "18": {"title": "核心价值观"}, "37": {"title": "产品原则"}, "46": {"title": "定价原则"}, "55": {"title": "团队文化"}, "70": {"title": "股权与分配"}, "78": {"title": "业务准则"}, "87": {"title": "决策机制"}}}'

# 06 nanjingsc/zhaoshenbao 服务协议.md (SRC/zsb_xieyi.md): an education-sales app's service agreement (招生宝服务协议,
# 2016) between its users and the company, a .md file whose only mark-up is its first line ' # 隐私服务' (kept as the
# title); the rest is plain paragraphs. Gold by hand from its numbering: the fifteen stand-alone section lines '一、缔约
# 主体' … '十五、争议解决及其他' depth 1; the run-in clauses '1、本协议内容包括…', the items '4.1 上载、传送…' and
# '(a) 反对宪法…' are paragraphs, not headings.
$M $S/zsb_xieyi.md f88_06_xieyi_fuwu_zhaoshengbao heldout --levels 2 --fresh
python3 - <<'PY'
import re, sys
sys.path.insert(0, 'f88_tools'); import gold
name = 'f88_06_xieyi_fuwu_zhaoshengbao.txt'
lines = open('docs/' + name, encoding='utf-8').read().split('\n')
spec = [(n, 1) for n, line in enumerate(lines, 1) if re.match(r'[一二三四五六七八九十]+、\S{2,12}$', line.strip())]
gold.write(name, lines[0].strip(), spec)
PY

# 07 naturali/dhl-wiki 服务协议.md (SRC/dhl_xieyi.md): a dialogue-platform's service agreement (对话流平台服务协议) in a
# GitBook wiki, headings written without a space after the marks ('#对话流平台服务协议', '####一、协议的范围'). Gold: the
# nine '####' sections 一、…九、 depth 1; the numbered clauses (1.1, 2.1.1, （1）) are run-in sentences, not headings.
$M $S/dhl_xieyi.md f88_07_xieyi_fuwu_duihualiu heldout --levels 4 --fresh

# 08 shunzenga-prog/xiaomi-ai-daily 合作协议.md (SRC/xiaomi_hezuo.md): a draft cooperation agreement (合作协议（草案）,
# 2026) between a person called only 'boss' and the AI agent '小咪' on sharing income; '##' parts depth 1, '###' depth 2
# ('阶段一：启动期（收入 0-10万）' whole, its '阶段一' being no numbering the corpus splits); titles without the trailing
# colon ('boss 负责：' -> 'boss 负责').
$M $S/xiaomi_hezuo.md f88_08_xieyi_hezuo_caoan heldout --levels 2,3 --fresh
$F f88_08_xieyi_hezuo_caoan '{"set": {"14": {"title": "boss 负责"}, "20": {"title": "小咪 负责"}, "69": {"title": "任意方可终止合作，触发以下流程"}, "75": {"title": "小咪达成100万目标后"}}}'

# 09 Therainxin/ph-control-vfa-alk-system 操作手册.md (SRC/ph_shouce.md): the operating manual of an ORP/pH automatic
# titration controller (Arduino unit and PC program; wiring, serial protocol, calibration, troubleshooting): '## 目录'
# and '## 1. 系统概述' … '## 13.', '## 附录 A/B' depth 1, '###' depth 2 ('2.1 …', '步骤一：…'), '####' depth 3. The two
# '### 12.6.1'/'### 12.6.2' are set at the level of 12.6 but numbered under it: depth 3 by their number.
$M $S/ph_shouce.md f88_09_caozuoshouce_diding_kongzhi heldout --levels 2,3,4 --fresh
$F f88_09_caozuoshouce_diding_kongzhi '{"set": {"689": {"depth": 3}, "699": {"depth": 3}}}'

# 10 the same repository's 泵流量标定操作卡.md (SRC/ph_caozuoka.md): the one-page operating card for calibrating the pump
# flow of the same controller; its eight '##' sections (适用范围 … 结束后确认) depth 1; the numbered steps are items.
$M $S/ph_caozuoka.md f88_10_caozuo_bengliuliang_biaoding heldout --levels 2 --fresh

# 11 iblogc/kfz-freight-editor 产品说明书.md (SRC/kfz_shuomingshu.md): the product description (产品说明书) of a desktop tool
# that changes a used-book seller's shipping templates in bulk: '## 1.' … '## 5.' depth 1, '### 3.1' … depth 2.
$M $S/kfz_shuomingshu.md f88_11_shuomingshu_yunfei_gongju heldout --levels 2,3 --fresh

# 12 0709ZRL/UCAS_Orchestra 使用说明书.md (SRC/ucas_shuomingshu.md): the user manual (使用说明书) of a university
# orchestra's management site: '## 一、' … '## 五、' depth 1, '### 1. 首页看通知与报名' … depth 2.
$M $S/ucas_shuomingshu.md f88_12_shuomingshu_yuetuan_pingtai heldout --levels 2,3 --fresh

# 13 Franklee1113/restaurant-pos-vue 产品说明书.md (SRC/pos_shuomingshu.md): the product description of a restaurant
# ordering system (智能点菜系统 — 产品说明书): '## 目录', '## 一、'…'十、', '## 附录' depth 1, '### 1.1' … depth 2, '####'
# depth 3 ('3.1.1 订单管理（OrderListView）', the collections 'orders（订单）', '🔴 P0-1: …' whole); the contents list's
# numbered lines are items. The appendix's '### A. 术语表' / 'B. 相关文档索引' carry their letter as marker ('A.').
$M $S/pos_shuomingshu.md f88_13_shuomingshu_diancai_xitong heldout --levels 2,3,4 --fresh
$F f88_13_shuomingshu_diancai_xitong '{"set": {"672": {"marker": "A.", "title": "术语表"}, "683": {"marker": "B.", "title": "相关文档索引"}}}'

# 14 the same repository's docs/智能点菜系统-详细设计说明书.md (SRC/pos_sheji.md): its detailed design description
# (详细设计说明书): '## 1. 系统概述' … '## 12. 附录' depth 1, '### 1.1' … depth 2, '####' unnumbered depth 3; code,
# configuration files and tables between them.
$M $S/pos_sheji.md f88_14_shuomingshu_diancai_sheji heldout --levels 2,3,4 --fresh

# 15 2100758446/zhixuetong-competition 使用说明书.md (SRC/zxt_shuomingshu.md): the user manual of a student team's
# AI study assistant entered for a programming contest: '## 一、' … '## 六、' depth 1, '###' depth 2 ('3.1 登录与注册',
# '运行环境', 'Windows用户'), '#### 方法一：一键安装（推荐）' depth 3.
$M $S/zxt_shuomingshu.md f88_15_shuomingshu_zhixuetong heldout --levels 2,3,4 --fresh

python3 f88_tools/check_gold.py | grep f88_
