#!/bin/bash
# Rebuild every document and gold of fresh set 49 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh49
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 湖北文理学院 毕业设计开题报告 (plain text; 一、 / 1.1 / standalone 1.xxx： item headings)
T1="基于RAG检索增强和多专家Agent的糖尿病智能管理系统 毕业设计（论文）开题报告"
python3 $T/make_txt.py src/2948841010_tnbglxt_kaiti_baogao.txt docs/f49_01_kaiti_baogao_tangniaobing_guanli.txt "$T1" >/dev/null
G f49_01_kaiti_baogao_tangniaobing_guanli.txt "$T1" \
 '[[25,1],[26,2],[28,2],[35,1],[37,2],[41,2],[47,1],[48,2],[50,3],[52,3],[54,3],[56,3],[58,3],[60,3],[62,3],[64,3],[66,2],[68,3],[70,3],[72,3],[74,3],[76,3],[78,3],[80,3],[85,1],[86,2],[97,1],[113,1]]'
# 02 钓鱼爱好者网上交流系统 开题报告 (plain text, CRLF; 1. / 1.1 / （1）)
T2="面向钓鱼爱好者的网上交流系统 开题报告"
python3 $T/make_txt.py src/wu336269328_fishing-forum_kaiti_baogao.txt docs/f49_02_kaiti_baogao_diaoyu_jiaoliu.txt "$T2" >/dev/null
G f49_02_kaiti_baogao_diaoyu_jiaoliu.txt "$T2" \
 '[[5,1],[6,2],[8,2],[12,1],[13,2],[22,2],[25,2],[30,1],[31,2],[33,3],[35,3],[37,3],[39,3],[41,3],[43,3],[45,3],[47,3],[49,2],[51,3],[53,3],[55,3],[57,3],[59,3],[61,3],[63,3],[65,3],[139,1],[140,2],[166,2],[168,3],[170,3],[172,3],[174,3],[176,3],[178,3],[180,3],[182,2],[229,2],[231,2],[232,3],[234,3],[236,3],[238,3],[240,3],[242,3],[244,1],[247,1]]'
# 03 菏泽市环境空气质量日分析报告 (HTML fragments in a Vue app's JS module, joined by js_parts.py; h1/h2/h3 headings)
T3="菏泽市环境空气质量日分析报告"
python3 $T/js_parts.py src/HoPGoldy_my-little-toys_content.js src/HoPGoldy_my-little-toys_content_parts.html >/dev/null
python3 $T/html_blocks.py src/HoPGoldy_my-little-toys_content_parts.html docs/f49_03_baogao_heze_kongqi_zhiliang.txt "$T3" --drop-first-if-title >/dev/null
G f49_03_baogao_heze_kongqi_zhiliang.txt "$T3" '[[2,1],[13,1],[28,1],[31,1],[34,1],[35,2],[39,2],[40,3],[43,3],[46,1]]'
# 04 树莓派超声波测距实验 讲义 (Markdown: ### 1.–6. sections, #### sub-sections, bold stand-alone step labels added by hand)
python3 $T/make_md_doc.py src/mylylka_RaspberryPi_jiangyi.md f49_04_jiangyi_shumeipai_chaoshengbo heldout --levels 3,4 --fresh
G f49_04_jiangyi_shumeipai_chaoshengbo.txt "Raspberry Pi + 超声波传感器测距实验" \
 '[[3,1],[11,1],[20,1],[66,1],[77,1],[92,2],[95,3],[101,3],[112,3],[118,2],[134,1],[135,2],[143,2],[150,2],[168,1],[182,1],[189,1]]'
# 05 JVM优化 第二天 讲义 (Markdown ## 1、 / ### 1.1、 / #### 2.1.1、 / ##### 3.4.2.1、; the 、 after a decimal number belongs to the marker)
python3 $T/make_md_doc.py src/yangliuData_BigData_Stu_jiangyi.md f49_05_jiangyi_jvm_youhua_dierti heldout --levels 2,3,4,5 --fresh
python3 - <<'PY'
import json
p = '/work/fresh49/gold/f49_05_jiangyi_jvm_youhua_dierti.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('、'):
        h['marker'] += '、'
        h['title'] = h['title'][1:]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 第二季度工作述职报告 (a one-page HTML report site, chrome kept; h2 sections depth 1, h3 depth 2, h4 timeline months depth 3;
#    the h3 KPI tiles (完成项目/技术方案/按时交付率) and the chart title 工作内容时间占比 are not headings)
python3 $T/html_blocks.py src/983033995_work-report-q2_index.html docs/f49_06_shuzhi_baogao_dierjidu.txt "第二季度工作述职报告" --drop-first-if-title >/dev/null
G f49_06_shuzhi_baogao_dierjidu.txt "第二季度工作述职报告" \
 '[[8,1],[19,1],[20,2],[22,2],[24,2],[26,2],[28,2],[30,2],[32,2],[34,2],[37,1],[38,2],[41,2],[44,2],[47,1],[48,2],[50,2],[52,2],[57,1],[58,2],[60,2],[62,2],[64,2],[66,2],[67,3],[70,3],[73,3],[76,1],[77,2],[79,2],[81,2],[83,2]]'
# 07 南京理工大学 毕业实习 调研报告 (DOCX; Word heading styles 1/2/3 whose auto-numbers 1 / 2.1 / 3.1.1 are not in the
#    text, so markers are ''; the contents-page lines 7-26 and the 定义如下：/特征如下：/应用如下： labels are not headings)
python3 $T/docx_paras.py src/Yooki-K_MY_NJUST_HOMEWORK_diaoyan_baogao.docx docs/f49_07_diaoyan_baogao_jisuanji_xinjishu.txt >/dev/null
G f49_07_diaoyan_baogao_jisuanji_xinjishu.txt "调研报告" \
 '[[27,1],[29,1],[30,2],[32,2],[34,1],[35,2],[36,3],[49,3],[60,3],[71,3],[87,3],[99,3],[115,3],[129,2],[130,3],[132,3],[134,3],[136,3],[138,3],[140,1]]'
# 08 腾讯实习 工作总结 (DOCX; 一．–五． headings written with a full-width or ASCII dot, markers set by hand)
python3 $T/docx_paras.py src/flyku_WEBStandard_gongzuo_zongjie.docx docs/f49_08_gongzuo_zongjie_tengxun_shixi.txt >/dev/null
G f49_08_gongzuo_zongjie_tengxun_shixi.txt "工作总结" \
 '[[3,1,"整体项目的架构简介","一．"],[9,1,"整体项目流程简介","二．"],[15,1,"工作内容的流程","三．"],[17,1,"GIT版本控制(未使用到分支)","四．"],[22,1,"工作感悟","五."]]'
# 09 中国青年网 news feature (saved page of the 中青校园 article, chrome kept; the h2 article title repeats the page title;
#    two h3 小标题)
T9="齿轮转烽火忆 孩童在石大课堂触摸科学与历史"
python3 $T/html_blocks.py src/AsherDe_news_index.html docs/f49_09_xinwen_shihezi_daxue_shijian.txt "$T9" --drop-first-if-title >/dev/null
G f49_09_xinwen_shihezi_daxue_shijian.txt "$T9" '[[5,1],[14,1]]'
# 10 校园小程序 项目汇报 演讲稿 (DOCX with no title paragraph: line 1 "演讲稿" from the file name; the bold run-in
#    一选题意义 / 二技术依赖 / 三成果展示 are the headings, titles cut at the comma by hand, markers 一/二/三 as written)
python3 $T/docx_titled.py src/gqq1997_we-are-enjoying_yanjianggao.docx docs/f49_10_yanjianggao_xiaoyuan_xiaochengxu.txt "演讲稿" >/dev/null
G f49_10_yanjianggao_xiaoyuan_xiaochengxu.txt "演讲稿" '[[4,1,"选题意义","一"],[11,1,"技术依赖","二"],[12,1,"成果展示","三"]]'
# 11 北京金钲律师事务所 员工手册 (DOCX from the commit that added it, later deleted; line 1 "员工手册" from the file name; 第一篇/第二篇
#    depth 1 (their titles stand on the next paragraph, so the gold title is empty), 第X部分 depth 2, 一、 depth 3; the contents pages (lines 8-44) and the 1./（1） rule items are not headings)
python3 $T/docx_titled.py src/qinghuise_test_yuangong_shouce.docx docs/f49_11_yuangong_shouce_lvshi_shiwusuo.txt "员工手册" >/dev/null
G f49_11_yuangong_shouce_lvshi_shiwusuo.txt "员工手册" '[[45, 1, "", "第一篇"], [47, 2], [57, 2], [58, 3], [61, 3], [71, 3], [77, 3], [81, 3], [85, 2], [86, 3], [90, 3], [95, 3], [98, 3], [103, 3], [116, 3], [118, 2], [119, 3], [123, 3], [127, 3], [131, 3], [134, 3], [136, 3], [138, 3], [140, 3], [142, 3], [145, 2], [158, 2], [159, 3], [162, 3], [171, 1, "", "第二篇"], [173, 2], [174, 3], [183, 3], [199, 3], [207, 3], [209, 2], [210, 3], [215, 3], [235, 3], [248, 3], [270, 3], [292, 3], [311, 3], [321, 3], [330, 3], [332, 2], [333, 3], [345, 3], [395, 3], [407, 3]]'
python3 - <<'PY'
import json
p = '/work/fresh49/gold/f49_11_yuangong_shouce_lvshi_shiwusuo.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'].endswith('部') and h['title'].startswith('分'):   # 第X部分: gold.py's marker pattern stops at 部
        h['marker'] += '分'
        h['title'] = h['title'][1:].strip()
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 12 学生工作室 规章制度 (DOCX; six titled rules 1.–6., each a stand-alone line)
python3 $T/docx_paras.py src/joeyos_Spider_guizhang_zhidu.docx docs/f49_12_guizhang_zhidu_gongzuoshi.txt >/dev/null
G f49_12_guizhang_zhidu_gongzuoshi.txt "规章制度" '[[2,1],[4,1],[6,1],[8,1],[10,1],[13,1]]'
python3 $T/check_gold.py
