#!/bin/bash
# Rebuild every document and gold of dev set 40 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev40
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 USTC OSH-2018 course project 开题报告 《Rust kernel 调研报告》 (Markdown; ## 1. / ### 1.1 / #### 1.2.1, numbering slips kept)
python3 $T/make_md_doc.py src/OSH-2018_X-rocker_kaiti_baogao.md d40_01_diaoyan_baogao_rust_neihe_kaiti dev --levels 2,3,4
# 02 the same team's 结题报告 《Rust kernel 结题报告》
python3 $T/make_md_doc.py src/OSH-2018_X-rocker_jieti_baogao.md d40_02_jieti_baogao_rust_neihe dev --levels 2,3,4
# 03 USTC OSH-2020 project rVisor 结题报告 (## 1 / ### 2.1 / #### 3.2.1, unnumbered #### and ##### sub-heads, a contents list)
python3 $T/make_md_doc.py src/OSH-2020_x-chital_conclusion.md d40_03_jieti_baogao_rvisor_anquan_rongqi dev --levels 2,3,4,5
python3 $T/fix_titles.py gold/d40_01_diaoyan_baogao_rust_neihe_kaiti.json gold/d40_02_jieti_baogao_rust_neihe.json gold/d40_03_jieti_baogao_rvisor_anquan_rongqi.json
# 04 a company department's year-end 述职报告 (GBK plain text, no title in the file: line 1 is the file's name;
#    一、 parts of the year's work, then 一、 parts again for next year's plan; 1、 items)
python3 $T/txt_doc.py src/dolphintwo_Java_Study_shuzhi_baogao.txt docs/d40_04_shuzhi_baogao_kehu_fuwubu.txt "述职报告" --enc gbk >/dev/null
G d40_04_shuzhi_baogao_kehu_fuwubu.txt "述职报告" '[[6,1],[8,2],[16,1],[20,1],[24,1],[26,2],[34,1],[38,1],[42,1]]'
# 05 undergraduate thesis 《基于Python的人脸识别技术》 as plain text copied from Word (tabs after numbers, a stub 目录,
#    two chapters both labelled 第三章, code kept)
python3 $T/txt_doc.py src/Ronnieyang97_graduation_lunwen.txt docs/d40_05_lunwen_python_renlian_shibie.txt "基于Python的人脸识别技术" >/dev/null
G d40_05_lunwen_python_renlian_shibie.txt "基于Python的人脸识别技术" '[[2,1],[7,1],[12,1],[18,1],[19,2],[43,2],[48,2],[57,1],[58,2],[64,2],[103,2],[123,2],[138,2],[141,1],[143,2],[146,3],[170,3],[208,3],[218,2],[225,3],[257,1],[258,2],[259,3],[264,3],[268,3],[272,3],[276,3],[279,2],[280,3],[282,3],[284,3],[286,3],[289,2],[292,1],[293,2],[294,3],[352,3],[397,3],[463,3],[538,2],[556,1]]'
# 06 Beihang master's thesis as plain text saved from Word (cover pages, declarations, 目录 and 图表清单 with tab page
#    numbers, 第一章 > 1.1. > 1.2.1. > （1）, a misnumbered 3.2.1.–3.2.4. under 3.3., header/footer text at the end)
python3 $T/txt_doc.py src/AndrewFrank-zxy_parseEEDoc_biye_lunwen.txt docs/d40_06_shuoshi_lunwen_gaosu_kaiguanfa_shache.txt "基于高速开关阀阵列的数字液压刹车系统压力控制研究" >/dev/null
G d40_06_shuoshi_lunwen_gaosu_kaiguanfa_shache.txt "基于高速开关阀阵列的数字液压刹车系统压力控制研究" '[[90, 1], [100, 1], [116, 1], [127, 1], [139, 1], [222, 1], [315, 1], [316, 2], [325, 2], [327, 3], [329, 3], [331, 4], [339, 4], [343, 3], [355, 2], [357, 3], [358, 4], [369, 4], [377, 3], [391, 2], [395, 2], [405, 1], [408, 2], [409, 3], [413, 3], [453, 2], [455, 3], [459, 3], [474, 2], [476, 3], [531, 3], [578, 2], [582, 1], [584, 2], [587, 3], [732, 3], [749, 2], [753, 3], [766, 3], [787, 3], [791, 2], [798, 3], [817, 3], [838, 3], [848, 3], [858, 2], [867, 2], [869, 3], [871, 3], [873, 4], [879, 4], [885, 4], [897, 4], [904, 3], [926, 3], [1001, 2], [1006, 3], [1016, 3], [1020, 2], [1023, 1], [1025, 2], [1026, 3], [1030, 3], [1040, 3], [1053, 4], [1057, 4], [1065, 2], [1066, 3], [1070, 3], [1100, 2], [1111, 3], [1130, 3], [1138, 2], [1139, 3], [1152, 3], [1167, 3], [1178, 3], [1184, 2], [1190, 1], [1192, 2], [1194, 3], [1206, 3], [1211, 2], [1212, 3], [1222, 3], [1235, 3], [1322, 3], [1333, 2], [1348, 1], [1359, 1], [1409, 1], [1417, 1]]'
# 07 a graduate student's 工作总结报告 for the openthos project (Markdown headings written without a space: '##整体总结')
python3 $T/make_md_doc.py src/openthos_android-x86-analysis_gongzuo_zongjie.md d40_07_gongzuo_zongjie_openthos_bianyi dev --levels 2
# 08 undergraduate thesis 《基于unity的游戏盒子》 as plain text from Word: 目录 with tab page numbers, 一． parts,
#    1.1 / 1.3.1 / 2.1.2.1 sections, （1） and 1. sub-heads, a code appendix whose sections restart at 1. / 2.1
python3 $T/txt_doc.py src/wangjj1995_thesis_biye_lunwen.txt docs/d40_08_lunwen_unity_youxi_hezi.txt "基于unity的游戏盒子" >/dev/null
G d40_08_lunwen_unity_youxi_hezi.txt "基于unity的游戏盒子" '[[2,1],[63,1,"需求分析","一．"],[64,2],[68,2],[74,2],[75,3],[86,3],[88,3],[90,3],[92,1,"设计与实现","二．"],[93,2],[94,3],[104,3],[116,4],[117,5],[159,5],[301,2],[302,3],[325,3],[327,4],[342,5],[344,5],[484,4],[519,5],[524,5],[580,2],[581,3],[598,3],[602,4],[604,4],[615,4],[673,1,"参考文献","三．"],[687,1,"总结","四．"],[696,1,"代码附录","五．"],[697,2],[758,2],[759,3],[815,3],[925,2,"2048游戏代码","3."],[926,3],[949,3],[969,3],[1091,3],[1824,3],[1923,2],[1924,3],[2121,3],[2183,3],[2201,3],[2217,3],[2295,3],[2309,3],[2390,3],[2455,3],[2471,3],[2495,3],[2635,3]]'
# 09 USTC OSH-2020 project 结题报告 《基于 Rust 和 WebAssembly 的分布式文件系统》 (## 一. / ### 2.1, code blocks)
python3 $T/make_md_doc.py src/OSH-2020_x-gkd_conclusion.md d40_09_jieti_baogao_rust_wasm_fenbushi_wenjian dev --levels 2,3,4
python3 $T/cn_dot_marker.py gold/d40_09_jieti_baogao_rust_wasm_fenbushi_wenjian.json
# 10 a student's 实验报告 (GBK plain text): title line, label headings '实现环境：' …, star rules, numbered notes
python3 $T/txt_doc.py src/z55250825_RayTracing_shiyan_baogao.txt docs/d40_10_shiyan_baogao_guangxian_zhuizong.txt "光线追踪算法实现：" --enc gbk >/dev/null
G d40_10_shiyan_baogao_guangxian_zhuizong.txt "光线追踪算法实现：" '[[4,1],[8,1],[13,1],[26,1],[90,1],[113,1]]'
# 11 IRIS 网络白皮书 (Chinese translation, Markdown ## / ###, plus stand-alone bold sub-heads and team members' names)
python3 $T/make_md_doc.py src/irisnet_irisnet_baipishu.md d40_11_baipishu_iris_wangluo dev --levels 2,3
python3 $T/add_bold.py gold/d40_11_baipishu_iris_wangluo.json docs/d40_11_baipishu_iris_wangluo.txt '[["并非所有的运算都可以或应该以诸如智能合约这样的形式在区块链上实现",2],["如何利用现有的区块链资源，包括公有链和联盟链",2],["服务定义",3],["服务绑定:",3],["服务调用",3],["争议解决",3],["服务分析",3],["查询",3],["服务对象",4],["性能指标",4],["Haifeng Xi",3],["Harriet Cao",3],["Jae Kwon",3],["陶曲明",3],["白硕",3],["Jim Yang",3],["Zaki Manian",3],["Adrian Brink",3],["Michael Yuan",3],["阮宇博",3]]'
# 12 USTC OSH-2019 project 调研报告 (seL4 / Rust): unnumbered Markdown levels # to #####, a linked 目录 list
python3 $T/make_md_doc.py src/OSH-2019_x-qwq_research.md d40_12_diaoyan_baogao_sel4_rust_weineihe dev --levels 1,2,3,4,5
echo "# check"
python3 $T/check_gold.py
