#!/bin/bash
# Rebuild every document and gold of dev set 36 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev36
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01-02 百原科技 GEO 技術白皮書 (zh-TW), chapters 3 and 12 (Markdown: ## 3.1 / ### 3.2.1, figure headings ### Fig 3-1)
python3 $T/make_md_doc.py src/baiyuan-tech_geo-whitepaper_zh-TW_ch03-scoring-algorithm.md d36_01_baipishu_geo_pingfen_suanfa dev --levels 2,3
python3 $T/make_md_doc.py src/baiyuan-tech_geo-whitepaper_zh-TW_ch12-limitations.md d36_02_baipishu_geo_xianzhi_weilai dev --levels 2,3
# 03 湖北日报客户端 news feature (saved page, chrome kept); three two-line bold 小标题 (<strong> with <br>), heading on the first line
T3='这场音乐节，出圈的“地气”和“底气”! - 湖北日报新闻客户端'
python3 $T/html_blocks.py src/mhxqwer_tgnews.hubeidaily.net_index.html docs/d36_03_xinwen_tongxun_zigui_yinyuejie.txt "$T3" --drop-first-if-title >/dev/null
G d36_03_xinwen_tongxun_zigui_yinyuejie.txt "$T3" '[[12,1],[22,1],[34,1]]'
# 04 以太坊白皮书中文版 (Hexo post, partial: sections up to 挖矿; ## / ### unnumbered; Hexo {% %} tags kept as text)
python3 $T/make_md_doc.py src/Frederick-X_x.wwweb3.net_Ethereum-Whitepaper-zh-CN.md d36_04_baipishu_yitaifang_zhongwen dev --levels 2,3
# 05 百原科技 GEO 技術白皮書 (zh-TW) chapter 9 (## 9.x / ### 9.5.x and unnumbered ### / #### 路徑 A–C)
python3 $T/make_md_doc.py src/baiyuan-tech_geo-whitepaper_zh-TW_ch09-closed-loop.md d36_05_baipishu_geo_huanjue_xiufu dev --levels 2,3,4
python3 - <<'PY'
import json
p = '/work/dev36/gold/d36_05_baipishu_geo_huanjue_xiufu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] == '6' and h['title'].startswith('階層知識來源'):   # "6 階層" = six tiers, not a section number
        h['marker'], h['title'] = '', '6 ' + h['title']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 06 金融区块链合作联盟 FISCO BCOS 白皮书 v1.0 (2017; file at commit ba6a751…, deleted later): ## 一、/### 1.1/#### 3.3.1;
#    the cover block under the # title (## subtitle, ### v1.0, ### Github, ### 2017年12月) is not a heading: dropped from the gold
python3 $T/make_md_doc.py src/FISCO-BCOS_whitepaper_FISCO_BCOS_baipishu_v1.0.md d36_06_baipishu_fisco_bcos_jinlianmeng dev --levels 2,3,4
python3 - <<'PY'
import json
p = '/work/dev36/gold/d36_06_baipishu_fisco_bcos_jinlianmeng.json'
d = json.load(open(p, encoding='utf-8'))
d['headings'] = [h for h in d['headings'] if h['line'] >= 10]   # line 10 = 目录, first real section heading
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 07 EOS.IO 技术白皮书 (zh-CN translation; # sections unnumbered, ## / ### / #### below; the Markdown contents list is not headings)
python3 $T/make_md_doc.py src/EOSIO_Documentation_zh-CN_TechnicalWhitePaper.md d36_07_baipishu_eosio_jishu dev --levels 1,2,3,4
# 08 Nervos CKB 白皮书 (RFC 0002 zh, file at commit 6e81da4…, removed later): ## 1. / ### 1.1 / #### 2.2.1
python3 $T/make_md_doc.py src/nervosnetwork_rfcs_0002-ckb.zh.md d36_08_baipishu_nervos_ckb dev --levels 2,3,4
# 09 《2018中国开源年度报告》问卷篇 (开源社), GitBook HTML page (commit e420b2b…, chrome kept): h4 一、…七、 depth 1, h5 1.1…6.16 depth 2;
#    the h1 问卷篇 and h3 第一篇 问卷篇 repeat the page title and are not headings
T9='问卷篇 · 2018中国开源年度报告'
python3 $T/html_blocks.py src/kaiyuanshe_2018-China-Open-Source-Report_chapter-questionnaire.html docs/d36_09_diaocha_baogao_kaiyuan_wenjuan_2018.txt "$T9" --drop-first-if-title >/dev/null
G d36_09_diaocha_baogao_kaiyuan_wenjuan_2018.txt "$T9" '[[12,1],[13,2],[23,2],[30,1],[41,1],[42,2],[47,2],[50,2],[53,2],[55,2],[59,1],[60,2],[66,2],[70,2],[76,2],[78,2],[82,1],[83,2],[87,2],[91,2],[94,2],[97,2],[102,2],[105,2],[108,2],[110,1],[111,2],[115,2],[117,2],[121,2],[124,2],[127,2],[130,2],[132,2],[136,2],[138,2],[140,2],[143,2],[145,2],[147,2],[150,2],[153,2],[155,1]]'
# 10 《2018中国开源年度报告》洞察篇 (Markdown): #### 3.1/3.2 depth 1; bold stand-alone lines (**引子** …) depth 2; the one
#    ##### Apache 软件基金会 depth 3 under **非营利性基金会…**, its bold sub-parts Apache 之道 / ASF 孵化器 depth 4;
#    the bold lead-in of a list (源自中国的 ASF 项目…：) is not a heading
python3 $T/make_md_doc.py src/kaiyuanshe_2018-China-Open-Source-Report_chapter-insight.md d36_10_niandu_baogao_kaiyuan_dongcha_2018 dev --levels 4,5
G d36_10_niandu_baogao_kaiyuan_dongcha_2018.txt "第三篇 洞察篇" '[[3,1],[5,2],[13,2],[27,2],[57,2],[61,2],[71,1],[73,2],[79,2],[85,3],[91,4],[104,4],[108,2],[186,2],[208,2],[242,2]]'
# 11 Nervos RFC 0004 链同步协议 (zh technical specification, HEAD): ## / ### unnumbered
python3 $T/make_md_doc.py src/nervosnetwork_rfcs_0004-ckb-block-sync.zh.md d36_11_jishu_guifan_ckb_lian_tongbu dev --levels 2,3
# 12 Thread Group《电池供电设备》白皮书 V1 (公开) zh-CN translation (file at commit 9f418b0…; the snapshot's HEAD holds only LICENSE);
#    line 1 = the repository's file title; the cover heading "# 电池供电设备" repeats the title and is not a heading;
#    "# 目录" and the "## " sections are one flat level (目录 is not the sections' parent)
python3 $T/make_md_doc.py src/ThreadGroup_whitepapers-zh-cn_Thread_dianchi_gongdian_shebei_baipishu_V1.md d36_12_baipishu_thread_dianchi_shebei dev --levels 1,2 --title "Thread电池供电设备白皮书 V1 (公开)"
python3 - <<'PY'
import json
p = '/work/dev36/gold/d36_12_baipishu_thread_dianchi_shebei.json'
d = json.load(open(p, encoding='utf-8'))
d['headings'] = [dict(h, depth=1) for h in d['headings'] if h['title'] != '电池供电设备']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
python3 $T/check_gold.py
