"""f11_10: a PBOC news release on a PBOC/MOA 意见 (its points 一是…五是 run inside paragraphs: no headings), then
'附件：' and the full 意见: the annex label is a heading (depth 1, as gov05's 附件N), the 意见's own title line under it
is its header, not a heading; its 一、–七、 depth 2 and its （一）–（十九）, numbered straight through the sections and
all run-in, depth 3 (title = the first sentence without the full stop). Signatures and date are not headings."""
import sys, re; sys.path.insert(0, "/work/fresh11/tools")
from pathlib import Path
from mkgold import write
name = "f11_10_gov_renhang_nongcun_yijian"
lines = Path(f"/work/fresh11/docs/{name}.txt").read_text(encoding="utf-8").split("\n")
spec = [(11, 1, "")]
for i, l in enumerate(lines, 1):
    m = re.match(r"([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", l)
    if m and i > 13:
        spec.append((i, 2, m.group(1)) if m.group(1).endswith("、") else (i, 3, m.group(1), "runin"))
write(name, "中国人民银行 农业农村部印发《关于加强金融服务农村改革 推进乡村全面振兴的意见》", spec)
