"""Interview transcripts as quotes: 'Q: ... / A: ...', 'Dunmore: ...' and plain question/answer paragraphs.

An interview printed as a transcript carries no quotation marks: each answer is the
interviewee's words, each question the outlet's. An answer paragraph ('A: ...',
'Answer: ...') is a direct quote by the person the article named last before the
first question or answer; a paragraph opening with a person's name and a colon
('Dunmore: ...') is that person's, when the name is a person the article has named, the
turn has at least five words and speaks in the first or second person (or asks), and at
least two body paragraphs open so (one such line alone is a headline label; 'Clinton: 547.'
is a tally; 'Kasich: Now or never.' a subheading; 'Starmer: a cautious lawyer ...' a profile).
A story that pastes a transcript in quotation marks ('"PENCE: Well, look, ...') gives the same turns
inside the marks; there a label in capitals that names no one the article introduced ('WALLACE:')
is a speaker when it labels two turns or more beside a known one (a label seen once, 'VIDEO:', is not).
An FAQ whose answers are impersonal is the outlet's explainer, not an interview. Questions are
left alone: they are the outlet's own words.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from unspun.article import Paragraph
from unspun.quotes.found import Found
from unspun.quotes.people import Entity, Mention, Registry

_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+(?=\S)")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+(?=\S)")
_MIN_TURN_WORDS = 5
# Speech talks in the first or second person; a profile or an explainer's answer does not.
_SPOKEN = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]ou|[Yy]our)\b")
# a transcript's speaker label in capitals ('PENCE', 'CHRIS WALLACE')
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}")
_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})\s*:\s+(?=\S)")


def transcript_quotes(text: str, paragraphs: Sequence[Paragraph], kinds: Sequence[str], registry: Registry,
                      taken: Sequence[Found]) -> list[Found]:
    """The answers of an interview printed as a transcript, each a direct quote by its speaker."""
    # A turn stays a turn when it holds a quote of its own ('LORE: ... our conductor said, "Hanna, ..."'),
    # not when a quote covers its start (the paragraph is itself a quote).
    body = [p for p in paragraphs if kinds[p.index] in ("body", "heading")
            and not any(f.start <= p.start + 2 < f.end for f in taken)]
    found: list[Found] = []
    answers = [(p, m) for p in body if (m := _ANSWER.match(text, p.start, p.end))]
    questions = [p for p in body if _QUESTION.match(text, p.start, p.end)]
    spoken = sum(bool(_SPOKEN.search(text, m.end(), p.end)) for p, m in answers)
    if answers and questions and 2 * spoken >= len(answers):  # an explainer's impersonal answers are the outlet's
        first = min(p.start for p in [a for a, _ in answers] + questions)
        interviewee = _last_person_before(registry, first)
        for p, m in answers:
            if interviewee is not None:
                found.append(Found(m.end(), p.end, p.index, "direct", Mention(interviewee, -1, -1, "adjacent"), None, 0.65))
    labelled: list[tuple[Paragraph, re.Match[str], Entity, Found | None]] = []
    unknown: list[tuple[Paragraph, re.Match[str], Found | None]] = []  # 'WALLACE:', a label naming no one known
    for p, quote in [(p, None) for p in body] + _quoted_turns(text, paragraphs, kinds, taken):
        start = p.start if quote is None else quote.start
        m = _LABEL.match(text, start, p.end)
        if m is None or _QUESTION.match(text, start, p.end) or _ANSWER.match(text, start, p.end):
            continue
        turn = text[m.end() : p.end]
        if sum(any(c.isalpha() for c in w) for w in turn.split()) < _MIN_TURN_WORDS:
            continue  # 'Clinton: 547.', 'Kasich: Now or never.': a tally or a subheading, not a turn
        if not _SPOKEN.search(turn) and "?" not in turn:
            continue  # 'Keir Starmer: a cautious lawyer who ...': a profile, not a turn
        # 'LORE:' after 'HANNA LORE:' is the same speaker, not another Lore a question named in between
        surname = m.group(1).split()[-1].lower()
        earlier = [q for _, _, q, _ in labelled if q.name.split()[-1].lower() == surname]
        person = earlier[-1] if earlier else registry.known_person(m.group(1))
        if person is not None:
            labelled.append((p, m, person, quote))
        elif _CAPITALS_LABEL.fullmatch(m.group(1)):
            unknown.append((p, m, quote))
    # 'WALLACE:' answered by 'PENCE:' in turn after turn is the interviewer the story never names in its own words
    if labelled:
        counts = Counter(m.group(1) for _, m, _ in unknown)
        for p, m, quote in unknown:
            if counts[m.group(1)] >= 2:
                labelled.append((p, m, registry.person(m.group(1).title(), at=m.start(1))[0], quote))
    if len(labelled) >= 2:
        for p, m, person, quote in sorted(labelled, key=lambda t: t[1].start()):
            mention = Mention(person, m.start(1), m.end(1), "explicit" if " " in m.group(1) else "surname")
            if quote is None:
                found.append(Found(m.end(), p.end, p.index, "direct", mention, (m.start(1), m.end(1)), 0.8))
            else:  # the quote already found becomes the turn: its words start after the label
                quote.start, quote.mention, quote.cue, quote.confidence = m.end(), mention, (m.start(1), m.end(1)), 0.8
    if not answers and not labelled:
        found += _unlabelled(text, body, registry)
    return found


def _quoted_turns(text: str, paragraphs: Sequence[Paragraph], kinds: Sequence[str],
                  taken: Sequence[Found]) -> list[tuple[Paragraph, Found]]:
    """Turns of a transcript a story pastes in quotation marks: a body paragraph that is one direct quote
    opening at its start ('"PENCE: Well, look, ...'), its label inside the marks."""
    turns = []
    for f in taken:
        p = paragraphs[f.paragraph]
        if f.kind == "direct" and kinds[p.index] == "body" and p.start < f.start <= p.start + 2 \
                and _MARKS.match(text, f.start - 1) and f.end >= p.end - 2:
            turns.append((p, f))
    return turns


_MARKS = re.compile(r"[\"“”«»„]")
_ADDRESSED = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou['’](?:re|ve|d|ll))\b")
_MAX_QUESTION_WORDS = 30
# What a story says before an interview it prints: 'I went to see him', 'she spoke to us', 'in an interview'.
_INTERVIEW = re.compile(
    r"(?i)\b(?:interview(?:ed|s)?|spoke (?:to|with)|talked (?:to|with)|sat down with|went to see|met (?:him|her|them)|"
    r"asked (?:him|her|them)|told (?:me|us)|Q&A|in conversation)\b"
)


def _unlabelled(text: str, body: Sequence[Paragraph], registry: Registry) -> list[Found]:
    """An interview printed as plain alternating paragraphs: a one-line question, then the answer.

    Taken only when the text before the first question says an interview took place ('I went
    to see him', 'spoke to', 'in an interview'), there are at least two such pairs, at least
    half the questions address 'you' and at least half the answers speak in the first or
    second person (an opinion column's rhetorical 'Why does it matter? Because ...' does
    neither), and no paragraph of a pair carries quotation marks. The answers are the person named last before the first question.
    """
    def question(p: Paragraph) -> bool:
        line = text[p.start : p.end].strip()
        return (line.endswith("?") and len(line.split()) <= _MAX_QUESTION_WORDS and not _MARKS.search(line)
                and line.count("?") == 1 and not re.search(r"[.!]\s", line))

    pairs = [(q, a) for q, a in zip(body, body[1:])
             if a.index == q.index + 1 and question(q) and not question(a) and not _MARKS.search(text, a.start, a.end)]
    if len(pairs) < 2:
        return []
    addressed = sum(bool(_ADDRESSED.search(text, q.start, q.end)) for q, _ in pairs)
    spoken = sum(bool(_SPOKEN.search(text, a.start, a.end)) for _, a in pairs)
    if 2 * addressed < len(pairs) or 2 * spoken < len(pairs):
        return []
    if not _INTERVIEW.search(text, 0, pairs[0][0].start):
        return []  # a column answering its own questions ('Are you worried? You should be. I am.') is no interview
    interviewee = _last_person_before(registry, pairs[0][0].start)
    if interviewee is None:
        return []
    return [Found(a.start, a.end, a.index, "direct", Mention(interviewee, -1, -1, "adjacent"), None, 0.55) for _, a in pairs]


def _last_person_before(registry: Registry, offset: int):  # type: ignore[no-untyped-def]
    """The person the article mentioned last before ``offset`` (the interviewee of a transcript)."""
    people = [(o, e) for o, e, _ in registry.timeline if o < offset and e.kind == "person"]
    return people[-1][1] if people else None
