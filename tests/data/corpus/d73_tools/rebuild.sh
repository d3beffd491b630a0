#!/bin/bash
# Rebuild docs/ and gold/ of dev set 73 from src/. Run from anywhere.
set -e
cd /work/dev73
T=tools

# d73_01: 11nyzml/Student3 实施方案.docx — a student software team's 实施方案 (implementation plan) for their
# 学生信息管理系统 course project (Word, 2019). docx_paras.py; line 1 '学生信息管理系统' (line 2 '实施方案' is the rest
# of the cover title, not a heading). Gold from the document's own outline, which its 目录 (lines 4-13) spells out:
# 一、/二．/三． at depth 1, （一）…（六） at depth 2. In the body, Word's automatic numbering is lost in the text, so
# （二）…（五） and 三． appear as bare titles ('需求调研确认阶段', …, '系统验收'); they are taken as headings with marker ''
# at the depth the 目录 gives. '系统安装测试及试运行阶段' is written twice in a row (lines 34-35): the first is the heading.
# Depth 3: the stand-alone step titles 1、…5、 under （五） and the two task titles '成立项目组', '前期调研' under （一）.
# Not headings: the 目录 lines, the label '阶段主任务', the （1）…（6） check items (sentences), the acceptance table's cells.
python3 $T/docx_paras.py src/11nyzml_Student3_实施方案.docx docs/d73_01_fangan_xuesheng_xinxi_xitong.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_01_fangan_xuesheng_xinxi_xitong.txt','学生信息管理系统',[[14,1],[17,1,'软件项目实施方案','二．'],[18,2],[21,3],[23,3],[26,2],[28,2],[32,2],[34,2],[37,3],[39,3],[41,3],[44,3],[52,3],[54,2],[56,1]])"

# d73_02: martinhamburger/Venturing-overseas 附件3/1.“悟”阶段思政大课教学指南.docx — a university's (Fudan's) teaching guide
# for the '悟' stage of its 思政大课 (chapter Ⅳ of a larger guide, 2026). docx_paras.py; line 1 is the chapter title.
# Gold: the decimal sections 4.1–4.7 at depth 1; the stand-alone step titles 1.展示交流 … 4.感悟总结 under 4.3 and
# 1. 硬件资源 … 3. 人才资源 under 4.5 at depth 2. Not headings: the numbered items of 4.4 and 4.6 (sentences / run-in
# paragraphs '1.探究式学习法。引导学生…'), the 悟 goals of 4.2, the score table's cells, the reference list.
# The companion '“悟”阶段工作方案.docx' of the same package repeats part of this text and is not taken.
python3 $T/docx_paras.py 'src/martinhamburger_Venturing-overseas_1.“悟”阶段思政大课教学指南.docx' docs/d73_02_fangan_wu_jieduan_jiaoxue_zhinan.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_02_fangan_wu_jieduan_jiaoxue_zhinan.txt','Ⅳ.“悟”阶段思政大课教学指南',[[3,1],[7,1],[13,1],[17,2],[20,2],[31,2],[33,2],[35,1],[61,1],[63,2],[67,2],[72,2],[77,1],[85,1]])"

# d73_03: NewT-Stark/kczl 会议纪要.docx — meeting minutes of a student project team (广西民族大学, 2021): three meetings,
# each a table (会议名称/时间/地点/组员/记录员/会议议题/会议记录) followed by '遇到(的)问题：' and '建议：' lists.
# docx_paras.py. Gold: '第一次会议：' … '第三次会议：' at depth 1; the label lines '遇到问题：'/'遇到的问题：' and '建议：'
# under them at depth 2 (stand-alone titles of the lists that follow). Not headings: the cover lines (project, date, author,
# school, repeated twice), the repeated title '会议纪要' on line 9, the table cells, the list items.
python3 $T/docx_paras.py src/NewT-Stark_kczl_会议纪要.docx docs/d73_03_jiyao_kecheng_ziliao_xitong.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_03_jiyao_kecheng_ziliao_xitong.txt','会议纪要',[[10,1],[25,2],[27,1],[42,2],[50,2],[54,1],[69,2],[74,2]])"

# d73_04: AndyWZJ/Notes 会议纪要.docx — a GIS research group's running meeting record (南京师范大学地理科学学院,
# 2020–2021): group meetings and discussions, newest first. The document has no title paragraph (it opens with its first
# Heading 1 '2021'), so line 1 is the file's name '会议纪要', prepended to docx_paras.py's output.
# Gold from the source's own Word heading styles: Heading 1 (the years '2021', '2020') at depth 1, Heading 2 (each
# meeting: '2020/4/29组会', '2020/06/13-讨论-学术贡献体系', …) at depth 2; the dates are part of these titles, since the
# author titles every meeting by its date. Not headings: the meta lines (时  间/地  点/参与人/主  题), the list-paragraph
# notes, the in-text labels ('杰青中期：', '顶层约束的核心有两点：').
python3 $T/docx_paras.py src/AndyWZJ_Notes_会议纪要.docx /tmp/d73_04.txt
{ echo '会议纪要'; cat /tmp/d73_04.txt; } > docs/d73_04_jiyao_dili_keyan_zuhui.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_04_jiyao_dili_keyan_zuhui.txt','会议纪要',[[2,1],[3,2],[4,1],[5,2],[12,2],[26,2],[32,2],[42,2],[55,2],[75,2],[77,2],[83,2],[101,2]])"

# d73_05: hhusjr/2020-back-to-school 返校宣讲.docx — a Hohai University student team's report (总结) on its 2020 winter
# social-practice visit to its old high school (常州一中). docx_paras.py. Gold: the four parts 一、前期筹备, 二、活动进行时…,
# 三、活动结束后…, 四、活动的意义和收获 at depth 1 (full lines, the colon-joined subtitles included). Not headings: the
# （1）…（5） paragraphs (run-in sentences '（1）首先，我们创建了…'), the A./B./a./b. option lists, the '选择A、'/'选择B、'
# paragraphs, the '- 历史简介' bullets, the quoted reflections. The repository's 通讯稿.docx and 沈俊儒个人报告.docx
# repeat parts of this text and are not taken.
python3 $T/docx_paras.py src/hhusjr_2020-back-to-school_返校宣讲.docx docs/d73_05_zongjie_yuanquan_gongcheng_xuanjiang.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_05_zongjie_yuanquan_gongcheng_xuanjiang.txt','2020年河海大学“源泉工程”寒假社会实践“奔流一中，汇入河海”队团队实践报告',[[7,1],[55,1],[67,1],[72,1]])"

# d73_06: fingalcong/RCSSA 接机攻略.docx — a WeChat push (推送) of the Rutgers Chinese students association (RCSSA)
# telling incoming students how its airport pick-up works. The text opens straight with its greeting paragraph, with no
# title paragraph, so line 1 is the file's name '接机攻略', prepended to docx_paras.py's output.
# Gold: the seven stand-alone step titles '第一步：…' … '第七步：…' at depth 1 (marker '' — 第X步 is not one of the corpus
# markers; the whole line is the title). Not headings: the greeting, the step bodies, the closing paragraph.
python3 $T/docx_paras.py src/fingalcong_RCSSA_接机攻略.docx /tmp/d73_06.txt
{ echo '接机攻略'; cat /tmp/d73_06.txt; } > docs/d73_06_tongzhi_rcssa_jieji_gonglue.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_06_tongzhi_rcssa_jieji_gonglue.txt','接机攻略',[[3,1],[6,1],[9,1],[11,1],[13,1],[14,1],[16,1]])"

# d73_07: fnster-lab/myrepository 宣讲稿.docx — the script of a talk by an outstanding senior student (电信院, 南京信息工程
# 大学) to the class of 2022: self-introduction, then two numbered pieces of advice. The text opens with the salutation,
# with no title paragraph, so line 1 is the file's name '宣讲稿', prepended to docx_paras.py's output.
# Gold: the two parts '第一条经验，大学阶段该怎样学习。' and '第二条经验，做好大学四年的规划。' at depth 1 (marker '' —
# '第一条' here counts advice, it is not a law article; title the whole line less its full stop); the year sections
# '（大一）' … '（大四）' of the second part at depth 2 (stand-alone bracketed titles, title = the whole line). Not headings:
# the salutation and self-introduction lines, the sentence points '一方面，…'/'另一方面，…', the run-in '第二点，…'
# paragraphs inside each year, the closing lines.
python3 $T/docx_paras.py src/fnster-lab_myrepository_宣讲稿.docx /tmp/d73_07.txt
{ echo '宣讲稿'; cat /tmp/d73_07.txt; } > docs/d73_07_jianghua_xinda_xuanjiang.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_07_jianghua_xinda_xuanjiang.txt','宣讲稿',[[15,1,'第一条经验，大学阶段该怎样学习',''],[31,1,'第二条经验，做好大学四年的规划',''],[34,2,'（大一）',''],[48,2,'（大二）',''],[59,2,'（大三）',''],[66,2,'（大四）','']])"

# d73_08: TomisTony/Techshare 讲稿.docx — the script of a student tech-share talk on digital media (audio, bitmap, vector
# graphics, video: formats, compression, file-size arithmetic). The document opens with its first section title, with no
# title paragraph, so line 1 is the file's name '讲稿', prepended to docx_paras.py's output.
# Gold from the source's own mark-up: every paragraph set bold at 14 pt (the author's one heading format; no Word heading
# styles are used) is a heading at depth 1 — 23 titles from '模拟信号和数字信号' to '视频大小计算'. The outline is flat as
# written ('RGB', '灰度', 'Alpha通道' carry the same format as '位图像素'). Not headings: the bold 'WMV：…' list entry
# (bold but body size), the format lists ('CD：…', 'Mp3：…'), the formulas, the List Paragraph notes.
python3 $T/docx_paras.py src/TomisTony_Techshare_讲稿.docx /tmp/d73_08.txt
{ echo '讲稿'; cat /tmp/d73_08.txt; } > docs/d73_08_jianghua_shuzi_meiti_jiangao.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_08_jianghua_shuzi_meiti_jiangao.txt','讲稿',[[2,1],[4,1],[7,1],[13,1],[16,1],[26,1],[29,1],[34,1],[36,1],[38,1],[40,1],[44,1],[53,1],[55,1],[57,1],[62,1],[64,1],[66,1],[68,1],[71,1],[75,1],[80,1],[97,1]])"

# d73_09: qilin512/OUC_CS_History misc/新闻.docx — a collection of news reports on 中国海洋大学's computer science
# programme (accreditations, a partnership, contest prizes, 2013–2019), gathered for a history of the department.
# docx_paras.py; line 1 is its heading line '相关重要的会议、竞赛、取得的重要成果'. Gold: each report's headline, written
# as a stand-alone line opening with '·' ('·惠普公司与中国海洋大学共建…'), at depth 1 — 8 headlines; marker '' (a bullet,
# not numbering) and the title without the bullet. Not headings: the photo captions ('专家在信息科学与工程学院前合影',
# '中国海洋大学代表队上台领奖'), the report paragraphs.
python3 $T/docx_paras.py src/qilin512_OUC_CS_History_新闻.docx docs/d73_09_xinwen_haida_jisuanji_xi.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
L=open('docs/d73_09_xinwen_haida_jisuanji_xi.txt',encoding='utf-8').read().split('\n')
write('d73_09_xinwen_haida_jisuanji_xi.txt','相关重要的会议、竞赛、取得的重要成果',[[n,1,L[n-1].strip().lstrip('·').strip(),''] for n in (2,11,14,23,30,32,38,44)])"

# d73_10: Winston-Gu/Experience_Sharing 活动总结.docx — a Tsinghua student team's filled-in summary form for the 19th
# '情系母校' award (its winter outreach to 山西大学附中: talks, Q&A, brochure, follow-up), the organisers' form with the
# team's answers. docx_paras.py. Gold from the form's own numbering: '文件说明…' and the two parts '第I部分  情系母校',
# '第II部分  情系母校外的其他项目' at depth 1 (the form's top divisions); 一、…五、 at depth 2; under them the scored items
# '1、联系调研（4.0分+1.0分）' … at depth 3, including the unnumbered item titles of 三、/四、 ('媒体报道（12.0分+3.0分）',
# '后续交流…', '受众反馈…', '推广宣传…', '活动周边…'), which stand where 一、/二、 have 1、2、. Not headings: the
# instruction sentences ('0. 关于…的说明：…', '请于补充材料中提交…'), the table cells (activity names, numbers, column
# heads), the team line '（特大）支队——…'.
python3 $T/docx_paras.py src/Winston-Gu_Experience_Sharing_活动总结.docx docs/d73_10_zongjie_qingxi_muxiao.txt
python3 -c "
import sys; sys.path.insert(0,'$T'); from gold import write
write('d73_10_zongjie_qingxi_muxiao.txt','第十九届“情系母校”综合奖评比收集材料',[[2,1],[12,1],[13,2],[14,3],[20,3],[22,2],[23,3],[25,3],[50,3],[80,3],[90,2],[91,3],[98,3],[113,3],[126,2],[127,3],[144,3],[156,2],[157,3],[165,1]])"

# d73_11: lucky0218/Wu_dialect 社会实践报告.docx — a student team's survey report (调研报告) on the preservation of the
# Suzhou dialect, '闲话吴语——苏州方言传承保护探究社会实践报告'. docx_paras.py would make its first paragraph, the
# table-of-contents heading '目录', line 1; the document's own title (its paragraph after the 目录) is prepended as line 1
# instead, so the text keeps the 目录 and the title line where they stand (lines 2 and 32).
# Gold from the body's decimal numbering: 1…8 depth 1, 1.1… depth 2, 4.1.1… depth 3 (marker the number as written, also
# where no dot or space follows it: '1调研背景' → '1', '调研背景'); plus the unnumbered '参考文献' at depth 1. Not headings:
# the 目录 heading and entries (lines 2-31, page numbers kept), '摘 要：…'/'关键词：…', the body paragraph opening '2012年，…', the references.
python3 $T/docx_paras.py src/lucky0218_Wu_dialect_社会实践报告.docx /tmp/d73_11.txt
{ echo '闲话吴语——苏州方言传承保护探究社会实践报告'; cat /tmp/d73_11.txt; } > docs/d73_11_diaoyan_suzhou_fangyan.txt
python3 -c "
import sys, re; sys.path.insert(0,'$T'); from gold import write
L=open('docs/d73_11_diaoyan_suzhou_fangyan.txt',encoding='utf-8').read().split('\n')
spec=[]
for n in (36,37,42,46,47,49,56,57,63,70,71,72,74,78,80,82,83,86,90,94,95,100,102,103,106,109,116,117,119):
    m=re.match(r'^(\d+(?:\.\d+)*)\s*(.*)$', L[n-1].strip())
    spec.append([n, m.group(1).count('.')+1, m.group(2), m.group(1)])
spec.append([121,1,'参考文献',''])
write('d73_11_diaoyan_suzhou_fangyan.txt','闲话吴语——苏州方言传承保护探究社会实践报告',spec)"
