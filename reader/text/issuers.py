"""Who issues a 文号 by its prefix: 国办发 is the State Council's General Office, 京政发 Beijing's government."""

from __future__ import annotations

from reader.text.fold import fold

# Issuers of the commonest 文号 prefixes; a prefix not here is read as 〈place〉政发 / 〈place〉政办发.
_PREFIX_AUTHORITY = {"国发": "国务院", "国函": "国务院", "国令": "国务院", "国办发": "国务院办公厅", "国办函": "国务院办公厅",
                     "国办发明电": "国务院办公厅", "中发": "中共中央 国务院", "中办发": "中共中央办公厅 国务院办公厅",
                     "厅字": "中共中央办公厅 国务院办公厅", "国发明电": "国务院"}
_PLACES = {"京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省", "内蒙古": "内蒙古自治区",
           "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省",
           "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
           "琼": "海南省", "川": "四川省", "黔": "贵州省", "云": "云南省", "滇": "云南省", "藏": "西藏自治区", "陕": "陕西省",
           "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区"}
_PLACE_SUFFIX = {"政发": "人民政府", "政办发": "人民政府办公厅", "政函": "人民政府", "政办函": "人民政府办公厅",
                 "政办字": "人民政府办公厅"}


def authority_of_number(number: str) -> str:
    """The issuer a 文号 prefix names: 国办发 → 国务院办公厅, 京政发 → 北京市人民政府; '' when unknown."""
    prefix = fold(number.split("〔", 1)[0]) if "〔" in number else ""
    if not prefix:
        return ""
    if prefix in _PREFIX_AUTHORITY:
        return _PREFIX_AUTHORITY[prefix]
    for suffix, office in _PLACE_SUFFIX.items():
        place = prefix[: -len(suffix)] if prefix.endswith(suffix) else ""
        if place in _PLACES:
            return _PLACES[place] + office
    return ""
