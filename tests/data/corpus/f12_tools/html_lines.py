"""fresh11 (from fresh10's html_lines.py): text of an HTML fragment, one block a line: script/style/comments and images
dropped, block tags (p, div, br, h1-h6, li, tr, table, ul, ...) end a line; with join_cells=True the cells of a table
row are joined by one space on the row's line (otherwise each td/th is its own line); other tags removed, entities
decoded; inside a block the source's own line breaks and indentation are joined without a space; runs of spaces
collapsed to one; empty lines dropped."""
import html, re

def html_lines(frag, join_cells=False):
    frag = re.sub(r"(?is)<(script|style)\b.*?</\1>|<!--.*?-->", "", frag)
    frag = re.sub(r"(?is)<img[^>]*>|<input[^>]*>", "", frag)
    if join_cells:
        frag = re.sub(r"(?is)</?(td|th)\b[^>]*>", " ", frag)
    frag = re.sub(r"(?is)</?(p|div|br|h[1-6]|li|tr|td|th|table|ul|ol|dl|dt|dd|section|article|header|footer)\b[^>]*>", "\x00", frag)
    frag = re.sub(r"(?s)<[^>]+>", "", frag)
    out = []
    for block in frag.split("\x00"):
        parts = [p.strip(" \t\r") for p in block.split("\n")]
        text = "".join(p for p in parts if p)
        text = html.unescape(text).replace("\xa0", " ")
        text = re.sub(r"[ \t]+", " ", text).strip()
        if text:
            out.append(text)
    return out
