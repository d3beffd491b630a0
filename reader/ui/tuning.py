"""The window's tuning constants in one place, each named for what it limits (measured on a 2-core machine)."""

# Paragraphs beyond those on screen converted before the first paint of a new script.
SWITCH_VISIBLE_MARGIN = 4
# Characters around the place a document opens at (before it and after) converted on the window's thread before its
# first paint in another script, the rest by the worker; a paragraph over OPEN_CONVERT_MAX_CHARS there is left to the
# worker (converted here, it held the window). A 2.5 M-character text showed its first screen as written for seconds.
OPEN_CONVERT_CHARS = 6_000
OPEN_CONVERT_MAX_CHARS = 40_000
# A script change edits the visible paragraphs in place only in a text up to this long: Qt then walks every
# laid-out block below the edit (about 65 ms per million characters on this machine; on 1.5 M under a load of 12,
# Ctrl+T's call took 80-165 ms with the edit against 3-80 ms without, and spared a wait of 1.4-11 s for the swap).
IN_PLACE_CHARS = 2_000_000
# Characters after the layout frontier that are laid out again after every edit. Qt's incremental layout moves
# (instead of laying out) the not-yet-laid-out blocks just past its frontier when an edit lands behind it, which
# left runs of paragraphs blank for good; re-marking this stretch lays them out. It must exceed Qt's lazy step
# (1,000 characters) plus one checkpoint interval (2,000 px of text).
HOLE_GUARD_CHARS = 20_000
# A new width on a text at least this long (Qt positions) blanks the view (its place drawn meanwhile from a copy laid
# out at the new width: RewrapPreview) and lays it out again from the top towards
# the place in steps (PlaceKeeper): at once, Qt lays it out down to the old scroll value (2.5 s half-way down 1 M
# characters) and paints another place there; a shorter text rewraps at once and a blank page would only flicker.
REWRAP_HOLD_CHARS = 100_000
# Background layout (LayoutPump): Qt positions laid out per event-loop turn at most, PUMP_CHUNK_CHARS at a time
# until the turn's budget is spent (15,000 at once took 40-80 ms a turn under load, and up to 200 ms).
PUMP_STEP_CHARS = 15_000
PUMP_CHUNK_CHARS = 2_000
PUMP_BUDGET_MS = 12
# A far jump lays out towards its goal this many Qt positions per event-loop turn at most, PUMP_CHUNK_CHARS at a
# time until JUMP_BUDGET_MS is spent (20,000 at once took 50-200 ms a turn on 3 M characters under load).
JUMP_STEP_CHARS = 20_000
JUMP_BUDGET_MS = 12
# A replaced document is freed in steps (see retire): blocks' layouts cleared per look at the clock, and the work
# per event-loop turn (deleting a laid-out 3 M-character document at once held the window 0.3-0.4 s).
RETIRE_BLOCKS = 200
RETIRE_BUDGET_MS = 8
# Reading position reported this long after scrolling stops (milliseconds).
POSITION_DEBOUNCE_MS = 40
# Building a document's text and formats: work per event-loop turn, and the longest run inserted at once.
BUILD_BUDGET_MS = 12
BUILD_RUN_CHARS = 50_000
# Python's GIL switch interval (seconds) while worker threads run: a worker in pure Python (opening, matching,
# converting a long document) otherwise keeps the GUI thread waiting up to 5 ms at every return from Qt into
# Python, which added up to event-loop blocks of 100-300 ms.
GIL_SWITCH_S = 0.001
# A paragraph longer than this is shown in several Qt blocks (Qt lays a block out at once: a one-line file of
# 2 M characters held the window 1-2 s); each piece is at most CUT_PIECE_CHARS, cut at a sentence end. Showing a
# document lays its first block out whole: about 20 ms per 1,000 characters on this machine, idle.
CUT_ABOVE_CHARS = 3_000
CUT_PIECE_CHARS = 1_500
# Paragraphs looked through for those to cut per step of a build (a few ms): all of a 30 MB text's at once took 0.2 s.
CUTS_SCAN_STEP = 20_000
# A paragraph longer than this is converted in pieces of about this size on the worker (each engine pass over a
# piece holds the GIL, and so the window, for its whole length).
CONVERT_PIECE_CHARS = 20_000
# The keyword child is handed a document's text this many characters per event-loop turn (escaping and encoding
# a 2 M-character text for it at once held the window 70-150 ms).
SUGGEST_SLICE_CHARS = 100_000
# Arrowing through a list (the documents, the library search's results) opens the row the reader stops on, not
# every row passed: the row opens this long after the last key (milliseconds).
KEYBOARD_DELAY_MS = 150
# A document opened while the keywords are matched in it: the counts of the one left are cleared if its own take
# longer than this (milliseconds; a short document's come sooner, with no blank between).
STALE_COUNTS_MS = 150
