#!/usr/bin/env python3
"""strip_php.py SRC OUT: drop PHP blocks (<?php ... ?> and <?= ... ?>) from a view file, as the server would not
print them (no include is rendered)."""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)<\?(php|=).*?(\?>|$)', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
