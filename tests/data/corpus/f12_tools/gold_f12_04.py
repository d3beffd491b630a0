import sys; sys.path.insert(0, "/work/fresh12/tools")
from mkgold import write
# the first (bold) line of each chapter file of the GitBook: 论文摘要 (unnumbered) and chapters 1–6 depth 1, sections
# depth 2 (1.2 is titled without its number in the source: '论文贡献和提纲 Contributions and Outline');
# not headings: bold run-in paragraph titles inside sections, bold translated sentences, the numbered reference list
spec = [(3,1,""),(101,1,"1"),(161,2,"1.1"),(297,2,""),(334,1,"2"),(388,2,"2.1"),(442,2,"2.2"),(514,2,"2.3"),
        (525,1,"3"),(550,2,"3.1"),(600,2,"3.2"),(626,2,"3.3"),(696,2,"3.4"),(765,2,"3.5"),(915,2,"3.6"),
        (936,1,"4"),(946,2,"4.1"),(982,2,"4.2"),(1028,2,"4.3"),(1067,1,"5"),(1115,1,"6.")]
write("f12_04_paper_lsdslam_fanyi", "LSD-SLAM: Large-Scale Direct Monocular SLAM Chinese Version [engel14eccv]", spec)
