#!/bin/bash
# Rebuild every document and gold of fresh set 45 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh45
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 中国近现代史纲要 课堂讨论 page (JSP, div.title 一、 questions, h5 labels)
python3 $T/html_blocks.py src/Allen5413_szk_zyList.jsp docs/f45_01_jiangke_taolun_xinhai_geming.txt "第二阶段 参与课堂讨论" --drop-first-if-title >/dev/null
G f45_01_jiangke_taolun_xinhai_geming.txt "第二阶段 参与课堂讨论" \
 '[[3,1],[4,2,"资源参考"],[6,2,"视频"],[9,2,"讲课或讨论要点"],[11,1],[12,2,"资源参考"],[16,2,"讲课或讨论要点"],[18,1],[19,2,"资源参考"],[22,2,"视频"],[25,2,"讲课或讨论要点"]]'
# 02 开题报告提纲 (Capstone proposal, Markdown # / ## 一丶 / ### 1丶); markers written with 丶 split off by hand
python3 $T/make_md_doc.py src/CherryLiChan_CapstoneProject_proposal.md f45_02_kaiti_baogao_chuantong_meiti_zhuanxing heldout --levels 1,2,3 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f45_02_kaiti_baogao_chuantong_meiti_zhuanxing.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'([一二三四五六七八九十]+丶|\d+丶)(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 03 人大附中ICC 志愿服务活动简介 (HTML text of one post_feed item in feeds.py, rendered into templates/post.html; （一）（二） subheads)
python3 $T/py_feed_item.py src/T-K-233_RDFZ-ICC-website-1_feeds.py 人大附中中外合作办学项目学生志愿服务活动简介 /tmp/f45_03.html
python3 $T/html_blocks.py /tmp/f45_03.html docs/f45_03_zhiyuan_fuwu_huodong_jianjie.txt "人大附中中外合作办学项目学生志愿服务活动简介" --drop-first-if-title >/dev/null
G f45_03_zhiyuan_fuwu_huodong_jianjie.txt "人大附中中外合作办学项目学生志愿服务活动简介" \
 '[[3,1,"到海淀残联听障儿童康复中心帮助听障儿童恢复语言能力"],[7,1,"去松堂关怀医院看望邻终老人"]]'
# 04 认识实习·累 (hexo-built blog page, saved HTML with site chrome; article h1 sections 认识实习动员会/第一天…第五天)
python3 $T/html_blocks.py src/roadwide_2019_06_28_MEET-THE-INTERNSHIP_index.html docs/f45_04_renshi_shixi_zongjie.txt "认识实习·累 | Road Wide's Blog" --drop-first-if-title >/dev/null
G f45_04_renshi_shixi_zongjie.txt "认识实习·累 | Road Wide's Blog" '[[21,1],[23,1],[30,1],[36,1],[41,1],[55,1]]'
# 05 Web系统与技术 课程大纲 (JSP page: h1 course name = document title shown again, h3 学分 line = course data, not headings;
#    h4 一、二、三、 at depth 1, h3 chapters 1..28 under 三、 at depth 2; the 1.1 / 1.1.1 <li> topic lines are list items, not headings)
python3 $T/html_blocks.py src/dongshuaia_Web_Student-Manage-System_outline.jsp docs/f45_05_kecheng_dagang_web_xitong.txt "课程大纲" --drop-first-if-title >/dev/null
G f45_05_kecheng_dagang_web_xitong.txt "课程大纲" '[[4, 1, "课程的性质、地位与任务", "一、"], [7, 1, "课程的教学目标与基本要求", "二、"], [12, 1, "课程内容（重点△ ，难点★）", "三、"], [13, 2, "Web前端开发技术综述", "1"], [31, 2, "HTML基础", "2"], [49, 2, "格式化文本与段落", "3"], [63, 2, "列表", "4"], [81, 2, "超链接与浮动框架", "5"], [97, 2, "图像与多媒体文件", "6"], [109, 2, "CSS基础", "7"], [126, 2, "DIV与SPAN", "8"], [137, 2, "CSS样式属性", "9"], [156, 2, "DIV+CSS页面布局", "10"], [163, 2, "表格", "11"], [187, 2, "表单", "12"], [214, 2, "HTML5基础与CSS3应用", "13"], [250, 2, "Java基础", "14"], [281, 2, "Java事件处理", "15"], [301, 2, "BOM与DOM模型", "16"], [324, 2, "HTML5高级应用", "17"], [349, 2, "Web前端新技术--响应式网页的设计与实现", "18"], [363, 2, "ASP.NET开发环境", "19"], [367, 2, "系统框架及页面设计", "20"], [371, 2, "常用Web服务器控件", "21"], [374, 2, "ASP.NET的内置对象", "22"], [378, 2, "ADO.NET技术", "23"], [381, 2, "数据绑定及数据控件技术", "24"], [384, 2, "用户控件和Web服务", "25"], [387, 2, "LINQ数据库访问技术", "26"], [390, 2, "AJAX应用开发", "27"], [394, 2, "基于ASP.NET的儿童网站的开发", "28"]]'
# 06 Lecture 1 HTML & CSS基础 (lecture plan, Markdown: setext === title, ## sections); setext title rewritten as # first (as a renderer reads it)
python3 $T/setext_to_atx.py src/khhhshhh_webOpenClass_Lecture1.md /tmp/f45_06.md
python3 $T/make_md_doc.py /tmp/f45_06.md f45_06_jiangyi_html_css_jichu heldout --levels 2 --fresh >/dev/null
