#!/bin/bash
# Rebuild every document and gold of fresh set 38 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh38
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# add a heading (line, depth, marker, title) to a gold written by make_md_doc.py, keeping line order
ADD() { python3 - "$@" <<'PY'
import json, sys
p = '/work/fresh38/gold/' + sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
d['headings'].append({'depth': int(sys.argv[3]), 'marker': sys.argv[4], 'title': sys.argv[5], 'line': int(sys.argv[2])})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# set marker and title of the heading at a line of a gold (line, marker, title)
FIX() { python3 - "$@" <<'PY'
import json, sys
p = '/work/fresh38/gold/' + sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['line'] == int(sys.argv[2]):
        h['marker'], h['title'] = sys.argv[3], sys.argv[4]
        break
else:
    raise SystemExit('no heading at line ' + sys.argv[2])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 BitVM whitepaper, Chinese-English translation (Markdown ## 1. ... ## 9.; the abstract heading is an HTML <h3> in the Markdown)
python3 $T/make_md_doc.py src/miaohaifeng_bitvm_README.md f38_01_lunwen_bitvm_baipishu heldout --levels 2 --fresh >/dev/null
ADD f38_01_lunwen_bitvm_baipishu.json 12 1 '' '概要 (Abstract)'
# 02 深圳杯 modelling paper 影响城市居民身体健康的因素分析 (Markdown; heading levels mixed: ### <center>一、…八、 parts, #### 1.1, and inside 五、 ## topics with ### sub-topics; depth from the paper's logical nesting, set by hand)
python3 $T/make_md_doc.py src/HuaYuXiao_Shenzhen_cup.md f38_02_lunwen_chengshi_jumin_jiankang heldout --levels 2,3,4 --fresh >/dev/null
G f38_02_lunwen_chengshi_jumin_jiankang.txt "影响城市居民身体健康的因素分析" "$(python3 -c "
d1=[3,10,32,38,47,49,536,538,546]
d2=[12,20,540,542,544,53,63,69,76,88,120,124,170,302,459]
d3=[90,107,116,126,139,148,159,172,178,194,226,240,268,292,296,379,391,393,405,407,419,431,443,465]
import json; print(json.dumps(sorted([[l,1] for l in d1]+[[l,2] for l in d2]+[[l,3] for l in d3])))")"
# 03 talk manuscript 人工智能在物流行业的前景 (a 七牛 AI-lab talk to 顺丰 staff, 2017; Markdown: # 提纲 title line with the talk's outline as a bullet list, ## parts, ### sub-parts)
python3 $T/make_md_doc.py "src/lynphoenix_talks_jianggao_shunfeng.md" f38_03_jianggao_rengong_zhineng_wuliu heldout --levels 2,3 --fresh >/dev/null
FIX f38_03_jianggao_rengong_zhineng_wuliu.json 131 '二' '为什么是深度神经网络'
# 04 任正非《华为的冬天》(2001 speech to 科以上干部; VitePress Markdown page: # title, visitor-badge <img>, subtitle, 【导  读】, ten plain-line 一、…十、 parts)
python3 $T/make_md_doc.py src/plantree_renzhengfei_huawei_de_dongtian.md f38_04_jianghua_huawei_de_dongtian heldout --levels 2 --fresh >/dev/null
G f38_04_jianghua_huawei_de_dongtian.txt "华为的冬天" '[[23,1],[31,1],[39,1],[45,1],[59,1],[73,1],[79,1],[89,1],[93,1],[103,1]]'
# 05 任正非《关于珍爱生命与职业责任的讲话》(2011; 一、…六、, then a 【参考资料】 part holding a case report with its own 一、二、三、, 1、2、3、 and a 批示 label)
python3 $T/make_md_doc.py src/plantree_renzhengfei_zhenai_shengming.md f38_05_jianghua_zhenai_shengming heldout --levels 2 --fresh >/dev/null
G f38_05_jianghua_zhenai_shengming.txt "关于珍爱生命与职业责任的讲话" '[[8,1],[14,1],[20,1],[24,1],[28,1],[34,1],[38,1,"【参考资料】",""],[44,2],[58,2],[64,2],[68,3],[72,3],[76,3],[80,2]]'
# 06 WeChat feature 《暴涨3倍！迅雷怎样用稀缺性支付了工资？》(观点推荐, 2017) kept in a Jekyll post: front matter + the article's HTML
#    (body cut to src/…_body.html by jekyll_body.py; html_blocks.py, the post title as line 1). Gold: the bold 缘由 and the h2 小标题; the contents list at the top and a bold sentence are not headings.
t=$(python3 $T/jekyll_body.py src/lijiaocn_wechat_2017-11-03-z7z8day-21.md src/lijiaocn_wechat_2017-11-03-z7z8day-21_body.html)
python3 $T/html_blocks.py src/lijiaocn_wechat_2017-11-03-z7z8day-21_body.html docs/f38_06_xinwen_xunlei_wankebi.txt "$t" --drop-first-if-title >/dev/null
G f38_06_xinwen_xunlei_wankebi.txt "$t" '[[10,1],[12,1],[18,1],[27,1],[37,1],[48,1],[63,1]]'
# 07 WeChat feature 《生育率下降背后的5个故事》(饭统戴老板, 2018), same form. Gold: the five bold 第X个故事：… 小标题 (labelled marker as in f17_02) and 尾声; byline, a bold sentence and the recap list in 尾声 are not headings.
t=$(python3 $T/jekyll_body.py src/lijiaocn_wechat_2018-01-30-worldofboss-1651.md src/lijiaocn_wechat_2018-01-30-worldofboss-1651_body.html)
python3 $T/html_blocks.py src/lijiaocn_wechat_2018-01-30-worldofboss-1651_body.html docs/f38_07_xinwen_shengyulv_gushi.txt "$t" --drop-first-if-title >/dev/null
G f38_07_xinwen_shengyulv_gushi.txt "$t" '[[5,1,"嘴炮式劝生","第一个故事："],[21,1,"工具式产子","第二个故事："],[43,1,"破产式添丁","第三个故事："],[59,1,"碎钞式教育","第四个故事："],[80,1,"焦虑式育儿","第五个故事："],[86,1]]'
# 08 《道德经》 第一章–第十章 with a reader's commentary (VuePress Markdown: # title, ::: tip containers kept as text, ## 道 / ## 道篇：第一章 ～ 第五章 groups, ### 第X章 chapters with no title of their own: marker only, title '')
python3 $T/make_md_doc.py src/fzxiehui_book_TaoTeChing.md f38_08_zhuzuo_daodejing_zhujie heldout --levels 2,3 --fresh >/dev/null
# 09 Bitcoin whitepaper, bilingual English/Chinese translation on a Hugo blog (TOML front matter title as line 1, via hugo_front.py;
#    the paper's own two # title lines repeat the title and are not headings; ## 1. … ## 12. and ## 参考文献 depth 1; an empty '## ' line is no heading)
python3 $T/hugo_front.py src/worldofrorrim_bitcoin_baipishu.md src/worldofrorrim_bitcoin_baipishu_yaml.md
python3 $T/make_md_doc.py src/worldofrorrim_bitcoin_baipishu_yaml.md f38_09_lunwen_bitebi_baipishu heldout --levels 2 --fresh >/dev/null
# 10 'AI Gossip' (七牛 AI lab, 2017): an article written up from a company sharing talk; Markdown: # 提纲 title line, the outline as a bullet list,
#    then # AI Gossip (the talk's own h1, depth 1), ## parts depth 2, ### sub-parts depth 3 ('## 二 为什么…' marker '二' set by hand as in 03)
python3 $T/make_md_doc.py src/lynphoenix_talks_wenzhang_jianggao.md f38_10_jianggao_ai_gossip heldout --levels 1,2,3 --fresh >/dev/null
FIX f38_10_jianggao_ai_gossip.json 126 '二' '为什么是深度神经网络'
# 11 long essay 《天道是否有报－从三个层次解读『求仁得仁又何怨乎』》 (personal site, org-mode export to Markdown: # title, # Table of Contents with the
#    contents as a nested list, ## sections and ### sub-sections of the essay, then # 写在后面 and # Footnotes as siblings of the title heading, as the
#    contents list shows). Gold: ## depth 1, ### depth 2, the three other h1 depth 1; 第X个层次： as a labelled marker; contents lines are not headings.
python3 $T/make_md_doc.py src/janegwaww_no_pain_no_gain.zh.md f38_11_zhuzuo_tiandao_baoying heldout --levels 1,2,3 --fresh >/dev/null
G f38_11_zhuzuo_tiandao_baoying.txt "天道是否有报－从三个层次解读『求仁得仁又何怨乎』" '[[5,1],[27,1],[33,1],[37,2],[43,2],[53,2],[97,1],[169,1],[177,1,"你真心想得到什么","第一个层次："],[183,1,"什么叫做报","第二个层次："],[189,1,"尽人事才能听天命","第三个层次："],[195,1],[205,1],[262,1]]'
# 12 long essay 《读太史公自序–什么是中国的责任》 (same site and form as 11: # title, # Table of Contents, ## sections, # 写在后面, # Footnotes). Gold: all depth 1.
python3 $T/make_md_doc.py src/janegwaww_shiji_zixu.md f38_12_zhuzuo_taishigong_zixu heldout --levels 1,2,3 --fresh >/dev/null
G f38_12_zhuzuo_taishigong_zixu.txt "读太史公自序–什么是中国的责任" '[[5,1],[30,1],[40,1],[64,1],[78,1],[92,1],[110,1],[126,1],[144,1],[168,1],[192,1],[212,1],[222,1],[234,1],[250,1],[260,1],[326,1]]'
python3 $T/check_gold.py
