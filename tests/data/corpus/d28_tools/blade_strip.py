#!/usr/bin/env python3
"""dev28: a Blade view's own markup as the page shows it inside its layout's body: Blade comments {{-- --}},
@directives (@extends/@section/@endsection/@parent/@yield) and {{ ... }} echoes (asset and url helpers, which
only fill attributes here) are removed; the layout's <title> is written first as <title>TITLE</title>.
usage: blade_strip.py IN.blade.php OUT.html TITLE"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r'(?s)\{\{--.*?--\}\}', '', t)
t = re.sub(r'(?s)\{\{.*?\}\}', '', t)
t = re.sub(r"(?m)^\s*@(extends|section|endsection|parent|yield|stop|show)\b.*$", '', t)
open(sys.argv[2], 'w', encoding='utf-8').write('<title>' + sys.argv[3] + '</title>\n' + t)
