"""f11_08: State Council General Office notice 国办发〔2022〕35号 (title on two lines, not a heading): 一、二、 depth 1;
（一）… depth 2, all run-in (title = text up to the first full stop, e.g. '进一步破除区域分割和地方保护等不合理限制（4项）').
The closing '附件：…清单' line names an attachment that the text does not contain: not a heading."""
import sys; sys.path.insert(0, "/work/fresh11/tools")
from mkgold import write
R = "runin"
spec = [(13,1,"一、")] + [(l,2,f"（{n}）",R) for n,l in zip("一二三四五六七八九",[15,17,19,21,23,25,27,29,31])]
spec += [(33,1,"二、")] + [(l,2,f"（{n}）",R) for n,l in zip("一二三",[35,37,39])]
write("f11_08_gov_guobanfa_yingshang_huanjing", "国务院办公厅关于复制推广营商环境创新试点改革举措的通知", spec)
