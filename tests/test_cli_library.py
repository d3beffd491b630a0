"""`zhreader library`: add, list, search, remove and check on the same database the window uses."""

from __future__ import annotations

import json
import shutil

from reader.cli import main
from reader.paths import Paths
from support import CORPUS, seed_paths


def _run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(["library", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _json(capsys, *args: str):
    status, out, err = _run(capsys, *args, "--json")
    assert status == 0, err
    return json.loads(out)


def test_add_list_search_remove_check(capsys, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS, folder)
    for path in seed_paths():
        shutil.copy(path, folder / path.name)
    (folder / "zz_copy.txt").write_bytes((CORPUS / "off06_state_council_1997_11.txt").read_text("utf-8").encode("gb18030"))
    added = _json(capsys, "add", str(folder))
    assert len(added["added"]) == 5 + len(seed_paths()) and added["duplicates"] == [str(folder / "zz_copy.txt")]
    assert added["indexed"] == len(added["added"])
    assert Paths.default().library_file.exists()  # the window's database, in ZHREADER_HOME

    listed = _json(capsys, "list", "--sort", "title")
    off06 = next(e for e in listed if e["number"] == "国办发〔1997〕11号")
    assert off06["authority"] == "国务院办公厅" and off06["kind"] == "通知"

    hits = _json(capsys, "search", "憲法")
    assert {"中华人民共和国宪法", "中華民國憲法"} <= {h["title"] for h in hits}
    assert set(hits[0]) >= {"id", "title", "path", "section", "snippet"}
    hits = _json(capsys, "search", "社会团体", "文号:国办发(1997)11号")
    assert [h["id"] for h in hits] == [off06["id"]] and "社会团体" in hits[0]["snippet"]

    status, out, _ = _run(capsys, "remove", str(off06["id"]))
    assert status == 0 and "untouched" in out
    assert (folder / "off06_state_council_1997_11.txt").exists()
    assert off06["id"] not in [e["id"] for e in _json(capsys, "list")]

    (folder / "law01_prc_constitution.txt").unlink()
    report = _json(capsys, "check")
    assert report["missing"] == [str(folder / "law01_prc_constitution.txt")]
    missing = _json(capsys, "list", "--missing")
    assert [e["title"] for e in missing] == ["中华人民共和国宪法"]


def test_plain_output_and_errors(capsys, tmp_path):
    doc = tmp_path / "通知.txt"
    doc.write_text("关于某事的通知\n京政发〔2024〕12号\n各区人民政府：\n现将有关事项通知如下。\n", encoding="utf-8")
    status, out, _ = _run(capsys, "add", str(doc), str(tmp_path / "absent.txt"))
    assert status == 0 and "added 1" in out and "absent.txt: no such file" in out
    status, out, _ = _run(capsys, "list")
    assert "京政发〔2024〕12号" in out and "北京市人民政府" in out
    status, out, _ = _run(capsys, "search", "机关:北京")
    assert status == 0 and "关于某事的通知" in out
    status, _, err = _run(capsys, "search", "，")
    assert status == 1 and "nothing to search for" in err
    status, _, err = _run(capsys, "remove", "999")
    assert status == 1 and "no document with id 999" in err
    status, _, err = _run(capsys, "add", str(tmp_path / "absent.txt"))
    assert status == 1 and "no readable document" in err
    status, _, err = _run(capsys)
    assert status == 1 and "choose an action" in err


def test_info_json_has_official_metadata(capsys):
    capsys.readouterr()
    assert main(["info", "--json", str(CORPUS / "off06_state_council_1997_11.txt")]) == 0
    official = json.loads(capsys.readouterr().out)["official"]
    assert official["number"] == "国办发〔1997〕11号" and official["authority"] == "国务院办公厅"


def test_a_damaged_library_is_reported_in_one_line_and_rebuilt(capsys):
    path = Paths.default().library_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 1000)
    status, out, err = _run(capsys, "list")
    assert status == 0 and "damaged" in err and "moved to" in err
    assert any(p.name.startswith("library.sqlite3.damaged-") for p in path.parent.iterdir())
