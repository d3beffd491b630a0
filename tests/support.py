"""Paths to real test material, shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "docs"
DATA = Path(__file__).resolve().parent / "data"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> Path:
    """The seed whose name starts with `prefix` ('000', '003', ...)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def corpus_path(name: str) -> Path:
    """A corpus document; the test is skipped when ../shared is not beside the checkout."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus document {name} not available")
    return path


def paragraphs(lines: list[str]):
    """Paragraphs as the cleaner hands them to the outline: one per line, offsets into the '\\n'-joined text."""
    from reader.text.model import Paragraph

    out, start = [], 0
    for n, text in enumerate(lines, 1):
        out.append(Paragraph(text, n, start))
        start += len(text) + 1
    return tuple(out)


def outline(lines: list[str], title: str = "") -> list[tuple[int, str, str]]:
    """(depth, marker, title) of each heading the outline finds in these lines."""
    from reader.text.outline import parse_outline

    return [(h.depth, h.marker, h.title) for h in parse_outline(paragraphs(lines), title)]


def spaced_paragraphs(blocks: list[str]):
    """Paragraphs as a text with blank lines gives them: '' stands for a blank line, counted but no paragraph."""
    from reader.text.model import Paragraph

    out, start = [], 0
    for n, text in enumerate(blocks, 1):
        if text:
            out.append(Paragraph(text, n, start))
        start += len(text) + 1
    return tuple(out)


def blocks_outline(blocks: list[str]):
    """The headings of these blocks set apart by blank lines, the first block the document's title, as outline tests
    write a text."""
    from reader.text.outline import parse_outline

    return parse_outline(spaced_paragraphs([x for block in blocks for x in (block, "")]), blocks[0])


def parse_document(data: bytes, name: str = ""):
    """The engine's pipeline for bytes: decode, clean, outline."""
    from reader.text.decode import decode_bytes
    from reader.text.document import build_document

    return build_document(decode_bytes(data, name=name))


def freeze(path, on: bool) -> None:
    """Make a folder unwritable even for root (chattr +i), or as a normal user by its mode bits; undo with on=False."""
    import os
    import shutil
    import subprocess

    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i" if on else "-i", str(path)]).returncode:
            pytest.skip("cannot make a folder read-only for root here")
    else:
        path.chmod(0o555 if on else 0o755)


def wrapped_corpus_document(name: str, chars: int, tmp_path: Path, folder: Path | None = None):
    """A corpus document (or one in `folder`, as the seeds) hard-wrapped as a PDF extract sets it (`chars` a line),
    read as the app reads a file."""
    import sys

    from reader.text.document import load_document

    sys.path.insert(0, str(DATA / "corpus"))
    from make_pdf_extracts import hard_wrap

    text, _ = hard_wrap(((folder or DATA / "corpus" / "docs") / name).read_text(encoding="utf-8"), chars)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def heading_texts(doc) -> list[str]:
    """Each heading as marker and title, spaces aside."""
    return [f"{h.marker}{h.title}".replace(" ", "") for h in doc.headings]


def cpu_seconds(fn, *args) -> float:
    """CPU seconds of fn(*args), the best of three after a first call: a linear-time check measures the rule, not
    the machine's other work (thread_time) or a first call's compiling and caching."""
    import time

    fn(*args)
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        fn(*args)
        best = min(best, time.thread_time() - start)
    return best
