#!/bin/bash
# Rebuild docs/ and gold/ of dev set 71 from src/ (src/tmp/ holds intermediate copies this script regenerates).
# Gold was decided from each source's own structure (Markdown # levels, HTML h1, stand-alone label lines), never from
# the reader's output. Helpers: make_md_doc.py (Markdown -> text + gold from # levels), fix_titles.py (drops a trailing
# ：/:/。 from gold titles), add_heads.py (adds stand-alone title lines the Markdown does not mark up),
# md_prepend_title.py (a source with no title line of its own gets '# TITLE' prepended in a tmp copy, so its first
# heading stays a heading), date_markers.py (a heading opening with a date is unnumbered), gold.py (gold from a spec).
set -e
cd /work/dev71
mkdir -p src/tmp docs gold

# d71_01 meeting record (会议记录): a software-engineering team's Beta-stage Scrum meeting (Ocean University of China,
# 2019), sunshine2285/PCES. Title = its '#' line. Headings = the five '####' section lines (第九周任务, 会议图片, 燃尽图,
# 文档/代码迁入, 会议收获总结), one level. The opening sentences (会议时间…地点…) and the task table are body text; the
# images under 会议图片/燃尽图/文档迁入 are dropped by the converter, so those headings stand over nothing but are
# still headings of the source.
python3 tools/make_md_doc.py "src/sunshine2285_PCES_【Beta阶段】第十一周Scrum会议.md" d71_01_huiyi_pces_scrum_di11zhou dev --levels 4
python3 tools/fix_titles.py gold/d71_01_huiyi_pces_scrum_di11zhou.json

# d71_02 work summary (项目总结): the same team's project summary blog. The source has no title line (it opens with
# '#### 1. …'), so its file name 项目总结 is line 1 (prepended in a tmp copy). Depth 1 = the seven '#### N.' sections
# (marker '1.'…'7.'). Depth 2 = the four stand-alone label lines under 6. (测试工作的安排：/测试工具选择和使用：/测试用例：/
# 项目测试评述：), plain paragraphs that each introduce a table or paragraph — the author's sub-sections. Not headings:
# the numbered list items under 3. ('1. 问题：…？' with bullet answers — list items, not marked up as headings), the
# bullet lists of member names under 1. and 7., '* 整体架构 / * 使用的技术 / * 部署' bullets under 5.
python3 tools/md_prepend_title.py "src/sunshine2285_PCES_项目总结.md" src/tmp/pces_xiangmuzongjie.md 项目总结
python3 tools/make_md_doc.py src/tmp/pces_xiangmuzongjie.md d71_02_zongjie_pces_xiangmu dev --levels 4
python3 tools/fix_titles.py gold/d71_02_zongjie_pces_xiangmu.json
python3 tools/add_heads.py gold/d71_02_zongjie_pces_xiangmu.json 96:2 108:2 114:2 131:2

# d71_03 meeting records (活動與討論紀錄): MozTW's record of the Taipei "網路自由小聚" meetups 2019–2023 (Traditional
# Chinese, HackMD export, 131 KB — above the preferred size, taken because it is a real multi-meeting record with a
# deep, consistent outline). Title = its '#' line. Depth 1 = '##' (緣起 and one heading per meeting, e.g.
# '2023.12.21 政府 VS 數位平台 …', '2021.12 月小聚: …', and the '（會前討論）' planning notes); depth 2 = '###'
# (agenda items / shares such as 分享一, RUNDOWN, 活動資訊); depth 3 = '####'. The dates that open meeting headings
# are not numbering: marker '' and the whole heading as title (date_markers.py). Bullet lists, links, slide
# titles in bold are not headings.
python3 tools/make_md_doc.py "src/moztw_hackMD_docs_網路自由小聚 活動與討論紀錄 2019~2023.md" d71_03_huiyi_wangluziyou_xiaoju dev --levels 2,3,4,5,6
python3 tools/fix_titles.py gold/d71_03_huiyi_wangluziyou_xiaoju.json
python3 tools/date_markers.py gold/d71_03_huiyi_wangluziyou_xiaoju.json

# d71_04 lecture transcript (讲座记录): a student's live transcript of Prof. Yan Xuetong's talk to students
# (2021-04-16), blog post of DotIN13. Title = front-matter title. Depth 1 = '##' parts (故事, 从事学术研究的条件,
# 学术研究的心理艰辛, 学术研究的孤独乐趣, Q&A); depth 2 = '###' story episodes under 故事 and the three numbered
# audience questions under Q&A ('1. 政策分析与学术研究的区别' etc., each followed by answer paragraphs — titled items,
# marker '1.'–'3.'). The nested numbered lists under the three middle parts are note-style points, not headings.
python3 tools/make_md_doc.py src/DotIN13_plainwhite-wannaexpresso.com_2021-04-18-yan-lao-shi-story.md d71_04_jiangzuo_yanxuetong_gushi dev --levels 2,3
python3 tools/fix_titles.py gold/d71_04_jiangzuo_yanxuetong_gushi.json
python3 tools/add_heads.py gold/d71_04_jiangzuo_yanxuetong_gushi.json 123:2 135:2 143:2

# d71_05 plan (计划): a student team's contribution-allocation plan (BUAA software engineering 2016, team Default,
# whatahardchoice/PhyLab). No title line in the source; its file name is line 1. Depth 1 = '#' (概述, 评定方式),
# depth 2 = '##' under 评定方式. Not headings: the bold formula line and the bold '按时完成指数' line that labels the
# table (a caption), the tab-indented numbered problems under 概述 (sentences).
python3 tools/md_prepend_title.py "src/whatahardchoice_PhyLab_Default团队贡献分配计划.md" src/tmp/phylab_gongxian.md Default团队贡献分配计划
python3 tools/make_md_doc.py src/tmp/phylab_gongxian.md d71_05_jihua_phylab_gongxian_fenpei dev --levels 1,2
python3 tools/fix_titles.py gold/d71_05_jihua_phylab_gongxian_fenpei.json

# d71_06 research report (调研报告): a student team's product-research report (众包问卷 apps, 2019,
# swsad-dalaotelephone/docs). Title = its '#' line (项目前期调研). Depth follows '##'..'#####' (four levels:
# 竞品分析 > 拼任务 > 优点 > 交互体验方面). The version table and the kramdown '{:.no_toc} * 目录 {:toc}' lines are
# kept as the reader gets them and are not headings.
python3 tools/make_md_doc.py "src/swsad-dalaotelephone_docs_产品调研文档_v1.0.md" d71_06_diaoyan_zhongbao_jingpin dev --levels 2,3,4,5
python3 tools/fix_titles.py gold/d71_06_diaoyan_zhongbao_jingpin.json

# d71_07 personal work report (个人总结报告): one member's final report for the same project. Title = its '#' line.
# Depth follows '##'..'######' (five levels). The info table, PSP table and bullet lists are not headings.
python3 tools/make_md_doc.py "src/swsad-dalaotelephone_docs_16340311-finalReport.md" d71_07_zongjie_geren_baogao dev --levels 2,3,4,5,6
python3 tools/fix_titles.py gold/d71_07_zongjie_geren_baogao.json

# d71_08 news report (社团新闻): FDUCSLG (复旦开放原子开源社团) report on the Ascend operator contest, 2025; short
# (1.4 KB, below the preferred 2 KB) but a news item with 小标题. Title = '#' line. Depth 1 = '##' 小标题
# (比赛捷报, 比赛介绍, 赛题内容, 赛场风采); depth 2 = '### 参赛精彩瞬间'. Image captions ('> 左三为亚军…',
# '> 图片来源…') are not headings.
python3 tools/make_md_doc.py src/FDUCSLG_FDUCSLG.github.io_news04.md d71_08_xinwen_fducslg_shengteng_bisai dev --levels 2,3
python3 tools/fix_titles.py gold/d71_08_xinwen_fducslg_shengteng_bisai.json

# d71_09 notice (竞赛通知): Hangzhou Normal University's 10th programming-contest notice page (PHP/HTML, version of
# 2016-11-14 at commit b682d2a2 of lixin-wei/HZNUOJ; later versions load the text from a database). Converted with
# html_blocks.py, title = the page's own heading (第十届杭州师范大学程序设计竞赛, dropped from the body). Depth 1 =
# the <h1> sections; depth 2 = the bold label paragraphs at padding 30px (详细评分机制, 滚榜机制介绍, 测评环境,
# 比赛环境); depth 3 = 罚时计算规则 (bold, padding 60px, inside 详细评分机制). Not headings: the nav items
# 通知与注意事项 / 注册与报名 (page chrome), the compiler table rows, the rule list items.
python3 tools/html_blocks.py src/lixin-wei_HZNUOJ_index.php docs/d71_09_tongzhi_hznu_chengxu_jingsai.txt "第十届杭州师范大学程序设计竞赛" --drop-first-if-title
python3 -c "
import sys; sys.path.insert(0,'tools'); import gold
gold.write('d71_09_tongzhi_hznu_chengxu_jingsai.txt','第十届杭州师范大学程序设计竞赛',
 [[4,1],[8,1],[18,1],[21,1],[25,1],[29,1],[35,1],[41,2],[44,3],[49,2],[53,1],[60,1],[61,2],[76,2]])" > /dev/null

# d71_10 plan (任务大纲): the same BUAA team's task outline for the α design-and-analysis stage (2016). No title line
# in the source; its file name is line 1. Headings = the four '#' sections (任务概述, 任务信息, 任务分配, 注意), one
# level. The bullet list under 任务信息, the task-assignment table and the numbered 注意 items (sentences) are not
# headings.
python3 tools/md_prepend_title.py "src/whatahardchoice_PhyLab_PhyLab2.0设计分析阶段任务大纲（α）.md" src/tmp/phylab_renwudagang.md "PhyLab2.0设计分析阶段任务大纲（α）"
python3 tools/make_md_doc.py src/tmp/phylab_renwudagang.md d71_10_jihua_phylab_renwu_dagang dev --levels 1
python3 tools/fix_titles.py gold/d71_10_jihua_phylab_renwu_dagang.json

python3 tools/check_gold.py
