#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 87 (session 74, helper E) from the sources; run from tests/data/corpus as
# `f87_tools/rebuild.sh SRC` where SRC holds each source file under the name given below (the blob at the commit named
# in PROVENANCE.md: `git show COMMIT:PATH > SRC/NAME`). Gold comes from each source's own structure (Markdown heading
# levels and numbering; for the plain-text minutes, its title lines), written before the reader was run on any of them.
set -e
cd "$(dirname "$0")/.."
S=${1:?usage: f87_tools/rebuild.sh SRC}
T=$(mktemp -d)
M="python3 f87_tools/make_md_doc.py"
F="python3 f87_tools/fix.py"

# 01 MashiroMing/alpha_scattering 教学设计.md (SRC/mashiro_jiaoxuesheji.md): a chemistry lesson design (教学设计简案)
# for an after-class activity simulating Rutherford scattering. Gold: '##' parts (emoji kept in the title) depth 1,
# '###' depth 2 ('1. 知识与技能', '环节1：导入（5分钟）', unnumbered '教师准备'); bold labels (教师活动：) are not headings.
$M $S/mashiro_jiaoxuesheji.md f87_01_jiaoxuesheji_yuanzi_jiegou heldout --levels 2,3 --fresh

# 02 yunq0727/International-Business 课程大纲.md (SRC/kecheng_dagang.md): a course syllabus, '## 1.'-'## 4.' depth 1,
# '### 具体目标' depth 2; the 1）2）3） objectives are items.
$M $S/kecheng_dagang.md f87_02_kecheng_dagang_guoji_shangwu heldout --levels 2,3 --fresh

# 03 dongzq0624/dongzq0624.github.io 讲义.md (SRC/jiangyi.md): a front-end course's lecture notes. Gold from its
# mark-up: '##' depth 1, '### stylelint' depth 2, the second '# 前端编码规范工程化' (the third lecture, repeating the
# title) depth 1. The plain lines 第一节课/第三节课/第四节课 carry no mark-up and are not headings; '## 第二节课' is one
# (marker '' — '第二节' is not its number, 课 its title).
$M $S/jiangyi.md f87_03_kecheng_jiangyi_qianduan_guifan heldout --levels 1,2,3 --fresh
$F f87_03_kecheng_jiangyi_qianduan_guifan '{"set": {"14": {"depth": 1}, "27": {"depth": 1}, "62": {"depth": 1, "marker": "", "title": "第二节课"}, "69": {"depth": 2}, "84": {"depth": 1}}}'

# 04 holacracyone/Holacracy-Constitution-5.0-CHINESE 常见问题解答.md (SRC/hola_faq.md): four '####' questions and their
# answers, no title line (file name put first). Gold: the four questions depth 1.
python3 f87_tools/md_prepend_title.py $S/hola_faq.md $T/hola_faq.md 常见问题解答
$M $T/hola_faq.md f87_04_faq_holacracy_xianfa heldout --levels 4 --fresh

# 05 the same repository's Holacracy-宪法.md (SRC/hola_xianfa.md): the Chinese translation of an organisation's
# constitution (rules). Gold: '##' 前言 and the five articles ('第一条：组织结构' … '第五条：治理流程', one written
# '第2章：协作规则') depth 1, marker 第一条/第2章, title without the colon; '### 1.1' depth 2, '#### 1.2.1' depth 3.
# The (a)/(b) clauses in lists are not headings.
$M $S/hola_xianfa.md f87_05_zhangcheng_holacracy_xianfa heldout --levels 2,3,4 --fresh
$F f87_05_zhangcheng_holacracy_xianfa '{"set": {"13": {"title": "组织结构"}, "130": {"title": "协作规则"}, "171": {"title": "战术会议"}, "195": {"title": "分权"}, "260": {"title": "治理流程"}}}'

# 06 youth-cloud/school_project_manager 计划书.md (SRC/jihuashu.md): a training-platform project plan, '## 一、'…'十六、'
# depth 1, '### 1.1'…'### 13.4' depth 2 (table names in backticks kept as text).
$M $S/jihuashu.md f87_06_jihuashu_shixun_pingtai heldout --levels 2,3 --fresh

# 07 2861197084/-ETC- 实施方案.md (SRC/etc_shishifangan.md): a team's implementation plan and division of work,
# '## 1.'-'## 3.' depth 1, '### 2.1'-'### 2.7' depth 2; the bold labels (最终需要实现的内容/可验收交付物) and the bold
# numbered list items ('1. 数据生成与扩充') under them are not headings (list mark-up, not heading mark-up).
$M $S/etc_shishifangan.md f87_07_shishifangan_etc_fengong heldout --levels 2,3 --fresh

# 08 CloudLinzl/opt_final 计划书.md (SRC/cloudlinzl_jihuashu.md): a course project proposal (path planning for a maze
# robot), '## 一、'…'十、' depth 1, '### 4.1'… depth 2; members are named 成员 A–D only.
$M $S/cloudlinzl_jihuashu.md f87_08_jihuashu_migong_jiqiren heldout --levels 2,3 --fresh

# 09 KAMIENDER/SQLwork 计划书.md (SRC/kamiender_jihuashu.md): a short project plan, '## 后端服务'/'## 前端界面' depth 1;
# the '1. 用户系统'/'2. 交易系统' list items under them are items.
$M $S/kamiender_jihuashu.md f87_09_jihuashu_xianyu_pingtai heldout --levels 2 --fresh

# 10 5tiao5/mamba-thinking docs/会议记录.md (SRC/mamba_huiyi.md): a student team's minutes of seven meetings, '## 1.
# 会议一：…' depth 1 (marker '1.'), '### 讨论内容/决策/后续行动' depth 2; 时间：/参与角色： lines are fields.
$M $S/mamba_huiyi.md f87_10_huiyijilu_keyan_zhushou heldout --levels 2,3 --fresh

# 11 MartinGaoC/web_study 周例会.md (SRC/zhoulihui.md): a weekly meeting report, no title line (file name put first).
# Gold: the two numbered parts '1.上周工作总结：' and '2.本周工作计划：' (plain lines) depth 1, marker '1.'/'2.', title
# without the colon; the '####' work groups under the first depth 2.
python3 f87_tools/md_prepend_title.py $S/zhoulihui.md $T/zhoulihui.md 周例会
$M $T/zhoulihui.md f87_11_huiyijilu_zhoulihui_qianduan heldout --levels 4 --fresh
$F f87_11_huiyijilu_zhoulihui_qianduan '{"set": {"4": {"depth": 2}, "7": {"depth": 2}, "12": {"depth": 2}, "16": {"depth": 2}, "20": {"depth": 2}, "30": {"depth": 2}, "34": {"depth": 2}}, "add": [[3, 1, "1.", "上周工作总结"], [37, 1, "2.", "本周工作计划"]]}'

# 12 xy114/skillcreate 会议纪要.txt (SRC/xy114_huiyi.txt): minutes exported from a meeting-notes tool, plain text, line
# 1 the template's name 通用会议 (kept as the title). Gold by hand from its layout: the topic lines that open a run of
# sections (跨境电商运营流程与智能体应用探讨, 智能体（悟空）对接可行性讨论) and 待办事项/会议分析 depth 1; the section lines
# followed by a blank line and their points depth 2. Speakers are anonymous (发言人1/2).
python3 -c "import sys; t=open(sys.argv[1],encoding='utf-8-sig').read(); open(sys.argv[2],'w',encoding='utf-8').write(t.rstrip('\n')+'\n')" $S/xy114_huiyi.txt docs/f87_12_huiyijiyao_kuajing_dianshang.txt
python3 -c "
import sys; sys.path.insert(0, 'f87_tools'); import gold
gold.write('f87_12_huiyijiyao_kuajing_dianshang.txt', '通用会议', [(2, 1), (3, 2), (7, 2), (12, 2), (18, 2), (23, 1), (24, 2), (28, 2), (33, 2), (38, 1), (42, 1)])"

# 13 sunface/codecc 加入我们.md (SRC/jiaru.md): a translation group's call for members (加入我们), '##' parts depth 1.
$M $S/jiaru.md f87_13_zhaopin_fanyizu_rustt heldout --levels 2 --fresh

# 14 limingfree/common 招聘信息.md (SRC/zhaopin.md): a small software company's job page, '# 一、公司信息' … '# 三、招聘
# 职位' depth 1, the six '## A1. 区域销售 …' jobs depth 2 with their code as marker ('A1.'; salary kept in the title);
# 主要职责：/任职要求： labels are not headings.
$M $S/zhaopin.md f87_14_zhaopin_ruanjian_gongsi heldout --levels 1,2 --fresh
python3 - <<'PY'
import json
p = 'gold/f87_14_zhaopin_ruanjian_gongsi.json'
g = json.load(open(p, encoding='utf-8'))
for h in g['headings']:
    if h['depth'] == 2:
        code, rest = h['title'].split(' ', 1)
        h['marker'], h['title'] = code, rest.strip()
open(p, 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=0) + '\n')
PY

# 15 SSRosin/llm_101 招聘信息.md (SRC/ssrosin_zhaopin.md): two campus job postings copied from the companies' sites,
# '# 哔哩哔哩' and '# 华为' (no title line of its own: file name put first). Gold: the two company headings depth 1; the
# job lines (a '>' quote) and the copied page labels (部门介绍, 职位亮点, 岗位职责 …) carry no heading mark-up and are
# not headings.
python3 f87_tools/md_prepend_title.py $S/ssrosin_zhaopin.md $T/ssrosin.md 招聘信息
$M $T/ssrosin.md f87_15_zhaopin_xiaozhao_ai heldout --levels 1 --fresh

rm -rf $T
python3 f87_tools/check_gold.py | grep f87_
