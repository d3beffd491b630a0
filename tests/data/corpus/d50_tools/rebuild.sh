#!/bin/bash
# Rebuild every document and gold of dev set 50 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev50
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 应用支持一部四组 2016年工作总结及2017年工作计划 (GBK plain text; title wrapped over two source lines; 一、/1、 sections, a 2017 part heading)
python3 $T/txt_doc.py src/DwyaneHu_sum_summary.txt gb18030 docs/d50_01_gongzuo_zongjie_yingyong_zhichi.txt "应用支持一部四组2016年工作总结及2017年工作计划" >/dev/null
G d50_01_gongzuo_zongjie_yingyong_zhichi.txt "应用支持一部四组2016年工作总结及2017年工作计划" \
 '[[6,1],[8,2],[10,2],[12,2],[14,1],[15,2],[18,2],[20,2],[22,2],[24,1],[25,2],[27,2],[29,2],[33,1],[36,1],[39,1],[40,2],[43,2],[46,2]]'
# 02 上海成电福智官方网站首版建设方案 (a company's website project 方案 kept as Markdown; ## 1.–5. numbered sections)
python3 $T/make_md_doc.py src/turbo1126_cdfz-portal_website_shishi_fangan.md d50_02_fangan_chengdian_fuzhi_wangzhan dev --levels 2 >/dev/null
# 03 临界（Hashgard）数字金融区块链白皮书 (a foundation's whitepaper as Markdown: # 第X章, ## 1.1, ### 1.3.1, #### 2.3.1.1)
python3 $T/make_md_doc.py src/smtp132_whitepaper_whitepaper_CN.md d50_03_baipishu_hashgard_linjie dev --levels 1,2,3,4 >/dev/null
python3 - <<'PY'
import json
p = 'gold/d50_03_baipishu_hashgard_linjie.json'
d = json.load(open(p, encoding='utf-8'))
# the ## line under the # title is the title's subtitle (新一代数字金融公有链), not a section
d['headings'] = [h for h in d['headings'] if h['title'] != '新一代数字金融公有链']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 ALIS白皮书 (Chinese translation kept by the company; # 1.–# 18. sections, ## Meet us on). The file has no title of its
# own (it opens with "# 目录"); the document title is given as line 1 and the "目录" line is put back under it (not a heading).
python3 $T/make_md_doc.py src/AlisProject_whitepaper_whitepaper_zh.md d50_04_baipishu_alis dev --levels 1,2 --title "ALIS白皮书" >/dev/null
python3 - <<'PY'
import json
t = 'docs/d50_04_baipishu_alis.txt'; p = 'gold/d50_04_baipishu_alis.json'
L = open(t, encoding='utf-8').read().split('\n')
assert L[1] == '' and L[2].startswith('- ALIS')
L[2:2] = ['目录', '']
open(t, 'w', encoding='utf-8').write('\n'.join(L))
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['line'] += 2
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 05 智能门锁系统 使用说明书 (a product manual kept as Markdown: ## 一、…十四、, ### unnumbered and 1.–5. subsections)
python3 $T/make_md_doc.py src/kystar11s_Smart_Lock_shuomingshu.md d50_05_shuomingshu_zhineng_mensuo dev --levels 2,3 >/dev/null
# 06 锚制ИВ-18多功能荧光电子时钟 说明书 (a hand-made clock's manual: ## and ### unnumbered headings)
python3 $T/make_md_doc.py src/Catium2006_IV18-clock-stm32_shuomingshu.md d50_06_shuomingshu_iv18_shizhong dev --levels 2,3 >/dev/null
# 07 信息检索系统调研报告 (a student team's 调研报告 as Markdown: ## 一、, ### 2.1, #### 2.2.1 and unnumbered #### 调研内容/备选方案对比)
python3 $T/make_md_doc.py src/JanshingVay_INFO_RETRIEVE_diaoyan_baogao.md d50_07_diaoyan_baogao_xinxi_jiansuo dev --levels 2,3,4 >/dev/null
# 08 Velero 调研报告 (## 一、…六、 with a repeated 五、 and a trailing outline ## 三、/四、/五、 as the source has them; ### 3.1、)
python3 $T/make_md_doc.py src/skyline93_velero-wiki_diaoyan_baogao.md d50_08_diaoyan_baogao_velero dev --levels 2,3 >/dev/null
python3 - <<'PY'
import json
p = 'gold/d50_08_diaoyan_baogao_velero.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'].startswith('、'):          # "### 3.1、K8s…": the marker is written 3.1、
        h['marker'] += '、'; h['title'] = h['title'][1:]
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 Zodiac Fortune 白皮书 (a project's whitepaper saved as .txt with its Markdown marks left in: the reader sees "## 项目概述";
# gold = the ## (depth 1) and ### (depth 2) lines, titles without the # marks, marker ''; line 2–3 are the title and subtitle)
python3 $T/txt_doc.py src/UnicornArloi_Astrology_baipishu.txt utf-8 docs/d50_09_baipishu_zodiac_fortune.txt "Zodiac Fortune 白皮书" >/dev/null
G d50_09_baipishu_zodiac_fortune.txt "Zodiac Fortune 白皮书" \
 '[[7, 1, "项目概述", ""], [9, 2, "愿景", ""], [12, 2, "核心价值", ""], [20, 1, "核心机制", ""], [22, 2, "抽签流程", ""], [26, 2, "稀有度概率", ""], [36, 2, "Mythic 奖池机制", ""], [55, 1, "技术架构", ""], [57, 2, "智能合约", ""], [73, 2, "随机数安全", ""], [80, 2, "前端架构", ""], [91, 1, "经济模型", ""], [93, 2, "代币经济", ""], [103, 2, "费用分配", ""], [110, 1, "项目亮点", ""], [129, 1, "路线图", ""], [131, 2, "Phase 1 - 基础建设", ""], [136, 2, "Phase 2 - 功能完善", ""], [141, 2, "Phase 3 - 生态扩展", ""], [148, 1, "风险提示", ""], [157, 1, "联系方式", ""]]'
# 10 layer2层链下扩容方案调研 (a Markdown file whose only # line is "Layer2"; the report's numbering is plain text:
# 摘要, 一 研究背景 (no 、), 2.1 / 2.1.1, titled items 1./2. under 2.4.5; "- xxx：" bullets and [n] references are not headings)
python3 $T/make_md_doc.py src/kingstenzzz_Layer2_diaoyan_baogao.md d50_10_diaoyan_baogao_layer2 dev --levels 2 >/dev/null
G d50_10_diaoyan_baogao_layer2.txt "Layer2" \
 '[[4,1,"摘要",""],[6,1,"研究背景","一"],[9,1,"解决方案","二"],[10,2],[11,3],[14,3],[19,2],[20,3],[25,3],[28,3],[32,2],[41,2],[46,3],[51,3],[57,3],[63,3],[71,3],[73,4],[75,4],[77,2],[92,3],[102,3],[136,1,"总结","三"]]'
python3 $T/check_gold.py
