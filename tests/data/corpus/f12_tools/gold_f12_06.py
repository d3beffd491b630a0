import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
# job posting: the two 一、/二、 section labels (ending in a colon) are its headings; the 1./2. items are lists
# ('1.3年以上…' is item 1 followed by '3年', not a section 1.3)
write("f12_06_job_sap_guwen", "SAP FI/CO实施顾问", [(2,1,"一、"),(6,1,"二、")])
