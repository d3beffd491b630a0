"""Session 67A: a file name that is not UTF-8 (GBK, from a Chinese Windows archive) is shown in Chinese where the
window shows a name (the label telling same-titled rows apart, a search hit's name, the title of an untitled
document), not as the few bytes that happen to be UTF-8 ('docs/_Ժ.txt' for 公文样本_国务院.txt; found by hand)."""

from __future__ import annotations

import os

from reader.file_names import shown_name
from reader.ui.search_results import telling_apart

GBK_NAME = os.fsdecode("公文样本_国务院.txt".encode("gbk"))  # as the system gives it: lone surrogates, and 'Ժ'


def test_a_gbk_name_is_shown_in_chinese():
    assert shown_name(f"/home/u/docs/{GBK_NAME}") == "公文样本_国务院.txt"
    assert shown_name(os.fsdecode(b"/d/\xff\xfe.txt")) == "\ufffd\ufffd.txt"  # neither UTF-8 nor GB18030: shown as �
    assert shown_name("/d/监督.txt") == "监督.txt"


def test_same_titled_rows_are_told_apart_by_readable_names():
    folder = "/home/u/" + os.fsdecode("资料".encode("gbk")) + "/docs"
    labels = telling_apart([f"{folder}/{GBK_NAME}", f"{folder}/gov01.txt", "/home/u/其他/docs/gov01.txt"])
    assert labels == ["资料/docs/公文样本_国务院.txt", "资料/docs/gov01.txt", "其他/docs"]
