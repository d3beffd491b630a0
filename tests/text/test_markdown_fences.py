"""Code fences as Markdown writers mean them: a sample of Markdown holding blocks of its own, a bare '```' that
closed a block the writer thought still open, and the plain cases that must read as before."""

from __future__ import annotations

import pytest

from reader.text.formats import markdown_blocks


def _headings(text: str) -> list[str]:
    return [b.text for b in markdown_blocks(text) if b.heading_level]


SAMPLE = """# 使用说明

## 第三步：创建配置文件

```markdown
# 配置

## 课程列表

```yaml
# 课程设置
courses:
  - name: "量子力学"
```

## 任务
```

## 第四步：运行

正文。
"""

STRAY = """# 规范

## 模板

```shell
### 建议说明
```
填写自己的建议
```
### 讨论说明
```
填写论证依据
```

合并请求：
```shell
## 修改类型
- [ ] 修复
```

## 提交

正文。
"""


@pytest.mark.parametrize("text, want", [
    (SAMPLE, ["使用说明", "第三步：创建配置文件", "第四步：运行"]),  # the sample's headings are its text
    (STRAY, ["规范", "模板", "提交"]),  # '```shell' after a bare '```': the bare one closed the block before
])
def test_fences_as_the_writer_means_them(text, want):
    assert _headings(text) == want


@pytest.mark.parametrize("text, want", [
    ("# 甲\n\n```bash\nls\n```\n\n## 乙\n", ["甲", "乙"]),
    ("# 甲\n\n```python\n# 注释\n```python\n\n## 乙\n", ["甲", "乙"]),  # closed by its own opening line, as before
    ("# 甲\n\n~~~\n## 代码里\n~~~\n\n## 乙\n", ["甲", "乙"]),
    ("# 甲\n\n````\n```\n## 样例\n```\n````\n\n## 乙\n", ["甲", "乙"]),  # four marks hold three
])
def test_plain_fences_read_as_before(text, want):
    assert _headings(text) == want
