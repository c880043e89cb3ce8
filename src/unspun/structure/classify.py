"""Give every paragraph its kind: title, heading, body, social_post, caption or boilerplate.

Line rules (``rules.py``) decide most lines; context decides the rest. A social
post pasted from Twitter/X is often several lines (text, link line, signature),
so lines next to a certain social line that read like a post (short, first person,
a handle) join it.
"""

from __future__ import annotations

from typing import Sequence

from unspun.article import ParagraphKind
from unspun.structure import rules

_MAX_TITLE_WORDS = 40
_MAX_POST_LINE_WORDS = 70


def classify_lines(lines: Sequence[str], hints: Sequence[ParagraphKind | None] | None = None) -> list[ParagraphKind]:
    """The kind of each line; a reader's hint (from HTML markup) always wins."""
    n = len(lines)
    hints = list(hints) if hints is not None else [None] * n
    strength = [rules.social_strength(line) for line in lines]
    kinds: list[ParagraphKind] = []
    for i, line in enumerate(lines):
        if rules.is_boilerplate(line):
            kinds.append("boilerplate")
        elif strength[i] == 2:
            kinds.append("social_post")
        elif rules.is_caption(line):
            kinds.append("caption")
        else:
            kinds.append("body")

    for i in range(max(0, n - 3), n):  # an author's note closes a story; mid-story the same words are news
        if kinds[i] == "body" and i > 0 and rules.words(lines[i]) <= 35 and rules.AUTHOR_NOTE.match(lines[i].strip()):
            kinds[i] = "boilerplate"

    _grow_social_posts(lines, kinds, strength)
    for i in range(1, n):  # 'Feld wrote on Facebook:' then the post, without handle or link
        if kinds[i] == "body" and kinds[i - 1] == "body" and rules.introduces_post(lines[i - 1]) and not rules.opens_with_quote(lines[i]):
            kinds[i] = "social_post"

    has_reader_title = any(h == "title" for h in hints)
    first = 0
    while first < n - 1 and kinds[first] == "boilerplate":  # 'FOR IMMEDIATE RELEASE', 'Updated ...' above the headline
        first += 1
    while first < n - 1 and kinds[first] == "body" and rules.KICKER.match(lines[first]):
        kinds[first] = "boilerplate"  # 'EXCLUSIVE' above the headline
        first += 1
    if n > first + 1 and not has_reader_title and kinds[first] == "body" and rules.words(lines[first]) <= _MAX_TITLE_WORDS:
        kinds[first] = "title"
    for i in range(1, n):
        if kinds[i] == "body" and rules.looks_like_heading(lines[i]) and _body_follows(lines, kinds, i):
            kinds[i] = "heading"

    for i, hint in enumerate(hints):
        if hint is not None:
            kinds[i] = hint
    return kinds


def _grow_social_posts(lines: Sequence[str], kinds: list[ParagraphKind], strength: list[int]) -> None:
    """Extend each social post to the neighbouring lines that belong to it."""
    changed = True
    while changed:
        changed = False
        for i, kind in enumerate(kinds):
            if kind != "body":
                continue
            line = lines[i]
            if rules.words(line) > _MAX_POST_LINE_WORDS:
                continue
            after = i + 1 < len(kinds) and kinds[i + 1] == "social_post"
            before = i > 0 and kinds[i - 1] == "social_post"
            # The post text sits right above its link or signature line.
            above_signature = after and (
                rules.is_signature(lines[i + 1]) or (rules.SOCIAL_LINK.search(lines[i + 1]) and rules.words(lines[i + 1]) <= 3)
            )
            reads_like_post = strength[i] >= 1 or rules.is_first_person(line)
            if above_signature or ((after or before) and reads_like_post and _thread_neighbour(lines, kinds, i)):
                kinds[i] = "social_post"
                changed = True


def _thread_neighbour(lines: Sequence[str], kinds: list[ParagraphKind], i: int) -> bool:
    """True when a neighbouring social line carries a post's own marks (thread marker, signature, handle, link)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(kinds) and kinds[j] == "social_post":
            line = lines[j]
            if rules.has_thread_marker(line) or any(r.search(line) for r in (rules.SIGNATURE, rules.HANDLE, rules.SOCIAL_LINK)):
                return True
    return False


def _body_follows(lines: Sequence[str], kinds: list[ParagraphKind], i: int) -> bool:
    """A heading introduces text: the next line is a longer body line (or a post/caption)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return kinds[i + 1] in ("body", "social_post", "caption") and rules.words(nxt) > rules.words(lines[i])
