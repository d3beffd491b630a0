#!/bin/bash
# Rebuild every document and gold of fresh set 32 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh32
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 Taiwan e-payment executive's forum remarks on stablecoins (Markdown ## 一、..五、)
python3 $T/make_md_doc.py src/notoriouslab_wenji_article_wendingbi.md f32_01_wenzhang_wendingbi_kuajing heldout --levels 2 --fresh >/dev/null
# 02 靈糧誌 sermon/testimony (bold stand-alone lines, numbered 一、–四、 and unnumbered, all one level)
python3 $T/make_md_doc.py src/notoriouslab_wenji_sermon_xinyang_zhichang.md f32_02_jiangdao_xinyang_zhichang heldout --levels 2 --fresh >/dev/null
G f32_02_jiangdao_xinyang_zhichang.txt "【2021靈糧誌No.51】信仰是職場的優勢" '[[13,1],[27,1],[43,1],[55,1],[65,1],[75,1],[81,1]]'
# 03 open-source community governance handbook chapter 3.2 (Markdown ## / ###, unnumbered)
python3 $T/make_md_doc.py src/sunny0826_community-handbook_3-2-decision-making.md f32_03_shouce_kaiyuan_shequ_juece heldout --levels 2,3 --fresh >/dev/null
# 04 blog notes on a CNKI lecture (讲座 notes; Markdown # headings, title from front matter)
python3 $T/make_md_doc.py src/JupiterXue_2021-08-18-sex-research.md f32_04_jiangzuo_biji_kexue_yanjiu heldout --levels 1 --fresh >/dev/null
# 05 北京林业大学信息学院 招生指标分配指导意见（试行）通知, rendered in a Vue component of a course project (template markup: h3 第X章, p 第X条)
python3 $T/html_blocks.py src/huangyukun26_MentorDashboard.vue docs/f32_05_zhidao_yijian_zhaosheng_zhibiao_fenpei.txt "关于信息学院（人工智能学院）硕士研究生招生指标分配指导意见（试行）的通知" >/dev/null
G f32_05_zhidao_yijian_zhaosheng_zhibiao_fenpei.txt "关于信息学院（人工智能学院）硕士研究生招生指标分配指导意见（试行）的通知" \
 '[[5,1],[6,2],[7,2],[8,1],[9,2],[13,2],[16,1],[17,2],[18,2],[19,2],[23,2],[24,1],[25,2],[28,2],[32,1],[33,2],[34,2],[40,1],[41,2],[42,2]]'
# 06 summary of a CCNU 中国农村研究 paper (一、–六、 and titled 1、2、3、 sub-sections as plain <p> lines) in a Vue component of a student project
python3 $T/html_blocks.py src/Khaoden_r-detail04.vue docs/f32_06_lunwen_tudi_liuzhuan_huhui_gongsheng.txt "迈向互惠共生:乡村振兴战略下的农村土地流转复合型模式——来自西北民族地区X县W乡的地方性经验" >/dev/null
G f32_06_lunwen_tudi_liuzhuan_huhui_gongsheng.txt "迈向互惠共生:乡村振兴战略下的农村土地流转复合型模式——来自西北民族地区X县W乡的地方性经验" \
 '[[5,1],[7,1],[9,1],[11,1],[12,2],[17,2],[22,2],[28,1],[29,2],[34,2],[38,2],[43,1]]'
# 07 summary of a paper on 民族地区乡村善治 (摘要, 一、–五、, titled 1、–6、 and （一）（二） as plain <p> lines), same Vue project
python3 $T/html_blocks.py src/Khaoden_r-detail05.vue docs/f32_07_lunwen_xiangcun_shanzhi_liyi_zaifenpei.txt "基于利益再分配的视角:项目进村背景下民族地区乡村善治的实现机制研究" >/dev/null
G f32_07_lunwen_xiangcun_shanzhi_liyi_zaifenpei.txt "基于利益再分配的视角:项目进村背景下民族地区乡村善治的实现机制研究" \
 '[[5,1],[8,1],[9,2],[13,2],[18,2],[21,2],[24,2],[28,2],[33,1],[35,1],[41,1],[42,2],[44,2],[46,1]]'
# 08 summary of the 中基透明指数FTI2023报告 (一、–十一、 as plain <p> lines), same Vue project; h1 title dropped as line 1 repeats it
python3 $T/html_blocks.py src/Khaoden_r-detail01.vue docs/f32_08_baogao_jijinhui_touming_zhishu.txt "中基透明指数FTI2023报告" --drop-first-if-title >/dev/null
G f32_08_baogao_jijinhui_touming_zhishu.txt "中基透明指数FTI2023报告" \
 '[[3,1],[5,1],[7,1],[9,1],[11,1],[13,1],[15,1],[17,1],[19,1],[21,1],[23,1]]'
python3 $T/check_gold.py
