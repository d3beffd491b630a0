"""f11_09: a district government notice (苏州高新区, embedded as a string in an NLP project; title line from the same
module's item_list): 一、 depth 1; （一）（二） under 一、 and 四、 depth 2; the titled items 1.申报对象 … 4.申报要求 one
level under their parent (depth 3 under 一、（一）/（二）, depth 2 under 二、 and 三、, which have no （一）); titles
without a trailing colon ('3.申报流程：', '（一）业务咨询：'). Not headings: the （1）… and ①… items, (3) written with
ASCII parentheses, the 1、2、 address items under （二）材料受理."""
import sys; sys.path.insert(0, "/work/fresh11/tools")
from mkgold import write
spec = [(6,1,"一、"),(8,2,"（一）"),(12,3,"1."),(28,3,"2."),(34,3,"3."),
        (40,2,"（二）"),(44,3,"1."),(60,3,"2."),(68,3,"3."),(72,3,"4."),
        (92,1,"二、"),(96,2,"1."),(112,2,"2."),(120,2,"3."),(126,2,"4."),
        (140,1,"三、"),(144,2,"1."),(148,2,"2."),(164,2,"3."),(170,2,"4."),
        (188,1,"四、"),(192,2,"（一）"),(202,2,"（二）"),(208,2,"（三）")]
write("f11_09_gov_suzhou_gaoxinqu_keji_jinrong", "高新区关于组织申报2021年度苏州市科技金融计划项目的通知", spec)
