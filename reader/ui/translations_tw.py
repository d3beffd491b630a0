"""Taiwan wording over the converted table: s2twp turns characters and some phrases, not every mainland term."""

# Longer phrases first: each pair is applied in order, so '文本檔案' is taken before '文本'.
TW_PHRASES: tuple[tuple[str, str], ...] = (
    ("匯出為文本", "匯出為文字檔"),
    ("簡繁體均可匹配", "簡體、繁體皆可找到"),
    ("無匹配", "找不到"),
    ("文本檔案", "文字檔"),
    ("文本文件", "文字檔"),
    ("文本", "文字"),
    ("當前", "目前"),
    ("查詢", "尋找"),
    ("突出顯示", "標示"),
    ("高亮", "標示"),
    ("關鍵詞", "關鍵字"),
    ("全屏", "全螢幕"),
    ("幫助", "說明"),
    ("退出", "結束"),
    ("撤銷", "復原"),
    ("檢測", "偵測"),
    ("新建", "新增"),
    ("工具欄", "工具列"),
    ("上級目錄", "上層資料夾"),
    ("計算機", "電腦"),
    ("驅動器", "磁碟機"),
    ("型別", "類型"),
    ("許可權", "權限"),
    ("列表", "清單"),
    ("選中", "選取"),
    ("匹配", "相符"),
)


def taiwan_wording(text: str) -> str:
    """A converted message in the words Taiwanese software uses (檔案, 文字檔, 復原, 清單)."""
    for mainland, taiwan in TW_PHRASES:
        if mainland in text:
            text = text.replace(mainland, taiwan)
    return text
