"""Where a quote's cue is: the speech verb governing it, or a cue in the words next to its marks.

Functions over one spaCy Doc (a paragraph); ``base`` is the paragraph's offset in
the article, so ``base + token.idx`` is a token's article offset.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

import numpy
from spacy.attrs import HEAD, IDX

from unspun.nlp import lemma_of
from unspun.nlp.sentences import sentence_of
from unspun.quotes import lexicon as lx
from unspun.quotes.speakers import NOT_SPEAKER_ENTS, aside_speaker, inverted_subject, is_cue, person_like, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def words(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


class SortedSpans(list):
    """Non-overlapping ``(start, end)`` spans in text order, answering :func:`inside` by bisection.

    The quotes stage asks, for every token of every sentence, whether it lies in a quote; a
    scan of all the article's quotes each time made that quadratic in long, quote-heavy articles.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        super().__init__(spans)
        self.starts = [a for a, _ in self]

    @classmethod
    def of(cls, spans: Sequence[tuple[int, int]]) -> "SortedSpans | list[tuple[int, int]]":
        """``spans`` as SortedSpans when they are in order and do not overlap, else as a plain list."""
        spans = list(spans)
        return cls(spans) if all(a[1] <= b[0] for a, b in zip(spans, spans[1:])) else spans

    def covers(self, offset: int) -> bool:
        k = bisect_right(self.starts, offset) - 1
        return k >= 0 and offset < self[k][1]


def inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``offset`` falls in one of ``spans``."""
    if isinstance(spans, SortedSpans):
        return spans.covers(offset)
    return any(a <= offset < b for a, b in spans)


def _tree(doc: "Doc") -> tuple[list[int], list[int]]:
    """Each token's head index and character offset in ``doc``, as plain ints (made once per parse).

    Climbing the tree through ``token.head`` makes a new Python object at every step
    (710,000 of them for 300 PolNeAR training articles, in a profile); the walk below
    climbs ints and makes a token only for the ancestors it yields. The quotes stage
    reads parses and never changes them, so a parse's tree is kept while the parse lives.
    """
    tree = _TREES.get(doc)
    if tree is None:
        rows = doc.to_array([HEAD, IDX]).astype("int64")  # HEAD is relative (stored unsigned)
        heads = (rows[:, 0] + numpy.arange(len(doc))).tolist() if len(doc) else []
        tree = _TREES[doc] = (heads, rows[:, 1].tolist() if len(doc) else [])
    return tree


_TREES: "weakref.WeakKeyDictionary[Doc, tuple[list[int], list[int]]]" = weakref.WeakKeyDictionary()


def _heads_outside(tok: "Token", base: int, start: int, end: int, max_steps: int) -> "Iterator[tuple[int, Token]]":
    """The ancestors of ``tok`` that lie outside the quote [start, end), with their distance."""
    doc = tok.doc
    heads, idx = _tree(doc)
    node, steps = tok.i, 0
    while heads[node] != node and steps < max_steps:
        node = heads[node]
        steps += 1
        if not (start <= base + idx[node] < end):
            yield steps, doc[node]


def governing_cue(doc: "Doc", base: int, start: int, end: int, quoted: Sequence[tuple[int, int]],
                  inner: "Sequence[Token] | None" = None) -> "Token | None":
    """The nearest speech verb outside the quote that governs the quote's words.

    The words are asked first; the quote's punctuation only when no word reaches a cue: the
    parser hangs a closing period on the sentence root, which is another verb than the one
    the words depend on in 'Varga said, though he said, "I hope so."'.
    """
    if inner is None:  # the quote's tokens (callers that have them pass them: scanning the doc is the slow part)
        inner = [tok for tok in doc if start <= base + tok.idx < end]
    for tokens in ([t for t in inner if not t.is_punct], [t for t in inner if t.is_punct]):
        seen: set[int] = set()
        best: tuple[int, "Token"] | None = None
        for tok in tokens:
            for steps, node in _heads_outside(tok, base, start, end, 12):
                if node.i in seen:
                    break
                seen.add(node.i)
                if is_cue(node) and not inside(base + node.idx, quoted):
                    if _urged(node) and not inside(base + node.head.idx, quoted):
                        node = node.head
                    if best is None or steps < best[0]:
                        best = (steps, node)
                    break
        if best is not None:
            return best[1]
    return None


def _urged(cue: "Token") -> bool:
    """'A letter calls for the party to respond by recognising that "..."': a cue in the infinitive under another
    cue is what someone is urged to say; the one who urges ('calls', 'urged', 'asked') speaks."""
    return (cue.tag_ == "VB" and cue.dep_ in ("advcl", "xcomp", "ccomp") and cue.head.i != cue.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) and is_cue(cue.head))


def looks_like_name(tok: "Token") -> bool:
    """A proper-noun name with a role before it ('bus driver Ola Nygaard'), whatever the NER said."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.lower_ in lx.ORG_NOUNS:
        return False
    kids = [c for c in tok.lefts if c.dep_ == "compound"]
    return any(c.pos_ == "PROPN" for c in kids) and any(c.pos_ == "NOUN" for c in kids)


def governing_verb(doc: "Doc", base: int, start: int, end: int) -> "Token | None":
    """The nearest verb outside the quote, with a subject, that governs the quote's words."""
    for tok in doc:
        if not (start <= base + tok.idx < end):
            continue
        for _, node in _heads_outside(tok, base, start, end, 6):
            if node.pos_ in ("VERB", "AUX") and subject_of(node) is not None:
                return node
    return None


def window_cue(
    tokens: Sequence["Token"], last: bool, loose: bool = False, reach: int = 8, documents: bool = False,
    known: "Callable[[Token], bool] | None" = None,
) -> "Token | None":
    """A cue verb in the words next to a quote; ``loose`` also accepts any verb with a subject within ``reach`` words
    (a person-like subject, or with ``documents`` also a text such as 'Hoff's letter makes the case: "..."', or one
    ``known`` says the article named as a person: 'Sanders delivered a snappy retort:' with 'Sanders' tagged a noun)."""
    cues = [t for t in tokens if is_cue(t) and not _conditional(t) and not _refused(t)]
    if cues:
        return cues[-1] if last else cues[0]
    if not loose:
        return None
    near = tokens[-reach:] if last else tokens[:reach]
    verbs = [
        t for t in near
        if (
            t.pos_ == "VERB" and lemma_of(t).lower() not in ("be", "have", "do")
            or documents and t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")  # 'the board was clear in its findings:'
        )
        and (w := window_subject(t, tokens)) is not None
        and (person_like(w) or (documents and lemma_of(w).lower() in lx.VOICE_NOUNS) or (known is not None and known(w)))
    ]
    if not verbs:
        return None
    return verbs[-1] if last else verbs[0]


def _conditional(cue: "Token") -> bool:
    """'... bring his expertise to the administration if asked': a cue with no subject under 'if', 'when' or
    'unless' says when someone would speak; it reports no words."""
    return cue.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ in ("if", "when", "unless", "once") for c in cue.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)


_REFUSING = frozenset({"refuse", "refusal", "decline", "fail", "failure", "reluctance", "unwilling", "unwillingness"})


def _refused(cue: "Token") -> bool:
    """'Kerr's refusal to condemn the levy', 'declined to comment': a cue someone refused or failed to speak with
    reports no words of theirs."""
    return (cue.tag_ == "VB" and cue.dep_ in ("xcomp", "acl") and lemma_of(cue.head).lower() in _REFUSING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children))


def _name_before_aside(cue: "Token", ids: set[int], longest: int = 16) -> "Token | None":
    """'farmer Bill Ostrander, wearing a straw hat, said': a name, an aside between commas, then the cue.

    The parser leaves such a cue without a subject (the name hangs on the quote's verb); the
    name right before the aside's opening comma speaks. Only a person's proper name: in
    'the crowd, he said,' or 'In Ohio, officials said' the shape is another.
    """
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    right = doc[cue.i - 2]  # 'by her sister, Fiona Blake, the victim's mother, Margaret Dunstan, said': the last name speaks
    if right.i in ids and right.pos_ == "PROPN" and right.ent_type_ == "PERSON" and right.dep_ in ("appos", "conj"):
        return right  # also 'read by Ms Pugh, Chloe's parents, Stephen and Joanne Marsh, said'

    for j in range(cue.i - 2, max(sentence_of(cue).start, cue.i - longest), -1):
        if doc[j].text != ",":
            continue
        name = doc[j - 1]  # asides may follow one another: 'Sandor, meanwhile, who has none, said'
        if name.i in ids and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.dep_ not in ("compound", "flat", "poss"):
            return name
        if (name.i in ids and name.i == sentence_of(cue).start and name.dep_ == "nsubj" and name.pos_ in ("PROPN", "NOUN")
                and name.text.istitle() and name.ent_type_ not in NOT_SPEAKER_ENTS and j - 1 == name.i):
            return name  # 'Sanders, meanwhile, who sits at zero, said' with the surname untagged: the sentence's opener
    return None


def _name_head(tok: "Token") -> "Token":
    """The last word of the name ``tok`` is part of ('Talia' in 'Mayor Talia Brennan' -> 'Brennan')."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def window_subject(cue: "Token", window: Sequence["Token"]) -> "Token | None":
    """The speaker of a cue next to a quote: its subject in the window, else the name right before it."""
    # Two subjects on one cue are a misparse ('Or maybe Pratt, digital consultant Phil Musgrave says'): the nearer one.
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    people = [c for c in subjects if person_like(c) and c.pos_ == "PROPN"]
    own = min(people, key=lambda c: abs(c.i - cue.i)) if len(people) > 1 else subjects[0] if subjects else None
    ids = {t.i for t in window}
    if own is not None and own.dep_ == "nsubjpass" and (by := subject_of(cue)) is not None and by.i in ids:
        return by  # 'Sand was asked by host Bill Maher, "...?"': the agent asks (subject_of takes it)
    if own is not None and lemma_of(cue).lower() == "quote" and (quoted := subject_of(cue)) is not None and (
            quoted.i != own.i and quoted.i in ids):
        return quoted  # 'The release quoted its chief officer, Ingrid Salvesen: "..."': the officer speaks
    if own is not None and own.dep_ == "nsubjpass" and lemma_of(cue).lower() in lx.ADDRESSEE_LEMMAS:
        # 'According to the handbook, its salespersons were told, "..."': the ones told listen; the one telling is
        # the agent (taken above) or the source the sentence gives, else no one the sentence names
        according = next((t for t in window if t.lower_ == "according"), None)
        source = subject_of(according) if according is not None else None
        return source if source is not None and source.i in ids else None
    if own is not None and own.i in ids:
        aside = aside_speaker(own, cue)
        return aside if aside is not None else own
    chained = subject_of(cue)  # the subject the cue takes through its coordination/participle chain
    if chained is not None and chained.i in ids and chained.i < cue.i and person_like(chained):
        return chained
    aside = _name_before_aside(cue, ids)
    if aside is not None:
        return aside
    # (the role a name plays is its last word's: 'to Mayor Talia Brennan' is an object however 'Talia' is tagged)
    before = [t for t in window if t.i < cue.i and person_like(t) and _name_head(t).dep_ not in ("poss", "dobj", "pobj", "dative")
              and t.ent_type_ not in NOT_SPEAKER_ENTS]
    if before and cue.i - before[-1].i <= 6:
        tok = before[-1]
        while tok.dep_ in ("compound", "flat") and tok.head.i in ids and tok.head.i < cue.i and tok.head.pos_ == "PROPN":
            tok = tok.head
        if tok.pos_ == "PROPN" and tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ == "PROPN" and tok.nbor(1).i < cue.i:
            tok = tok.nbor(1)
        return tok
    subj = subject_of(cue)
    if subj is not None and subj.i not in ids and cue.i > 0 and cue.nbor(-1).text in ('"', "”", "’", "'"):
        subj = inverted_subject(cue)  # '," read the statement': the cue is inverted right after the quote
    return subj if subj is None or subj.i in ids else None
