"""The immutable input of every analysis: the exact text and its paragraphs.

Offsets are Python ``str`` indices into :attr:`Article.text`, end exclusive. A
paragraph is one non-blank line, which matches the PTC and SemEval formats, where
the first line is the title; so an Article built from a dataset file has the same
character offsets as the dataset's label files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["title", "heading", "body", "social_post", "caption", "boilerplate"]
PARAGRAPH_KINDS: tuple[str, ...] = ("title", "heading", "body", "social_post", "caption", "boilerplate")

# Characters trimmed from the ends of a line when finding a paragraph: Unicode
# whitespace plus the BOM and zero-width space, which str.isspace() does not cover.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_LINE = re.compile(r"[^\r\n]+")  # a line ends at \n, \r\n, or a lone \r (old Mac files)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of the article: ``text[start:end]`` without its edge whitespace.

    ``hint`` is a kind the reader already knows (an HTML ``<h2>`` is a heading); the
    structure stage keeps it instead of guessing.
    """

    index: int
    start: int
    end: int
    hint: ParagraphKind | None = None


def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def words_with_letters(text: str) -> int:
    """Words with a letter in them (a row of dashes or numbers is not text to judge)."""
    return sum(any(c.isalpha() for c in w) for w in text.split())


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split ``text`` into paragraphs, one per non-blank line, with exact offsets."""
    paragraphs: list[Paragraph] = []
    for match in _LINE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and _is_blank(text[start]):
            start += 1
        while end > start and _is_blank(text[end - 1]):
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs), start, end))
    return tuple(paragraphs)


@dataclass(frozen=True)
class Article:
    """The text analysed, its metadata and its paragraphs; never changed by a stage."""

    text: str
    paragraphs: tuple[Paragraph, ...] = field(default=())
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    language_confidence: float | None = field(default=None, compare=False)
    """The detector's probability when ``language`` was detected from the text; None when it was given."""
    language_detected: str | None = field(default=None, compare=False)
    """The language the text reads as, when it was given as another one (the detector confident)."""
    origin: str | None = field(default=None, compare=False)
    """Where the text came from (a path, a URL, "<stdin>"), used in error messages."""

    def __post_init__(self) -> None:
        if not self.paragraphs and self.text:
            object.__setattr__(self, "paragraphs", split_paragraphs(self.text))
        for p in self.paragraphs:
            if not 0 <= p.start <= p.end <= len(self.text):
                raise ValueError(f"paragraph {p.index} [{p.start}, {p.end}) is outside the text")

    @classmethod
    def from_text(cls, text: str, **metadata: str | None) -> "Article":
        """Build an article from plain text; paragraphs are its non-blank lines."""
        return cls(text=text, paragraphs=split_paragraphs(text), **metadata)  # type: ignore[arg-type]

    @classmethod
    def from_blocks(
        cls, blocks: list[tuple[str, ParagraphKind | None]], **metadata: str | None
    ) -> "Article":
        """Build an article from (text, hint) blocks, one per line, as the HTML reader does."""
        parts: list[str] = []
        paragraphs: list[Paragraph] = []
        offset = 0
        for block, hint in blocks:
            line = " ".join(block.split())
            if not line:
                continue
            if parts:
                parts.append("\n")
                offset += 1
            paragraphs.append(Paragraph(len(paragraphs), offset, offset + len(line), hint))
            parts.append(line)
            offset += len(line)
        return cls(text="".join(parts), paragraphs=tuple(paragraphs), **metadata)  # type: ignore[arg-type]

    def paragraph_text(self, index: int) -> str:
        """The text of paragraph ``index``."""
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    def paragraph_at(self, offset: int) -> int | None:
        """The index of the paragraph holding character ``offset``, or None."""
        lo, hi = 0, len(self.paragraphs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            p = self.paragraphs[mid]
            if offset < p.start:
                hi = mid - 1
            elif offset >= p.end:
                lo = mid + 1
            else:
                return mid
        return None
