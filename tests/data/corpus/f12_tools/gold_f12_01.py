import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
# LegCo Hansard (PDF text as committed): bold section titles of the record; attendance labels; the two
# underlined groups under 提交文件 (the first shares its line with the table's right-hand column header)
spec = [(12,1,""),(162,1,""),(172,1,""),(340,1,""),(524,1,""),(528,2,""),(565,2,""),(570,1,"")]
write("f12_01_hk_lifahui_jilu", "會議過程正式紀錄", spec)
