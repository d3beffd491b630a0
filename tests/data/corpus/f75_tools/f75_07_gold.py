#!/usr/bin/env python3
# gold of f75_07 (PDF text): the h4 parts 一、..五、 (depth 1), the h5 items 1.-4. under 二、 (depth 2), and the
# unnumbered closing heading 总结 (h3 in the Markdown the PDF was printed from; depth 1)
import sys; sys.path.insert(0, '/work/fresh75/tools')
from gold import write
write('f75_07_jiaoxue_sheji_jiqiren.txt', '教学设计',
      [[8, 1], [25, 1], [27, 2], [39, 2], [71, 2], [108, 2], [127, 1], [138, 1], [148, 1], [161, 1]])
