#!/bin/bash
# Rebuild every document and gold of fresh set 37 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh37
T=tools
mkdir -p docs gold
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# page title = the page's own <title>
PT() { python3 -c "import re,sys,html; t=open(sys.argv[1],encoding='utf-8').read(); print(html.unescape(re.search(r'(?is)<title>(.*?)</title>',t).group(1)).strip())" "$1"; }
H() { python3 $T/html_blocks.py "src/$1" "docs/$2" "$(PT src/$1)" --drop-first-if-title >/dev/null; }

# 01 中国网 news-centre page reposting 《呼和浩特市关于促进婴幼儿照护服务发展的若干措施》 (2024-05-13): twelve numbered measures
#    一、…十二、 as run-in headings (title = text before the first 。) — magic-html benchmark page
H opendatalab_magic-html_5da9b27b0b9b.html f37_01_cuoshi_huhehaote_yingyouer_zhaohu.txt
G f37_01_cuoshi_huhehaote_yingyouer_zhaohu.txt "$(head -1 docs/f37_01_cuoshi_huhehaote_yingyouer_zhaohu.txt)" '[[41,1],[42,1],[43,1],[44,1],[45,1],[46,1],[47,1],[48,1],[49,1],[50,1],[51,1],[52,1]]'
# 02 《中国式现代化发展之路》 think-tank report, full text on theorychina.org.cn (导言 / 第X章 / 一、 / （一） / 结语 / 编写说明与致谢; the 目录 block is not headings)
H opendatalab_magic-html_b931df70657c.html f37_02_baogao_zhongguoshi_xiandaihua_fazhan_zhilu.txt
G f37_02_baogao_zhongguoshi_xiandaihua_fazhan_zhilu.txt "$(head -1 docs/f37_02_baogao_zhongguoshi_xiandaihua_fazhan_zhilu.txt)" '[[60,1],[70,1],[74,2],[79,3],[83,3],[89,3],[93,3],[101,2],[103,3],[107,3],[111,3],[116,1],[121,2],[123,3],[127,3],[130,3],[134,2],[136,3],[140,3],[144,3],[148,2],[150,3],[152,3],[155,3],[157,2],[159,3],[165,3],[170,3],[178,2],[180,3],[187,3],[191,3],[195,2],[197,3],[201,3],[206,3],[211,1],[216,2],[218,3],[221,3],[224,3],[227,3],[231,2],[233,3],[238,3],[242,3],[246,2],[248,3],[250,3],[256,3],[259,2],[261,3],[265,3],[267,3],[272,3],[276,2],[278,3],[284,3],[289,1],[295,2],[299,3],[302,3],[305,3],[310,2],[312,3],[316,3],[320,3],[323,2],[325,3],[329,3],[332,3],[336,2],[338,3],[342,3],[345,3],[349,3],[352,2],[354,3],[359,3],[362,3],[366,2],[368,3],[373,3],[377,3],[381,1],[390,1]]'
# 03 CSDN WeChat public-account article (微信公众号 page saved whole, h1 title then four bold 小标题) — llm-webkit test asset
H ccprocessor_llm-webkit-mirror_weixin.html f37_03_xinwen_gaoxiao_hongmeng_qiuzhi.txt
G f37_03_xinwen_gaoxiao_hongmeng_qiuzhi.txt "$(head -1 docs/f37_03_xinwen_gaoxiao_hongmeng_qiuzhi.txt)" '[[16,1],[20,1],[24,1],[29,1]]'
# 04 华为云 technical analysis article on a 51CTO blog page (h2 "▍…" / h3 / h4 in the body; the 文章目录 sidebar is not headings;
#    decorative "▍" and "-" prefixes left out of the titles)
H ccprocessor_llm-webkit-mirror_code_15.html f37_04_jishu_karmada_guzhang_qianyi.txt
G f37_04_jishu_karmada_guzhang_qianyi.txt "$(head -1 docs/f37_04_jishu_karmada_guzhang_qianyi.txt)" '[[29,1,"回顾：单集群故障迁移"],[31,1,"集群故障判定"],[33,2],[35,2],[37,2],[39,1,"故障迁移过程"],[40,2],[45,2],[65,2],[67,2,"复制 Duplicated 调度类型"],[85,2,"分发 Divided 调度类型"],[108,1,"优雅故障迁移"],[128,1,"总结"],[130,2]]'
# 05 中国日报网 commentary/news page (外国专家谈中美元首会晤; two bold 小标题; the h1/h2 title-and-lede block above the navigation
#    repeats the title and the first paragraph and is not a heading) — newspaper4k test page
H AndyTheFactory_newspaper4k_chinese_article_001.html f37_05_xinwen_zhongmei_hezuo_gongying.txt
G f37_05_xinwen_zhongmei_hezuo_gongying.txt "$(head -1 docs/f37_05_xinwen_zhongmei_hezuo_gongying.txt)" '[[41,1],[45,1]]'
# 06 河北省政府采购网 中标公告 page (围场县 2021 村级信息资源共享支中心电脑采购; browser-saved "中标公告详细页面.html" with its _files folder;
#    一、…十、 sections, 1./2./3. under 九; label run-ins cut at the colon/space by hand)
H Hbjiance_ccgp-hebei_zhongbiao_gonggao_xiangxi_yemian.html f37_06_gonggao_weichang_diannao_caigou_zhongbiao.txt
G f37_06_gonggao_weichang_diannao_caigou_zhongbiao.txt "$(head -1 docs/f37_06_gonggao_weichang_diannao_caigou_zhongbiao.txt)" '[[5,1],[7,1],[9,1],[13,1],[18,1],[20,1],[23,1],[25,1],[26,1],[27,2,"采购人信息"],[30,2],[34,2],[37,1]]'
# 07 半月谈网 feature page (益阳：“数字”是优长, 2020-01-02; three 小标题 “数字”赋能农业 / “数字”刷新治理 / “数字”发现社会; a photo caption
#    line is not a heading) — trafilatura evaluation page
H adbar_trafilatura_banyuetan_yiyang_shuzi.html f37_07_xinwen_banyuetan_yiyang_shuzi.txt
G f37_07_xinwen_banyuetan_yiyang_shuzi.txt "$(head -1 docs/f37_07_xinwen_banyuetan_yiyang_shuzi.txt)" '[[119,1],[124,1],[131,1]]'
#__NEXT__
python3 $T/check_gold.py
