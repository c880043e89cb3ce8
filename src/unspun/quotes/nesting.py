"""Whose words a quote is when clauses nest: the holder of the clause around it.

The cue verb's subject is the first guess at a quote's speaker. It is the wrong
one when the quote sits inside a clause that someone else reports or holds:

* the subject is a thing (``the music seemed to match "All Right Now"``,
  ``a strategy that banks on "anti-system"``): the nearest person-like subject
  above it holds the words;
* the cue is itself reported (``Obama said he expected Americans to say "no"``):
  the outermost speaker or believer of the chain of reported clauses speaks;
* a parenthetical reporting clause governs the sentence (``Biden, Rubio said,
  had served "a thousand years"``);
* the words are someone's statement named by a noun (``Trump's accusation that
  Clinton plays the "woman's card"``);
* a name and a colon open the sentence, headline style (``Warren: Trump Is a
  'Proven Failure'``);
* the tagger misread a known person's name next to the cue as a word
  (``," said Skelly``, ``Will wrote``).

Functions over spaCy tokens; they return the token that names the speaker, for
the :class:`~unspun.quotes.speakers.Resolver` to resolve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from unspun.nlp import lemma_of
from unspun.nlp.sentences import sentence_of
from unspun.quotes import lexicon as lx
from unspun.quotes.speakers import NOT_SPEAKER_ENTS, after_quote_or_comma, aside_speaker, is_cue, person_like, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from unspun.quotes.people import Registry

_POSSESSIVES = ("his", "her", "their", "its")


def _holds(subj: "Token | None") -> bool:
    return subj is not None and person_like(subj) and subj.lower_ not in lx.FIRST_PERSON


def is_thing(tok: "Token") -> bool:
    """A subject that cannot hold an attribution ('the music', 'getting', 'a strategy that', 'it seems')."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        tok = tok.head.head  # a relative pronoun stands for its antecedent
    if tok.lower_ == "it":
        return not is_cue(tok.head)  # 'it seems', 'it was a report that ...', but 'what it calls'
    if person_like(tok) or tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return lemma_of(tok).lower() not in lx.VOICE_NOUNS and tok.lower_ not in lx.VOICE_NOUNS


def holder_above(verb: "Token", quoted: "frozenset[int]" = frozenset()) -> "Token | None":
    """The nearest person-like subject of a verb above ``verb`` in its sentence, short of any quoted word."""
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.i in quoted and node.pos_ in ("VERB", "AUX"):
            return None
        if node.pos_ in ("VERB", "AUX"):
            subj = subject_of(node)
            if _holds(subj) or (subj is not None and subj.pos_ == "NOUN" and lemma_of(subj).lower() in lx.SPEAKING_DOCUMENTS):
                return subj  # (also 'A report released by the Center ... found that the package had "..."')
    return None


def outer_speaker(cue: "Token", quoted: "frozenset[int]" = frozenset()) -> "Token | None":
    """The subject of the outermost speech or belief verb whose reported clause (ccomp/xcomp) holds ``cue``.

    The climb stops at a quoted word: when the parser hangs the reporting clause under a
    verb of the quote ('"..., where I come from, they call that a lie"' made 'call' the
    root over 'he said'), that verb's subject speaks inside the quote, not for it.
    """
    node, found = cue, None
    while node.head.i != node.i and node.dep_ in ("ccomp", "xcomp"):
        node = node.head
        if node.i in quoted and node.pos_ in ("VERB", "AUX"):
            break
        if any(c.dep_ == "neg" for c in node.children):
            continue  # 'Kern cannot say that "...," Ward added': what someone does not say is not theirs
        if (is_cue(node) or lemma_of(node).lower() in lx.ATTITUDE_LEMMAS) and node.lower_ != "according":
            subj = subject_of(node)
            if _holds(subj):
                found = subj
    return found


def owner_of_words(quote_tokens: Sequence["Token"]) -> "Token | None":
    """The possessor of a speech noun above the quote, below any cue verb ('Trump's accusation that ...')."""
    if not quote_tokens:
        return None
    inner = {t.i for t in quote_tokens}
    node = quote_tokens[0]
    for _ in range(8):
        if node.head.i == node.i:
            break
        node = node.head
        if node.i in inner:
            continue
        if is_cue(node):
            return None
        if node.pos_ == "NOUN" and lemma_of(node).lower() in lx.SPEECH_NOUNS:
            owner = next((c for c in node.children if c.dep_ == "poss"), None)
            if owner is not None and (person_like(owner) or owner.lower_ in _POSSESSIVES):
                return owner
    return _owner_before_that(quote_tokens[0])


def _owner_before_that(first: "Token") -> "Token | None":
    """'after her comment in March that, "We are going to ..."': the parser lost the clause; the words say whose.

    The quote follows 'that' (and a comma), and a possessed speech noun stands at most four
    words before 'that' ('her comment in March', 'Reid's warning').
    """
    doc = first.doc
    k = first.i - 1
    while k >= 0 and (doc[k].is_punct and doc[k].text != "."):
        k -= 1
    if k < 1 or doc[k].lower_ != "that":
        return None
    for noun in reversed(doc[max(sentence_of(first).start, k - 5) : k]):
        if noun.pos_ == "NOUN" and lemma_of(noun).lower() in lx.SPEECH_NOUNS:
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None and (person_like(owner) or owner.lower_ in _POSSESSIVES):
                return owner
            return None
    return None


def parenthetical_reporter(outside: Sequence["Token"]) -> "Token | None":
    """The subject of a reporting clause set in the sentence as parataxis ('Biden, Rubio said, had ...')."""
    for t in outside:
        if t.dep_ == "parataxis" and is_cue(t):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and (aside := aside_speaker(subj, t)) is not None:
                return aside  # 'Clinton, a top aide said, "is very confident"': the aide reports it
            if _holds(subj):
                return subj
    return None


def headline_label(quote_tokens: Sequence["Token"], registry: "Registry") -> "Token | None":
    """A name and a colon opening the quote's sentence ('Elizabeth Warren: Donald Trump Is a 'Proven Failure'')."""
    if not quote_tokens:
        return None
    sent = sentence_of(quote_tokens[0])
    colon = next((t for t in sent[:6] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or colon.i > quote_tokens[0].i:
        return None
    label = sent[: colon.i - sent.start]
    if not all(t.pos_ == "PROPN" or t.text.istitle() for t in label if not t.is_punct):
        return None
    name = label[-1]
    known = registry.known_person(name.text) is not None  # 'Cruz' tagged as a common noun in a headline
    return name if (person_like(name) or known) and name.ent_type_ not in NOT_SPEAKER_ENTS else None


def mistagged_name(cue: "Token", registry: "Registry") -> "Token | None":
    """A known person's name right after or before the cue that the tagger read as a word ('," said Skelly').

    After the cue first when the cue follows a quote or a comma (inverted: '," said Skelly'), else
    only before it: in 'Skelly called Braynard "..."' or 'Will described Trump as "..."' the name after
    the cue is the one spoken of.
    """
    doc = cue.doc
    # Before it only otherwise: in 'signs calling Hale "..."' the name after the cue is the one named.
    for i in ((cue.i + 1, cue.i - 1) if after_quote_or_comma(cue) else (cue.i - 1,)):
        if 0 <= i < len(doc) and doc[i].text.istitle() and doc[i].pos_ != "PRON":
            if registry.known_person(doc[i].text) is not None:
                return doc[i]
    return None


def outside_parentheses(tok: "Token") -> "Token":
    """'Sen. Elizabeth Warren (D-MA) said': a subject inside a parenthesis stands for the name before it."""
    doc = tok.doc
    left = next((t for t in reversed(doc[max(0, tok.i - 4) : tok.i]) if t.text in "()"), None)
    right = next((t for t in doc[tok.i + 1 : tok.i + 5] if t.text in "()"), None)
    if left is None or right is None or left.text != "(" or right.text != ")" or left.i == 0:
        return tok
    before = doc[left.i - 1]
    return before if before.pos_ == "PROPN" or person_like(before) else tok


_POLL_NOUNS = frozenset({"poll", "survey"})


def poll_behind(subj: "Token") -> "Token | None":
    """The poll that a share of respondents speaks through ('In a CNN poll, 31% said "..."').

    A percentage as the subject of a cue is a count of respondents, not a source one can
    name; the poll that counted them, named in the same sentence or the one before it, is.
    """
    if subj.ent_type_ != "PERCENT" and subj.lower_ not in ("percent", "%"):
        return None
    sent = sentence_of(subj)
    for span in (sent, sentence_of(subj.doc[sent.start - 1]) if sent.start > 0 else None):
        if span is None:
            continue
        polls = [t for t in span if t.pos_ in ("NOUN", "PROPN") and lemma_of(t).lower() in _POLL_NOUNS]
        if polls:
            return min(polls, key=lambda t: abs(t.i - subj.i))
    return None


def refine_subject(
    subj: "Token | None", cue: "Token", kind: str, governed: bool, weak: bool,
    quote_tokens: Sequence["Token"], outside: Sequence["Token"], registry: "Registry",
) -> "Token | None":
    """The speaker token of a quote once nesting is taken into account, starting from the cue's subject.

    ``governed``: the cue governs the quote in the parse (``weak`` when it is not a
    speech verb); ``outside``: the tokens of the quote's sentence outside any quote.
    """
    if subj is None:
        subj = mistagged_name(cue, registry)
    else:
        subj = outside_parentheses(subj)
        subj = poll_behind(subj) or subj
    quoted = frozenset(t.i for t in quote_tokens)
    if kind == "partial" and cue.lower_ != "according" and (subj is None or is_thing(subj)):
        subj = holder_above(cue, quoted) or subj
    elif kind == "partial" and governed:
        subj = outer_speaker(cue, quoted) or subj
    if kind == "partial":
        subj = parenthetical_reporter(outside) or subj
    if weak or not governed:
        subj = owner_of_words(quote_tokens) or subj
    return headline_label(quote_tokens, registry) or subj
