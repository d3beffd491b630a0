#!/bin/bash
# Rebuild every document and gold of fresh set 50 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh50
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 OSH-2019 x-rust-freertos 开题报告 (Markdown # / ## / ###; opens with a section heading, so the title 开题报告 is given)
python3 $T/make_md_doc.py src/OSH-2019_x-rust-freertos_kaiti_baogao.md f50_01_kaiti_baogao_rust_freertos heldout --levels 1,2,3 --title 开题报告 --fresh
# 02 ustclug/news post: LUG work meeting minutes (bold stand-alone lines 一. / 1.–9. / ** 二.; markers '一.' '二.' set by hand)
python3 $T/make_md_doc.py src/ustclug_news_2014-08-31_sfd_lug_gongzuo_huiyi.md f50_02_huiyi_jiyao_ustclug_sfd heldout --levels 9 --fresh
G f50_02_huiyi_jiyao_ustclug_sfd.txt "2014年8月 SFD 工作规划暨新学期 LUG 工作会议" \
 '[[5,1,"SFD 相关","一."],[9,2],[23,2],[31,2],[49,2],[57,2],[79,2],[83,2],[89,2],[101,2],[109,1,"LUG 本学期工作的讨论","二."]]'
# 03 oucailab-wiki lecture 7 of the 论文写作 course (Markdown ## / ### / ####; bold 示例答案/练习 labels are not headings; trailing colon dropped by hand)
python3 $T/make_md_doc.py src/oucailab_wiki_writing_07-idea.md f50_03_jiangyi_chansheng_yanjiu_xiangfa heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f50_03_jiangyi_chansheng_yanjiu_xiangfa.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 sjtug.org built Hugo page: 写作指南 (the group's rules for publishing a post); line 1 = page <title>, h2 sections
python3 $T/html_blocks.py src/sjtug_github_io_post_2017-01-15-writing-guide_index.html docs/f50_04_guize_sjtug_xiezuo_zhinan.txt "sjtug.org写作指南 · SJTUG - A Joyful Techie User Group" --drop-first-if-title >/dev/null
G f50_04_guize_sjtug_xiezuo_zhinan.txt "sjtug.org写作指南 · SJTUG - A Joyful Techie User Group" '[[8,1],[12,1],[20,1]]'
# 05 sjtug.org built Hugo page: 2017 暑期课堂课程主页 (news post, one h2 per session and a closing h2)
python3 $T/html_blocks.py src/sjtug_github_io_post_2017-06-24-summer-class-portal_index.html docs/f50_05_xinwen_sjtug_shuqi_ketang.txt "2017-SJTUG暑期课堂课程主页 · SJTUG - A Joyful Techie User Group" --drop-first-if-title >/dev/null
G f50_05_xinwen_sjtug_shuqi_ketang.txt "2017-SJTUG暑期课堂课程主页 · SJTUG - A Joyful Techie User Group" '[[10,1],[15,1],[20,1],[25,1],[30,1]]'
# 06 LCPU (北大 Linux 俱乐部) 2025 年度总结（一）微信群年报 (Markdown ## / ###; emoji-led titles kept as written)
python3 $T/make_md_doc.py src/lcpu_home_news_2025-wrapped-wechatgroup_index.md f50_06_niandu_zongjie_lcpu_weixinqun heldout --levels 2,3 --fresh
# 07 《红楼梦》作者判断 course report as a saved HTML page (Markdown export): h1 = title shown again; h2 depth 1, h3 depth 2, h4 depth 3
python3 $T/html_blocks.py src/yangminz_HLMAnalysis_baogao.html docs/f50_07_lunwen_honglou_zuozhe_panduan.txt "《红楼梦》前80回与后40作者判断" --drop-first-if-title >/dev/null
G f50_07_lunwen_honglou_zuozhe_panduan.txt "《红楼梦》前80回与后40作者判断" \
 '[[10,1],[11,2],[15,3],[21,3],[26,2],[37,1],[46,2],[51,2],[56,2],[59,2],[66,2],[68,2],[70,1],[71,2],[72,3],[75,3],[79,3],[81,3],[83,2],[84,3],[86,3],[103,2],[106,2],[108,1],[111,1]]'
# 08 LCPU 招新 news post (Markdown ## / ### / ####; the title repeated as a body line is not a heading)
python3 $T/make_md_doc.py src/lcpu_home_news_2025-fall-welcome_index.md f50_08_xinwen_lcpu_zhaoxin heldout --levels 2,3,4 --fresh
# 09 Minecraft server community rules (Markdown ## 1. / ### 1.1 / #### 1.1.1, depth by number; the unnumbered ### 修改基本规则 under 2. set to depth 2 by hand)
python3 $T/make_md_doc.py src/Tom4716_UntitledServerRule_guize.md f50_09_guize_minecraft_fuwuqi heldout --levels 2,3,4 --depth number --fresh
python3 - <<'PY'
import json
p = 'gold/f50_09_guize_minecraft_fuwuqi.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == '修改基本规则':
        h['depth'] = 2
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 10 搜索引擎 course lab report as a saved HTML page (Markdown-editor export): h1 depth 1 ... h4 depth 4; the first h1 (student no., class, name) is a byline, not a heading
python3 $T/html_blocks.py src/yu-huang13_SearchEngine_shiyan_baogao.html docs/f50_10_shiyan_baogao_sousuo_yinqing.txt "实验报告" --drop-first-if-title >/dev/null
G f50_10_shiyan_baogao_sousuo_yinqing.txt "实验报告" \
 '[[3,1],[5,2],[11,2],[14,2],[16,1],[17,2],[20,3],[22,3],[25,2],[27,2],[28,3],[30,3],[31,4],[33,4],[35,3],[42,1],[43,2],[50,2],[51,3],[53,3],[55,3],[57,2],[58,3],[60,3],[62,3]]'
# 11 党支部会议演讲稿 (speech) as a built Hexo page with chrome: the post-title h1 and the body h1 repeat the title (not headings);
#    the five h2 items under that title h1 and the later h1 党员的先锋模范作用 are the speech's sections, all depth 1; the sidebar
#    文章目录 lines (1. / 1.1. ...) are a contents list, not headings
python3 $T/html_blocks.py src/Qingping-Liu_github_io_yanjianggao.html docs/f50_11_yanjiang_dangzhibu_huiyi.txt "党支部会议演讲稿 | BNU-LQP" --drop-first-if-title >/dev/null
G f50_11_yanjiang_dangzhibu_huiyi.txt "党支部会议演讲稿 | BNU-LQP" '[[21,1],[23,1],[25,1],[27,1],[29,1],[31,1]]'
# 12 oucailab-wiki lecture 3 of the 论文写作 course (Markdown ## / ### / ####; bold 注意 labels are not headings)
python3 $T/make_md_doc.py src/oucailab_wiki_writing_03-howtoread.md f50_12_jiangyi_ruhe_yuedu_lunwen heldout --levels 2,3,4 --fresh
python3 $T/check_gold.py
