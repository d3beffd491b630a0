#!/bin/bash
# Rebuild every document and gold of dev set 64 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev64
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 随笔 《编程史上的趣事（一）》 (shawnxie94/suibi src/blogs/history/code-funny.md; # title, ### sections, unnumbered)
python3 $T/make_md_doc.py src/shawnxie94_suibi_code-funny.md d64_01_suibi_biancheng_qushi dev --levels 3
# 02 随笔 《工作五年小结 | 面对不确定性…》 (same repository, src/blogs/talk/5-years-summarize.md; ## / ### / #### unnumbered)
python3 $T/make_md_doc.py src/shawnxie94_suibi_5-years-summarize.md d64_02_suibi_gongzuo_wunian dev --levels 2,3,4
# 03 通讯/特稿 compilation 《救火队长王岐山》 (Ralvine/blog-cdn content/posts/extract/wangqishan.md; ## per reprinted feature
#    (《环球人物》, 《凤凰周刊》), ### 小标题; footnote marks [^1] kept in the titles as written)
python3 $T/make_md_doc.py src/Ralvine_blog-cdn_wangqishan.md d64_03_tegao_jiuhuo_duizhang dev --levels 2,3
# 04 评论/访谈 compilation 《决策透明化和新闻传媒体制的演变历程与展望》 (same repository, content/posts/extract/xinwen.md).
#    ## per reprinted piece depth 1 ('2015 中国新闻立法之争解读' keeps 2015 in its title, marker ''), ### depth 2 (question titles
#    of the 孙旭培 interview); depth 3 set by hand: the （一）（二）（三） run-in / stand-alone points under three ### parts
#    (titles before the first 。, or up to the first ？ where the run-in title is a question) and the bold '0 法制与自由' …
#    '7 扩展高价值内容的定义' standard titles (marker the bare digit). 一是/二是, 其一/其二 and 第三， sentences are not headings.
python3 $T/make_md_doc.py src/Ralvine_blog-cdn_xinwen.md d64_04_pinglun_xinwen_lifa dev --levels 2,3
G d64_04_pinglun_xinwen_lifa.txt "决策透明化和新闻传媒体制的演变历程与展望" \
 '[[3, 1], [11, 1], [21, 2], [33, 2], [61, 2], [71, 2], [81, 2], [85, 3], [87, 3], [97, 3], [103, 2], [107, 3, "腐败不断加剧，怨声载道，是怎么来的？"], [109, 3], [111, 3, "许多全局性的问题由来已久，这两年爆发性地呈现在社会公众面前，是怎么回事？"], [113, 3, "“文革”回潮是怎么来的？"], [117, 2], [119, 3], [129, 3], [143, 1], [155, 2], [168, 2], [186, 2], [190, 1], [197, 2], [209, 2], [223, 2], [235, 2], [251, 2], [259, 1], [268, 2], [330, 2], [334, 3, "法制与自由", "0"], [338, 3, "鼓励自传播", "1"], [344, 3, "鼓励交互性", "2"], [354, 3, "鼓励中立平台", "3"], [370, 3, "提高信息密度", "4"], [394, 3, "保证搜索透明度", "5"], [402, 3, "保留互联网记忆", "6"], [418, 3, "扩展高价值内容的定义", "7"], [430, 2], [462, 2]]'
# 05 讲话 《在延安文艺座谈会上的讲话》 (Silent-TNT/maoxuan-web2025 第三卷/066-…md; front-matter title is line 1, the `#` speech title
#    and its date line stay in the body and are not headings). `##` 引言 / 结论 / 一 … 五 all at depth 1 as marked up (in the book
#    一–五 are the parts of 结论; the mark-up keeps them level); bare numerals: marker 一…五, title ''; the plain '注　　释' line
#    after the rule titles the notes and is a depth-1 heading.
python3 $T/make_md_doc.py src/Silent-TNT_maoxuan-web2025_066-yanan-wenyi.md d64_05_jianghua_yanan_wenyi dev --levels 2
G d64_05_jianghua_yanan_wenyi.txt "在延安文艺座谈会上的讲话全文在线阅读 - 毛泽东选集第三卷" \
 '[[6,1],[19,1],[28,1,"","一"],[36,1,"","二"],[49,1,"","三"],[55,1,"","四"],[69,1,"","五"],[78,1]]'
# 06 讲话 《在晋绥干部会议上的讲话》 (same repository, 第四卷/124-…md; `##` 一 … 五 depth 1, '注　　释' depth 1, as in 05)
python3 $T/make_md_doc.py src/Silent-TNT_maoxuan-web2025_124-jinsui-ganbu.md d64_06_jianghua_jinsui_ganbu dev --levels 2
G d64_06_jianghua_jinsui_ganbu.txt "在晋绥干部会议上的讲话全文在线阅读 - 毛泽东选集第四卷" \
 '[[8,1,"","一"],[24,1,"","二"],[27,1,"","三"],[30,1,"","四"],[33,1,"","五"],[44,1]]'
# 07 读书笔记 《读〈给青年的十二封信〉》 (Shitao5/shitao-blog content/posts/2020-05-14-geiqingniandeshierfengxin/index.md; front-matter
#    title; `##` 一、谈读书 … 十二、谈人生与我, then 附一 … 附录 and three more `##` pieces, all depth 1 as marked up)
python3 $T/make_md_doc.py src/Shitao5_shitao-blog_geiqingniandeshierfengxin.md d64_07_dushu_gei_qingnian dev --levels 2
# 08 读书笔记 《读〈大学的逻辑〉》 (same repository, content/posts/2021-07-21-daxuedeluoji/index.md; `#` 第X章 depth 1, `##` 1.1 …
#    depth 2; the `## 序` that stands before the first `#` chapter is set to depth 1 by hand)
python3 $T/make_md_doc.py src/Shitao5_shitao-blog_daxuedeluoji.md d64_08_dushu_daxue_luoji dev --levels 1,2
G d64_08_dushu_daxue_luoji.txt "读《大学的逻辑》" \
 '[[5, 1], [11, 1], [13, 2], [27, 2], [51, 2], [63, 2], [75, 2], [89, 2], [109, 2], [121, 2], [139, 2], [145, 2], [159, 1], [179, 1], [185, 2], [187, 2], [201, 2], [205, 2], [209, 1], [213, 2], [227, 2], [237, 2], [243, 2], [255, 2], [269, 1], [271, 2], [275, 2], [285, 1], [289, 2], [297, 2], [307, 2], [319, 2], [329, 2], [335, 1], [339, 2], [343, 2], [351, 2], [355, 2], [361, 2], [367, 1]]'
# 09 专访 《专访-不温不火梁文道》 (bGZo/clippers webpages/~专访-不温不火梁文道.md, a web clipping of a 每日经济新闻 interview;
#    front-matter title; three `###` 小标题 at depth 1; image captions and the bold 转载 notice lines are not headings)
python3 $T/make_md_doc.py src/bGZo_clippers_zhuanfang-liangwendao.md d64_09_zhuanfang_liang_wendao dev --levels 3
# 10 随笔 newsletter 《软弱的乌托邦》 (same repository, webpages/~软弱的乌托邦.md; front matter has no title, so the file's title is
#    given; `###` sections depth 1, the two `####` tool notes after the last `###` depth 2 as marked up)
python3 $T/make_md_doc.py src/bGZo_clippers_ruanruo-de-wutuobang.md d64_10_suibi_ruanruo_wutuobang dev --levels 3,4 --title 软弱的乌托邦
# 11 评论/随笔 《为什么学习《毛选》》 (DukeNan/hugo-blog content/post/article/article_01.md; the front-matter title line carries a
#    YAML comment, so the title is given; `###` 一、真 / 二、强 / 三、易 at depth 1)
python3 $T/make_md_doc.py src/DukeNan_hugo-blog_article_01.md d64_11_pinglun_weishenme_xuexi_maoxuan dev --levels 3 --title 为什么学习《毛选》
# 12 报告/讲话 毛泽东《论联合政府》 (七大政治报告; MaoxuanReading/maoxuanreading 003-第三卷 抗日战争时期（下）/083-论联合政府.md; `#` title is
#    line 1; `##` 一　… 五　 depth 1 (marker the numeral before the ideographic space, title the rest), `###` depth 2, the plain
#    stand-alone '第一　…' … '第十　…' programme titles under '我们的具体纲领' depth 3 (marker 第一 …), '注　　释' depth 1;
#    '第一种，真做。…' sentences are not headings)
python3 $T/make_md_doc.py src/MaoxuanReading_maoxuanreading_083-lun-lianhe-zhengfu.md d64_12_baogao_lun_lianhe_zhengfu dev --levels 2,3
G d64_12_baogao_lun_lianhe_zhengfu.txt "论联合政府" \
 '[[7, 1, "中国人民的基本要求", "一"], [12, 1, "国际形势和国内形势", "二"], [23, 1, "抗日战争中的两条路线", "三"], [24, 2], [30, 2], [40, 2], [55, 2], [63, 2], [66, 2], [71, 2], [84, 2], [90, 2], [93, 2], [96, 2], [100, 2], [105, 1, "中国共产党的政策", "四"], [111, 2], [134, 2], [144, 3, "彻底消灭日本侵略者，不许中途妥协", "第一"], [147, 3, "废止国民党一党专政，建立民主的联合政府", "第二"], [161, 3, "人民的自由", "第三"], [167, 3, "人民的统一", "第四"], [172, 3, "人民的军队", "第五"], [181, 3, "土地问题", "第六"], [208, 3, "工业问题", "第七"], [217, 3, "文化、教育、知识分子问题", "第八"], [226, 3, "少数民族问题", "第九"], [232, 3, "外交问题", "第十"], [248, 2], [254, 2], [261, 2], [279, 1, "全党团结起来，为实现党的任务而斗争", "五"], [295, 1]]'
