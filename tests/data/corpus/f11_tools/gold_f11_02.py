import sys; sys.path.insert(0, "/work/fresh11/tools")
from mkgold import write
R = "runin"
spec = [(9,1,"一、"),(10,2,"（一）",R),(11,2,"（二）",R),(12,2,"（三）",R),
        (13,1,"二、"),(14,2,"（一）",R),(16,2,"（二）",R),(17,2,"（三）",R),(18,2,"（四）",R),
        (19,1,"三、"),(20,2,"（一）"),(26,2,"（二）"),(37,2,"（三）"),(40,2,"（四）"),
        (45,1,"四、")]
write("f11_02_speech_fagaiwei_zhaobiao_jianghua", "国家发展改革委投资司韩志峰处长的讲话", spec)
