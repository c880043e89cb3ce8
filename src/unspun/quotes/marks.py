"""Pair quotation marks over the whole article, paragraph by paragraph.

Quotation marks are paired on the raw text rather than on spaCy tokens because a
quote can run over several sentences and over several paragraphs (news style
leaves a paragraph's quote open when the quote goes on in the next paragraph,
which opens with a fresh mark). Straight marks (``"``) do not say whether they
open or close, so each mark is judged by its neighbours; curly marks (“ ” ‘ ’)
do. A stray mark can only spoil its own paragraph: the state is reset at every
paragraph that does not continue a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from unspun.article import Paragraph
from unspun.quotes import lexicon as lx

OPEN_DOUBLE = "“«„"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
_DOUBLE = re.compile(r'["“”«»„]')
# Single marks: ‘…’ and '…' used as quotation marks, not apostrophes.
# (the mark first, the text's start or a space, bracket, dash or double mark looked for behind it: a pattern that
# opens with the mark is searched for the mark alone, five times as fast as one that opens with the look behind)
_SINGLE_OPEN = re.compile(r"[‘'](?<![^\s(\[—–“\"][‘'])(?=[^\s’'])")
_SINGLE_CLOSE_CHARS = "’'"
# HTML-like tags pasted into scraped text (<tweet author="@x">): their attribute quotes are not quotes.
_TAG = re.compile(r"<[^<>\n]{1,300}>")
_LEFT_CONTEXT = set(" \t\n([{—–-/")
# Marks that open a quote closed by a mark other typographies use to open one: German „…“ and »…«.
_CLOSED_BY = {"„": "“”", "»": "«"}
# After a straight ' that follows an s ('workers''), words that cannot be a possessed noun: the
# mark closes a quote ('an insult to the nurses' on Monday') rather than making a plural possessive.
_AFTER_CLOSING = frozenset(
    "on in at for and or but to as by from with when after before which that who said says told added".split()
)


@dataclass
class MarkedQuote:
    """The words between one pair of quotation marks, in one paragraph.

    ``start``/``end`` cover the words without the marks. ``continues`` is True when
    the quote goes on in the next paragraph; ``continued`` when it carries on the
    quote of the previous paragraph. ``closed`` is False for a quote whose closing
    mark is missing (it then runs to the end of its paragraph). ``inner`` holds the
    spans of quotes nested inside it.
    """

    start: int
    end: int
    paragraph: int
    single: bool = False
    closed: bool = True
    continues: bool = False
    continued: bool = False
    inner: list[tuple[int, int]] = field(default_factory=list)

    @property
    def open_mark(self) -> int:
        """Offset of the opening mark."""
        return self.start - 1

    @property
    def close_mark_end(self) -> int:
        """Offset after the closing mark (or the paragraph end when there is none)."""
        return self.end + 1 if self.closed else self.end


def _direction(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the double mark at ``i`` in paragraph [lo, hi)."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    left_free = before in _LEFT_CONTEXT
    right_free = after.isspace() or after in ".,;:!?)]}—–-'’"
    # A curly mark typed the wrong way round ('here,“ said X') is read from its neighbours.
    if ch in OPEN_DOUBLE:
        return "close" if before in ",.?!" and after.isspace() else "open"
    if ch in CLOSE_DOUBLE:
        return "open" if before.isspace() and after.isalpha() else "close"
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    return "either"


def _masked(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start() + lo, m.end() + lo) for m in _TAG.finditer(text, lo, hi)] if "<" in text[lo:hi] else []


def _double_marks(text: str, lo: int, hi: int) -> list[int]:
    tags = _masked(text, lo, hi)
    marks = [m.start() for m in _DOUBLE.finditer(text, lo, hi)]
    return [i for i in marks if not any(a <= i < b for a, b in tags)]


def _closes_after_s(text: str, j: int, hi: int) -> bool:
    """A straight ' after an s at ``j`` that ends a quote: punctuation or a function word follows."""
    rest = text[j + 1 : hi]
    if not rest.strip() or rest[:1] in ".,;:!?)":
        return True
    word = rest.split(None, 1)[0].strip(".,;:!?").lower() if rest[:1].isspace() else ""
    return word in _AFTER_CLOSING


def _single_quotes(text: str, lo: int, hi: int, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of single-mark quotes ('…' or ‘…’) in [lo, hi) that are not apostrophes."""
    found: list[tuple[int, int]] = []
    pos = lo
    while True:
        m = _SINGLE_OPEN.search(text, pos, hi)
        if not m:
            break
        start = m.end()
        close = None
        j, limit = start + 1, min(hi, start + 400)
        while j < limit:
            if text[j] in _SINGLE_CLOSE_CHARS:
                after = text[j + 1] if j + 1 < hi else " "
                if not after.isalnum() and not text[j - 1].isspace() and text[j - 1] != "s":
                    close = j
                    break
                if not after.isalnum() and text[j - 1] == "s" and (text[m.start()] == "‘" or _closes_after_s(text, j, hi)):
                    close = j
                    break
            if text[j] in "\"“”":
                # British style: 'He said, "You know what I mean," and left,' she said. A quote in double
                # marks inside is passed over whole; a lone double mark still ends the search.
                pair = next((k for k in range(j + 1, limit) if text[k] in "\"“”"), None)
                if pair is None:
                    break
                j = pair
            j += 1
        if close is None:
            pos = start
            continue
        if not any(a <= m.start() < b for a, b in taken) or any(a <= m.start() and close < b for a, b in taken):
            found.append((start, close))
        pos = close + 1
    return found


def _single_goes_on(
    text: str, nxt: Paragraph | None, p: Paragraph, singles: Sequence[tuple[int, int]],
    taken: Sequence[tuple[int, int]],
) -> int | None:
    """Start of a quote in single marks left open at the end of ``p`` because it goes on in the
    next paragraph ``nxt``, which opens with a fresh mark (British style), else None."""
    if nxt is None or not _SINGLE_OPEN.match(text, nxt.start, nxt.end):
        return None
    done = max([e for _, e in singles] + [b for _, b in taken], default=p.start - 1)
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text, p.start, p.end) if m.start() > done]
    if not opens or opens[0] + 1 >= p.end:
        return None
    return opens[0] + 1


_CUE_WORDS = "(?:" + "|".join(sorted(lx.INVERTED_OPENERS)) + ")"  # the verb forms that open an inverted label
# A comma, then a cue and its speaker (', said Kessel'), or a speaker and a cue set off (', he said,'): where a quote
# whose closing mark is missing ends.
_CUE_AFTER_COMMA = re.compile(
    rf",\s+(?:{_CUE_WORDS}\s+(?:[A-Z]|the\s|a\s|an\s|one\s)|(?:he|she|they|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}})\s+{_CUE_WORDS}\s*[,.])"
)


def find_quotes(text: str, paragraphs: Sequence[Paragraph]) -> list[MarkedQuote]:
    """Every quote in ``text``, in order; nested quotes are listed in their outer quote's ``inner``."""
    quotes: list[MarkedQuote] = []
    carry = False  # the previous paragraph's quote goes on in this one
    carry_single = False  # the same for a quote in single marks
    # the paragraph right after each one in the article, when it is among those read: a pasted post or boilerplate
    # left out in between ends a quote (and the list's positions are not the article's paragraph numbers)
    following = {a.index: b for a, b in zip(paragraphs, paragraphs[1:]) if b.index == a.index + 1}
    for p in paragraphs:
        marks = _double_marks(text, p.start, p.end)
        opened: int | None = None
        nested: int | None = None
        inner: list[tuple[int, int]] = []
        continued = False
        if carry and marks and marks[0] == p.start:
            pass  # the paragraph opens with a fresh mark: the usual continuation
        elif carry:
            carry = False
        for k, i in enumerate(marks):
            way = _direction(text, i, p.start, p.end)
            if opened is not None and nested is None and text[i] in _CLOSED_BY.get(text[opened], ""):
                way = "close"  # „…“: the German closing mark is the English opening one
            if opened is None:
                if way != "close" or (k == 0 and i == p.start):
                    opened, inner, continued = i, [], carry and i == p.start
                continue
            if nested is not None:
                if way != "open":
                    inner.append((nested + 1, i))
                    nested = None
                continue
            remaining = len(marks) - k - 1
            if way == "open" and text[i] == STRAIGHT_DOUBLE and remaining >= 2 or way == "open" and text[i] in OPEN_DOUBLE and remaining >= 1:
                nested = i
                continue
            if way == "open" and text[i] in OPEN_DOUBLE:
                continue  # a stray opening mark inside a quote: ignore it
            if i > opened + 1:
                quotes.append(MarkedQuote(opened + 1, i, p.index, inner=inner, continued=continued))
            opened = None
        carry = False
        if opened is not None and p.end > opened + 1:
            nxt = following.get(p.index)
            goes_on = nxt is not None and text[nxt.start] in OPEN_DOUBLE + STRAIGHT_DOUBLE
            # A mark left open mid-paragraph with no continuation is stray, not a quote.
            if not (goes_on or opened == p.start or text[p.start : opened].rstrip().endswith((":", ","))):
                opened = None
        if opened is not None and p.end > opened + 1:
            end = p.end
            if not goes_on and (cue := _CUE_AFTER_COMMA.search(text, opened + 1, p.end)) is not None:
                end = cue.start() + 1  # '"There wasn't a lot of education, said Kessel, whose ...': the mark was left out
            quotes.append(
                MarkedQuote(opened + 1, end, p.index, closed=False, continues=goes_on, continued=continued, inner=inner)
            )
            carry = goes_on
        taken = [(q.open_mark, q.close_mark_end) for q in quotes if q.paragraph == p.index]
        singles = _single_quotes(text, p.start, p.end, taken)
        for s, e in singles:
            outer = next((q for q in quotes if q.paragraph == p.index and q.start <= s and e <= q.end), None)
            if outer is not None:
                if (s, e) not in outer.inner:
                    outer.inner.append((s, e))
            else:
                # quotes in double marks inside it are its nested quotes, not quotes of their own
                nested_in = [q for q in quotes if q.paragraph == p.index and s <= q.open_mark and q.close_mark_end <= e]
                quotes = [q for q in quotes if not any(q is n for n in nested_in)]
                quotes.append(MarkedQuote(s, e, p.index, single=True, continued=carry_single and s == p.start + 1,
                                          inner=[(q.start, q.end) for q in nested_in]))
        goes_on = None if opened is not None else _single_goes_on(text, following.get(p.index), p, singles, taken)
        if goes_on is not None:
            quotes.append(MarkedQuote(goes_on, p.end, p.index, single=True, closed=False, continues=True,
                                      continued=carry_single and goes_on == p.start + 1))
        carry_single = goes_on is not None
    quotes.sort(key=lambda q: q.start)
    for q in quotes:
        q.inner.sort()
    return quotes
