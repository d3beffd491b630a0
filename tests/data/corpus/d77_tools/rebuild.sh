#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 77
set -e
cd "$(dirname "$0")/.."

# d77_01: course design report (课程设计报告, Word) "基于WEB的疫情期间社区出入管理系统的设计与实现", shine-repo/cs-reports.
# docx_paras.py, one Word paragraph a line. Gold from its own numbering: 一、 chapters depth 1, 2.1 depth 2, 3.2.1 depth 3
# (the misnumbered 4.1.1-4.1.3 under 4.3 are depth 3 children of 4.3, as their three parts say); the unnumbered
# 参考文献 at the end is a depth-1 title. Not headings: 摘要/关键词 run-in labels, "用况：登录" use-case labels,
# the table labels 用户界面需求/软件环境需求 (each names the table that follows), （1）-（3） relation schemas, figure captions.
python3 tools/docx_paras.py "src/shine-repo_cs-reports_基于WEB的疫情期间社区出入管理系统的设计与实现.docx" docs/d77_01_shejibaogao_shequ_churu_guanli.txt
python3 -c "
import sys; sys.path.insert(0,'tools'); from gold import write; from num_spec import spec
t='docs/d77_01_shejibaogao_shequ_churu_guanli.txt'
write('d77_01_shejibaogao_shequ_churu_guanli.txt', open(t,encoding='utf-8').readline().strip(), spec(t, extra={356:1}))"

# d77_02: lab tutorial / report (计算机网络实验 2, wireshark) in Markdown, CrazyGriferman/HDU-Computer-Networking-Lab.
# make_md_doc.py: the opening '#' line is the title; the author's '#' sections depth 1, '##' depth 2, '###' depth 3
# (--levels 1,2,3, depth by level). Figure captions ('> 图 1 …') and images are not headings.
python3 tools/make_md_doc.py src/CrazyGriferman_HDU-Computer-Networking-Lab_computer-networking-lab-2.md d77_02_jiaocheng_wireshark_shiyan dev --levels 1,2,3

# d77_03: graduation-project proposal form (开题报告书, Word), 0xcaffebabe/graduate-design. docx_paras.py.
# Gold: the form's section titles. The first, 选题的背景与意义：, is numbered 一、 by Word auto-numbering, which the
# text does not carry (marker ''); 二、 三、 四、 are typed. Under 三、 the label lines 研究方法：/设计方案：/预期进度： are
# depth-2 sub-titles (each stands alone on its line over its own text). The closing 指导教师审核意见（…）： box is a
# depth-1 form section. Not headings: the cover table cells (学生姓名, 学 号 …, lines 2-21), reference entries, the 注： footnote.
python3 tools/docx_paras.py src/0xcaffebabe_graduate-design_开题报告.docx docs/d77_03_kaitibaogao_waimai_pingtai.txt
python3 -c "
import sys; sys.path.insert(0,'tools'); from gold import write
write('d77_03_kaitibaogao_waimai_pingtai.txt', '泉州师范学院本科毕业论文（设计）开题报告书',
      [[22,1],[26,1],[28,1],[29,2],[34,2],[36,2],[38,1],[55,1,'指导教师审核意见（研究意义、创新点、前期准备工作、存在的难点和困难、建议等）']])"

# d77_04: software requirements specification (软件需求规格说明文档, Markdown), legen618/Documents.
# make_md_doc.py --levels 2,3,4,5 --depth number: depth by the parts of each heading's own number (1. → 1, 1.1 → 2,
# 3.2.1 → 3, 3.2.1.1 → 4); '### 4 附录' is marked up one level too deep but numbered 4 like the other chapters, so
# the number decides (depth 1). Unnumbered ## 更新历史 is depth 1. '## iCountry平台' is skipped: it is the product
# name printed as a subtitle right under the title, with no text of its own. '## 0. 目录' (over a [TOC] marker) is
# kept: it is a numbered section of the source. An empty '####' line is no heading.
python3 tools/make_md_doc.py src/legen618_Documents_需求规格说明文档.md d77_04_jishuwendang_xuqiu_guige dev --levels 2,3,4,5 --depth number --skip '^iCountry平台$'

# d77_05: reading notes (读书笔记, Markdown) on several books (乌合之众, 雾锁中国, 娱乐至死 …), su-ron/Reading-Notes.
# The file has no title line: md_prepend_title.py gives it its file name 读书笔记 as line 1 (src/ unchanged).
# Gold: the author's '#' (one book each) depth 1, '##' depth 2, '###' depth 3. Added (add_heads.py) the stand-alone
# bold lines that are evidently sub-titles at depth 3: the numbered 1．-5． under ## 1.4 and 1. under ## 1.5 (each
# repeats an item of the 提要 above it and heads its own excerpts), the bold 误解之一/二/四, 愿“冰点事件”…, 观察中国…,
# 五、中国当局… under ## 前言 of 雾锁中国, and the bold 四、/五、 under ## 第二章, which continue that chapter's '###'
# 一、 二、 series. '### 1978 年…' keeps marker '' (1978 is a year, not a number); '## 第一篇' (no title) gets title
# 第一篇. Not headings: 提要： labels, bold emphasis sentences, the bold 弗洛伊德心理学 topic word (no section follows),
# quotation attributions (——…), the fenced quotation under 第一章 媒介即隐喻.
python3 tools/md_prepend_title.py src/su-ron_Reading-Notes_读书笔记.md /tmp/d77_05.md 读书笔记
python3 tools/make_md_doc.py /tmp/d77_05.md d77_05_dushubiji_wuhezhizhong dev --levels 1,2,3
python3 tools/add_heads.py gold/d77_05_dushubiji_wuhezhizhong.json 87:3 95:3 105:3 111:3 117:3 131:3 145:3 149:3 151:3 155:3 163:3 171:3 227:3 231:3
python3 tools/set_head.py gold/d77_05_dushubiji_wuhezhizhong.json 181 marker= 'title=1978 年中国“改革开放”以来的媒体管制'
python3 tools/set_head.py gold/d77_05_dushubiji_wuhezhizhong.json 252 title=第一篇

# d77_06: competition design report (设计报告, Word) for a restaurant wireless call system, Pony-John/STC89C52-Restaurant-
# Service-Call-System. docx_paras.py. Gold from the report's own numbering: chapters depth 1 (第二章、 第三章、 typed;
# chapter 1 '方案比较、设计与论证' and chapters 4/5 '、电路图…', '、测试方法…' lost their Word auto-numbers, so marker ''
# and, for 4/5, the title without the stray '、'), 1.1 depth 2, 1.1.1 depth 3; 摘 要, 参考文献, 附录 depth 1 and
# 附录一-四 depth 2. Not headings: the cover's one-character lines 设/计/报/告, the 目 录 block (lines 7-52, its
# entries with dot leaders and page numbers), labels 设计要求：/预期目标：/设计可行性：, （1）… list items, table cells,
# figure captions (图2-1 …), program code.
python3 tools/docx_paras.py src/Pony-John_STC89C52-Restaurant-Service-Call-System_设计报告.docx docs/d77_06_shejibaogao_canting_huju.txt
python3 -c "
import sys; sys.path.insert(0,'tools'); from gold import write; from num_spec import spec
t='docs/d77_06_shejibaogao_canting_huju.txt'
s=spec(t, start=53, extra={53:1,56:1,82:1,205:1,470:1,472:1,503:1,510:1,511:2,513:2,515:2,517:2})
write('d77_06_shejibaogao_canting_huju.txt', '餐厅无线呼叫系统', s)"
python3 tools/set_head.py gold/d77_06_shejibaogao_canting_huju.json 470 marker= title=电路图及有关设计文件
python3 tools/set_head.py gold/d77_06_shejibaogao_canting_huju.json 472 marker= title=测试方法与仪器，测试数据及测试结果分析
python3 tools/set_head.py gold/d77_06_shejibaogao_canting_huju.json 82 marker=第二章、 title=理论分析与计算
python3 tools/set_head.py gold/d77_06_shejibaogao_canting_huju.json 205 marker=第三章、 title=软件设计及流程图

# d77_07: lecture notes (高等数学讲义(上), first part: 集合与映射 … 连续函数, Markdown/VLOOK), Advanced-Higher-Mathematics/2024-A.
# make_md_doc.py --levels 1,2,3: the front-matter title is line 1; '#' chapters depth 1, '##' depth 2, '###' depth 3.
# The VLOOK theme numbers h1/h3 only when rendered (vlook-chp-autonum), so the text — and the gold — carries no
# numbers (marker ''). Not headings: the '回到主页面' link line, bold terms opening callouts (> **数列**…, > **证明** …,
# > **维尔斯特拉斯 (Weierstrass) 极值定理…**: theorem labels inside callout boxes), [!TIP] markers, formulas.
python3 tools/make_md_doc.py src/Advanced-Higher-Mathematics_2024-A_chapter1.md d77_07_jiangyi_gaoshu_jihe_jixian dev --levels 1,2,3

# d77_08: a student's reflections on a MOOC (心得体会 on "Learning How to Learn", Markdown; Chinese text, English
# 小标题), zhangruiouc/learning-how-to-learn. make_md_doc.py --levels 2,3: the opening '# learning-how-to-learn' is
# the title; '##' depth 1, '###' depth 2. The closing '# what I have got from learning how to learn' is an h1 (a
# part above the '##' sections) and is added at depth 1, the top of the outline. Not headings: numbered bold
# labels opening list items (1. **Practice and Repetition** …), bullet items, '>' notes.
python3 tools/make_md_doc.py src/zhangruiouc_learning-how-to-learn_心得体会.md d77_08_xinde_xuexi_fangfa dev --levels 2,3
python3 tools/add_heads.py gold/d77_08_xinde_xuexi_fangfa.json 78:1

# d77_09: reading notes (读书笔记, Word) on the management book 《第一次当主管》, csusuntao/work. docx_paras.py (the
# notes' bullets are Word list numbering, so the text shows bare sentences). Gold from the Word mark-up (docx_spec.py):
# the Heading-2 paragraphs 第一章：… 第七章：… depth 1; the author's bold stand-alone 小标题 (not list items) depth 2.
# Not headings: the noted sentences (list paragraphs), the plain label 扩展阅读：. tidy_titles.py drops the '：' after 第X章.
python3 tools/docx_paras.py src/csusuntao_work_读书笔记.docx docs/d77_09_dushubiji_diyici_dang_zhuguan.txt
python3 -c "
import sys, json, subprocess; sys.path.insert(0,'tools'); from gold import write
s=json.loads(subprocess.run(['python3','tools/docx_spec.py','src/csusuntao_work_读书笔记.docx','2=1','--bold','2'],capture_output=True,text=True,check=True).stdout)
write('d77_09_dushubiji_diyici_dang_zhuguan.txt', '《第一次当主管》', s)" > /dev/null
python3 tools/tidy_titles.py gold/d77_09_dushubiji_diyici_dang_zhuguan.json

# d77_10: company rules (Word) holding two documents: 考勤管理制度 (2018 revision, 第X章/第N条) and, after its signatures,
# 员工违纪处理办法 (一、… with decimal-numbered parts); wangqiang1112/pluginCode. docx_paras.py.
# Gold, part 1: 第X章 depth 1 (the misnumbered second '第二章加班与值班管理' kept as written), every 第N条 depth 2 with
# its label as title (as the corpus's law golds do). Part 2: its title 员工违纪处理办法 depth 1 (a second document
# in the file), 一、-五、 depth 2 (四、 is a run-in provision but one of the five parts), the titled categories
# 1 服务不及时 … 6 恶意行为 depth 3 and their x.1 定义 / x.2 处理 depth 4. Not headings: 【2018（01）】修订稿, list items
# 1、/（一）/1.1.4/9.1/10.1 …, the untitled sentence provisions 7-11 under 二、 and 1-5 under 三、, signatures and dates.
python3 tools/docx_paras.py src/wangqiang1112_pluginCode_制度.docx docs/d77_10_zhidu_kaoqin_guanli.txt
python3 - <<'PY'
import re, sys; sys.path.insert(0, 'tools'); from gold import write
t = 'docs/d77_10_zhidu_kaoqin_guanli.txt'
L = open(t, encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L[:138], 1):
    s = l.strip(' \u3000\xa0')
    if re.match(r'^第[一二三四五六七八九十]+章', s): spec.append([i, 1])
    elif re.match(r'^第\d+条', s): spec.append([i, 2])
part2 = {139: 1, 141: 2, 143: 2, 238: 2, 244: 2, 245: 2}
for i, l in enumerate(L[139:], 140):
    s = l.strip(' \u3000\xa0')
    m = re.match(r'^([1-6])[\s\xa0]+(\S.*)$', s)
    if m and i < 222: spec.append([i, 3, m.group(2).strip(' \xa0'), m.group(1)])
    elif re.match(r'^[1-6]\.[12][\s\xa0]+(定义|处理)', s): part2[i] = 4
spec += [list(x) for x in sorted(part2.items())]
write('d77_10_zhidu_kaoqin_guanli.txt', '考勤管理制度', sorted(spec, key=lambda x: x[0]))
PY

# d77_11: company rules (优克联集团考勤管理制度, Word), 805728578/daily_note (the file was deleted later; taken from
# commit 68972ce). docx_paras.py. The section numbers are Word heading auto-numbers, absent from the text (markers '').
# Gold from the Word mark-up (docx_spec.py): 'heading 2' paragraphs depth 1, 'heading 3' depth 2; added depth 3: the
# bold list items naming the leave types under 假期类别 (调休 … 丧事假, each over its own rules) and the three
# attendance types under 考勤类别 (弹性工作制：, 轮班制, 免打卡制 — plain stand-alone lines, parallel to each other,
# each over its own rules). Not headings: 1）/2） labelled items, 1、… rules, the bold table titles 各类假期每次可申请的
# 最小休假单位 / 相关请假证明材料要求 (each names the table below it), table cells (病假 … in the tables).
python3 tools/docx_paras.py src/805728578_daily_note_制度.docx docs/d77_11_zhidu_youkelian_kaoqin.txt
python3 -c "
import sys, json, subprocess; sys.path.insert(0,'tools'); from gold import write
s=json.loads(subprocess.run(['python3','tools/docx_spec.py','src/805728578_daily_note_制度.docx','2=1,3=2'],capture_output=True,text=True,check=True).stdout)
s+= [[n,3] for n in (7,19,22,37,41,44,53,55,68,70,72,74)]
write('d77_11_zhidu_youkelian_kaoqin.txt', '优克联集团考勤管理制度', sorted(s))"
