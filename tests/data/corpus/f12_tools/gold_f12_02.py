import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
R = "runin"
# forwarding notice: the forwarded notice's title (line 5) is its header, not a heading (project convention, off06);
# its 一、–四、 are top level; under 二、 the run-in titled steps 1、–4、; the 1、 lists under 一、/三、 and the
# 附件： list are not headings
spec = [(10,1,"一、"),(18,1,"二、"),(19,2,"1、",R),(21,2,"2、",R),(22,2,"3、",R),(23,2,"4、",R),
        (24,1,"三、"),(27,1,"四、")]
write("f12_02_notice_wenling_rencai_shenbao", "转发《关于组织申报高层次创业创新人才人选工作的通知》", spec)
