#!/bin/bash
# Rebuild every document and gold of dev set 31 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev31
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01/02 personal 年终总结 blog posts (Markdown: # parts, ## 小标题, ### sub-items; front-matter title as line 1)
python3 $T/make_md_doc.py src/CuB3y0nd_assembly.rip_2024-wrap-up.md d31_01_nianzhong_zongjie_2024_assembly dev --levels 1,2,3
python3 $T/make_md_doc.py src/CuB3y0nd_assembly.rip_2025-wrap-up.md d31_02_nianzhong_zongjie_2025_assembly dev --levels 1,2,3
# 03 school 研学纪实 (通讯-style report): HTML held in a Dart string constant; bold 研学第N天 day heads, ●…● sub-heads on day 1
python3 $T/dart_testdata.py src/dorapocket_XSer_App_lib_const_const.dart /tmp/d31_xser.html
python3 $T/html_blocks.py /tmp/d31_xser.html docs/d31_03_jishi_yanxue_xiaoshi.txt "感知名校文化 领略科技之光" --drop-first-if-title >/dev/null
G d31_03_jishi_yanxue_xiaoshi.txt "感知名校文化 领略科技之光" \
 '[[3,1],[4,2,"初至复旦"],[7,2,"研学课堂"],[10,2,"寻访校史"],[13,2,"实验室之旅"],[17,1],[26,1],[64,1],[72,1]]'
# 04 专访 (PreAngel site, Jekyll post): ### 小标题 depth 1, #### sub-heads depth 2
python3 $T/make_md_doc.py src/PreAngel_pre-angel.com_2017-06-15-yidu-interview-leo.md d31_04_zhuanfang_wanglijie_tianshi_touzi dev --levels 3,4
# 05 1024 专访: each question a ## heading ('Q：…？', marker '', whole question as title)
python3 $T/make_md_doc.py src/PreAngel_pre-angel.com_2018-10-19-1024-lijiarui-coding.md d31_05_zhuanfang_lijiarui_1024 dev --levels 2
# 06 特稿/年度回顾 with ## 小标题 (01 … 05 numbered, then unnumbered)
python3 $T/make_md_doc.py src/PreAngel_pre-angel.com_2020-01-01-venture-sprint-summary-2019.md d31_06_tegao_venture_sprint_2019 dev --levels 2
python3 $T/fix_num_prefix.py gold/d31_06_tegao_venture_sprint_2019.json
# 07 年度工作总结 (「开源之道」 Hugo blog): ## parts, ### items, #### sub-items; '2024 我们…' titles keep their year
python3 $T/make_md_doc.py src/OCselected_ttoos_2024-annual-report-and-2025-planning.md d31_07_gongzuo_zongjie_kaiyuanzhidao_2024 dev --levels 2,3,4
python3 $T/fix_year_marker.py gold/d31_07_gongzuo_zongjie_kaiyuanzhidao_2024.json
# 08 年度报告及规划 (same blog, 2022): # parts, ## items, ### sub-items
python3 $T/make_md_doc.py src/OCselected_ttoos_2022-annual-report-and-2023-vison.md d31_08_niandu_baogao_kaiyuanzhidao_2022 dev --levels 1,2,3
# 09 评论/特稿 reposted on a CSDN blog (crawl of blog.csdn.net as Markdown, one paragraph a line; source transcribed from read_file, 7,581 chars):
#    bold '▌…' sub-heads depth 1 (▌ left out of the title), and the bold '2018 AI开发者大会' line of the promotional tail
python3 $T/make_md_doc.py src/wyc2015fq_cstd_rengongzhinengxuejia_AI_zhanlue_bianqian.md d31_09_pinglun_dachang_AI_zhanlue_csdn dev --levels 9
G d31_09_pinglun_dachang_AI_zhanlue_csdn.txt "盘点互联网大厂AI战略变迁，开发者将怎样pick前进路线？ - 人工智能学家 - CSDN博客" \
 '[[6,1,"Google：从 Mobile First 到 AI First 再到 AI Only"],[9,1,"Microsoft：AI 落后状态下的漫漫重构路"],[13,1,"Amazon：从智能音箱开始的人工智能产品化之路"],[16,1,"百度：掉队 BAT 困局下的反超赌注"],[20,1,"阿里：人工智能驱动行业变化"],[24,1,"腾讯：迎风而上的第三次组织架构大调整"],[177,1]]'
# 10 时评 (WeChat account backup as Markdown; '返回列表页'/'小懒自动备份' chrome kept): # PartN parts (marker 'PartN'), ### 小标题 depth 2
python3 $T/make_md_doc.py src/cysk003_Lazy13source_dashutianyanlun_zhangjia.md d31_10_shiping_zhangjia_dashu dev --levels 1,3
python3 $T/fix_part_marker.py gold/d31_10_shiping_zhangjia_dashu.json
# 11 讲述/讲座 transcript (same backup, 看理想): each part is a bold bare number '**N.**' then, after a blank line, the bold title line;
#    gold = the title lines (depth 1, marker ''); the bold rhetorical lines inside parts and the promo tail are not headings
python3 $T/make_md_doc.py src/cysk003_Lazy13source_kanlixiang_chendanqing_shijian.md d31_11_jiangzuo_chendanqing_shijian dev --levels 9
G d31_11_jiangzuo_chendanqing_shijian.txt "陈丹青：为什么我们没有时间？" '[[16,1],[28,1],[48,1],[70,1],[120,1],[145,1],[167,1],[191,1]]'
# 12 对谈 transcript (same backup, 看理想): #### '01.'–'05.' part headings; the '#### 对谈 | 林垚 x 翟志勇' byline is skipped (a credit line, not a part)
python3 $T/make_md_doc.py src/cysk003_Lazy13source_kanlixiang_duitan_meiguo_daxuan.md d31_12_duitan_meiguo_daxuan_kanlixiang dev --levels 4 --skip '^对谈 \|'
python3 $T/check_gold.py
