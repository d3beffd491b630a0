#!/usr/bin/env python3
"""Docusaurus MDX page -> Markdown as the page shows it (for make_md_doc.py).
usage: mdx_clean.py SRC.md OUT.md
Drops the MDX `import ... from '...';` lines and the <TOCInline .../> component (a generated table of contents,
not text of the page); everything else is kept."""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
t = re.sub(r"(?m)^import .* from '.*';\s*$\n?", '', t)
t = re.sub(r'<TOCInline[^>]*/>', '', t)
open(sys.argv[2], 'w', encoding='utf-8').write(t)
