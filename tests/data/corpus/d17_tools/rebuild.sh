#!/bin/bash
# Rebuild every document and gold of dev set 17 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev17
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 台灣語文學會組織章程 (PHP page of the society's site; PHP blocks removed -> src/..._nophp.html)
python3 - <<'PY'
import re
s = open('src/yoyo30618_Twlls_New_Constitution.php', encoding='utf-8').read()
open('src/yoyo30618_Twlls_New_Constitution_nophp.html', 'w', encoding='utf-8').write(re.sub(r'(?s)<\?php.*?\?>', '', s))
PY
python3 $T/html_blocks.py src/yoyo30618_Twlls_New_Constitution_nophp.html docs/d17_01_zhangcheng_taiwan_yuwen_xuehui.txt "台灣語文學會" --drop-first-if-title >/dev/null
python3 - <<'PY'
import json, re, subprocess
L = open('docs/d17_01_zhangcheng_taiwan_yuwen_xuehui.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if s in ('最新消息', '台灣語文學會組織章程', '聯絡我們', '相關連結', '關於我們'):
        spec.append([i, 1, s, ''])
    elif re.match(r'^第[一二三四五六七]章\u3000', s):
        m = re.match(r'^(第[一二三四五六七]章)\u3000(.*)$', s)
        spec.append([i, 2, m.group(2), m.group(1)])
    elif re.match(r'^第[一二三四五六七八九十]+條 ', s):
        lab = s.split(' ')[0]
        spec.append([i, 3, lab, lab])      # an article's title is its label (as written: 第二一條 …)
subprocess.run(['python3', '-c', 'import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split="dev")',
                'd17_01_zhangcheng_taiwan_yuwen_xuehui.txt', '台灣語文學會', json.dumps(spec)], cwd='tools', check=True, stdout=subprocess.DEVNULL)
PY
# 02 乌鲁木齐市人民政府 portal: 通知 on the 2024 continuing-education classes (saved page; PC and mobile layouts both hold the notice)
T02="关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知 - 乌鲁木齐市人民政府"
python3 $T/html_blocks.py src/mhxqwer_gqcwlmq.gov.cn_index.html docs/d17_02_tongzhi_wangye_wulumuqi_jixu_jiaoyu.txt "$T02" --drop-first-if-title >/dev/null
S02='[[24,1],[25,2],[27,2],[29,1],[30,2],[33,2],[36,2],[39,2],[42,1],[44,1],[45,2],[49,2],[51,1],[53,2],[59,2],[61,1],[63,2],[64,2],[68,2],[69,2],[70,2],[71,1]]'
S02B=$(python3 -c "import json,sys; s=json.loads(sys.argv[1]); print(json.dumps(s+[[a+99,b] for a,b in s]))" "$S02")
G d17_02_tongzhi_wangye_wulumuqi_jixu_jiaoyu.txt "$T02" "$S02B"
# 03 国家能源局综合司 通知 (HTML of the nea.gov.cn detail cell held as mock article1 in a front-end project)
python3 - <<'PY'
import re
s = open('src/Garyhjj_sx_home_article_mock_info.js', encoding='utf-8').read()
open('src/Garyhjj_sx_home_info_article1.html', 'w', encoding='utf-8').write(re.search(r'const article1 = `(.*?)`', s, re.S).group(1))
PY
python3 $T/html_blocks.py src/Garyhjj_sx_home_info_article1.html docs/d17_03_tongzhi_nengyuanju_dianli_huozai_fangkong.txt "国家能源局综合司关于做好今冬明春电力行业火灾防控工作的通知" >/dev/null
G d17_03_tongzhi_nengyuanju_dianli_huozai_fangkong.txt "国家能源局综合司关于做好今冬明春电力行业火灾防控工作的通知" \
 '[[6,1],[8,1],[9,2],[12,2],[14,2],[16,2],[19,2],[21,1],[22,2],[23,2],[24,2],[25,1],[26,2],[27,2],[28,2]]'
# 04 臺南市都市更新及爭議處理審議會 112年度第2次會議紀錄 (PDF text as the repository extracted it; form feeds -> line breaks)
python3 $T/plain_text.py src/kiang_udweb.tainan.gov.tw_meet2_20231128.txt docs/d17_04_huiyi_jilu_tainan_dugeng_2023.txt "112 年度臺南市都市更新及爭議處理審議會第 2 次會議紀錄" >/dev/null
G d17_04_huiyi_jilu_tainan_dugeng_2023.txt "112 年度臺南市都市更新及爭議處理審議會第 2 次會議紀錄" \
 '[[12,1,"擬定台南市仁德區二空段 800-2 地號等 13 筆土地","第一案"],[14,2,"說明",""],[15,3],[50,3,"法令依據"],[51,3,"計畫範圍"],[60,3,"計畫內容"],[63,3,"辦理情形"],[67,3,"人民陳情意見"],[68,3],[69,4],[80,4],[87,4],[92,4],[102,3],[116,2,"決議",""]]'
# 05 臺南市都市更新及爭議處理審議會 110年度第四次會議紀錄 (same repository and converter)
python3 $T/plain_text.py src/kiang_udweb.tainan.gov.tw_meet2_20220615.txt docs/d17_05_huiyi_jilu_tainan_dugeng_2021.txt "110 年度臺南市都市更新及爭議處理審議會第四次會議紀錄" >/dev/null
G d17_05_huiyi_jilu_tainan_dugeng_2021.txt "110 年度臺南市都市更新及爭議處理審議會第四次會議紀錄" \
 '[[12,1,"審議案件","伍、"],[13,2,"擬定臺南市東區平實段 45 地號等 2 筆土地都市更新事業","第一案"],[15,3,"說明",""],[16,4],[28,4],[41,4],[67,3,"委員發言紀錄",""],[68,4],[83,4],[88,3,"決議",""]]'
# 06 上海市卫生健康委员会 通知 on 2024 世界家庭医生日 (saved page of wsjkw.sh.gov.cn, chrome kept; an injected '四、关于专家组' section is part of the page as saved)
T06="关于开展2024年“世界家庭医生日”主题宣传活动的通知__上海市卫生健康委员会"
python3 $T/html_blocks.py src/mhxqwer_lgcwsjkw.sh.gov.cn_index.html docs/d17_06_tongzhi_wangye_shanghai_jiating_yisheng.txt "$T06" --drop-first-if-title >/dev/null
G d17_06_tongzhi_wangye_shanghai_jiating_yisheng.txt "$T06" '[[15,1],[17,1],[19,1],[21,1]]'
# 07 臺南市都市更新及爭議處理審議會 110年度第二次會議紀錄 (three cases listed under 伍、 then repeated as sections; PDF compatibility ideographs kept)
python3 $T/plain_text.py src/kiang_udweb.tainan.gov.tw_meet2_20210504.txt docs/d17_07_huiyi_jilu_tainan_dugeng_2021_di2ci.txt "110 年度臺南市都市更新及爭議處理審議會第二次會議紀錄" >/dev/null
python3 $T/gold_kinds.py d17_07_huiyi_jilu_tainan_dugeng_2021_di2ci.txt "110 年度臺南市都市更新及爭議處理審議會第二次會議紀錄" '[[9,1,"num"],[19,2,"case"],[21,3,"label"],[22,4,"num"],[37,4,"num"],[47,4,"num"],[48,4,"num"],[67,3,"label"],[93,2,"case"],[95,3,"label"],[96,4,"num"],[112,4,"num"],[127,4,"num"],[128,4,"num"],[146,3,"label"],[163,2,"case"],[165,3,"label"],[166,4,"num"],[196,4,"num"],[197,4,"num"],[207,4,"num"],[208,4,"num"],[225,4,"num"],[226,4,"num"],[227,5,"num"],[236,5,"num"],[245,5,"num"],[252,5,"num"],[261,4,"num"],[274,3,"label"],[281,1,"num"],[282,2,"label"],[283,3,"case"],[288,4,"label"]]' >/dev/null
# 08 国家能源局综合司 国家矿山安全监察局综合司 通知 (same mock file, article2: seven numbered run-in headings 一、…。)
python3 - <<'PY'
import re
s = open('src/Garyhjj_sx_home_article_mock_info.js', encoding='utf-8').read()
open('src/Garyhjj_sx_home_info_article2.html', 'w', encoding='utf-8').write(re.search(r'const article2 = `(.*?)`', s, re.S).group(1))
PY
T08="国家能源局综合司 国家矿山安全监察局综合司关于支持鼓励开展煤矿智能化技术装备研发与应用的通知"
python3 $T/html_blocks.py src/Garyhjj_sx_home_info_article2.html docs/d17_08_tongzhi_nengyuanju_meikuang_zhinenghua.txt "$T08" >/dev/null
G d17_08_tongzhi_nengyuanju_meikuang_zhinenghua.txt "$T08" '[[5,1],[6,1],[7,1],[8,1],[9,1],[10,1],[11,1]]'
python3 $T/check_gold.py
