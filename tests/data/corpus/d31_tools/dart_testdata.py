#!/usr/bin/env python3
# Take the HTML held in the Dart string constant testdata = '''...''' (lib/const/const.dart of dorapocket/XSer_App)
# and write it out unchanged (the stray triple-double-quote line at its start is kept).
# usage: dart_testdata.py SRC.dart OUT.html
import sys, re
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r"testdata\s*=\s*'''(.*?)'''", t, re.S)
open(sys.argv[2], 'w', encoding='utf-8').write(m.group(1))
