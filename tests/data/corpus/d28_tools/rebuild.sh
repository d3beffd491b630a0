#!/bin/bash
# Rebuild every document and gold of dev set 28 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev28
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 杭州西软 2013 新年致辞 (company news page, PHP; unnumbered speech, no headings: gold is empty)
python3 $T/html_blocks.py src/lincong1987_sansong_company_news_3.php docs/d28_01_zhici_xinnian_xiruan_2013.txt "2013 新 年 致 辞" --drop-first-if-title >/dev/null
G d28_01_zhici_xinnian_xiruan_2013.txt "2013 新 年 致 辞" '[]'
# 02 百年人寿 董事长致辞 《实干托起百年梦》 (JSP page of the 2013 高峰会 site; three bold stand-alone sub-headings)
python3 $T/html_blocks.py src/zhanght86_qhbx_aeonsummit2013_speech_detail1.jsp docs/d28_02_zhici_bainian_renshou_gaofenghui.txt "百年人寿-第三届高峰会" --drop-first-if-title >/dev/null
G d28_02_zhici_bainian_renshou_gaofenghui.txt "百年人寿-第三届高峰会" '[[8,1],[11,1],[14,1]]'
# 03 百年人寿 副总裁 闭幕式上的讲话 (JSP page; unnumbered speech with run-in '一是…。二是…。' points, which are not headings: gold is empty)
python3 $T/html_blocks.py src/zhanght86_qhbx_aeonsummit2013_textnews_detail2.jsp docs/d28_03_jianghua_bainian_renshou_bimushi.txt "百年人寿-第三届高峰会" --drop-first-if-title >/dev/null
G d28_03_jianghua_bainian_renshou_bimushi.txt "百年人寿-第三届高峰会" '[]'
# 04 阳新娲石水泥 2019年度社会责任报告 (company site detail page, Smarty template in GB2312; the page's <title> is empty, so line 1 is the article title; 一、–九、 sections, a KPI table one cell a line)
iconv -f gb18030 -t utf-8 src/eidors_checkResourcesFiles_detail-434.tpl > /tmp/d28_04.html
python3 $T/html_blocks.py /tmp/d28_04.html docs/d28_04_shehui_zeren_baogao_wasi_shuini.txt "2019年度阳新娲石水泥有限公司社会责任报告公示" --drop-first-if-title >/dev/null
G d28_04_shehui_zeren_baogao_wasi_shuini.txt "2019年度阳新娲石水泥有限公司社会责任报告公示" '[[5,1],[9,1],[15,1],[105,1],[111,1],[120,1],[123,1],[126,1],[128,1]]'
# 05 娲石集团 建党100周年表彰大会 news release (same site; photo captions, the chairman's speech reported with run-in '一是要…。' … '第六要…。' points, which are not headings: gold is empty)
iconv -f gb18030 -t utf-8 src/eidors_checkResourcesFiles_detail-479.tpl > /tmp/d28_05.html
python3 $T/html_blocks.py /tmp/d28_05.html docs/d28_05_xinwen_wasi_jiandang_biaozhang.txt "娲石集团热烈庆祝中国共产党建党100周年优秀党组织、优秀党员表彰大会隆重召开！" --drop-first-if-title >/dev/null
G d28_05_xinwen_wasi_jiandang_biaozhang.txt "娲石集团热烈庆祝中国共产党建党100周年优秀党组织、优秀党员表彰大会隆重召开！" '[]'
# 06 济宁市烟草专卖局（公司）内部资讯 page: five 新闻通稿 in jQuery EasyUI panels (panel titles rendered by easyui_panels.py as the browser shows them); each news title is a heading; the run-in '一是…' points inside paragraphs are not
python3 $T/easyui_panels.py src/plseal_ssm_project_neibuzixun.jsp /tmp/d28_06.html
python3 $T/html_blocks.py /tmp/d28_06.html docs/d28_06_neibu_zixun_jining_yancao_anquan.txt "Insert title here" --drop-first-if-title >/dev/null
G d28_06_neibu_zixun_jining_yancao_anquan.txt "Insert title here" '[[2,1],[8,1],[12,1],[16,1],[20,1]]'
# 07 金陵中学河西分校 校长专栏 page: 《时间与未来——在…开学典礼上的讲话》 (static HTML prototype of the school site, chrome kept; 一、/二、 parts, the second part has no text on the page)
python3 $T/html_blocks.py src/xuxiaobang_jinlingzhongxue_principal-column.html docs/d28_07_jianghua_kaixue_dianli_jinling_hexi.txt "校长专栏内页" --drop-first-if-title >/dev/null
G d28_07_jianghua_kaixue_dianli_jinling_hexi.txt "校长专栏内页" '[[77,1],[82,1]]'
# 08 泾河城服党支部 特色党建 page (a company party branch's work report; Laravel Blade view, rendered by blade_strip.py with the layout's default <title>; h3 一、–三、 headings, run-in 一是/二是/三是 inside a paragraph)
python3 $T/blade_strip.py src/disapand_CF_qyfp_tsdj.blade.php /tmp/d28_08.html 泾河城服
python3 $T/html_blocks.py /tmp/d28_08.html docs/d28_08_dangjian_gongzuo_jinghe_chengfu.txt "泾河城服" --drop-first-if-title >/dev/null
G d28_08_dangjian_gongzuo_jinghe_chengfu.txt "泾河城服" '[[10,1],[12,1],[14,1]]'
# 09 泾河城服 企业扶贫 page (same site; h3 一、/二、 with —— in the titles, run-in 一是/二是 inside a paragraph)
python3 $T/blade_strip.py src/disapand_CF_qyfp_qyfp.blade.php /tmp/d28_09.html 泾河城服
python3 $T/html_blocks.py /tmp/d28_09.html docs/d28_09_fupin_gongzuo_jinghe_chengfu.txt "泾河城服" --drop-first-if-title >/dev/null
G d28_09_fupin_gongzuo_jinghe_chengfu.txt "泾河城服" '[[9,1],[12,1]]'
# 10 中国石化-style 董事长致辞 on a company site prototype (JSP "关于我们" page; paragraphs open with a run-in topic sentence, none marked up: gold is empty)
python3 $T/html_blocks.py src/xj-github1216_Sinopec_dongshizhang.jsp docs/d28_10_zhici_dongshizhang_zhongguo_shihua.txt "关于我们" --drop-first-if-title >/dev/null
G d28_10_zhici_dongshizhang_zhongguo_shihua.txt "关于我们" '[]'
# 11 企业文化 page of the same site (bold 一、–五、 stand-alone headings; '人本——…。' value lines are not headings)
python3 $T/html_blocks.py src/xj-github1216_Sinopec_qiyewenhua.jsp docs/d28_11_qiye_wenhua_zhongguo_shihua.txt "关于我们" --drop-first-if-title >/dev/null
G d28_11_qiye_wenhua_zhongguo_shihua.txt "关于我们" '[[10,1],[12,1],[14,1],[20,1],[28,1]]'
# 12 blog repost of 饶毅's 2015 北大毕业致辞 《做自己尊重的人》 (Hexo Markdown, front matter without its opening ---; '## 做自己尊重的人' heading, a raw <h3>视频：</h3> at the end; the bold byline and bold word lists are not headings). Gold rewritten by gold.py to add the h3.
python3 $T/make_md_doc.py src/cshijiel_2015-Peking-University-Commencement-Speech.md d28_12_zhici_biye_beida_raoyi dev --levels 2,3 >/dev/null
G d28_12_zhici_biye_beida_raoyi.txt "看 ‘北大最短毕业致辞’ 的感受" '[[13,1],[55,2]]'
