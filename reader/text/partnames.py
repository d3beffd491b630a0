"""Headings a reader knows by name alone (序言, 附则, 参考文献 …) and a paper's keywords line, which never is one."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

# A paper's keywords: the label alone, or with two terms or more ('关键词：开源、行为数据、…'; '关键词：快速成长' may name a part)
_KEYWORDS = lazy(r"[【\[]?(?:关键词|关键字|關鍵詞|關鍵字|Key ?words?)[】\]]?\s*[：:]\s*(?:$|.*[、，,；;/|\s])", re.IGNORECASE)


def keywords_line(text: str) -> bool:
    """'关键词：开源、行为数据' under a paper's abstract is a field of its front matter, never a heading, even right
    over its first section."""
    return _KEYWORDS.match(text.strip()) is not None


# Unnumbered headings every reader recognises by name (simplified and traditional, spaces removed).
PART_NAMES = frozenset(
    "序言 序 前言 引言 导言 導言 导论 導論 引论 引論 绪论 緒論 绪言 緒言 概述 总纲 總綱 总则 總則 附则 附則 附录 附錄 结语 結語 结束语 結束語 余论 餘論 "
    "后记 後記 跋 参考 參考 参考文献 參考文獻 参考资料 參考資料 相关参考资料 相關參考資料 参考书目 參考書目 延伸阅读 延伸閱讀 "
    "推荐阅读 推薦閱讀 致谢 致謝 摘要 内容摘要 內容摘要 内容提要 內容提要 执行摘要 執行摘要 结论 結論 小结 小結 注释 註釋 "
    "附注 附註 作者简介 作者簡介 "  # a paper's notes after its text, a book's or a paper's word on its author
    "资料来源 資料來源 "  # a statistical bulletin's closing part after its 注释: where each figure comes from
    "关键词 關鍵詞 关键字 關鍵字 引用 Abstract Keywords Acknowledgements Acknowledgments Reference References "
    "沿革 立法沿革 修正沿革 编者按 編者按 按语 按語 简评 簡評 短评 短評 点评 點評 述评 述評 "  # a law's 沿革, news comments
    "Changelog ChangeLog 更新日志 更新日誌 更新历史 更新歷史 更新记录 更新記錄 "  # a post's or a guide's log of its updates
    "相关链接 相關鏈結 相关链结 相關連結 相关连结 相关新闻 相關新聞 相关稿件 相關稿件 相关阅读 相關閱讀 相关文章 相關文章 相关报道 相關報導 相关报导".split()
)  # and a page's own parts over its lists of links
# The names of a document's opening part: a page or a Markdown file whose first heading is one of these starts with
# that part (its title, where it has one, stands elsewhere: a <title>, a site's banner), it is not titled by it
OPENING_NAMES = frozenset("序言 前言 引言 导言 導言 导论 導論 绪论 緒論 绪言 緒言 概述 摘要 内容摘要 內容摘要 内容提要 內容提要".split())
_BILINGUAL = lazy(r"([^（(]+)[（(]([^）)]+)[）)]")
_NAME_SPAN = 24  # a named heading or an annex label, letter-spaced ('附　　则') or not, is never longer


def named_part(text: str) -> bool:
    """序言, 前言, 结语 …: a heading by its name alone, when it is the whole paragraph; 'Abstract（摘要）' names it in
    two languages."""
    if len(text) > _NAME_SPAN:
        return False
    name = "".join(text.split()).rstrip("：:")
    if name.isascii() and name.isupper():
        name = name.capitalize()  # 'ABSTRACT', 'REFERENCES': a paper's names set in capitals
    name = name[1:-1] if name[:1] == "【" and name[-1:] == "】" else name  # '【附则】' as '【第五章 …】' is set
    both = _BILINGUAL.fullmatch(name)
    return name in PART_NAMES or (both is not None and (both.group(1) in PART_NAMES or both.group(2) in PART_NAMES))


def opening_name(text: str) -> bool:
    """'序言', '概述', '摘 要': the whole line names a document's opening part, never a document."""
    return len(text) <= _NAME_SPAN and "".join(text.split()).rstrip("：:") in OPENING_NAMES
