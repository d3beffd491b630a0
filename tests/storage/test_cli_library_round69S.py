"""Session 69S: `library list --sort authority` ordered issuers by code point (北京 before 安徽, 衛生部 after 渭南),
where the window's Authority column orders them in 拼音 with either script folded; now both use one key."""

from __future__ import annotations

from reader.cli import main

AUTHORITIES = {"ws": ("衛生部", "衛生部關於加強春季防火工作的通知", "衛發〔2020〕3號"),
               "wn": ("渭南市人民政府", "渭南市人民政府关于加强春季防火工作的通知", "渭政发〔2020〕3号"),
               "bj": ("北京市人民政府", "北京市人民政府关于加强春季防火工作的通知", "京政发〔2020〕3号"),
               "ah": ("安徽省人民政府", "安徽省人民政府关于加强春季防火工作的通知", "皖政发〔2020〕3号")}


def _run(capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["library", *args]) == 0
    return capsys.readouterr().out


def test_authority_sort_is_pinyin_with_either_script_folded(capsys, tmp_path):
    for name, (who, title, number) in AUTHORITIES.items():
        (tmp_path / f"{name}.txt").write_text(f"{title}\n\n{number}\n\n各有关单位：\n\n现将有关事项通知如下。\n\n{who}\n\n"
                                              "2020年4月8日\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("读书笔记\n\n正文第一段。\n", encoding="utf-8")
    _run(capsys, "add", str(tmp_path))
    listed = [line.rsplit("/", 1)[-1] for line in _run(capsys, "list", "--sort", "authority").splitlines()]
    assert listed == ["ah.txt", "bj.txt", "ws.txt", "wn.txt", "plain.txt"]  # before: bj, ah, wn, ws (code points)
    reverse = [line.rsplit("/", 1)[-1] for line in _run(capsys, "list", "--sort", "authority", "--reverse").splitlines()]
    assert reverse == ["wn.txt", "ws.txt", "bj.txt", "ah.txt", "plain.txt"]  # no authority: last either way
