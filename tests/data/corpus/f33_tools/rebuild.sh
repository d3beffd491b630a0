#!/bin/bash
# Rebuild every document and gold of fresh set 33 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh33
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 心得 essay 《改革创新 奋发有为 在新时代里继续前进》 (HTML in the JSON example of an Android bean's doc comment)
python3 $T/bean_comment.py src/ls895977_ZhiHuiDangJianAPP_StrengthenBean.java study 3 src/ls895977_StrengthenBean_study3.html >/dev/null
python3 $T/html_blocks.py src/ls895977_StrengthenBean_study3.html docs/f33_01_xinde_gaige_chuangxin_linchang.txt "改革创新 奋发有为 在新时代里继续前进" --drop-first-if-title >/dev/null
G f33_01_xinde_gaige_chuangxin_linchang.txt "改革创新 奋发有为 在新时代里继续前进" '[[3,1],[5,1],[7,1],[9,1]]'
# 02 school notice 2021级新生入学报到规则 (JSP page; run-in 一、…。 headings)
python3 $T/strip_jsp.py src/YuLin-Coder_No235_view_rule.jsp src/YuLin-Coder_No235_view_rule_stripped.html
python3 $T/html_blocks.py src/YuLin-Coder_No235_view_rule_stripped.html docs/f33_02_tongzhi_xinsheng_baodao_guize.txt "报道规则" --drop-first-if-title >/dev/null
G f33_02_tongzhi_xinsheng_baodao_guize.txt "报道规则" '[[7,1],[8,1],[9,1]]'
# 03 平潭综合实验区农业农村局 2024年工作总结及2025年工作思路 (article div TRS_Editor of a saved gov page, transcribed from page.html)
python3 $T/html_blocks.py src/pingtan_101531_nongye_nongcun_ju_TRS_Editor.html docs/f33_03_gongzuo_zongjie_pingtan_nongye.txt "平潭综合实验区农业农村局 2024年工作总结及2025年工作思路" >/dev/null
G f33_03_gongzuo_zongjie_pingtan_nongye.txt "平潭综合实验区农业农村局 2024年工作总结及2025年工作思路" '[[3,1],[8,1],[9,2],[10,2],[11,2],[12,2],[13,2]]'
# 04 屿头乡政府信息公开规定 (township rule; article_content div of a saved gov page, transcribed; <BR> breaks; run-in 一、…： titles cut at the colon by hand)
python3 $T/html_blocks.py src/pingtan_80918_yutouxiang_xinxi_gongkai_article_content.html docs/f33_04_guiding_yutouxiang_xinxi_gongkai.txt "屿头乡政府信息公开规定" >/dev/null
G f33_04_guiding_yutouxiang_xinxi_gongkai.txt "屿头乡政府信息公开规定" '[[4,1,"政府信息公开的总体要求"],[5,1,"政府信息公开的主体"],[6,1],[14,1]]'
# 05 心得 essay 《发挥示范引领职能 以改革创新促发展》 (same bean as 01, another article; run-in 一、…。 headings)
python3 $T/bean_comment.py src/ls895977_ZhiHuiDangJianAPP_StrengthenBean.java study 0 src/ls895977_StrengthenBean_study0.html >/dev/null
python3 $T/html_blocks.py src/ls895977_StrengthenBean_study0.html docs/f33_05_xinde_shifan_yinling_linchang.txt "发挥示范引领职能 以改革创新促发展" --drop-first-if-title >/dev/null
G f33_05_xinde_shifan_yinling_linchang.txt "发挥示范引领职能 以改革创新促发展" '[[4,1],[5,1],[6,1]]'
# 06 申论 lecture handout 《方法精讲 - 申论》 (Vue template of a study site; h2 chapters, h4 一、 titles, numbered block titles)
python3 $T/html_blocks.py src/qiufengming_demo-vue_shenlun_pdf04.vue docs/f33_06_jiangyi_shenlun_fangfa.txt "方法精讲 - 申论" --drop-first-if-title >/dev/null
(cd /work/fresh33 && python3 $T/gold_lecture06.py >/dev/null)
# 07 treatise 《古罗马的「除名毁忆」与西汉的「春秋断狱」》 (Jekyll post; ### 一、 / #### 1、)
python3 $T/make_md_doc.py src/jubyshu_nagisaao_damnatio-memoriae-and-chunqiu-judgement.md f33_07_lunwen_chumu_huiyi_chunqiu_duanyu heldout --levels 3,4 --fresh >/dev/null
# 08 平潭县公安局警务公开工作实施办法 (county police bureau rule; crawler page.txt transcribed, paragraphs restored at 第X章/第X条/（n）)
python3 $T/pagetxt_paras.py src/pingtan_80921_gonganju_jingwu_gongkai_page.txt docs/f33_08_banfa_pingtan_gonganju_jingwu_gongkai.txt >/dev/null
G f33_08_banfa_pingtan_gonganju_jingwu_gongkai.txt "平潭县公安局警务公开工作实施办法" "$(python3 $T/law_spec.py docs/f33_08_banfa_pingtan_gonganju_jingwu_gongkai.txt 1 2)"
# 09 personal 《2023年终总结 与 未来计划》 (VitePress post; ## before the second # title at depth 1, ## under it at depth 2, bold stand-alone line depth 3)
python3 $T/make_md_doc.py src/pengfei1346_docs_2023.md f33_09_zongjie_2023_niandu_jihua heldout --levels 1,2 --fresh >/dev/null
G f33_09_zongjie_2023_niandu_jihua.txt "2023年终总结 与 未来计划" '[[7,1],[15,1],[21,1],[25,2],[29,3],[38,2]]'
# 10 Hong Kong old-news catalogue page 《立法》 (VuePress Markdown; ## / ### ordinance names / #### years, numbered news-title items)
python3 $T/make_md_doc.py src/catagnewshk_docs_legislation.md f33_10_mulu_xianggang_lifa_jiu_xinwen heldout --levels 2,3,4 --fresh >/dev/null

# 11 澳前镇信息公开保密审查制度 (town rule, 第一条–第十条 with ㈠–㈢ items; crawler page.txt transcribed, paragraphs restored)
python3 $T/pagetxt_paras.py src/pingtan_80919_aoqianzhen_baomi_shencha_page.txt docs/f33_11_zhidu_aoqianzhen_baomi_shencha.txt >/dev/null
G f33_11_zhidu_aoqianzhen_baomi_shencha.txt "澳前镇信息公开保密审查制度" "$(python3 $T/law_spec.py docs/f33_11_zhidu_aoqianzhen_baomi_shencha.txt 1 1)"
# 12 平潭县公安局政府信息公开工作规定 (county police bureau rule; page.txt transcribed, paragraphs restored; the third chapter's
#    label is missing in the source ('公文类政府信息公开审核' stands alone): that title line is a depth-1 heading with marker '',
#    第四章/第五章 are kept at depth 1 although law_spec.py reports them out of sequence; the repeated title line 3 is not a heading)
python3 $T/pagetxt_paras.py src/pingtan_80923_gonganju_xinxi_gongkai_guiding_page.txt docs/f33_12_guiding_pingtan_gonganju_xinxi_gongkai.txt >/dev/null
G f33_12_guiding_pingtan_gonganju_xinxi_gongkai.txt "平潭县公安局政府信息公开工作规定" '[[4, 1], [5, 2], [6, 2], [7, 2], [8, 2], [9, 2], [10, 2], [11, 2], [21, 2], [26, 2], [31, 1], [32, 2], [37, 2], [48, 2], [56, 2], [57, 2], [62, 1], [63, 2], [64, 2], [65, 2], [66, 2], [67, 2], [68, 2], [69, 2], [70, 2], [71, 1], [72, 2], [77, 2], [78, 2], [89, 2], [90, 2], [91, 2], [92, 2], [93, 2], [94, 2], [95, 2], [96, 1], [97, 2], [98, 2], [106, 2], [107, 2], [108, 2]]'
python3 $T/check_gold.py
