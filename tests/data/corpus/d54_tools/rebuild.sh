#!/bin/bash
# Rebuild every document and gold of dev set 54 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev54
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 实习生 新人串讲 发言稿 (Markdown without a title or any # heading: line 1 is the file name); the two stand-alone
#    section lines 团队认知 and 思维习惯 are the headings (depth 1); '**开发思想**上，' opens a sentence and '主要策略：' leads a list
python3 $T/make_md_doc.py src/PJ27_Front-end-learning-notes_fayangao.md d54_01_fayangao_xinren_chuanjiang dev --levels 1 --title "发言稿"
G d54_01_fayangao_xinren_chuanjiang.txt "发言稿" '[[5,1],[97,1]]'
# 02 项目 自查报告 (Markdown; # title, ## 一、…九、 plus an unnumbered ## before 一、, ### P0/P2 问题, #### P0-4：/P2-1： by level;
#    the issue codes are set as markers by hand)
python3 $T/make_md_doc.py src/toadium_pinyin_zicha_baogao.md d54_02_zicha_baogao_pinyin_moonbit dev --levels 2,3,4
python3 - <<'PY'
import json, re
p = 'gold/d54_02_zicha_baogao_pinyin_moonbit.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(P\d-\d)：(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 03 .NET / DevOps 讲座 transcript saved as 演讲稿.md (no title: line 1 is the file name); its '1.' … '20.' are slide
#    numbers over the spoken text (numbered paragraphs without titles), not headings: gold is empty
python3 $T/make_md_doc.py src/Trendyshuai_StudyMaterial_yanjianggao.md d54_03_jiangzuo_dotnet_devops dev --levels 1 --title "演讲稿"
# 04 课题汇报 演讲稿（12分钟版） (Markdown; # title, '## 第N页：…' per slide = depth 1; the marker 第N页 set by hand)
python3 $T/make_md_doc.py src/ckhongdadada_-_yanjianggao.md d54_04_yanjianggao_zhudong_xuexi dev --levels 2
python3 - <<'PY'
import json, re
p = 'gold/d54_04_yanjianggao_zhudong_xuexi.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(第\d+页)：(.*)', h['title'])
    h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 05 GoalScope 项目汇报演讲稿 (plain .txt, CRLF; the ==== banner with the title kept; line 1 = the banner's title);
#    【一、…】 parts between ==== rules depth 1 (the source numbers 二、 twice, kept as written); the bold stand-alone labels
#    **问题背景：** … and **第N个功能：…。** / **第N个方向：…。** depth 2; the 【演讲结构】 contents block, the **检测层**，… run-in
#    paragraph leads and the 【演讲者自行补充…】 note are not headings
T5="GoalScope 足球智能视频分析系统 项目汇报演讲稿"
python3 $T/txt_doc.py src/EVANDRAUGHT_football-game_yanjianggao.txt docs/d54_05_yanjianggao_goalscope.txt "$T5" >/dev/null
G d54_05_yanjianggao_goalscope.txt "$T5" '[[15,1,"需求分析","一、"],[22,2,"问题背景"],[31,2,"需求目标"],[42,2,"设计原则"],[46,1,"技术实现","二、"],[74,1,"核心功能展示","二、"],[79,2,"第一个功能：视频上传与进度追踪"],[82,2,"第二个功能：智能球员追踪与识别"],[85,2,"第三个功能：球员能力画像可视化"],[88,2,"第四个功能：精彩片段自动生成"],[91,2,"第五个功能：DeepSeek AI 智能问答"],[94,2,"第六个功能：用户管理系统"],[97,2,"第七个功能：历史记录管理"],[101,1,"系统操作演示","三、"],[117,1,"未来规划","四、"],[122,2,"第一个方向：服务器部署"],[125,2,"第二个方向：多模态融合分析"],[128,2,"第三个方向：增强 AI Agent 的专业性"]]'
# 06 实习 工作总结 (Markdown; # title, ## topics depth 1, ### depth 2; numbered 1. items and code blocks are not headings);
#    from the commit that added the file (it was renamed 实习小结.md two minutes later)
python3 $T/make_md_doc.py src/TeemoJUN_Study-In-Qunar_gongzuo_zongjie.md d54_06_gongzuo_zongjie_shixi_qunar dev --levels 2,3
# 07 高策 2024 年终总结 (Jekyll blog page saved as HTML in a collection of year-end posts; chrome kept; the h1 repeats the
#    title and is not a heading); the post's h2 sections Agent / Coding / AI Infra / 往年总结 depth 1; the theme's License
#    h2, the 评论/高策 h1 and Friends h4 of the page template are not the post's sections
T7="2024 年终总结：AGENT、AI INFRA 与 CODING | 高策"
python3 $T/html_blocks.py src/lyuehh_code-with-ai_gaoce_2024_nianzhong_zongjie.html docs/d54_07_nianzhong_zongjie_gaoce_2024.txt "$T7" --drop-first-if-title >/dev/null
G d54_07_nianzhong_zongjie_gaoce_2024.txt "$T7" '[[15,1],[24,1],[32,1],[45,1]]'
# 08 iTimothy 2024年的年终总结 (Hexo NexT page, same collection; h2 工作/阅读/开源项目/旅行/被动收入/总结 depth 1; the
#    sidebar's 文章目录 list '1. 工作' … '6. 总结' and the photo captions are not headings)
T8="2024年的年终总结：转变与沉淀 | iTimothy"
python3 $T/html_blocks.py src/lyuehh_code-with-ai_itimothy_2024_nianzhong_zongjie.html docs/d54_08_nianzhong_zongjie_itimothy_2024.txt "$T8" --drop-first-if-title >/dev/null
G d54_08_nianzhong_zongjie_itimothy_2024.txt "$T8" '[[13,1],[17,1],[24,1],[27,1],[43,1],[45,1]]'
# 09 新人入职两个月述职 (Markdown述职报告; # title, a <!-- TOC --> link list (kept as list text, not headings), ## 工作总结 /
#    体会反思 / 后续规划 depth 1, ### depth 2); the file's last version before it was deleted
python3 $T/make_md_doc.py src/Charles-Hang_blog-temporary_shuzhi.md d54_09_shuzhi_xinren_ruzhi dev --levels 2,3
# 10 2016年年终总结 of a front-end developer (plain .txt, centred title line, no numbering of sections); the three
#    stand-alone labels over indented blocks at the end (总得方面: / 需要进步的地方也有很多 / 2017年) are the headings
#    (depth 1); '回想存在的问题' lines lead 1，2，3， lists and are not headings
python3 $T/txt_doc.py src/morana2mo_webpackDemo_nianzhong_zongjie.txt docs/d54_10_nianzhong_zongjie_qianduan_2016.txt "2016年年终总结" >/dev/null
G d54_10_nianzhong_zongjie_qianduan_2016.txt "2016年年终总结" '[[29,1],[39,1],[42,1]]'
# 11 翻牌游戏 课程项目 演讲稿 (plain .txt in GBK, no title line: line 1 is the file name); spoken walk-through with pasted
#    code; the transitions (首先…, 第二个是…, 最后介绍操函数) are sentences, not headings: gold is empty
python3 $T/txt_doc.py src/Konfuse_MemoryMachGame_yanjianggao.txt docs/d54_11_yanjianggao_fanpai_youxi.txt "演讲稿" --encoding gbk >/dev/null
G d54_11_yanjianggao_fanpai_youxi.txt "演讲稿" '[]'
# 12 Leo的书店 年终总结 2021 (Hexo Fluid page, saved HTML from the site repository; chrome kept; the hidden SEO h1 repeats the
#    title and is not a heading); h2 写在前面 / 最快的一年 / 关于2021年的事情 / 关于2021年的告别 / 写在后面 depth 1; the
#    目录 label of the empty TOC box and the 搜索 modal's h4 are page chrome
T12="年终总结 - Leo的书店"
python3 $T/html_blocks.py src/LeoLizehui_nianzhong_zongjie.html docs/d54_12_nianzhong_zongjie_leo_2021.txt "$T12" --drop-first-if-title >/dev/null
G d54_12_nianzhong_zongjie_leo_2021.txt "$T12" '[[13,1],[16,1],[25,1],[32,1],[39,1]]'
python3 $T/check_gold.py
