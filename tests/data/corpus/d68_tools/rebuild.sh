#!/bin/bash
# Rebuild every document and gold of dev set 68 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev68
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 游记 《2024 旅行日记》 (viazure/Blog; Hugo Markdown, ## province/city, ### place; gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/viazure_Blog_2024-journey.md d68_01_suibi_2024_lvxing_riji dev --levels 2,3
# 02 月度总结 《3 月回顾：…》 (viazure/Blog; ## / ### / #### unnumbered; gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/viazure_Blog_monthly-review-202503.md d68_02_zongjie_3yue_huigu dev --levels 2,3,4
# 03 游记 《2020云南游记（上）》 (Joouis/Joouis.github.io; Hexo Markdown, ## day headings written as dates '09.25出发', ### places).
#    The converter reads '09.25' as a decimal number; it is a date, so those three headings get marker '' and the whole line as title (by hand)
python3 $T/make_md_doc.py src/Joouis_Joouis.github.io_2020-yunnan-trip-1.md d68_03_suibi_yunnan_youji_shang dev --levels 2,3
G d68_03_suibi_yunnan_youji_shang.txt "2020云南游记（上）" \
 '[[7,1,"09.25出发",""],[25,1,"09.26喜洲与大理古城",""],[33,2],[61,2],[69,2],[81,1,"09.27环海东路、双廊古镇与丽江和府洲际酒店",""],[87,2],[111,2],[145,2],[155,1]]'
# 04 年终总结 《关于我的 2018》 (caijinyc/blog-v2; Markdown '## **…**' / '### **…**', unnumbered; jsx code blocks kept as text)
python3 $T/make_md_doc.py src/caijinyc_blog-v2_about-my-2018.md d68_04_zongjie_guanyu_wode_2018 dev --levels 2,3
# 05 游记 《海南游记》 (caijinyc/blog-v2; '# 海南游记' repeats the front-matter title and is dropped; ## Day 1 …/D2 … day headings)
python3 $T/make_md_doc.py src/caijinyc_blog-v2_hainan-travel-journal.md d68_05_suibi_hainan_youji dev --levels 2,3
# 06 读书笔记 of the whole book 《一本书看懂中国税》 (zhangjunhd/reading-notes accounting/OneBookLearnChinaTax.md; source saved from the
#    stored file at the commit named in PROVENANCE_ROWS.md, the snapshot is over the size limit). No title line in the file: the
#    file name is line 1 (--title). ## 第X章 … depth 1, ### sections depth 2; the linked contents list and the 表1‐1 captions are not headings
python3 $T/make_md_doc.py src/zhangjunhd_reading-notes_OneBookLearnChinaTax.md d68_06_dushu_yibenshu_kandong_zhongguo_shui dev --levels 2,3 --title OneBookLearnChinaTax
# 07 随笔 《分享一下我的内推心得，顺便招人（已暂停内推）》 (Joouis/Joouis.github.io; ## 1. … ## 6. numbered sections; gold as the converter writes it)
python3 $T/make_md_doc.py src/Joouis_Joouis.github.io_a-thought-of-referral.md d68_07_suibi_neitui_xinde dev --levels 2,3
# 08 随笔 《找工作之后的闲扯》 (Agcaiyun/Agcaiyun.github.io; Jekyll Markdown, four ## titled parts; gold as the converter writes it)
python3 $T/make_md_doc.py src/Agcaiyun_Agcaiyun.github.io_workMemory.md d68_08_suibi_zhao_gongzuo_zhihou dev --levels 2,3
# 09 游记 《穷游 穷是现状 游是向往》 (same repository; ## trip, ### two parts; gold as the converter writes it)
python3 $T/make_md_doc.py src/Agcaiyun_Agcaiyun.github.io_qiongPlay.md d68_09_suibi_qiongyou dev --levels 2,3
# 10 随笔 《[CN] 一点人类行为的观察》 (theskanthunt42/ModernFront; Jekyll Markdown, four ## parts; gold as the converter writes it)
python3 $T/make_md_doc.py src/theskanthunt42_ModernFront_not-motivated.md d68_10_suibi_renlei_xingwei_guancha dev --levels 2,3
# 11 社会实践记 《【社会实践】雅安-成都之行》 (Nyovelt/AAAAB3N; Hugo Markdown with # 雅安 / # 成都 / # 总结 / # 相关链接 at the top level,
#    ## days, ### places, and an excerpted report on hydropower with #### and #####). Gold from the mark-up levels 1–5, plus the bold
#    stand-alone title line '**竞价上网**' under '##### 水电本地消纳的问题' at depth 6 (by hand)
python3 $T/make_md_doc.py src/Nyovelt_AAAAB3N_Yaan-Chengdu.md d68_11_suibi_yaan_chengdu_shijian dev --levels 1,2,3,4,5
G d68_11_suibi_yaan_chengdu_shijian.txt "【社会实践】雅安-成都之行" \
 '[[3,1],[9,2],[17,2],[33,2],[35,3],[43,3],[51,2],[63,2],[65,3],[73,3],[83,2],[89,2],[93,2],[95,3],[97,4],[101,5],[104,4],[116,4],[120,3],[122,4],[131,5],[135,6],[151,5],[155,4],[157,5],[165,5],[170,2],[174,2],[180,2],[184,2],[192,1],[194,2],[196,3],[202,3],[210,2],[212,3],[218,3],[222,2],[224,3],[232,3],[238,1],[242,1]]'
# 12 读书笔记 《蛤蟆先生去看心理医生》 (29Esther/JuLy4; Hexo Markdown, # 说在前面/精华提炼/摘抄/参考, ## 第四章 …–## 第十五章 … under 摘抄 with
#    gaps in the chapter numbers as the source has them; gold as the converter writes it)
python3 $T/make_md_doc.py src/29Esther_JuLy4_ha-ma-xian-sheng.md d68_12_dushu_hama_xiansheng dev --levels 1,2
