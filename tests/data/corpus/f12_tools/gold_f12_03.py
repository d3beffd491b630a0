import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
R = "runin"
# school department's term work plan: 一、–四、; （一）–（八） under 四、 (title lines, final 。 dropped);
# run-in titled 1、 items under （一） and （二）; the unnumbered schedule part 具体工作安排 with its months as
# sub-headings (the months' 1、 items are an untitled to-do list, not headings)
spec = [(2,1,"一、"),(4,1,"二、"),(9,1,"三、"),(14,1,"四、"),
        (15,2,"（一）",R),(16,3,"1、",R),(17,3,"2、",R),(18,3,"3、",R),(19,3,"4、",R),(20,3,"5、",R),
        (21,2,"（二）",R)] + [(22+i,3,"%d、"%(i+1),R) for i in range(8)] + [
        (30,2,"（三）",R),(44,2,"（四）",R),(46,2,"（五）",R),(48,2,"（六）",R),(50,2,"（七）",R),(52,2,"（八）",R),
        (54,1,""),(56,2,""),(68,2,""),(77,2,""),(89,2,""),(96,2,""),(103,2,"")]
write("f12_03_plan_wenzhong_deyu_jihua", "温岭中学2011学年第二学期德育工作计划", spec, title_override={17: "加强师德建设"})
