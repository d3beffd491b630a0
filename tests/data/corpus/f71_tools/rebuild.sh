#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 71 from src/. Run from /work/fresh71.
set -e
cd /work/fresh71
G() { python3 -c "import sys; sys.path.insert(0, 'tools'); from gold import write; write(sys.argv[1], sys.argv[2], $1)" "$2" "$3" > /dev/null; }

# f71_01: HK Gazette Extraordinary notice 2020 No.74 (Chinese), 截取及秘密監察授權申請的運作原則及指引, PDF extract.
# Gold: body section letters A.-G. depth 1; C1./D1.-D8./E1.-E3. depth 2; the two unnumbered run-out subtitles
# under D2 and D4 ("第 2 類監察被視為...", "以口頭申請及...特別程序") depth 3. Not headings: the contents list at
# the top (lines 10-47, with page numbers), numbered paragraphs 2.-40. (running text), (a)/(b) items, footnote, sign-off.
# Title = line 1 as extracted (the gazette number line); the real title (lines 4-5) wraps and stays as body text.
python3 tools/pdf_layout.py src/samiux_samiux.github.io_cgn2020245074.pdf docs/f71_01_gongbao_jiejian_mimi_jiancha.txt >/dev/null && G "[[49,1,'概論','A.'],[63,1,'發出訂明授權、將訂明授權續期或訂明授權持續有效的','B.'],[86,1,'訂明授權','C.'],[88,2,'有關當局','C1.'],[108,1,'申請程序','D.'],[110,2,'一般規則','D1.'],[116,2,'對截取或秘密監察的行政長官授權','D2.'],[133,3],[156,2,'對第 2 類監察的行政長官授權','D3.'],[181,2,'緊急授權','D4.'],[221,3],[229,2,'對享有法律專業保密權的資料的保障','D5.'],[263,2,'“資料有具關鍵性的不準確之處” 或 “情況出現關鍵性變化”','D6.'],[288,2,'執行時應注意的事項','D7.'],[299,2,'器材取出手令','D8.'],[312,1,'監督責任','E.'],[314,2,'由國安委進行監督','E1.'],[324,2,'警務處進行定期檢討','E2.'],[337,2,'對受保護成果的保障措施','E3.'],[365,1,'保留紀錄','F.'],[382,1,'確保遵守規定','G.']]" f71_01_gongbao_jiejian_mimi_jiancha.txt "2020 年第 74 號號外公告"

# f71_02: 《武裝自己 - 資安篇》修訂五版 (2018), a short self-published infosec guide by Samiux (Hong Kong), PDF extract.
# Gold: front-matter sections 前言/關於作者/關於本書, 第一章-第三章 and 附件一 depth 1; the stand-alone section titles
# inside them depth 2 (本書對象/致謝/聲明; ch.1 "甚麼是…？" questions; ch.2 and ch.3 topic titles). Not headings: the
# contents list (lines 23-32), line 121 "甚麼是惡意軟件" (a stray duplicate of the heading on line 122, taken instead
# because its form matches its sibling questions), signature/date lines, "(1) …" software lists, "硬件基本要求 ：" label.
python3 tools/pdf_layout.py "src/samiux_samiux.github.io_武裝自己-資安編-修訂五版.pdf" docs/f71_02_jishu_zian_wuzhuang_ziji.txt >/dev/null && G "[[34,1],[60,1],[86,1],[97,2],[103,2],[116,2],[120,1],[122,2],[136,2],[142,2],[150,2],[158,2],[169,2],[179,2],[184,2],[206,1],[235,2],[247,2],[259,2],[270,2],[293,2],[307,2],[318,2],[329,2],[335,1],[336,2],[361,2],[366,2],[381,2],[394,2],[404,1,'牛角包','附件一']]" f71_02_jishu_zian_wuzhuang_ziji.txt "武裝自己 - 資安篇"

# f71_03: 中华人民共和国网络安全法 (2016), a Markdown copy in a CTF/security notes repository; make_md_doc.py converts it
# (the leading image-only "##" line becomes blank; title given). Gold decided from the law's own structure, not the md
# "###" marks alone: 第X章 depth 1 (the only "###" lines), 第X节 depth 2 (plain indented lines in 第三章), every 第X条
# depth 2, or 3 inside a 节 (title = its label, as in the corpus's law golds). Not headings: the 目录 block (lines 7-23,
# skipped by starting at line 25), （一）… items. The closing "## 参考" (the note-taker's source link) is kept as an
# unnumbered depth-1 heading: the Markdown marks it as a heading above the chapter level.
python3 tools/make_md_doc.py src/Pwn3dHeR_Network-Security-Notes_网络安全法.md f71_03_falv_wangluo_anquanfa heldout --fresh --title "中华人民共和国网络安全法" && G "$(python3 tools/f71_law_spec.py docs/f71_03_falv_wangluo_anquanfa.txt 25) + [[309, 1]]" f71_03_falv_wangluo_anquanfa.txt "中华人民共和国网络安全法"

# f71_04: 最高人民法院关于审理掩饰、隐瞒犯罪所得、犯罪所得收益刑事案件适用法律若干问题的解释 (法释〔2021〕8号), Markdown
# copy in the same notes repository (a different genre: judicial interpretation). The source has no title line; its
# first line, the document number "法释〔2021〕8号" (bold), is used as title (line 1), nothing invented. make_md_doc.py.
# Gold: the eleven bold stand-alone 第X条 labels, depth 1 (title = label). Not headings: adoption dates, preamble,
# （一） items, running paragraphs.
python3 tools/make_md_doc.py src/Pwn3dHeR_Network-Security-Notes_瞒隐罪.md f71_04_sifajieshi_yanshi_yinman heldout --fresh --title "法释〔2021〕8号" && G "$(python3 tools/law_spec.py docs/f71_04_sifajieshi_yanshi_yinman.txt 1 1)" f71_04_sifajieshi_yanshi_yinman.txt "法释〔2021〕8号"

# f71_05: undergraduate thesis 《基于双目视觉的无人自主飞行器的设计与实现》 (2021), Markdown draft (Typora) taken at commit
# 3a48e72 (its last version; the repository later kept only the .docx, which the snapshot lacks). make_md_doc.py.
# Gold from the Markdown heading levels # / ## / ### / #### = depth 1-4, matching the decimal numbers 1 / 1.1 / 2.1.1 /
# 2.1.1.1 (the author's duplicated numbers "2.2.2" and "3.1.2" kept as written). Not headings: "1. 商业：…" list items,
# figure/formula lines, the first "#" line (the thesis title, line 1).
python3 tools/make_md_doc.py src/LauZanMo_Thesis_毕业论文.md f71_05_lunwen_shuangmu_shijue_feixingqi heldout --fresh --levels 1,2,3,4

# f71_06: blog essay 《投票公平合理吗？》 (范叶亮, 2021-01-17), Hugo Markdown post in the author's site repository.
# make_md_doc.py: front matter dropped, its title is line 1. Gold from the post's own ## / ### headings (depth 1-2, all
# unnumbered). Not headings: the opening blockquote motto, numbered list items ("1. 不同的权重…", "1. 一致性…"),
# table rows, image lines, the closing source note.
python3 tools/make_md_doc.py src/leovan_leovan.me_2021-01-17-is-voting-fair-and-reasonable.md f71_06_suibi_toupiao_gongping heldout --fresh --levels 2,3

# f71_07: 《设计语言初探》 (范叶亮, 2021-08-08), a long Hugo Markdown article on design-language systems (Ant Design,
# Fusion, 腾讯 Q 语言) from the same blog as f71_06 but a different genre (technical/design documentation).
# make_md_doc.py: front-matter title is line 1. Gold from the ## / ### / #### / ##### headings = depth 1-4, all unnumbered;
# footnote marks like "[^ant-design-values]" stay in the heading text as the converter leaves them. Not headings:
# bullet/numbered items, tables, image lines, the footnote definitions at the end.
python3 tools/make_md_doc.py src/leovan_leovan.me_2021-08-08-a-glimpse-of-design-language.md f71_07_jishu_sheji_yuyan heldout --fresh --levels 2,3,4,5

# f71_08: 《盧永雄對民主派初選的看法》, a Hong Kong news-commentary compilation (three Bastille Post columns by 盧永雄, 2020,
# traditional Chinese) kept as a Markdown page with the site's nav-bar row above the "#" page title. make_md_doc.py with
# the page title given (the nav row blocks the automatic one, so the "#" title line stays in the body as text).
# Gold: the three "##" article titles ("… -- 盧永雄"), depth 1. Not headings: the nav-bar rows, the repeated page title
# (= line 1), the closing list of source links.
python3 tools/make_md_doc.py src/samiux_samiux.github.io_hknsl-1.md f71_08_xinwen_pinglun_minzhupai_chuxuan heldout --fresh --levels 2 --title "盧永雄對民主派初選的看法"

# f71_09: 《京东数科 HIPO 学习之旅》 (范叶亮, 2019-10-28), a personal training-course summary / 心得体会 post (the author's
# account of a corporate high-potential programme) from the same blog; a third genre from that site. make_md_doc.py.
# Gold: the four "##" section titles (情商 / 沟通 / 库布其沙漠 50 公里挑战 / 生活因你而火热), depth 1, unnumbered. Not
# headings: table rows of the DISC table, the Hugo shortcode remnants ("{{}}"), footnote definitions.
python3 tools/make_md_doc.py src/leovan_leovan.me_2019-10-28-jdd-hipo-learning-journey.md f71_09_xinde_hipo_xuexi_zhilv heldout --fresh --levels 2,3
