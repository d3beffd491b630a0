#!/bin/bash
# Rebuild every document and gold of dev set 55 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev55
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 对话 feature: L@unch Talk 陈丹青 interview page (PHP page, no PHP code; questions are headings, page chrome kept)
python3 $T/html_blocks.py src/dybaoqee_LaunchTalk_talks_1_index.php docs/d55_01_duihua_chen_danqing_kunan.txt "L@unch Talk - Everyone was running" --drop-first-if-title >/dev/null
G d55_01_duihua_chen_danqing_kunan.txt "L@unch Talk - Everyone was running" \
 '[[5,1],[9,1],[15,1],[19,1],[23,1],[27,1,"受经济危机影响的一代人（随之出生、成长与失业等）该怎么办？"],[31,1]]'
# 02 新闻通稿 of a college (安信工计算机学院 演讲比赛), JSP page: <%…%> and <jsp:…> dropped first; no subheads: gold is empty
python3 $T/strip_jsp.py src/QK1658_EastTeam_Respository_schoolfunpage_details.jsp /tmp/d55_02.html
python3 $T/html_blocks.py /tmp/d55_02.html docs/d55_02_xinwengao_chengxin_yanjiang.txt "校园趣事" --drop-first-if-title >/dev/null
G d55_02_xinwengao_chengxin_yanjiang.txt "校园趣事" '[]'
# 03 公众号 article (Claude Code 代码与接口完全揭秘) saved as plain text in a test fixture (.md name, no Markdown mark-up):
#    copied as it is (line 1 is the article title); 第X部分 / X.Y / 第 N 层 headings, closing 简单的力量 and the two 参考资料 lines
cp src/tiaot33_websum-to-git_tests_fixtures_test.md docs/d55_03_gongzhonghao_claude_code_jiemi.txt
G d55_03_gongzhonghao_claude_code_jiemi.txt "Claude Code 代码与接口完全揭秘" \
 '[[24, 1, "核心循环", "第一部分"], [25, 2], [76, 2], [128, 2], [172, 2], [203, 1, "系统提示词 - 行为塑造的艺术", "第二部分"], [204, 2], [207, 3, "身份与约束", "第 1 层"], [216, 3, "沟通风格", "第 2 层"], [226, 3, "专业客观性", "第 3 层"], [235, 3, "任务管理策略", "第 4 层"], [246, 2], [276, 2], [308, 2], [334, 1, "工具定义 - API 即能力边界", "第三部分"], [335, 2], [386, 2], [452, 2], [471, 1, "实际请求 - 理论到实践的最后一环", "第四部分"], [472, 2], [540, 2], [547, 2], [558, 2], [572, 2], [603, 1, "扩展机制全景 - MCP、Skills 与整个生态", "第五部分"], [606, 2], [652, 2], [718, 2], [730, 2], [843, 2], [869, 2], [888, 2], [978, 1, "设计哲学的终极解读", "第六部分"], [979, 2], [992, 2], [999, 2], [1008, 2], [1017, 1], [1028, 1], [1039, 1]]'
# 04 公众号 article (北大生存指南 AutoPku) as Markdown: ## / ### headings; 第X步 labels as markers; the bold FAQ questions (stand-alone bold lines) added at depth 2
python3 $T/make_md_doc.py src/ICUlizhi_AutoPku_gongzhonghao_wenzhang.md d55_04_gongzhonghao_autopku_kecheng_tongzhi dev --levels 2,3
python3 $T/fix_md_gold.py d55_04_gongzhonghao_autopku_kecheng_tongzhi --add 224:2 229:2 233:2
# 05 公众号 article (橡胶黏弹性在线实验室) as Markdown (saved from read_file: the repository name '-rubber-' cannot be fetched); ## 一、 / ### 1. and 第X步 headings
python3 $T/make_md_doc.py src/maomaozhou1_-rubber-_gongzhonghao_wenzhang.md d55_05_gongzhonghao_xiangjiao_nientanxing dev --levels 2,3
python3 $T/fix_md_gold.py d55_05_gongzhonghao_xiangjiao_nientanxing
# 06 深度报道 (36氪 智氪 「白色石油」的宿命轮回) saved by Omnivore as Markdown (front matter, Omnivore header lines kept as text);
#    the article's own title repeated under "Full Content" is not a heading (--skip); four ## subheads at depth 1
python3 $T/make_md_doc.py src/neowang0122_omnivore_baise_shiyou_zhike_36kr.md d55_06_shendu_baodao_tianqi_liye dev --levels 2 --title "「白色石油」的宿命轮回 | 智氪-36氪" --skip '宿命轮回 \| 智氪$'
# 07 人物专访 (36氪 对话惠誉评级刘晓丹) saved by Omnivore as Markdown; the eight bold questions ("| 36氪：…") are headings at depth 1
python3 $T/make_md_doc.py src/neowang0122_omnivore_duihua_liuxiaodan_36kr.md d55_07_zhuanfang_liuxiaodan_reits dev --levels 2,3 --title "对话惠誉评级刘晓丹：未来消费类REITs规模有望达万亿级｜氪金 · 专访-36氪"
python3 $T/fix_md_gold.py d55_07_zhuanfang_liuxiaodan_reits --add 49:1 53:1 57:1 61:1 65:1 69:1 73:1 79:1
# 08 政府新闻稿: 北京市文化和旅游局 行业传真 page (saved copy of the site page, chrome kept); no subheads: gold is empty
python3 $T/html_blocks.py src/mhxqwer_shwhlyj.beijing.gov.cn_index.html docs/d55_08_xinwengao_changping_shufa_zhan.txt "北京市文化和旅游局_行业传真_昌平区举办迎新春书法作品展" --drop-first-if-title >/dev/null
G d55_08_xinwengao_changping_shufa_zhan.txt "北京市文化和旅游局_行业传真_昌平区举办迎新春书法作品展" '[]'
# 09 news report (陕西日报) on the 陕西省人民政府 site, saved copy of the page (chrome kept); no subheads: gold is empty
python3 $T/html_blocks.py src/mhxqwer_wxhshaanxi.gov.cn_index.html docs/d55_09_xinwen_shaanxi_chengshi_luntan.txt "陕西城市经济文化发展高峰论坛在西安举行_陕西省人民政府" --drop-first-if-title >/dev/null
G d55_09_xinwen_shaanxi_chengshi_luntan.txt "陕西城市经济文化发展高峰论坛在西安举行_陕西省人民政府" '[]'
# 10 short news item as a plain .txt (saved from read_file: the repository name '-' cannot be fetched); line 1 is its title; no subheads: gold is empty
python3 -c "import sys; t=open(sys.argv[1],encoding='utf-8').read(); open(sys.argv[2],'w',encoding='utf-8').write(t if t.endswith('\n') else t+'\n')" src/FelixScriptLanguage_-_xinwen.txt docs/d55_10_xinwen_faguo_gongji_dameng.txt
G d55_10_xinwen_faguo_gongji_dameng.txt "新闻:法国农民因自家公鸡打鸣被罚3000欧 上诉维护“公鸡歌唱的权力”" '[]'
# 11 人物专访 page (L@unch Talk News: 陈燕妮 interview; PHP page with no PHP code, same site template as 01): the three questions are headings;
#    the site banner h1 (News: / Everyone was running), the post title, the pull quote and the related-article h2s are not
python3 $T/html_blocks.py src/dybaoqee_LaunchTalk_news_1_index.php docs/d55_11_zhuanfang_chen_yanni_luoshanji.txt "L@unch Talk - Everyone was running" --drop-first-if-title >/dev/null
G d55_11_zhuanfang_chen_yanni_luoshanji.txt "L@unch Talk - Everyone was running" '[[9,1],[13,1],[20,1]]'
