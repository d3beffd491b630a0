import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
# a university office's recruitment notice (saved JSP page): the two titled sections 一、/二、 are its headings;
# the 1.–4. lists, the '岗位：…' line, closing lines and signature are not
write("f12_08_notice_shangligong_zhaopin", "机关党委科级干部招聘公告（2017年第13号）", [(4,1,"一、"),(9,1,"二、")])
