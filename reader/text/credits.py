"""A page's credits set as a label and a name across a bar or a slash ('采访 | 李思琪', '编辑｜王五', '文字 | 张三 李四',
'记者/郭慧敏', '文／六神磊磊'), as WeChat, newspaper and school sites print them over or under an article: metadata,
wherever in the text they stand."""

from __future__ import annotations


from reader.text.lazyre import lazy

_FIELDS = {"author": "作者 撰文 文字 文 记者 記者 采访 採訪 采写 採寫 整理",
           "editor": "编辑 編輯 责编 責編 责任编辑 責任編輯",
           "other": "摄影 攝影 图片 圖片 排版 校对 校對 审核 審核"}
_FIELD = {label: name for name, labels in _FIELDS.items() for label in labels.split()}
_NAME = r"[\u4e00-\u9fffA-Za-z·]{2,12}"
_LABELS = "|".join(sorted(_FIELD, key=len, reverse=True))
_CREDIT_BAR = lazy(rf"({_LABELS})\s*([|｜/／])\s*({_NAME}(?:[ 、]{_NAME}){{0,3}})")
_SPANS = lazy(rf"\s{{2,}}|\u3000|\s(?=(?:{_LABELS})\s*[|｜/／])")  # credits side by side ('文｜任娅斐 编辑｜马吉英')


def credit_bar(text: str, slash: bool = False) -> dict[str, str]:
    """The field a credit line gives ({'author': '李思琪'}), or {} for any other line; with `slash`, a credit set with a
    slash too ('记者/郭慧敏': a metadata line's reading, not a line's shape for titles and outlines). Credits spaced
    apart on one line ('文/吴萍   编辑/周楠') give a field each, when every span is one."""
    spans = _SPANS.split(text.strip()) if len(text) <= 60 else []
    if len(spans) > 1:
        found: dict[str, str] = {}
        for span in spans:
            if not (fields := credit_bar(span, slash)):
                return {}
            for key, value in fields.items():
                found.setdefault(key, value)
        return found
    bar = _CREDIT_BAR.fullmatch(text.strip()) if len(text) <= 60 else None
    if bar is None or bar.group(2) in "/／" and not slash or bar.group(3).split()[0].split("、")[0] in _FIELD:
        return {}  # '编辑/校对': two labels, no name
    return {_FIELD[bar.group(1)]: bar.group(3)}
