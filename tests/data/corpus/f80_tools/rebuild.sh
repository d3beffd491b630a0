#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 80
set -e
cd "$(dirname "$0")/.."

# f80_01: fitFan/MyNote 会议记录.md (a company developer's own meeting records for a customs/emergency-report platform,
# 2025, Markdown, no title of its own: the file name is line 1). Gold: the six '## <date> - <meeting>' headings, depth 1
# (one per meeting). Their leading date is not numbering: marker '' and the whole line as title (unmark_dates.py).
# The in-body labels '月报部分：' / '看板部分：' and the names of the people given tasks ('清梅', '青杰') are plain
# paragraphs the author did not mark as headings; numbered items (1、…15、) are action points, not headings.
bash tools/md_with_title.sh src/fitFan_MyNote_会议记录.md 会议记录 f80_01_huiyijilu_yingjitongbao --levels 2 >/dev/null
python3 tools/unmark_dates.py gold/f80_01_huiyijilu_yingjitongbao.json

# f80_02: deng-xp/my_BP_project 工作总结.docx (an intern's/student's work summary on learning Git and UE4 Blueprints,
# Word). It opens straight with '一、已完成工作', so docx_with_title.sh puts the file name 工作总结 as line 1. Gold:
# 一、二、三、 depth 1; the '1. 配置Git…' / '1. Git无法上传大文件' items under 一、 and 二、, each with its own body
# text, depth 2. The two '1./2.' lines under 三、下阶段安排 are a bare to-do list (no body): not headings. '参考内容：',
# '已完成内容：' and the （1）… lines are list labels and items, not headings.
bash tools/docx_with_title.sh src/deng-xp_my_BP_project_工作总结.docx docs/f80_02_gongzuozongjie_lantuxiangmu.txt 工作总结
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f80_02_gongzuozongjie_lantuxiangmu.txt', '工作总结', [[3,1],[4,2],[9,2],[12,2],[16,2],[24,1],[25,2],[31,2],[33,1]])" >/dev/null

# f80_03: legend666/DataMaskingProject 工作总结.docx (an intern's work summary of a data-masking project: address data
# crawling and loading, sensitive-data detection, metadata access; Word, unnumbered headings). It has no title
# paragraph, so docx_with_title.sh puts the file name 工作总结 as line 1. Gold from the Word heading styles, read as
# the author evidently meant them: the three parts '地址数据获取，入库' (styled Heading 2, as the first paragraph),
# '数据脱敏' and '元数据获取' (Heading 1) are depth 1; their sub-parts (Heading 3 under the first, Heading 2 under
# 数据脱敏) depth 2. 'Address_model库' (unstyled), the List Paragraph lines and the test-data line are body text.
bash tools/docx_with_title.sh src/legend666_DataMaskingProject_工作总结.docx docs/f80_03_gongzuozongjie_shujutuomin.txt 工作总结
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f80_03_gongzuozongjie_shujutuomin.txt', '工作总结', [[3,1],[4,2],[7,2],[15,2],[18,2],[20,2],[25,1],[27,2],[34,2],[38,1]])" >/dev/null

# f80_04: lib-pku/libpku 通选课/A/地震概论/地震概论复习要点.docx (a PKU student's review notes for the general course
# 地震概论, Word; one paragraph a line with docx_paras.py, line 1 its title). Gold: '绪论' and 第一章…第十一章 depth 1
# (第五章 has no title of its own: marker only); the 一、二、… parts under 绪论, 第四章 and 第七章 depth 2. The 1、2、…
# knowledge points (sentences, up to 29、) and （1） items are list items, not headings; '地震波频谱' (line 126) is the
# last of the criteria listed under 29、 (鉴别地下核爆与天然地震), not a heading.
python3 tools/docx_paras.py src/lib-pku_libpku_地震概论复习要点.docx docs/f80_04_fuxiyaodian_dizhengailun.txt >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f80_04_fuxiyaodian_dizhengailun.txt', '地震概论复习要点', [[2,1],[3,2],[11,2],[15,2],[35,1],[46,1],[60,1],[68,1],[69,2],[85,2],[104,2],[115,2],[128,1],[131,1],[136,1],[137,2],[157,2],[166,1],[209,1],[221,1],[245,1]])" >/dev/null

# f80_05: lazyparser/survivial-manual-for-interns rules.rst (工作守则速查: the working rules of a lab team at ISCAS/PLCT
# for interns and staff, reStructuredText, 2020). The text is kept as written (txt_with_title.py, RST over/underlines
# stay); line 1 is its title 工作守则速查, put before the overlined title block. Gold: the ten '原则 NN <rule>' section
# titles (RST '=' underlined), depth 1, marker '原则 NN' (the rule's number as written), title the rule. The bold
# '例子1: …' labels inside 原则 10, the numbered 1./2. lines and code blocks are body text.
python3 tools/txt_with_title.py src/lazyparser_survivial-manual-for-interns_rules.rst docs/f80_05_gongzuoshouze_shixisheng.txt 工作守则速查
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
L = open('docs/f80_05_gongzuoshouze_shixisheng.txt', encoding='utf-8').read().split('\n')
spec = [[i, 1, L[i-1][6:].strip(), L[i-1][:5]] for i in (21, 26, 32, 40, 45, 50, 72, 96, 109, 116)]
gold.write('f80_05_gongzuoshouze_shixisheng.txt', '工作守则速查', spec)" >/dev/null

# f80_06: default1406/PhyLab Docs/PhyLab2.0/Alpha/物理实验Python脚本编写规范(光学部分).md (a student team's coding
# standard for the Python scripts of a physics-lab report site, BUAA software-engineering course, 2017; Markdown
# written as '##一、\t概述##' with closed ATX headings and tabs). Title from its '#' line. Gold from the ## / ### /
# #### / ##### levels, which follow the numbering 一、 > 1. > 1) > a): depth 1-4. The unnumbered '####程序头部注释：####',
# '####函数注释：####', '####全局变量注释：####' are depth 3 under 5. 注释要求, with the 1) 2) 3) under the first at depth 4.
# The '1)'/'a)' numbers are split into the marker and trailing colons dropped (paren_marker.py). Bullets are body.
python3 tools/make_md_doc.py "src/default1406_PhyLab_物理实验Python脚本编写规范(光学部分).md" f80_06_guifan_jiaobenbianxie heldout --fresh --levels 2,3,4,5 >/dev/null
python3 tools/paren_marker.py gold/f80_06_guifan_jiaobenbianxie.json

# f80_07: alibaba/DataX ftpreader/doc/ftpreader.md (the Chinese user documentation of DataX's FTP reader plugin,
# written by Alibaba's developers, Markdown). Title from its '#' line. Gold from the ## / ### levels with their
# decimal numbers ('1 快速介绍' … '6 FAQ' depth 1, '3.1 配置样例' … '3.3 类型转换' depth 2). The parameter entries of
# 3.2 ('* **host**' bullets with 描述/必选/默认值 lines), numbered feature lists and the JSON sample are not headings.
python3 tools/make_md_doc.py src/alibaba_DataX_ftpreader.md f80_07_jishuwendang_datax_ftpreader heldout --fresh --levels 2,3 >/dev/null

# f80_08: didi/LogiKM docs/dev_guide/页面无数据排查手册.md (KnowStreaming's troubleshooting manual for pages without data,
# written by Didi's developers, Markdown). Title from its '#' line (the logo image before it is dropped). Gold from the
# ## / ### / #### levels, numbered 1、 > 1.1、 > 3.1.1、: depth 1-3; the 、 after a decimal number stays in the marker
# (dun_marker.py). The linked table of contents at the top (a bullet list repeating the headings) is not a heading;
# code blocks and their '# …' comment lines are body.
python3 tools/make_md_doc.py src/didi_LogiKM_页面无数据排查手册.md f80_08_paichashouce_yemianwushuju heldout --fresh --levels 2,3,4 >/dev/null
python3 tools/dun_marker.py gold/f80_08_paichashouce_yemianwushuju.json

# f80_09: SwiftOldDriver/iOS-Weekly Posts/让面试官来告诉你，哪类 iOS 开发更容易被青睐？.md (a feature article of the
# 老司机技术周报 newsletter, 2019: six iOS interviewers each answer which candidates they favour, then a summary and a referral note;
# Markdown). Title from its '#' line. Gold: the eight ## 小标题 (one per interviewer's nickname, 总结, 内推), depth 1,
# marker ''. The numbered 1. 2. … points under each are the interviewers' answers (sentences): not headings; the
# one-line introductions of each interviewer are body text.
python3 tools/make_md_doc.py "src/SwiftOldDriver_iOS-Weekly_让面试官来告诉你，哪类 iOS 开发更容易被青睐？.md" f80_09_xinwentegao_mianshiguan heldout --fresh --levels 2 >/dev/null

# f80_10: YimingLucnjs/vue-ele-env 会议纪要.docx (a front-end developer's notes for a requirements meeting on a
# radiation-source monitoring web system: the open questions page by page, 2019, Word). It has no title paragraph
# (it opens with the stray line '页面缓存机制'), so docx_with_title.sh puts the file name 会议纪要 as line 1. Gold: the
# nine parts '一 信息舱' … '九 地图' (a Chinese numeral and a space, no 、), depth 1, marker the numeral as written, title
# the page's name. '页面缓存机制' (line 3) stands alone before 一 with nothing under it: a topic note, not a heading.
# The question lines under each part are body text.
bash tools/docx_with_title.sh src/YimingLucnjs_vue-ele-env_会议纪要.docx docs/f80_10_huiyijiyao_xuqiuqueren.txt 会议纪要
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
L = open('docs/f80_10_huiyijiyao_xuqiuqueren.txt', encoding='utf-8').read().split('\n')
spec = [[i, 1, L[i-1].split(' ', 1)[1].strip(), L[i-1].split(' ', 1)[0]] for i in (4, 11, 14, 19, 23, 26, 30, 32, 36)]
gold.write('f80_10_huiyijiyao_xuqiuqueren.txt', '会议纪要', spec)" >/dev/null

# f80_11: lib-pku/libpku 专业课/中国哲学（下）/中国哲学（下）复习纲要.pdf (a PKU student's LaTeX-typeset review outline of
# the course 中国哲学（下）, after 《宋明理学十五讲》; PDF via pdf_layout.py, line 1 its title with the footnote star).
# Gold: the body's numbered headings after the table of contents (lines 8-95, page-numbered dot leaders: not
# headings): '1 第一讲、…' … '15 第十五讲、…' depth 1 and '1.1 一、…' depth 2. The LaTeX number is the marker and the
# rest (第一讲、… / 一、…, the author's own numbering) the title. The same notes also exist as a .docx in the
# repository; only this PDF is taken. Page numbers and the footnote are not headings.
python3 tools/pdf_layout.py "src/lib-pku_libpku_中国哲学（下）复习纲要.pdf" docs/f80_11_fuxigangyao_zhongguozhexue.txt >/dev/null
python3 -c "
import sys, re; sys.path.insert(0, 'tools'); import gold
L = open('docs/f80_11_fuxigangyao_zhongguozhexue.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    m = re.match(r'^\s*(\d+(?:\.\d+)?)\s+(第.+讲.*|[一二三四五六七八九十]+、.*)$', l)
    if i > 100 and m and '. . .' not in l:
        spec.append([i, m.group(1).count('.') + 1, m.group(2).strip(), m.group(1)])
gold.write('f80_11_fuxigangyao_zhongguozhexue.txt', L[0].strip(), spec)" >/dev/null
