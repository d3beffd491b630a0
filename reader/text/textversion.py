"""Which cleaning made a stored text: the library keeps each document's cleaned text for its search, snippets and
the offsets of hits, so a change to cleaning that moves text raises TEXT_VERSION and the library reads those texts
again in the background (reader.storage.schema.refresh_cleaning); a hit found meanwhile is found again by its words
(reader.text.refind)."""

from __future__ import annotations

# 0: a text stored before the catalogue recorded its cleaning, or by an older zhreader (it leaves the column out);
# 1: the first recorded (round 76).
TEXT_VERSION = 1
