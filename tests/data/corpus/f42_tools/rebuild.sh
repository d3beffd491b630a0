#!/bin/bash
# Rebuild every document and gold of fresh set 42 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh42
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
rm -f docs/*.txt gold/*.json
# 01 学校总务处 2025年上半年工作总结 (Markdown file without mark-up; month 小标题 lines stand alone)
python3 $T/make_md_doc.py src/haoze-evolluling_year_summary_nianzhong_zongjie.md f42_01_zongwuchu_shangbannian_gongzuo_zongjie heldout --title "2025年上半年总务处工作总结" --fresh
G f42_01_zongwuchu_shangbannian_gongzuo_zongjie.txt "2025年上半年总务处工作总结" '[[7,1],[9,1],[12,1],[15,1],[18,1],[21,1]]'
# 02 软件公司员工 年终总结 (###一、 / > ####1、 headings; the blockquote mark before the #### lines is taken off first)
sed -E 's/^> (#+)/\1/' src/dengfeng520_xiaoshiguangBlog_nianzhong_zongjie.md > /tmp/f42_02.md
python3 $T/make_md_doc.py /tmp/f42_02.md f42_02_nianzhong_zongjie_ruanjian_gongsi heldout --levels 3,4 --title "年终总结" --fresh
# 03 大学生创新项目 结题报告 (## sections)
python3 $T/make_md_doc.py src/SmlCoke_Thermoelectric_Project_jieti_baogao.md f42_03_jieti_baogao_redian_xinpian_tiankong_fushe heldout --levels 2 --fresh
# 04 分布式网盘课程项目 结题报告 (## to #####; a contents list of links at the top is not headings)
python3 $T/make_md_doc.py src/Distributed-Network-Disk_Documents_jieti_baogao.md f42_04_jieti_baogao_fenbushi_wangpan heldout --levels 2,3,4,5 --fresh
# 05 实习生每周工作总结 (## weeks, ### / #### parts, bold stand-alone '**N、…**' lines one level below)
python3 $T/make_md_doc.py src/Serein120658_WorkJourney_gongzuo_zongjie.md f42_05_zhoubao_gongzuo_zongjie_shixi heldout --levels 2,3,4 --fresh
python3 $T/addbold.py src/Serein120658_WorkJourney_gongzuo_zongjie.md f42_05_zhoubao_gongzuo_zongjie_shixi '^\d+、' >/dev/null
python3 - <<'PY'
import json
p = '/work/fresh42/gold/f42_05_zhoubao_gongzuo_zongjie_shixi.json'
d = json.load(open(p, encoding='utf-8'))
L = open('/work/fresh42/docs/' + d['file'], encoding='utf-8').read().split('\n')
for h in d['headings']:
    if h['marker'] in ('2601.23', '2602.03'):   # '26__01.23  意外…' (converter dropped '__'): a date, not a section number
        h['marker'], h['title'] = '', L[h['line'] - 1].strip()
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 技术分享 演讲稿 (## screen sections; bold stand-alone '第N个问题：…' lines one level below)
python3 $T/make_md_doc.py src/exposir_ai-first-sharing_yanjianggao.md f42_06_yanjianggao_ai_youxian heldout --levels 2 --fresh
python3 $T/addbold.py src/exposir_ai-first-sharing_yanjianggao.md f42_06_yanjianggao_ai_youxian '^第[一二三四五六七八九十]+个问题：' >/dev/null
# 07 EEG 情绪识别 论文草稿 (## 1. / ### A. / #### A. headings plus unmarked 'A. …', '1）…' section lines; gold by hand)
python3 $T/make_md_doc.py src/MKEy777_lunwen_lunwen.md f42_07_lunwen_ttfs_snn_eeg_qingxu_shibie heldout --levels 2,3,4 --fresh
G f42_07_lunwen_ttfs_snn_eeg_qingxu_shibie.txt "Design of an Efficient TTFS-SNN-Based EEG Emotion Recognition System on Lightweight FPGA" \
 '[[5,1],[8,1],[116,1],[130,2,"Neuron Model","A."],[159,2,"Layer Structure","B."],[163,3,"DSGM(Depthwise–Separable Gating Module)","1）"],[206,3,"TTFS Encoding Module","2）"],[233,3,"ATSNN(Adaptive Temporal Spiking Neural Network)","3）"],[254,3,"Output Layer","4）"],[262,2,"Network Quantization","C."],[274,1],[278,2,"Overview of Hardware Architecture","A."],[284,2,"Event-Driven Asynchronous Control Framework","B."],[292,2,"Hardware Mechanism and Optimizations","C."],[296,3,"Reconfigurable Tensor Compute Engine","1)"],[304,3,"Division-Free Time Encoding Module","2)"],[308,3,"Event-Driven SNN Compute Engine","3)"],[316,1],[318,2,"Experimental Details","A."],[320,3,"Datasets","1）"],[324,3,"Data preprocessing","2）"],[353,2,"Experimental Settings","B."],[374,2,"Classification Methods Used for Comparison","C."],[376,2,"Classification Results","D."],[468,2,"ASIC Implementation","D."],[470,2],[486,2],[492,1],[493,2],[494,2]]'
# 08 培训课程 讲稿 第一部分 (# title, ## 一、, ### 1.; bold stand-alone '第N个问题：…。' lines one level below, cut at 。)
python3 $T/make_md_doc.py src/Fangziyang0910_openclaw-teach_jianggao.md f42_08_jianggao_openclaw_peixun_diyi_bufen heldout --levels 2,3 --fresh
python3 $T/addbold.py src/Fangziyang0910_openclaw-teach_jianggao.md f42_08_jianggao_openclaw_peixun_diyi_bufen '^第[一二三四五六七八九十]+个问题：' >/dev/null
# 09 转正答辩 演讲 (plain paragraphs in a .md; '第N部分：…' and '总结' lines stand alone; no title in the file: its name is line 1)
python3 $T/make_md_doc.py src/CGa8868_doc_to_remember_yanjiang.md f42_09_zhuanzheng_yanjiang_ceshi_kaifa heldout --title "演讲" --fresh
G f42_09_zhuanzheng_yanjiang_ceshi_kaifa.txt "演讲" '[[7,1,"学习与成长","第一部分"],[19,1,"项目参与与贡献","第二部分"],[25,1,"未来展望与目标","第三部分"],[33,1]]'
# 10 产品演示 演讲稿 (## 【一、…】（约 N 分钟） sections; the numbering sits inside the brackets, so marker '')
python3 $T/make_md_doc.py src/Goodevenin9_mindguide_yanjianggao.md f42_10_yanshi_yanjianggao_xinli_laoshi heldout --levels 2 --fresh
# 11 转正答辩 演讲 (another draft in the same repository: bold stand-alone 一、 and 1. lines; the bold '标题：…' line is the title)
python3 $T/make_md_doc.py src/CGa8868_doc_to_remember_yanjiang3.md f42_11_zhuanzheng_yanjiang_shijian_chengzhang heldout --title "标题：实践与成长：从试用期到转正" --fresh
G f42_11_zhuanzheng_yanjiang_shijian_chengzhang.txt "标题：实践与成长：从试用期到转正" '[[7,1],[11,2],[15,2],[19,2],[23,2],[27,2],[31,2],[35,1],[39,2],[43,2],[47,1],[51,2],[55,2],[59,2],[65,1]]'
# 12 osu! 团队赛 比赛规则 (Markdown ordered list '1. 简介、赛制赛程' … '5. 实验性规则' whose items title the sections; no title in the file: its name is line 1)
python3 $T/make_md_doc.py src/Innocence667_Unnamed_Contest_bisai_guize.md f42_12_bisai_guize_osu_tuandui_sai heldout --title "比赛规则" --fresh
G f42_12_bisai_guize_osu_tuandui_sai.txt "比赛规则" '[[3,1],[19,1],[21,1],[37,1],[55,1]]'
python3 $T/check_gold.py
