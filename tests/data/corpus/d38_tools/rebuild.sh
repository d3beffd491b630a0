#!/bin/bash
# Rebuild every document and gold of dev set 38 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev38
T=tools
E() { (cd $T && python3 -c "import gold_edit,sys,json; a=json.loads(sys.argv[2]); gold_edit.edit(sys.argv[1], add=a.get('add',[]), drop=a.get('drop',[]), setdepth={int(k):v for k,v in a.get('setdepth',{}).items()}, titles={int(k):v for k,v in a.get('titles',{}).items()}, whole=a.get('whole',[]), markers={int(k):v for k,v in a.get('markers',{}).items()})" "$@" >/dev/null); }
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 2024 中国开源年度报告 问卷篇 (开源社; Markdown: ## 一. / ### 3.1 / #### 3.1.1, plus the bold stand-alone subheads under 二.)
python3 $T/make_md_doc.py src/kaiyuanshe_2024-China-Open-Source-Report_questionnaire.md d38_01_kaiyuan_niandu_baogao_wenjuan dev --levels 2,3,4
E d38_01_kaiyuan_niandu_baogao_wenjuan '{"add": [[30,2],[36,2],[41,2],[46,2],[51,2],[57,2]]}'
# 02 2024 中国开源年度报告 开源人工智能篇 (## 一. / ### 2.1, '3.1.' as written)
python3 $T/make_md_doc.py src/kaiyuanshe_2024-China-Open-Source-Report_ossAI.md d38_02_kaiyuan_niandu_baogao_rengongzhineng dev --levels 2,3,4
E d38_02_kaiyuan_niandu_baogao_rengongzhineng '{}'
# 03 FreeBSD 2024 年第一季度状态报告 (Chinese translation; ## part / ### project / #### sub-part, plus the bold stand-alone labels 已知问题/TODO/需要帮助)
python3 $T/make_md_doc.py src/ykla_FreeBSD-Status-Report-CN_2024-q1.md d38_03_freebsd_jidu_baogao_2024q1 dev --levels 2,3,4
E d38_03_freebsd_jidu_baogao_2024q1 '{"add": [[526,3],[531,3],[538,3],[816,3]], "whole": [31,41,756]}'
# 04 2024 中国开源年度报告 商业化篇 (four interviews: ## 《title》, ### 访谈嘉宾 line and ### questions, one #### question; bold quoted paragraphs are emphasis, not headings)
python3 $T/make_md_doc.py src/kaiyuanshe_2024-China-Open-Source-Report_commercialization.md d38_04_kaiyuan_niandu_baogao_shangyehua_fangtan dev --levels 2,3,4
E d38_04_kaiyuan_niandu_baogao_shangyehua_fangtan '{"whole": [316]}'
# 05 FreeBSD Journal 2018-09/10 《FreeBSD 与处理器趋势》 (Chinese translation; a technical paper: ## sections, ### sub-sections, 参考文献, appendices '附录 A -' / '附录 B' with their marker set by hand)
python3 $T/make_md_doc.py src/ykla_freebsd-journal-cn_2018-0910_freebsd-and-processor-trends.md d38_05_lunwen_freebsd_chuliqi_qushi dev --levels 2,3
E d38_05_lunwen_freebsd_chuliqi_qushi '{"markers": {"173": "附录 A", "205": "附录 B"}, "titles": {"173": "FreeBSD 序列化原语", "205": "Will-It-Scale 结果"}}'
# 06 FreeBSD Journal 2016-03/04 《BSD 快速文件系统简史》 (Chinese translation; ## '1979：…' year sections, the year is part of the title)
python3 $T/make_md_doc.py src/ykla_freebsd-journal-cn_2016-0304_a-brief-history-of-the-bsd-fast-filesystem.md d38_06_wenzhang_bsd_kuaisu_wenjian_xitong_jianshi dev --levels 2,3
E d38_06_wenzhang_bsd_kuaisu_wenjian_xitong_jianshi '{}'
# 07 开源社《2015年中国开源生态系统报告 V1.0》 (Hexo post: ## 第一部分 …, ### 1. …, #### unnumbered; '第X部分' markers set by hand, make_md_doc.py cuts them at 部)
python3 $T/make_md_doc.py src/kaiyuanshe_Wiki_China-OS-report-2015.md d38_07_kaiyuan_shengtai_baogao_2015 dev --levels 2,3,4
E d38_07_kaiyuan_shengtai_baogao_2015 '{"markers": {"6": "第一部分", "150": "第二部分", "237": "第三部分"}, "titles": {"6": "引进开源", "150": "参与开源", "237": "影响开源"}}'
# 08 开源社《2020 中国开源年度报告》 (Hexo post, ## 一、 > ### 1、 > #### 3.1 > ##### 【专家点评】/interviewee names/（1） > ###### ; the '1\\.' markers keep the Markdown escape as the converter leaves it; '### 5.2'/'### 5.3' under '#### 5.1' (a mark-up slip in the source) take depth 3 by their numbering)
python3 $T/make_md_doc.py src/kaiyuanshe_Wiki_China-OS-report-2020.md d38_08_kaiyuan_niandu_baogao_2020 dev --levels 2,3,4,5,6
E d38_08_kaiyuan_niandu_baogao_2020 '{"markers": {"11": "1\\.", "19": "2\\.", "29": "3\\.", "585": "1\\.", "589": "2\\.", "759": "3\\."}, "titles": {"11": "开源大发展以及由实向虚进发的趋势", "19": "中国开源崛起以及开源世界分裂的趋势", "29": "开源向善以及我们尚未做好准备", "585": "概述", "589": "主要内容与发现", "759": "总结 & 致谢"}, "setdepth": {"499": 3, "523": 3}}'
# 09 LCTT (Linux 中国) translation of the Linux.com report 《2020 年微服务现状》 (### subheads, #### case names, footnotes; tools/lctt_prepare.py drops the invisible '[#]:' metadata and link-reference lines and makes the setext title ATX)
python3 $T/lctt_prepare.py src/LCTT_TranslateProject_20201113_state_of_microservices_2020.md src/LCTT_TranslateProject_20201113_state_of_microservices_2020_prepared.md
python3 $T/make_md_doc.py src/LCTT_TranslateProject_20201113_state_of_microservices_2020_prepared.md d38_09_xinwen_weifuwu_xianzhuang_2020 dev --levels 3,4
E d38_09_xinwen_weifuwu_xianzhuang_2020 '{}'
# 10 LCTT translation of the It's FOSS news feature on CentOS 8 replacements (### groups, #### one per distribution; the closing '#### 你的选择是什么？' kept at the level it is written)
python3 $T/lctt_prepare.py src/LCTT_TranslateProject_20201215_replacements_of_centos8.md src/LCTT_TranslateProject_20201215_replacements_of_centos8_prepared.md
python3 $T/make_md_doc.py src/LCTT_TranslateProject_20201215_replacements_of_centos8_prepared.md d38_10_xinwen_centos8_tidai_xuanze dev --levels 3,4
E d38_10_xinwen_centos8_tidai_xuanze '{}'
# 11 X-lab 开放实验室《GitHub 2019 数字年报》 (## 1、 / ### 2.1, plus the stand-alone bold lines: interviewee names under 3、, 数据集/分析方法 and （1）/（2） under 附录; the bold sentence at line 31 is emphasis, not a heading)
python3 $T/make_md_doc.py src/X-lab2017_github-analysis-report-2019_REPORT.md d38_11_baogao_github_2019_shuzi_nianbao dev --levels 2,3
E d38_11_baogao_github_2019_shuzi_nianbao '{"add": [[143,2],[155,2],[173,2],[223,2],[227,2],[231,3],[249,3]]}'
# 12 掘金翻译计划 translation of the Go team's 《2020 年 Go 语言开发者调查报告》 (a survey report: ## sections only; the '# title' stands below the translator block, so the title is given with --title and that line, the title shown again, is not a heading)
python3 $T/make_md_doc.py src/xitu_gold-miner_Go-developer-survey-2020-results.md d38_12_diaocha_baogao_go_kaifazhe_2020 dev --levels 2,3 --title "2020 年 Go 语言开发者调查报告"
E d38_12_diaocha_baogao_go_kaifazhe_2020 '{}'
#@NEXT
python3 $T/check_gold.py
