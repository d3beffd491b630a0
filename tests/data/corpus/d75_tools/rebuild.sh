#!/bin/bash
# Rebuild docs/ and gold/ of dev set 75 from src/ (run from anywhere).
set -e
cd /work/dev75
T=$(mktemp -d)

# d75_01 — 科创工坊社团《新人养成计划》(MJ-Zeng/Code-Wiki docs/tec-lab/2-新人养成计划.md), a student club's
# training plan (plan genre). The page has no title line of its own: the title "新人养成计划" is its sidebar label
# (docs/tec-lab/_sidebar.md "2.新人养成计划"), prepended with md_prepend_title.py. Gold from the source's own
# Markdown levels: "## 一. 试用期" … "## 四. 备注" depth 1 (marker '一.' etc. as written, ASCII full stop), the
# "### 1.1 …" decimal sections depth 2. "### 1.3 、入职周技能训练" keeps marker 1.3, title without the stray "、".
# Not headings: the bold numbered list items under 1.2/1.3 (欢迎会, 打字测试 …: list entries with 内容/目的 sub-bullets,
# the author did not mark them as headings), the 考核 table, the "时间：2025-2-26" date line.
python3 tools/md_prepend_title.py src/MJ-Zeng_Code-Wiki_2-新人养成计划.md $T/d75_01.md "新人养成计划"
python3 tools/make_md_doc.py $T/d75_01.md d75_01_jihua_xinren_yangcheng dev --levels 2,3
python3 - <<'PY'
import sys; sys.path.insert(0, '/work/dev75/tools')
from gold import write
write('d75_01_jihua_xinren_yangcheng.txt', '新人养成计划', [
 [5, 1, '试用期', '一.'], [6, 2], [9, 2], [23, 2, '入职周技能训练', '1.3'], [39, 2], [49, 2],
 [54, 1, '技能培训', '二.'], [55, 2], [60, 2], [79, 2], [83, 2],
 [87, 1, '结营', '三.'], [92, 1, '备注', '四.']])
PY

# d75_02 — 科创工坊社团《社团管理》(MJ-Zeng/Code-Wiki docs/tec-lab/1-社团管理.md), the club's rules (rules/notice
# genre). Title "社团管理" from the sidebar label "1.社团管理" (prepended). Gold from the Markdown levels: the six
# "## 一.基本原则" … "## 六.请假管理" parts depth 1 (marker '一.' … '六.'); their "###" sub-sections depth 2. Under
# "三.人员招募管理" the author used "####" (skipping ###) for 需求分析 … 录用决策: they are that part's sub-sections,
# so depth 2 too. "### 二. 换届流程" (under 五, mis-numbered by the author) is kept as written: marker '二.', depth 2.
# "### 1. 特殊假期" … "### 4.请假模板" markers '1.' '2.' '3' '4.' as written. Not headings: bold labels (职责, 备注),
# the bold numbered list items (换届通知, 事假 …), the leave-note template lines.
python3 tools/md_prepend_title.py src/MJ-Zeng_Code-Wiki_1-社团管理.md $T/d75_02.md "社团管理"
python3 tools/make_md_doc.py $T/d75_02.md d75_02_guiding_shetuan_guanli dev --levels 2,3,4
python3 - <<'PY'
import sys; sys.path.insert(0, '/work/dev75/tools')
from gold import write
write('d75_02_guiding_shetuan_guanli.txt', '社团管理', [
 [3, 1, '基本原则', '一.'], [4, 2], [8, 2], [12, 2],
 [16, 1, '部门管理', '二.'], [17, 2], [22, 2], [25, 2], [36, 2],
 [40, 1, '人员招募管理', '三.'], [41, 2], [45, 2], [49, 2], [52, 2], [56, 2], [59, 2], [63, 2],
 [67, 1, '培训管理', '四.'], [70, 2], [75, 2], [80, 2], [84, 2],
 [88, 1, '人员换届选取管理', '五.'], [89, 2], [95, 2, '换届流程', '二.'], [117, 2], [125, 2], [129, 2],
 [133, 1, '请假管理', '六.'], [134, 2], [145, 2], [154, 2, '请假注意事项', '3'], [159, 2]])
PY

# d75_03 — 大学生科技创新实验室《实验室招新流程》(HanJiang-cn/Laboratory-doc doc/recruitment-process.md), a lab's
# recruitment notice (notice genre). Title = its own "# 实验室招新流程". Gold straight from make_md_doc.py:
# "##" 总体流程概览 / 各环节详细说明 / 对新生的建议 depth 1, the ten "### 1.📚 线上答疑" … "### 10.🚪 退出机制" steps
# depth 2 (marker '1.' … '10.', title as written with its emoji). Not headings: the one-line tips under 对新生的建议
# (✨ 零基础？没关系！ …: unmarked short lines inside that section), the :::tip box, the ✅/📎 lines.
python3 tools/make_md_doc.py src/HanJiang-cn_Laboratory-doc_recruitment-process.md d75_03_tongzhi_shiyanshi_zhaoxin dev --levels 2,3

# d75_04 — 立项会议记录 of a HUST student team (husterw/Used_Trading_Platform 会议记录.md, 2024-9-24), meeting
# minutes. Title = its own "# 立项会议记录". Gold straight from the Markdown levels: "## 项目选择", "## 项目分析-头脑风暴"
# depth 1, their "###" sub-sections depth 2 (主要技术栈 … 会议图片; 会议图片 keeps its heading though its picture is
# dropped). Not headings: the 参会者/时间地点 bullets, bold list labels (前端/后端).
python3 tools/make_md_doc.py src/husterw_Used_Trading_Platform_会议记录.md d75_04_jiyao_lixiang_huiyi dev --levels 2,3

# d75_05 — weekly progress-meeting records of the 云去向 WeChat mini-program team (IntelligentServiceLab/
# Available-WeChatMiniProgram 会议记录.md, 2023-11 to 2024-01), meeting records. Title = its own "# 会议记录". Each
# meeting is a "### 时间: 2024年1月18日" heading: depth 1, marker '' (a date label, not numbering), newest first as in the
# source. Not headings: the bold 地点/会议主题/会议内容 labels, the item bullets, the "----" rules.
python3 tools/make_md_doc.py src/IntelligentServiceLab_Available-WeChatMiniProgram_会议记录.md d75_05_jilu_xiaochengxu_zhouhui dev --levels 3

# d75_06 — five meeting records of a course project team (Xenorian/mirror_v2 会议记录.md, 2022-10 to 2022-12), meeting
# records. No title line: "会议记录" (the file name) prepended. Gold from the levels: "## 第一次会议记录" … "## 第五次会议记录"
# (the third written "第三次会议录", kept) depth 1, their "### 讨论记录 / 会议详情 / 下一次会议内容" depth 2; markers ''
# ("第一次" is an ordinal in a title, not a 第X章/条 label). Not headings: 时间/参会人员/会议形式 lines, bold bullets.
python3 tools/md_prepend_title.py src/Xenorian_mirror_v2_会议记录.md $T/d75_06.md "会议记录"
python3 tools/make_md_doc.py $T/d75_06.md d75_06_jilu_mirror_xiangmu dev --levels 2,3

# d75_07 — an engineer's 工作总结 after three months in a company's INT group (xiangning17/python-learn 工作总结.md, 2017),
# work summary. Title = its own "# 工作总结". Gold from the levels: "##" 项目相关 / 项目辅助 / 学习过程中编写的两个小轮子 depth 1,
# "###" tools and tasks depth 2, "####" steps depth 3 ('1.' '2.' as written, 使用方式, Argon上的qcn工具的调整). Not
# headings: bold labels (移植过程, QDST签名打包), the shell/python comment lines "# …" inside an indented code sample
# (make_md_doc.py strips their '#', they are not Markdown headings of the author and stay out of the gold).
python3 tools/make_md_doc.py src/xiangning17_python-learn_工作总结.md d75_07_zongjie_int_xiaozu dev --levels 2,3,4

# d75_08 — a front-end developer's monthly work summary "2020.07工作总结-曹超" (cclomin/python 工作总结.md), work summary.
# Title = its own "#" line. Gold: the four "### 手游 / H5 / 产品/小游戏 / 智优" product parts, depth 1. Not headings: the
# task bullets and [x] check items (tasks done, not sections), the back-quoted notes.
python3 tools/make_md_doc.py src/cclomin_python_工作总结.md d75_08_zongjie_yuedu_qianduan dev --levels 3

# d75_09 — a 调研报告 on adding gulp packaging to an Alipay mini-program project (abattoiry/AliAppGulpDemo 调研报告.md,
# 2019), research report. No title line: "调研报告" (the file's own name) prepended. The link list at the top is the
# author's table of contents (not headings). Gold from the levels: "## 调研背景 … 改造流程" depth 1, the three "###"
# sub-sections of 调研成果 depth 2. Not headings: numbered steps, [x] items, the code block.
python3 tools/md_prepend_title.py src/abattoiry_AliAppGulpDemo_调研报告.md $T/d75_09.md "调研报告"
python3 tools/make_md_doc.py $T/d75_09.md d75_09_diaoyan_gulp_xiaochengxu dev --levels 2,3

rm -rf $T
python3 tools/check_gold.py
