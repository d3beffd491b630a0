"""Outline of the corpus's saved web pages opened as a reader opens them (.html): F1 and depth against the gold.

`tests/data/corpus/html/NAME.html` is the page `docs/NAME.txt` was made from (by the collector's html_blocks.py,
one block a line, the site's chrome kept). A user who saves the page and adds it gets the app's own reading of
the HTML: its title, its h-tags as heading levels, its chrome. Headings are matched as in markdown_eval.py: by
marker, or by title when unnumbered, in reading order, less the line. Templates saved from a site's source
(.jsp, .php, .vue …) are kept as .html: the page a reader would have saved.
"""

from __future__ import annotations

import markdown_eval

if __name__ == "__main__":
    raise SystemExit(markdown_eval.main(folder="html", pattern="*.html", about=__doc__.splitlines()[0]))
