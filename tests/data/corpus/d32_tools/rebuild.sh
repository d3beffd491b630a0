#!/bin/bash
# Rebuild every document and gold of dev set 32 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev32
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# strip a trailing 。/：of a stand-alone heading's title in a gold written by make_md_doc.py
FIX() { python3 - "$1" <<'PY'
import json, sys
p = '/work/dev32/gold/' + sys.argv[1] + '.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('。：: ')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 blog repost of a 知乎 essay 《读博为什么越来越难？》 (Hugo Markdown, ### parts, one #### sub-part)
python3 $T/make_md_doc.py src/WeiqiMeng7_2024-04-12-dubo_weishenme_yuelaiyuenan.md d32_01_suibi_dubo_weishenme_yuelaiyuenan dev --levels 2,3,4
FIX d32_01_suibi_dubo_weishenme_yuelaiyuenan
# 02 blog post with Taylor Swift's NYU 2022 commencement speech, English with Chinese translation (## parts)
python3 $T/make_md_doc.py src/WeiqiMeng7_2023-12-20-Taylor_Swift.md d32_02_yanjiang_niuyue_daxue_biye_dianli dev --levels 2,3
# 03 arXiv paper digest page in Chinese (Jekyll Markdown: ## 💡 一句话要点 … ## 📄 摘要（原文）); bold run-in labels are body text
python3 $T/make_md_doc.py src/hdShang_arxiv-daily_251011028v1-clip-sam.md d32_03_lunwen_zhaiyao_clip_sam_yichang_jiance dev --levels 2,3
# 04 广州市政府办公厅 通知 (穗府办规〔2021〕7号), saved gz.gov.cn page (chrome kept); sections 一、–八、 (plain <p>, not bold)
T04="广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知 - 广州市人民政府门户网站"
python3 $T/html_blocks.py src/shizelengleng_28_tekun_renyuan_jiuzhu_gongyang_tongzhi.html docs/d32_04_tongzhi_guangzhou_tekun_renyuan_jiuzhu_gongyang.txt "$T04" --drop-first-if-title >/dev/null
G d32_04_tongzhi_guangzhou_tekun_renyuan_jiuzhu_gongyang.txt "$T04" '[[76,1],[78,1],[80,1],[82,1],[84,1],[86,1],[88,1],[90,1]]'
# 05 南方+ news feature reposted on the 天河区政府 site: four <strong> 小标题 pairs (part name, then a bold tagline line)
T05="小学招生5月7日起网上报名！天河区义务教育阶段学校招生工作细则公布"
python3 $T/html_blocks.py src/shizelengleng_01b_tianhe_zhaosheng_xize_xinwengao.html docs/d32_05_xinwen_tianhe_yiwu_jiaoyu_zhaosheng_xize.txt "$T05" --drop-first-if-title >/dev/null
G d32_05_xinwen_tianhe_yiwu_jiaoyu_zhaosheng_xize.txt "$T05" '[[18,1],[19,2],[23,1],[24,2],[29,1],[30,2],[33,1],[34,2]]'
# 06 广州市人社局 Q&A page 《2025年度积分制入户工作热点13问》: 13 bold numbered questions (marker '1.' … '13.'; '1.2025年度' is not a decimal number)
T06="2025年度积分制入户工作热点13问-广州市人力资源和社会保障局网站"
python3 $T/html_blocks.py src/shizelengleng_36_jifenzhi_ruhu_redian_13wen.html docs/d32_06_wenda_guangzhou_jifenzhi_ruhu_13wen.txt "$T06" --drop-first-if-title >/dev/null
G d32_06_wenda_guangzhou_jifenzhi_ruhu_13wen.txt "$T06" '[[14, 1, "2025年度积分制入户指标有多少个？", "1."], [16, 1, "申请2025年度积分制入户需要具备哪些基本条件？", "2."], [18, 1, "积分制入户中所说的资格分是什么？排名分是什么？", "3."], [21, 1, "2025年度积分制入户按照什么规则进行排名？", "4."], [23, 1, "2025年度积分制入户申报的起止时间是什么？", "5."], [25, 1, "2025年度积分制入户申请流程是怎样的？", "6."], [28, 1, "积分制入户工作流程是怎样的？", "7."], [30, 1, "是否必须获得个人核定积分才能参加积分制入户申请？", "8."], [33, 1, "2025年度积分制入户中“年龄45周岁以下”的起算时间是什么？", "9."], [35, 1, "2025年度积分制入户积分材料的截止时间？", "10."], [38, 1, "来穗人员咨询政策及在哪里核验积分制入户原件？", "11."], [40, 1, "积分制入户申请人材料造假将会受到什么处罚？", "12."], [42, 1, "积分制入户随迁人员如何申报？", "13."]]'
# add stand-alone bold label lines (Markdown **…** on their own line) as unnumbered headings: ADD name depth line [line …]
ADD() { python3 - "$@" <<'PY'
import json, sys
name, depth, lines = sys.argv[1], int(sys.argv[2]), [int(x) for x in sys.argv[3:]]
p = '/work/dev32/gold/' + name + '.json'
d = json.load(open(p, encoding='utf-8'))
L = open('/work/dev32/docs/' + name + '.txt', encoding='utf-8').read().split('\n')
for ln in lines:
    d['headings'].append({'depth': depth, 'marker': '', 'title': L[ln - 1].strip().rstrip('：:'), 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 07 lab blog repost of a 沙龙分享 (talk transcript) on a data-news work: ## 一、– 三、 parts, ### 1. questions
python3 $T/make_md_doc.py src/ZJU-VAG_2017-08-22-zhouqi_nba_zhilu_shalong_fenxiang.md d32_07_shalong_fenxiang_zhouqi_nba_zhilu dev --levels 2,3
FIX d32_07_shalong_fenxiang_zhouqi_nba_zhilu
# 08 Chinese survey article 交通可视化 (摘要/关键词 run-in; ## 引言 … ## 结语, ### sub-sections; bold stand-alone 参考文献, 作者简介)
python3 $T/make_md_doc.py src/ZJU-VAG_2017-12-11-jiaotong_keshihua.md d32_08_lunwen_jiaotong_keshihua_zhihui_chengshi dev --levels 2,3
ADD d32_08_lunwen_jiaotong_keshihua_zhihui_chengshi 1 107 141
# 09 研讨班手记 (report of a workshop afternoon's talks): ### speakers' talks, #### their points
python3 $T/make_md_doc.py src/ZJU-VAG_2012-07-25-yantaoban_shouji_diwutian.md d32_09_shouji_yantaoban_vag_baogao dev --levels 3,4
# 10 personal blog (Hexo HTML as deployed): notes of an in-house technical talk, six <h2> parts (gold from the h-tags)
T10="公司内部技术分享：做一个优秀的软件开发工程师 | DangJian"
python3 $T/html_blocks.py src/dangjian_2016-08-20-to-be-good-developer.html docs/d32_10_fenxiang_youxiu_ruanjian_kaifa_gongchengshi.txt "$T10" --drop-first-if-title >/dev/null
python3 $T/gold_from_htags.py src/dangjian_2016-08-20-to-be-good-developer.html docs/d32_10_fenxiang_youxiu_ruanjian_kaifa_gongchengshi.txt "$T10" >/dev/null
# 11 reposted 公众号 commentary essay (碧树西风): ## 第一个问题，…。 – ## 第十个问题，…。 (stand-alone heading lines; the ordinal phrase is not a marker)
python3 $T/make_md_doc.py src/TinySnow_dangxia_jingji_de_shige_zhongda_wenti.md d32_11_pinglun_dangxia_jingji_shige_zhongda_wenti dev --levels 2,3
FIX d32_11_pinglun_dangxia_jingji_shige_zhongda_wenti
# 12 same column, another essay: ## 第一个话题：… – ## 第五个话题：…, ### 第一，… / 第二、… points in part three
python3 $T/make_md_doc.py src/TinySnow_tieda_de_zhongchan_liushui_de_zhongchan_jieji.md d32_12_pinglun_tieda_de_zhongchan dev --levels 2,3
FIX d32_12_pinglun_tieda_de_zhongchan
python3 $T/check_gold.py
