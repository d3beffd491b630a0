#!/bin/bash
# Rebuild every document and gold of fresh set 17 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh17
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 上海市人民政府 意见 (HTML field of a JSON example inside a Java doc comment of an app)
python3 $T/json_comment_field.py src/luojialun_LinGang0318_PolicyDetailesBean.java data policyContent src/luojialun_LinGang0318_policy47_content.html >/dev/null
python3 $T/html_blocks.py src/luojialun_LinGang0318_policy47_content.html docs/f17_01_yijian_shanghai_lingang_shuangte.txt "上海市人民政府关于深化完善“双特”政策支持临港地区新一轮发展的若干意见" >/dev/null
G f17_01_yijian_shanghai_lingang_shuangte.txt "上海市人民政府关于深化完善“双特”政策支持临港地区新一轮发展的若干意见" \
 '[[4,1],[5,2],[6,2],[7,2],[8,2],[9,1],[10,2],[11,2],[12,2],[13,1],[14,2],[15,2],[16,1],[17,2],[18,2],[19,2],[20,1],[21,2],[22,2],[23,2],[24,1],[25,2],[26,2]]'
# 02 news article page (大数据创业) of a company site, PHP view with its header/sidebar/footer includes (visitor not logged in)
python3 $T/php_page.py src/decradish_yizhong_detail_3_page.html src/decradish_yizhong_lists_detail_3.php src/decradish_yizhong_public_ >/dev/null
python3 $T/html_blocks.py src/decradish_yizhong_detail_3_page.html docs/f17_02_xinwen_wangye_dashuju_chuangye.txt "亿众" >/dev/null
G f17_02_xinwen_wangye_dashuju_chuangye.txt "亿众" '[[16,1],[25,1],[28,1],[32,1],[35,1],[39,1],[46,1],[53,1],[59,1]]'
# 03 study-note translation of MLAPP §5.3 (Hugo Markdown, ## 5.3.x / ### 5.3.x.y, formula blocks kept)
python3 $T/make_md_doc.py src/chaoskey_notes_mlapp_0047.md f17_03_biji_beiyesi_moxing_xuanze heldout --levels 2,3 --fresh
# 04 临港地区工商行政管理创新办法 (rule with 第X章/第X条; item 9 of the policy list held in another Java doc comment of the same app)
python3 $T/json_comment_list.py src/luojialun_LinGang0318_PolicyTabBean.java data 9 policyContent src/luojialun_LinGang0318_policy22_content.html >/dev/null
python3 $T/html_blocks.py src/luojialun_LinGang0318_policy22_content.html docs/f17_04_guizhang_lingang_gongshang_chuangxin.txt "临港地区工商行政管理创新办法" >/dev/null
G f17_04_guizhang_lingang_gongshang_chuangxin.txt "临港地区工商行政管理创新办法" "$(python3 $T/law_spec.py docs/f17_04_guizhang_lingang_gongshang_chuangxin.txt 1 2)"
# 05 interview (专访, bold Q:/A: turns) as archived from a thepaper.cn page into MkDocs Markdown; attribute lists dropped
python3 $T/strip_attr_lists.py src/transTerminus_news-website_thepaper_9345776_lifshitz.md src/transTerminus_news-website_thepaper_9345776_lifshitz_noattr.md
python3 $T/make_md_doc.py src/transTerminus_news-website_thepaper_9345776_lifshitz_noattr.md f17_05_zhuanfang_xiaonvhai_daoyan heldout --levels 2,3,4 --fresh
python3 $T/add_lines.py f17_05_zhuanfang_xiaonvhai_daoyan '^Q:' 3 >/dev/null
# 06 国家卫健委 技术规范 (2022) as archived in Markdown (## 一、–四、, auto-numbered '1.' list items; text taken from the stored blob, no final newline)
python3 $T/make_md_doc.py src/yunwei37_history-archive_xingbie_chongzhi_guifan_2022.md f17_06_guifan_xingbie_chongzhi_jishu heldout --levels 2 --fresh
# 07 香港政府新聞網 story (2024-04-03) as archived in MkDocs Markdown; attribute lists dropped
python3 $T/strip_attr_lists.py src/transTerminus_news-website_newsgovhk_20240403_shenfenzheng_xingbie.md src/transTerminus_news-website_newsgovhk_20240403_shenfenzheng_xingbie_noattr.md
python3 $T/make_md_doc.py src/transTerminus_news-website_newsgovhk_20240403_shenfenzheng_xingbie_noattr.md f17_07_xianggang_zhengfu_shenfenzheng_xingbie heldout --levels 2,3 --fresh
# 08 speech (习近平 at the 知识分子、劳动模范、青年代表座谈会, 2016-04-26, excerpt) reposted on a WeChat-mirror page with its chrome (file removed in later commits)
T8="时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子 -- 大案 -- 传送门"
python3 $T/html_blocks.py src/cash2one_weixin_weixinchuansong_21942302.jsp docs/f17_08_jianghua_zhishifenzi_zuotanhui.txt "$T8" --drop-first-if-title >/dev/null
G f17_08_jianghua_zhishifenzi_zuotanhui.txt "$T8" '[[16,1]]'
# 09 临港行动方案 (2015-2020) (item 3 of the same policy list): 一、/（一）/1、 (run-in 1、 titles cut at 。)
T9="推动建设国际智能制造中心——上海建设具有全球影响力科技创新中心临港行动方案（2015-2020）"
python3 $T/json_comment_list.py src/luojialun_LinGang0318_PolicyTabBean.java data 3 policyContent src/luojialun_LinGang0318_policy44_content.html >/dev/null
python3 $T/html_blocks.py src/luojialun_LinGang0318_policy44_content.html docs/f17_09_fangan_lingang_zhineng_zhizao.txt "$T9" >/dev/null
G f17_09_fangan_lingang_zhineng_zhizao.txt "$T9" "$(python3 $T/outline_spec.py docs/f17_09_fangan_lingang_zhineng_zhizao.txt)"
# 10 中国政府网 (big5 gate) news page of 2009-06-16 as archived in Markdown; the three '——' 小标题 lines added as headings
python3 $T/make_md_doc.py src/project-polymorph_webpage_archive_govcn_big5_20090616_bianxing_guifan.md f17_10_zhengfu_wangye_bianxing_guifan_zhengqiu heldout --levels 2 --fresh
python3 $T/add_lines.py f17_10_zhengfu_wangye_bianxing_guifan_zhengqiu '^——' 1 --strip-end >/dev/null
python3 $T/check_gold.py
