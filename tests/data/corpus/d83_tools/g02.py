#!/usr/bin/env python3
"""Gold of d83_02 (SRAN Reading Tool 使用手册, DOCX): the author's Heading-1 paragraphs (一、 二、 三. 四.) and the
Subtitle paragraph '工具说明' at depth 1; under 三. the eight first-level list items naming the tool's tab groups
(MRBTS, EQM, ... TNL; numId 3 in the source) at depth 2. The table names under each group (numId 4, each followed by
a one-line description) and the numbered sentences under 一、/二、 are list items, not headings."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
spec = [[5, 1], [13, 1], [32, 1], [38, 1, '表单信息简介', '三.']]
spec += [[l, 2] for l in (39, 42, 49, 60, 71, 88, 97, 108)]
spec += [[115, 1, '版本更新说明', '四.']]
gold.write('d83_02_shiyongshouce_jizhanpeizhi.txt', 'SRAN Reading Tool使用手册', spec)
