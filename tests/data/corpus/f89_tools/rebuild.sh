#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 89 (session 76, helper C) from the sources; run from tests/data/corpus as
# `f89_tools/rebuild.sh SRC` where SRC holds each source file under the name given below (the blob at the commit named
# in PROVENANCE.md: `git show COMMIT:PATH > SRC/NAME`; the five files no snapshot here holds were transcribed from the
# stored copy at that commit, checked against its stored length, and are kept in f89_tools/src). Gold comes from each
# source's own structure (Markdown heading levels and numbering; for the unmarked files, their stand-alone label
# lines), written before the reader was run on any of them; the hand corrections (fix.py, post.py, gold.py) carry
# their reasons here.
set -e
cd "$(dirname "$0")/.."
S=${1:?usage: f89_tools/rebuild.sh SRC}
M="python3 f89_tools/make_md_doc.py"
F="python3 f89_tools/fix.py"
P="python3 f89_tools/post.py"

# 01 wyl350/study-law 民事判决书.md (SRC/wyl_panjue.md): a court's first-instance civil judgment as a template with
# invented parties (张三/李四, the ID number starred out, XXX for judges and articles): court name, 民事判决书, case
# number, party lines, 诉称/辩称, 本院认定事实如下, 本院认为, 判决如下 with two empty items 一、/二、, the bench and the
# clerk. No mark-up; the court name is line 1 (kept as the title). Gold: no headings (0): as in d14_01, only
# stand-alone section labels would count, and this judgment has none; 民事判决书 and the case number are its header,
# the empty 一、/二、 are judgment items.
$M $S/wyl_panjue.md f89_01_panjueshu_minshi_yangshi heldout --levels 2 --title 陕西省榆阳区人民法院 --fresh

# 02 tyx3211/thesisuestc 规范.md (SRC/uestc_guifan.md): 电子科技大学研究生学位论文撰写规范 rewritten in Markdown by a
# chat assistant, which left its two opening sentences and a rule above the `#` title. Line 1 is set to the regulation's
# title (as f61_03 did when text preceded the `#` title); the `# 电子科技大学…` line stays as the title shown again.
# Gold: '## 前置部分', '## 第一章 基本结构及主要内容' … '第三章' depth 1 (marker 第一章), '### 1.' / '### 1.1' depth 2,
# '#### 通用规则 / 图的规范 / 表的规范' depth 3.
$M $S/uestc_guifan.md f89_02_guifan_xuewei_lunwen_zhuanxie heldout --levels 2,3,4 --title 电子科技大学研究生学位论文撰写规范 --fresh

# 03 projectluojia/AI-Luo-Man-ga docs/会议纪要.md (SRC/luojia_jiyao.md): minutes of a student team's meeting with the
# university on its agent platform (V3 智能体架构与校内落地推进会议纪要); no names. Gold: '## 一、会议目标' … depth 1,
# '### 1. V3 架构核心设计' depth 2, '#### 1.1 全链路运行逻辑' depth 3.
$M $S/luojia_jiyao.md f89_03_jiyao_zhinengti_luodi heldout --levels 2,3,4 --fresh

# 04 chemark/agi-devourer 会议纪要.md (SRC/agi_jiyao.md): a game-jam team's notes of two pre-contest meetings, plain
# lines (no mark-up), members named only by nicknames; line 1 'game jam 赛前讨论' is the title. Gold by hand from the
# layout: the label over the first list '确认事项：' (colon dropped) and the date line '4.1' that opens the second
# meeting's notes (marker '', title the date) depth 1; the numbered list items are items.
$M $S/agi_jiyao.md f89_04_jiyao_gamejam_saiqian heldout --levels 2 --title 'game jam 赛前讨论' --fresh
python3 - <<'PY'
import sys
sys.path.insert(0, 'f89_tools'); import gold
name = 'f89_04_jiyao_gamejam_saiqian.txt'
lines = open('docs/' + name, encoding='utf-8').read().split('\n')
spec = [(n, 1) if l.strip() == '确认事项：' else (n, 1, '4.1', '') for n, l in enumerate(lines, 1) if l.strip() in ('确认事项：', '4.1')]
gold.write(name, lines[0].strip(), spec)
PY

# 05 projectluojia/AI-Luo-Man-ga docs/运维与灾难恢复.md (SRC/luojia_yunwei.md): the same team's operations and disaster
# recovery runbook (key rotation, backups, restore drills; numbered steps, shell commands). Gold: '## 1. 支持范围' …
# '## 7. 演练与发布门禁' depth 1.
$M $S/luojia_yunwei.md f89_05_shouce_yunwei_zaibei heldout --levels 2,3 --fresh

# 06 wzw0101/onw 产品手册.md (SRC/onw_shouce.md): the product manual of a web version of a party game (一夜狼人杀):
# '## 📖 目录' (a link list), '## 📌 产品概述' … with emoji, '###' labels, '#### 1. 准备阶段 (PREPARE)' … and
# '#### 👱 村民 (Villager)'; a code block with the phase chain. Gold: '##' depth 1, '###' depth 2, '####' depth 3,
# titles as written (emoji kept, as f88_03).
$M $S/onw_shouce.md f89_06_shouce_yiye_langrensha heldout --levels 2,3,4 --fresh

# 07 JX0523/party-station-scheduler 使用手册.md (SRC/party_shouce.md): the user manual of a university party work
# station's duty-scheduling site: emoji '##' parts, '### 一、首页仪表盘（Dashboard）' …, unnumbered '####', tables.
# Gold: '##' depth 1, '###' depth 2, '####' depth 3.
$M $S/party_shouce.md f89_07_shouce_dangyuan_paiban heldout --levels 2,3,4 --fresh

# 08 deepcooker/power 标准.md (SRC/power_biaozhun.md): a trading system's internal development standard (执行层公开方法
# 统一开发标准): '## 方法执行流程（固定9步）', '## 具体要求' with '### 1. 入参定义' … '### 9.', '## 总体原则'. Gold:
# '##' depth 1, '###' depth 2; the numbered list items are items.
$M $S/power_biaozhun.md f89_08_biaozhun_kaifa_fangfa heldout --levels 2,3 --fresh

# 09 5555dfdf/SURF2026 标准.md (SRC/surf_biaozhu.md): a research project's annotation standard (标注规范文档) for a
# data set on minors' digital restrictions: '# 1. 任务概述' … '# 5.' depth 1, '##' depth 2 ('（1）相关性判断…', '🎯 目标',
# '✅ Label = 1（相关）'), '###' depth 3 ('（A）提及未成年人群体', '特征：', '示例：'); an unclosed code fence at the end.
# Hand-set: the '##' line right under the '#' title is its subtitle, not a heading; the lettered '（A）'/'（B）' carry
# their letter as marker (as f88_13's 'A.'); trailing colons dropped.
$M $S/surf_biaozhu.md f89_09_guifan_biaozhu_shuju heldout --levels 1,2,3 --fresh
$F f89_09_guifan_biaozhu_shuju '{"del": [3], "set": {"44": {"marker": "（A）", "title": "提及未成年人群体"}, "54": {"marker": "（B）", "title": "涉及数字环境或数字使用"}}}'
$P f89_09_guifan_biaozhu_shuju colons

# 10 SakenW/TH-Suite 白皮书.md (SRC/th_baipishu.md): a white paper for a Minecraft mod localisation system: '## 一、前言'
# … '## 十二、未来展望', '## 结语' depth 1, '### 4.1' / '### PatchItem' depth 2, '#### artifacts' … depth 3 (table
# names written with Markdown escapes, 'language\_files', kept as converted).
$M $S/th_baipishu.md f89_10_baipishu_bendihua_huixie heldout --levels 2,3,4 --fresh

# 11 SakenW/TH-Suite PHASE2_COMPLETION_REPORT.md (SRC/th_phase2.md): the same project's phase completion report (Phase 2:
# 基础设施升级完成报告): bold metadata lines, emoji '##' parts, '### 1. Vite 7.x 升级 ✅', '#### 版本升级', code blocks
# with '#' comment lines. Gold: '##' depth 1, '###' depth 2, '####' depth 3.
$M $S/th_phase2.md f89_11_baogao_jieduan_wancheng heldout --levels 2,3,4 --fresh

# 12 Tienxiang0520/WCG 規則.md (SRC/wcg_guize.md): the rules of a two-player card game in Traditional Chinese; line 1 the
# rules' title in plain text (kept as the title), the eleven parts '一、遊戲概要' … '十一、效果與同時死亡順序' plain
# lines without mark-up, '### 1. 正常填能量' …, '#### 【階段一：重置與抽牌】', '##### 攻擊資格與目標', and
# '### 實體狀態規則（…）' under 十、. Gold: the plain part lines depth 1 (by hand: they carry the numbering the Markdown
# levels hang from), '###' depth 2, '####' depth 3, '#####' depth 4.
$M $S/wcg_guize.md f89_12_guize_kapai_duizhan heldout --levels 3,4,5 --title '雙人對戰卡牌桌遊規則（50 張／手牌填能量 v0.6-pp-target-draft）' --fresh
$P f89_12_guize_kapai_duizhan shift 1
$P f89_12_guize_kapai_duizhan plain '^[一二三四五六七八九十]+、\S' 1

# 13 yue000103/chrom_ai 产品手册.md (SRC/chrom_shouce.md): the product manual of a liquid-chromatograph control system:
# '## 1. 产品概述' … '## 9. 附录' depth 1, '### 1.1' depth 2, '#### 2.1.1' and the unnumbered '#### 设备连接失败',
# '#### 设备控制API' depth 3; flow charts in code blocks, JSON templates.
$M $S/chrom_shouce.md f89_13_shouce_yexiang_sepu heldout --levels 2,3,4 --fresh

# 14 dev-change/Embedded-Materials 培养方案.md (SRC/emb_peiyang.md): a university hardware club's training plan for
# embedded software (嵌入式软件方向培养方案): '# 一、培养路线总览' … '# 九、就业方向' depth 1, '## 1.' depth 2, '###'
# depth 3 (its '## 4. 支线方向' holds '### 3.1' … '3.3', numbered as written), '####' depth 4. Hand-set: '## 目录'
# (a link list) comes before the first '#' part, so by nesting it is depth 1; the closing '> ## 结语' is a heading
# inside a quotation, kept in the text as '## 结语', depth 1.
$M $S/emb_peiyang.md f89_14_peiyang_fangan_qianrushi heldout --levels 1,2,3,4 --fresh
python3 - <<'PY'
import json, subprocess
name = 'f89_14_peiyang_fangan_qianrushi'
lines = open(f'docs/{name}.txt', encoding='utf-8').read().split('\n')
toc = next(n for n, l in enumerate(lines, 1) if l.strip() == '目录')
end = next(n for n, l in enumerate(lines, 1) if l.strip() == '## 结语')
subprocess.run(['python3', 'f89_tools/fix.py', name, json.dumps({'set': {str(toc): {'depth': 1}}, 'add': [[end, 1, '', '结语']]})], check=True)
PY

# 15 wyl350/study-law 政治/三个规定.md (SRC/wyl_sange_guiding.md): a law student's copy of an explainer on the three
# rules against interference in judicial cases (三个规定), plain lines under an empty '##' and '###' and a source URL;
# images left as the word '图片'. No title line (the file name 三个规定 put first). Gold by hand from the layout: the
# opening question '什么是“三个规定”？' and '规定一' … '规定三' depth 1 (the 《…》 line under each is its full name, part
# of the body); the short stand-alone labels and questions under each rule (领导干部范围, 哪些行为属于…？, …) depth 2.
# Not headings: '切记！应如实上报记录哦！', the 1.–5. items, '目的：…' (run-in), '图片'.
$M $S/wyl_sange_guiding.md f89_15_jiedu_sange_guiding heldout --levels 5 --title 三个规定 --fresh
python3 - <<'PY'
import sys
sys.path.insert(0, 'f89_tools'); import gold
name = 'f89_15_jiedu_sange_guiding.txt'
lines = open('docs/' + name, encoding='utf-8').read().split('\n')
top = {'什么是“三个规定”？', '规定一', '规定二', '规定三'}
sub = {'领导干部范围', '哪些行为属于领导干部干预司法活动？', '遇到干预司法活动行为时，我们该怎么做？',
       '留痕、记录，担心被报复？不要怕，我们受法律和组织保护！', '司法机关内部人员范围',
       '司法机关内部人员的“三不得”和“三应当”', '哪些情形属于司法机关内部人员违反规定干预办案？',
       '当司法机关内部人员干预司法活动、插手案件处理时，我们该怎么做？', '司法人员的范围', '司法人员的办案纪律',
       '纳入廉政档案和年度考核、晋职晋级', '违纪处理'}
spec = [(n, 1 if l.strip() in top else 2) for n, l in enumerate(lines, 1) if l.strip() in top | sub]
gold.write(name, lines[0].strip(), spec)
PY

# The draw made after the one measurement (the lead's rule for sets 86b-88): five of the fifteen to dev.
python3 f89_tools/draw.py --apply
python3 f89_tools/check_gold.py | grep f89_
