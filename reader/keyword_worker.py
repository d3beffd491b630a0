"""A long-lived child process that answers keyword requests, so jieba loads once and never in the window's process.

Protocol, one JSON object per line: request {"id": int, "n": int, "text": str} on standard input, answer
{"id": int, "words": [str, ...]} (or {"id": int, "error": str}) on standard output. End of input ends it.
Run as `python -m reader.keyword_worker [CACHE_DIR]`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO


def serve(stdin: IO[bytes], stdout: IO[bytes], cache_dir: Path | None) -> None:
    """Answer requests until end of input; a bad request gets an error answer, never ends the loop."""
    from reader.text.keywords import KeywordExtractor

    extractor = KeywordExtractor(cache_dir)
    extractor.load()
    for line in stdin:
        answer: dict[str, object]
        try:
            request = json.loads(line)
            answer = {"id": request["id"], "words": extractor.extract(request["text"], int(request["n"]))}
        except (ValueError, KeyError, TypeError) as exc:
            answer = {"id": None, "error": f"bad request: {exc}"}
        stdout.write(json.dumps(answer, ensure_ascii=False).encode("utf-8") + b"\n")
        stdout.flush()


def main() -> int:
    cache_dir = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else None
    # jieba imports pkg_resources (about 0.1 s of CPU, a third more than the rest of jieba's import) only to find its
    # dictionary file, and opens it by its own path without it: here, a child that imports nothing else, it goes.
    sys.modules.setdefault("pkg_resources", None)  # type: ignore[arg-type]
    serve(sys.stdin.buffer, sys.stdout.buffer, cache_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
