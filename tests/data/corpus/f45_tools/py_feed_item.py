#!/usr/bin/env python3
"""Take one item's HTML text out of a Python dict literal file (feeds.py: post_feed[KEY]['text'])
and write it as a small HTML file with the item's title as <title>, for html_blocks.py.
Usage: py_feed_item.py SRC.py KEY OUT.html"""
import ast, sys, html
src, key, out = sys.argv[1], sys.argv[2], sys.argv[3]
tree = ast.parse(open(src, encoding='utf-8').read())
feed = None
for node in tree.body:
    if isinstance(node, ast.Assign) and node.targets[0].id == 'post_feed':
        feed = ast.literal_eval(node.value)
item = feed[key]
open(out, 'w', encoding='utf-8').write('<html><head><title>%s</title></head><body>\n%s\n</body></html>\n'
                                       % (html.escape(item['title']), item['text']))
