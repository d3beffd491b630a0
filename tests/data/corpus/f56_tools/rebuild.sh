#!/bin/bash
# Rebuild every document and gold of fresh set 56 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh56
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 开题报告 (plain text): unnumbered part labels ending in '：', 一、 > （一） > 1. > 1.1
python3 $T/txt_doc.py src/ajajnb187_zufang_kaiti_baogao.txt docs/f56_01_kaiti_baogao_xiaoqu_zufang.txt "基于微信小程序的小区房屋租赁管理平台 开题报告" >/dev/null
G f56_01_kaiti_baogao_xiaoqu_zufang.txt "基于微信小程序的小区房屋租赁管理平台 开题报告" \
 '[[3,1],[4,2],[8,2],[12,1],[13,2],[15,3],[16,4],[17,5],[19,5],[21,4],[22,5],[25,5],[27,5],[30,5],[34,4],[35,5],[37,5],[39,4],[40,5],[42,5],[44,4],[45,5],[47,5],[49,4],[50,5],[52,5],[54,5],[56,5],[58,5],[60,4],[61,5],[63,5],[66,3],[71,3],[78,2],[79,3],[81,3],[83,3],[85,3],[87,3],[89,3],[91,1],[92,2],[98,2],[99,3],[103,3],[106,3],[110,3],[114,3]]'
# 02 开题报告 (plain text): 一、 > 1. and two unnumbered stand-alone sub-headings
python3 $T/txt_doc.py src/hocoh3_spring-cloud-blog_kaiti_baogao.txt docs/f56_02_kaiti_baogao_weifuwu_boke.txt "开题报告" >/dev/null
G f56_02_kaiti_baogao_weifuwu_boke.txt "开题报告" '[[2,1],[6,1],[7,2],[12,2],[25,1],[26,2],[29,2],[35,1],[45,1],[52,1]]'
# 03 AI Agent 学习讲义 (Markdown ## 第X部分： / ### 1.1 / #### unnumbered; appendix "A." markers and 第X部分： markers set here)
python3 $T/make_md_doc.py src/Zzzr123_Trae-CN_jiangyi.md f56_03_jiangyi_ai_agent heldout --levels 2,3,4 --fresh
python3 - <<'PY2'
import json, re
p = '/work/fresh56/gold/f56_03_jiangyi_ai_agent.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    t = h['marker'] + h['title']
    m = re.match(r'(第[一二三四五六七八九十]+部分：)(.*)', t) or re.match(r'([A-D]\.) (.*)', t)
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
# 04 毕业设计中期检查报告 (plain text, '====' rules): 一、 > 【1. …】/【问题N】 > (1)
python3 $T/txt_doc.py src/shiqiansham_GE-MRGNN_zhongqi_baogao.txt docs/f56_04_zhongqi_baogao_tuanhuo_jiance.txt "毕业设计中期检查报告" >/dev/null
G f56_04_zhongqi_baogao_tuanhuo_jiance.txt "毕业设计中期检查报告" \
 '[[9,1],[15,2,"数据预处理模块","【1."],[34,2,"核心模型框架 GE-MRGNN","【2."],[39,3],[45,3],[50,3],[60,2,"基线模型实现","【3."],[64,3],[68,3],[72,3],[76,2,"实验结果","【4."],[90,3],[94,3],[99,3],[102,2,"工程实现","【5."],[114,1],[117,2,"DARPA网络攻击数据集尚未完成实验","【问题1】"],[126,2,"GAT基线模型计算效率较低","【问题2】"],[135,2,"消融实验尚未系统开展","【问题3】"],[145,2,"HAN、DGI基线尚未实现","【问题4】"],[154,1],[174,1]]'
# 05 前端性能与内存分析报告 (plain text technical report): 一、 > 1) ; the 1)–4) of 十三、 are list items; P0/P1/P2 group lines of 十四、 are stand-alone sub-headings
python3 $T/txt_doc.py src/ww870411_nestling_baogao.txt docs/f56_05_jishu_baogao_qianduan_xingneng.txt "Nestling 前端性能与内存分析报告（v2·详解版）" >/dev/null
G f56_05_jishu_baogao_qianduan_xingneng.txt "Nestling 前端性能与内存分析报告（v2·详解版）" \
 '[[3,1],[12,1],[24,1],[25,2,"现象与影响","1)"],[29,2,"技术根因","2)"],[34,2,"如何观测","3)"],[39,2,"不改变功能逻辑的解决方案","4)"],[56,2,"解决后的效果","5)"],[61,2,"权衡与注意","6)"],[66,1],[67,2,"现象与影响","1)"],[70,2,"技术根因","2)"],[74,2,"如何观测","3)"],[78,2,"已实施与建议方案","4)"],[82,2,"效果","5)"],[85,2,"权衡","6)"],[88,1],[89,2,"现象与影响","1)"],[92,2,"技术根因","2)"],[96,2,"如何观测","3)"],[100,2,"已实施与建议方案","4)"],[106,2,"效果","5)"],[109,2,"权衡","6)"],[112,1],[113,2,"现象与影响","1)"],[117,2,"技术根因","2)"],[121,2,"如何观测","3)"],[125,2,"不改逻辑的提升方案","4)"],[132,2,"效果","5)"],[135,2,"权衡","6)"],[138,1],[139,2,"现象与影响","1)"],[142,2,"技术根因","2)"],[146,2,"如何观测","3)"],[150,2,"不改逻辑的方案","4)"],[154,2,"效果","5)"],[157,2,"权衡","6)"],[160,1],[161,2,"现象与影响","1)"],[164,2,"技术根因","2)"],[168,2,"如何观测","3)"],[172,2,"不改逻辑的方案","4)"],[177,2,"效果","5)"],[180,2,"权衡","6)"],[183,1],[184,2,"现象与影响","1)"],[187,2,"技术根因","2)"],[190,2,"如何观测","3)"],[194,2,"不改逻辑的方案","4)"],[199,2,"效果","5)"],[202,2,"权衡","6)"],[205,1],[206,2,"现象与影响","1)"],[209,2,"技术根因","2)"],[213,2,"如何观测","3)"],[217,2,"不改逻辑的方案","4)"],[225,2,"效果","5)"],[228,2,"权衡","6)"],[232,1],[233,2,"现象与影响","1)"],[236,2,"技术根因","2)"],[240,2,"已实施与建议方案","3)"],[246,2,"效果与权衡","4)"],[249,1],[250,2,"现象与影响","1)"],[253,2,"技术根因","2)"],[257,2,"如何观测","3)"],[261,2,"不改逻辑的方案","4)"],[265,2,"效果","5)"],[268,2,"权衡","6)"],[271,1],[277,1],[278,2],[283,2],[287,2],[291,1],[299,1]]'
# 06 山西新闻网 saved page (PulsarRPA parser test fixture): a 中新网 news story with four stand-alone 小标题 paragraphs; chrome h3 相关链接/推荐阅读/网站声明 kept as headings (as f13_05/f17_02); the h3 dateline is not
T6="46城将实施生活垃圾强制分类 居民正确投放给奖励_国内新闻_山西新闻网 - 主流媒体 山西门户"
python3 $T/html_blocks.py src/platonai_PulsarRPA_html_example_3_news.html docs/f56_06_xinwen_wangye_laji_fenlei.txt "$T6" --drop-first-if-title >/dev/null
G f56_06_xinwen_wangye_laji_fenlei.txt "$T6" '[[173,1],[177,1],[181,1],[187,1],[197,1],[198,1],[228,1]]'
# 07 东北林业大学软件工程 site, JSP page 培养方案 (site chrome kept): sidebar h3 专业简介, bold 一、…五、 sections; the h1 repeats the document title; 1.–7. are list items
python3 $T/html_blocks.py src/Pengxin-Guo_SE_project_major_direction.jsp docs/f56_07_peiyang_fangan_ruanjian_gongcheng.txt "东北林业大学软件工程" --drop-first-if-title >/dev/null
G f56_07_peiyang_fangan_ruanjian_gongcheng.txt "东北林业大学软件工程" '[[9,1],[16,1],[26,1],[29,1],[31,1],[33,1]]'
# 08 毕业设计中期报告 (plain text, transcribed from the stored file's text: no snapshot could be had): unnumbered stand-alone headings of the form's parts; the field lines (日期：… 设计（论文）题目：…) and the signature lines are not headings
python3 $T/txt_doc.py src/1689946817_MyProject_zhongqi_baogao.txt docs/f56_08_zhongqi_baogao_duomotai_rag.txt "东北大学毕业设计（论文）中期报告" >/dev/null
G f56_08_zhongqi_baogao_duomotai_rag.txt "东北大学毕业设计（论文）中期报告" '[[12,1],[25,1],[34,1],[37,1],[39,1]]'
# 09 演讲稿 of a contest presentation (Markdown transcribed from the stored file's text: the snapshot that could be had predates it): ## 第N页：… per slide and ## 附录：…; markers '第N页：' set here (labelled markers, as '门槛一：' in f17_02); the bold timing lines （约20秒） are not headings
python3 $T/make_md_doc.py src/tousheng4_earthquake_yanjianggao.md f56_09_yanjianggao_dizhen_jiance heldout --levels 2 --fresh
python3 - <<'PY2'
import json, re
p = '/work/fresh56/gold/f56_09_yanjianggao_dizhen_jiance.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第\d+页：)(.*)', h['marker'] + h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
# 10 company-site ASP.NET news detail page (NewsDetail.aspx, master-page chrome not rendered): a 央广网 story on the APEC banquet, no 小标题 and no heading mark-up: gold is empty (as f15_07); the 习近平： speaker lines are quotations, not headings; the page's own headline div is a template leftover kept as scraped
python3 $T/html_blocks.py src/osmoy_WebPage_NewsDetail.aspx docs/f56_10_xinwen_wangye_shuilifang_yanhui.txt "新闻详情页" --drop-first-if-title >/dev/null
G f56_10_xinwen_wangye_shuilifang_yanhui.txt "新闻详情页" '[]'
# 11 2022年度年终总结 of a bank IT employee (Markdown): #### / ##### sections before the first ###, then ### 目前在做 / ### 不足及未来展望 > ####; depth follows the nesting (as d41_08/d41_11): the h4 sections that stand before any h3 are top-level (depth 1), their h5 depth 2; the bullet list at the top and the numbered items are list items
python3 $T/make_md_doc.py src/liahua_BigDataCsv2DB_nianzhong_zongjie.md f56_11_nianzhong_zongjie_shichang_fengxian heldout --levels 3,4,5 --fresh
python3 - <<'PY2'
import json
p = '/work/fresh56/gold/f56_11_nianzhong_zongjie_shichang_fengxian.json'
d = json.load(open(p, encoding='utf-8'))
first_h3 = min(h['line'] for h in d['headings'] if h['title'] == '目前在做')
for h in d['headings']:
    if h['line'] < first_h3:
        h['depth'] -= 1
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
# 12 红岩网校 Java lecture handout 讲义.md (Markdown): # sections, ### lines under # 作业; the file has no title of its own, so a render step gives it the file name as front-matter title (the first # is a section, not the title); make_md_doc.py (fresh56) also takes a list item that opens a fence ("* ```") as a fence, as GitHub renders it; the bold bullet items are list items; a heading's title is cut at its first 。 (gold.py convention)
mkdir -p /tmp/fresh56_render && { printf -- '---\ntitle: 讲义\n---\n'; cat src/IUgly_redrockProject_jiangyi.md; } > /tmp/fresh56_render/jiangyi.md
python3 $T/make_md_doc.py /tmp/fresh56_render/jiangyi.md f56_12_jiangyi_java_jichu heldout --levels 1,3 --fresh
python3 - <<'PY2'
import json
p = '/work/fresh56/gold/f56_12_jiangyi_java_jichu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if '。' in h['title']:
        h['title'] = h['title'][:h['title'].index('。')]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
python3 $T/check_gold.py
