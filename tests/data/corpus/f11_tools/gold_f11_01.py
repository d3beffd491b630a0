import sys; sys.path.insert(0, "/work/fresh11/tools")
from mkgold import write
q = [22,28,34,42,47,59,70,78,85,92,99,105,112,118,123,129,136,144]
spec = [(5,1,"I."),(6,2,""),(11,2,""),(21,1,"II.")]
spec += [(l,2,f"{i}.") for i,l in enumerate(q,1)]
spec += [(164,1,"III."),(165,2,""),(170,2,""),(175,2,""),(206,1,"IV."),(208,2,"1."),(215,2,"2."),(243,2,"3.")]
write("f11_01_hk_lifahui_yicheng", "立法會議程", spec)
