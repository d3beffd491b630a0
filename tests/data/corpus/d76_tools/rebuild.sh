#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 76
set -e
cd "$(dirname "$0")/.."

# d76_01: meeting minutes of a technical-design review (DayDayYES/personnel-scheduling-system 纪要.md, plain text
# without Markdown mark-up). Gold: 一、 parts at depth 1, the 1.–4. agenda topics under 二、 at depth 2 (each is a
# stand-alone topic title followed by 设计目标/技术方案 paragraphs). Not headings: '设计目标：'/'技术方案：'/'流程设计：' run-in
# labels and the • bullet items.
python3 tools/plain_txt.py src/DayDayYES_personnel-scheduling-system_纪要.md docs/d76_01_huiyijiyao_diaodu_xitong_pingshen.txt
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_01_huiyijiyao_diaodu_xitong_pingshen.txt','智能调度系统技术方案评审的会议纪要',[[2,1],[5,1],[6,2],[17,2],[23,2],[30,2]])"

# d76_02: a student competition team's project work plan (工作计划) in Word (Ther10/MyPro 文档/工作计划.docx), converted
# one paragraph a line with docx_paras.py. The first seven part titles are bold paragraphs with Word auto-numbering
# (style 16 + numPr), so the text carries no number; parts 八、九、十、 are typed by hand in the same style. Gold: all ten
# part titles at depth 1 (the seven auto-numbered ones with marker ''); under 九、 the two bold stand-alone label lines
# 主要风险：/应对措施： at depth 2. Not headings: the 队伍名称/队伍成员 header lines, the 姓名：duties lines, the 1./2.
# sentence items under 八、, the 技术风险：…/技术解决：… run-in paragraphs.
python3 tools/docx_paras.py src/Ther10_MyPro_工作计划.docx docs/d76_02_jihua_qiandao_guanli_xitong.txt
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_02_jihua_qiandao_guanli_xitong.txt','“学校签到管理系统”工作计划',[[6,1],[8,1],[10,1],[12,1],[14,1],[16,1],[23,1],[27,1],[30,1],[31,2],[35,2],[39,1]])"

# d76_03: project summary (项目总结) of a 2022 course team (guizeyu/GroupYuanLetian 文档/项目总结.docx), converted one
# paragraph a line with docx_paras.py. Gold: the five 一、–五、 part titles at depth 1; everything else is body text.
python3 tools/docx_paras.py src/guizeyu_GroupYuanLetian_项目总结.docx docs/d76_03_zongjie_xiangmu_zongjie.txt
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_03_zongjie_xiangmu_zongjie.txt','项目总结',[[2,1],[4,1],[7,1],[9,1],[11,1]])"

# d76_04: a front-end developer's probation work summary (kingcwt/docs docs/工作总结.md; Markdown without a title or #
# headings), converted with make_md_doc.py --title 工作总结 (the file's name; the text has no title line). Gold: the four
# parts the author numbered 一(written as a '- ' list item)/二/三/四 (no 、) at depth 1, markers taken as the bare numeral;
# the first part's number is missing in the source, so its marker is ''. Not headings: the 1)–5) project items (sentences).
python3 tools/make_md_doc.py src/kingcwt_docs_工作总结.md d76_04_zongjie_shiyongqi_qianduan dev --title 工作总结
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_04_zongjie_shiyongqi_qianduan.txt','工作总结',[[4,1,'试用期间的工作成绩和不足',''],[10,1,'个人职业发展规划（1-3)','二'],[14,1,'公司存在的问题','三'],[16,1,'对公司的建议','四']])"

# d76_05: call-for-papers notice (征文通知) of a 2022 浙江大学 soil-science PhD forum (SoilPhDForum/SoilPhDForum.github.io
# project/征文.md), converted with make_md_doc.py (front-matter title = line 1). Gold from the Markdown levels, written
# explicitly: ### 一、–八、 parts depth 1; ##### label headings (论坛主题：, 1）论坛筹备组人员：…) depth 2; ###### (一)–(三)
# 议题 under 论坛主题解析 depth 3. Not headings: the ## display title repeating the notice's name (line 3), the plain
# （一）–（五） run-in sentences under 五、/六、, the ' 1.' list items and 1）-numbered talk lists.
python3 tools/make_md_doc.py src/SoilPhDForum_SoilPhDForum.github.io_征文.md d76_05_tongzhi_turang_luntan_zhengwen dev --levels 3,5,6
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_05_tongzhi_turang_luntan_zhengwen.txt','“土壤健康与农业可持续发展”博士生论坛【征文】通知（第一轮）',[[8,1],[9,2],[11,2],[13,1],[14,2],[16,2],[20,3],[26,3],[32,3],[40,1],[43,1],[47,1],[54,1],[58,1],[59,2,'论坛筹备组人员','1）'],[61,2,'论坛筹备组联系方式','2）'],[67,1]])"

# d76_06: a student's graduation-project defence talk script (答辩演讲稿) on keyword search over encrypted XML
# (lyl123321/paper 文档/演讲稿.docx). The document has no title paragraph, so line 1 is the file's name 演讲稿 (as
# md_prepend_title.py does for Markdown) and the docx_paras.py text follows. Every paragraph is in one Word list with
# the same formatting, so the parts are decided by the text: the seven stand-alone part titles (一、选题背景, the
# unnumbered 国内外相关研究情况/研究内容, 四、研究思路, 五、关键技术, the unnumbered 实践难点/总结) at depth 1, and the four
# technique titles under 五、 (1、倒排索引 and its unnumbered siblings 关键字位置索引/同态加密/对称加密) at depth 2. Not
# headings: the 1、2、3、 sentence items under 研究内容/研究思路/总结 and the '口 ' bullet paragraphs.
python3 tools/docx_paras.py src/lyl123321_paper_演讲稿.docx /tmp/d76_06_body.txt && (echo 演讲稿; cat /tmp/d76_06_body.txt) > docs/d76_06_jiangzhuo_dabian_xml_jiami_jiansuo.txt
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_06_jiangzhuo_dabian_xml_jiami_jiansuo.txt','演讲稿',[[2,1],[5,1],[9,1],[14,1],[17,1],[18,2],[20,2],[22,2],[24,2],[26,1],[30,1]])"

# d76_07: a 2024 course team's project summary report (项目总结报告) for the 同伴课堂 platform (wyt8/peer_instruction
# 文档/项目总结报告.docx), converted one paragraph a line with docx_paras.py (the resource table comes out one cell a line).
# Gold from the Word heading styles: Heading 2 paragraphs (一、–七、) depth 1, Heading 3 paragraphs depth 2 (including the
# field-like 项目名称/开发周期/项目目标 under 一、 and the 1.–5. problem titles under 五、, all styled Heading 3). Not headings:
# table cells, the bold run-in paragraphs under 七、.
python3 tools/docx_paras.py src/wyt8_peer_instruction_项目总结报告.docx docs/d76_07_zongjie_tongban_ketang_xiangmu.txt
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_07_zongjie_tongban_ketang_xiangmu.txt','项目总结报告',[[2,1],[3,2],[5,2],[7,2],[9,1],[10,2],[13,2],[19,2],[21,1],[22,2],[27,2],[32,1],[33,2],[38,2],[71,1],[72,2],[78,2],[83,2],[88,2],[93,2],[100,1],[101,2],[104,2],[109,1],[115,2]])"

# d76_08: minutes of a study group's second meeting on positive psychology, 2020 (junstudys/positive-psychology
# 会议纪要/第二次会议纪要.md), converted with make_md_doc.py; gold from the Markdown levels: ## sections depth 1, ### agenda
# topics 1.–4. depth 2. The author wrote the closing '5.总结' as a ## heading although its number continues the ###
# topics; the gold follows the mark-up (depth 1, marker '5.'): it summarises the whole meeting, not a fifth topic.
# Not headings: the bold 下次会议时间 line, the 标准：/1.卡片 lines, the numbered 1.–5. points under 4., table rows.
python3 tools/make_md_doc.py src/junstudys_positive-psychology_第二次会议纪要.md d76_08_huiyijiyao_jiji_xinlixue_dierci dev --levels 2,3

# d76_09: minutes of a 2021 清华 course team's first meeting (Akira-u/Zijing-Guest 过程文档/会议纪要/会议纪要1.md; the file
# was at 会议纪要/会议纪要1.md in an earlier commit), converted with make_md_doc.py (its first #### line, 会议信息——第一次会议,
# is the title). Gold from the Markdown levels, written explicitly: the #### sections after the title depth 1, the #####
# sub-sections under 更换主题 depth 2. Not headings: the bold 时间/地点/参加人员/会议事项 labels and the 1.–4. agenda list.
python3 tools/make_md_doc.py src/Akira-u_Zijing-Guest_会议纪要1.md d76_09_huiyijiyao_zijing_fangke_diyici dev --levels 4,5
python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write('d76_09_huiyijiyao_zijing_fangke_diyici.txt','会议信息——第一次会议',[[16,1],[20,2],[28,2],[34,2],[38,2],[42,2],[46,1],[52,1]])"

# d76_10: a front-end developer's probation-review defence talk script (转正答辩稿) (Yukon123/What-I-Learn-Today
# 答辩稿.md). The Markdown has no title line, so md_prepend_title.py adds the file name 答辩稿 and make_md_doc.py converts it.
# Gold from the Markdown levels: # parts of the talk depth 1, ## feature sections under 工作内容 depth 2 (the last one,
# '工作优点 目标 （1min）', is an unfinished ## stub kept as marked up). Not headings: the speaker's timing notes
# (（1min）) inside paragraphs and the trailing list of rehearsal questions.
python3 tools/md_prepend_title.py src/Yukon123_What-I-Learn-Today_答辩稿.md /tmp/d76_10.md 答辩稿
python3 tools/make_md_doc.py /tmp/d76_10.md d76_10_jiangzhuo_zhuanzheng_dabian dev --levels 1,2
