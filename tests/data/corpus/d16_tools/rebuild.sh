#!/bin/bash
# Rebuild every document and gold of dev set 16 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev16
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 新闻联播 full transcript of 2026-06-23 (Hugo page of a news-digest site; ### item headings, front-matter title)
python3 $T/make_md_doc.py src/Ming-H_xwlb-daily_transcript_2026-06-23.md d16_01_xinwen_lianbo_20260623 dev --levels 3
# 02 桃園市 市長施政報告 (市議會第1屆第1次定期會, 104.4.17): PDF text boxes (a parser's test fixture) one PDF line a line;
#    gold from the report's own 目錄 (lines 10-234), each entry found in order in the body from line 238
python3 $T/pdfwords_lines.py src/g0v_ppt-commitment-parser_taoyuan1040417.json docs/d16_02_taoyuan_shizhang_shizheng_baogao_1040417.txt "桃園市市長施政報告" >/dev/null
python3 $T/gold_toc.py docs/d16_02_taoyuan_shizhang_shizheng_baogao_1040417.txt 桃園市市長施政報告 10 234 238 >/dev/null
# 03 《中国空手道协会章程》 on the 关于协会 page of a provincial karate association's site (JSP page, chrome kept);
#    第X章 depth 1, every 第X条 at a line start depth 2 (the source lacks 第二条 and 第四十八条 and repeats 第四十七条: kept as written)
python3 $T/html_blocks.py src/Someone-me_karateProject_constitution.jsp docs/d16_03_zhangcheng_zhongguo_kongshoudao_xiehui.txt "关于协会-安徽省空手道协会" --drop-first-if-title >/dev/null
G d16_03_zhangcheng_zhongguo_kongshoudao_xiehui.txt "关于协会-安徽省空手道协会" \
 '[[13,1],[14,2],[15,2],[16,2],[17,2],[18,1],[19,2],[32,1],[33,2],[35,2],[40,2],[44,2],[50,2],[57,2],[58,2],[59,1],[60,2],[61,2],[71,2],[72,2],[73,2],[85,2],[86,2],[87,2],[88,2],[95,2],[96,2],[97,2],[98,2],[101,2],[107,1],[108,2],[109,2],[110,1],[111,2],[118,2],[119,2],[120,2],[121,2],[122,2],[123,2],[124,2],[125,2],[126,1],[127,2],[128,1],[129,2],[130,2],[131,1],[132,2],[133,2],[134,2],[135,2],[136,2],[137,1],[138,2],[139,2],[140,2]]'
# 04 LegCo paper 立法會CB(3)710/2026(06)號文件: 新思維's written submission to the subcommittee on the 4 ride-hailing
#    subsidiary legislation items (PDF text as the repository extracted it); 執行摘要 and 一、–八、 depth 1; 1.1… numbered paragraphs are not headings
python3 $T/plain_text.py src/yellowcandle_Ride-Hailing-Services-legco_sc103cb3-710-6-c.md docs/d16_04_lifahui_yijianshu_xinsiwei_wangyueche.txt "新思維就與規管網約車服務有關的四項附屬法例提交之意見書" >/dev/null
G d16_04_lifahui_yijianshu_xinsiwei_wangyueche.txt "新思維就與規管網約車服務有關的四項附屬法例提交之意見書" \
 '[[13,1],[26,1],[52,1],[90,1],[117,1],[147,1],[163,1],[170,1],[184,1]]'
# 05 LegCo paper 立法會CB(3)634/2026(01)號文件: Uber's cover letter and attached policy submission; the attachment's title line
#    (after the page header 立法會CB(3)634/2026(01)號文件 and a page break) depth 1, its six unnumbered standalone section headings depth 2
python3 $T/plain_text.py src/yellowcandle_Ride-Hailing-Services-legco_sc103cb3-634-1-c.md docs/d16_05_lifahui_yijianshu_uber_wangyueche.txt "Uber 就「網約車服務的規管細節」提交政策意見書" >/dev/null
G d16_05_lifahui_yijianshu_uber_wangyueche.txt "Uber 就「網約車服務的規管細節」提交政策意見書" \
 '[[27,1],[38,2],[54,2],[75,2],[86,2],[109,2],[135,2]]'
# 06 臺北市政府 施政報告 (reporting 103年度下半年 results), chapter 肆、文化: PDF text boxes (the same parser's second fixture), one PDF line a line.
#    Gold by hand from the numbering: 肆、 depth 1, 一、–三、 depth 2, (一)… depth 3 (run-in ones titled by their label before ：
#    or up to 。; a wrapped one by its first line), the titled 1、–4、 under 文化臺北計畫 depth 4; the (1)… items and the
#    1、–4、 paragraphs under 老房子文化運動計畫 are numbered paragraphs, not headings. Line 1 is a title composed by us (the excerpt has none).
python3 $T/pdfwords_lines.py src/g0v_ppt-commitment-parser_taipei-culture.json docs/d16_06_taibei_shizheng_baogao_wenhua_103.txt "臺北市政府施政報告 肆、文化" >/dev/null
G d16_06_taibei_shizheng_baogao_wenhua_103.txt "臺北市政府施政報告 肆、文化" \
 '[[2,1,"文 化","肆、"],[3,2,"103 年度下半年重要施政成果","一、"],[4,3,"文化臺北計畫","(一)"],[5,4,"表演臺北","1、"],[18,4,"藝術臺北","2、"],[42,4,"書院臺北","3、"],[49,4,"人才臺北","4、"],[56,3,"老房子文化運動計畫","(二)"],[77,3,"臺北藝術中心","(三)"],[81,3,"北部流行音樂中心","(四)"],[83,3,"臺北城市博物館聚落","(五)"],[85,2,"已實施之創新作為","二、"],[86,3,"2014 臺北文化護照","(一)"],[89,3,"「臺北城市博物館聚落」營運規劃作業","(二)"],[93,2,"未來施政重點","三、"],[94,3,"文化臺北計畫","(一)"],[98,3,"臺北文化生活圈營造計畫","(二)"],[101,3,"藝文館所人才培育計畫","(三)"],[103,3,"推動影視音產業園區及影視產業基層及技術人才培育計畫","(四)"],[104,3,"建立藝術家服務單一窗口","(五)"],[107,3,"積極爭取臺北音樂廳及第二美術館規劃於花博園區，以整合既有文化設施","(六)"],[109,3,"臺北聲音地景計畫","(七)"],[113,3,"流行音樂產業推動計畫","(八)"],[115,3,"2016 世界設計之都計畫","(九)"],[118,3,"老房子文化運動計畫","(十)"],[122,3,"新北投車站重組工程","(十一)"],[125,3,"臺北藝術中心","(十二)"],[128,3,"賡續辦理臺北城市博物館聚落計畫","(十三)"],[129,3,"賡續辦理文化資產規劃設計及修復","(十四)"]]'
# 07 沭阳县人民政府2025年政府信息公开工作年度报告 as a Markdown .txt in a comparison tool's tests (the repository's own OCR/LLM
#    conversion: "沐阳" for 沭阳, uneven heading levels, Markdown tables). src/ holds the file as the search index stores it at
#    commit 6b4833ab (that commit is not in the fetched snapshot; 6,728 characters, the stored length). make_md_doc.py --levels 2,3,4;
#    gold = the heading mark-up (## depth 1, ### depth 2, #### depth 3) plus the two numbered headings the conversion left
#    unmarked: the run-in （三）精细化建设公开平台 (depth 2) and 六、其他需要报告的事项 (depth 1); trailing 。 dropped from titles;
#    the table captions ### 第二十条第（X）项 keep marker '' (they are not articles).
python3 $T/make_md_doc.py src/zxj6827111-blip_KIROGOVCOMPARE_shuyang_2025_xxgk_nianbao.txt d16_07_xinxi_gongkai_nianbao_shuyang_2025 dev --levels 2,3,4
python3 - <<'PY'
import json
p = 'gold/d16_07_xinxi_gongkai_nianbao_shuyang_2025.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/' + d['file'], encoding='utf-8').read().split('\n')
hs = d['headings']
for h in hs:
    h['title'] = h['title'].rstrip('。')
    if h['marker'] == '第二十条':
        h['marker'], h['title'] = '', '第二十条' + h['title']
for ln, depth, marker, title in [(37, 2, '（三）', '精细化建设公开平台'), (184, 1, '六、', '其他需要报告的事项')]:
    assert L[ln - 1].startswith(marker + title), L[ln - 1][:20]
    hs.append({'depth': depth, 'marker': marker, 'title': title, 'line': ln})
hs.sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 08 《上菜网预付卡章程》 (上海上蔬电子商务有限公司's rules for its prepaid card) on a JSP info page of the company's web shop
#    (site chrome kept; the JSP has no <title>, so line 1 is the 章程's own title, which the page repeats as its heading line).
#    第X章 depth 1, 第X条 depth 2 (law_spec.py: both in unbroken sequence); （一）, a), 1、 items are not headings.
python3 $T/html_blocks.py src/minhaihuang_myShangCaiWang_scwyfkzc.jsp docs/d16_08_zhangcheng_shangcaiwang_yufuka.txt "上菜网预付卡章程" --drop-first-if-title >/dev/null
G d16_08_zhangcheng_shangcaiwang_yufuka.txt "上菜网预付卡章程" "$(python3 $T/law_spec.py docs/d16_08_zhangcheng_shangcaiwang_yufuka.txt 1 2)"
python3 $T/check_gold.py
