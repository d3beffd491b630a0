#!/bin/bash
# Rebuild every document and gold of dev set 59 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev59
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 文昌中学深圳校友会 news page (saved static page, nav and footer kept; no section headings: gold is empty)
python3 $T/html_blocks.py src/wczxsz_public_news_161201play.html docs/d59_01_xiaoyou_xinwen_aixin_zhuxue.txt "文中深圳校友会" --drop-first-if-title >/dev/null
G d59_01_xiaoyou_xinwen_aixin_zhuxue.txt "文中深圳校友会" '[]'
# 02 Twinkle AI 社群 news post (Hugo Markdown, zh-TW; #### subheads; the bold bullet '活動重點紀錄：' is a list item)
python3 $T/make_md_doc.py src/ai-twinkle_zh-TW_news_2026-01-anniversary.md d59_02_shequ_xinwen_twinkle_zhounian dev --levels 4
# 03 Apache DolphinScheduler 社区通稿 (docs-site Markdown; ## / ### / #### subheads; trailing colons dropped from gold titles)
python3 $T/make_md_doc.py src/apache_dolphinscheduler-website_blog_zh-cn_Graduation_From_ASF_Incubator.md d59_03_xinwengao_dolphinscheduler_biye_zhounian dev --levels 2,3,4
python3 - <<'PY'
import json
p = 'gold/d59_03_xinwengao_dolphinscheduler_biye_zhounian.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 Apache Answer 社区人物专访 (Docusaurus Markdown; each question is a ## heading)
python3 $T/make_md_doc.py src/fenbox_answer-website_zh-CN_blog_behind-the-plugin-meet-the-student-contributors.md d59_04_zhuanfang_xuesheng_kaiyuan_chajian dev --levels 2
# 05 ASF 新闻稿 (22nd anniversary), Chinese translation (Markdown: ## title, one ### boilerplate section '关于Apache软件基金会')
python3 $T/make_md_doc.py src/alc-beijing_translation_apache.md d59_05_xinwengao_asf_22zhounian dev --levels 2,3
# 06 Tetrate/SkyWalking 8.2 release announcement (通稿), Chinese translation (# title, ### subheads)
python3 $T/make_md_doc.py src/alc-beijing_translation_SkyWalking_translation.md d59_06_xinwengao_skywalking_82 dev --levels 3
# 07 中新网 娱乐通讯 as plain text (TextRank4ZH sample; no title in the file: a title line taken from the lead's own words is added)
python3 $T/txt_doc.py src/letiantian_TextRank4ZH_test_doc_01.txt docs/d59_07_tongxun_zhongxinwang_dabuxieyan.txt "高圆圆和赵又廷在京举行答谢宴"
G d59_07_tongxun_zhongxinwang_dabuxieyan.txt "高圆圆和赵又廷在京举行答谢宴" '[[6,1],[20,1],[30,1]]'
# 08 深度报道 on pursuing fugitive officials in the US, plain text (two 如何…—— parts, standalone subheads, 结语; picture captions doubled by the scrape are not headings)
python3 $T/txt_doc.py src/letiantian_TextRank4ZH_test_doc_02.txt docs/d59_08_shendu_baodao_meiguo_zhuitao.txt "在美国起诉贪官"
G d59_08_shendu_baodao_meiguo_zhuitao.txt "在美国起诉贪官" '[[2,1,"如何在美国把贪官送进监狱"],[3,2],[13,2],[18,2],[22,2],[26,2],[32,1,"如何在美国打官司，向贪官要回钱"],[33,2],[40,2],[47,2],[53,1]]'
# 09 school-site 校园动态 news page (static HTML of a 湖北第二师范学院 site template, real 嘉兴实验学校 news; nav, sidebar and footer kept).
#    The article title h2 and its h4 subtitle repeat the document title (not headings); the sidebar box titles (h2 校园动态, h3 网站统计) are the page's own headings.
python3 $T/html_blocks.py src/RoaringFlame_SchoolWeb_text-img.html docs/d59_09_xiaoyuan_xinwen_shuhuazhan.txt "新闻页面" --drop-first-if-title >/dev/null
G d59_09_xiaoyuan_xinwen_shuhuazhan.txt "新闻页面" '[[43,1],[49,1]]'
# 10 学院新闻 page of a college WeChat portal (JSP; rendered by jsp_render.py, then html_blocks.py). The h1 banner repeats the page title,
#    the h2 is the article's own title: no section headings, gold is empty.
python3 $T/jsp_render.py src/itxiaojian_wechatpf_jsp_xyxw.jsp /tmp/d59_10.html
python3 $T/html_blocks.py /tmp/d59_10.html docs/d59_10_xiaoyuan_xinwen_zhishujie.txt "学院新闻" --drop-first-if-title >/dev/null
G d59_10_xiaoyuan_xinwen_zhishujie.txt "学院新闻" '[]'
# 11 新华社 纪实通讯 (两会), plain text from a summarizer's test data; the file's first line is '（原标题：…）', whose title is set as line 1; four standalone 小标题
python3 $T/txt_doc.py src/zkwi_textSummary_testdata_data1.txt docs/d59_11_tongxun_lianghui_jishi.txt "习近平同代表委员共商国是纪实"
G d59_11_tongxun_lianghui_jishi.txt "习近平同代表委员共商国是纪实" '[[9,1],[65,1],[137,1],[185,1]]'
# 12 自治区体育局 工作动态 news item on a company site's ASP.NET news page (content page rendered into its master page by aspx_master_render.py).
#    The master's top-strip h3 greeting '欢迎访问…' is chrome, the article h3 is its own title: gold is empty.
python3 $T/aspx_master_render.py src/equalshelby_Equal.Net_pages_news.aspx src/equalshelby_Equal.Net_pages_HomeMasterPage.master /tmp/d59_12.html
python3 $T/html_blocks.py /tmp/d59_12.html docs/d59_12_gongzuo_dongtai_tiyuju_jieqin.txt "文章详情" --drop-first-if-title >/dev/null
G d59_12_gongzuo_dongtai_tiyuju_jieqin.txt "文章详情" '[]'
python3 $T/check_gold.py
