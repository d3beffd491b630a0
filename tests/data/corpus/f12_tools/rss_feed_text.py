"""fresh12: an RSS 2.0 feed file (docs/podcast.xml of taipei-doit/CiviClaw-taipei-daily-news) as the text a feed reader
shows: the channel's title (line 1) and description, then each item in feed order as its title line, the lines of its
description (the feed's own line breaks kept, trailing spaces removed), its pubDate; a blank line between blocks.
Enclosures, guids and iTunes tags are not shown. Entities are decoded by the XML parser. Usage: rss_feed_text.py SRC OUT"""
import sys, xml.etree.ElementTree as ET
from pathlib import Path
src, out = sys.argv[1], sys.argv[2]
ch = ET.parse(src).getroot().find("channel")
lines = [ch.findtext("title").strip(), ch.findtext("description").strip(), ""]
for it in ch.findall("item"):
    lines.append(it.findtext("title").strip())
    lines.extend(l.rstrip() for l in it.findtext("description").strip("\n").split("\n"))
    lines.append(it.findtext("pubDate").strip())
    lines.append("")
while not lines[-1]:
    lines.pop()
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines), "lines")
