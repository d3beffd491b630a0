#!/usr/bin/env python3
"""Gold of f81_08 (gitbook page 1-1 前端的发展): its h2 sections depth 1, h3 sub-sections depth 2 (lines of the converted text)."""
import sys; sys.path.insert(0, '/work/fresh81/tools')
from gold import write
write('f81_08_wangye_shu_qianduan_fazhan.txt', '1-1 前端的发展 · 深入浅出 Webpack',
      [[78, 1], [85, 2], [94, 2], [104, 2], [109, 2], [112, 1], [114, 2], [118, 2], [121, 2],
       [124, 1], [126, 2], [136, 2], [139, 2], [141, 2]])
