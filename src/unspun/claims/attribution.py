"""Who asserts a claim: a named source, an unnamed collective, another outlet, or the article itself.

In order:

1. a claim inside (or mostly inside) a quote the quotes stage found is asserted
   by that quote's speaker, linked to the source roster by ``source_id``;
2. otherwise the sentence's own attribution: "according to X", or the subject of
   a reporting verb ("Reuters is reporting", "analysts estimate", "the ministry
   said"), classed by what X is: another outlet (a list of agencies and papers,
   and names ending in Times, Post, News ...), an unnamed collective ("international
   analysts", "reports", "officials", "sources"), or a named source; impersonal
   passives ("it is estimated", "is reported to") are collective;
3. otherwise the article asserts it: the outlet's own, unattributed claim, the
   kind a reader most needs to see flagged.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from unspun.claims.model import AssertedBy
from unspun.nlp import lemma_of
from unspun.outlets import is_outlet
from unspun.quotes.lexicon import FINDER_NOUNS
from unspun.quotes.speakers import an_amount, maker_of, name_tail

COLLECTIVE_HEADS = {
    "analyst", "expert", "official", "observer", "source", "report", "critic", "diplomat", "researcher",
    "scientist", "economist", "estimate", "study", "poll", "witness", "resident", "commentator", "insider",
    "monitor", "figure", "data", "intelligence", "some", "many", "others", "people", "activist", "campaigner",
    "investor", "trader", "authority", "rumour", "rumor", "survey", "statistic", "observer", "watcher",
    "officer", "police", "investigator", "detective",  # 'Officers believe they fled' (3 Dec 2026, a review)
}
REPORTING_LEMMAS = {
    "say", "tell", "claim", "state", "announce", "estimate", "report", "insist", "argue", "believe", "add",
    "note", "warn", "write", "tweet", "confirm", "deny", "allege", "suggest", "show", "find", "reckon",
    "assert", "maintain", "acknowledge", "admit", "explain", "calculate", "put", "count", "record", "indicate",
    "expect", "forecast", "predict", "project", "anticipate",  # 'the company expects revenue of ...'
    "recommend", "advise",  # 'Health officials recommend that adults eat ...'
}
# Reporting verbs that also have everyday senses ('the economy added 150,000 jobs', 'the virus has
# claimed 14 lives', 'sales showed a 20% rise'): they report only with a clause ('added that ...').
CLAUSE_ONLY_LEMMAS = {
    "add", "find", "show", "put", "count", "record", "claim", "estimate", "calculate", "indicate", "admit",
    "confirm", "deny", "acknowledge", "explain", "maintain", "suggest", "report", "announce", "note", "state",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_IMPERSONAL = re.compile(
    r"(?i)\b(it is|it was|it has been|are|is|were|was)\s+(widely\s+)?(estimated|reported|believed|thought|said|understood|claimed|rumou?red)\b"
)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def from_quotes(
    start: int, end: int, quotes: Sequence[Any] | None, sources: Sequence[Any] | None = None
) -> AssertedBy | None:
    """The speaker of a quote that this claim is mostly inside of, or whose cue is in this claim's sentence.

    A speaker whose roster entry is a group or anonymous ("officials", "a source")
    is a collective; one whose name is an outlet is an outlet.
    """
    best: tuple[int, Any] | None = None
    for quote in quotes or ():
        if quote.speaker is None:
            continue
        shared = _overlap(start, end, quote.start, quote.end)
        cue_inside = quote.cue is not None and start <= quote.cue.start < end
        if shared and (shared * 2 >= end - start or cue_inside) and (best is None or shared > best[0]):
            best = (shared, quote)
    if best is None:
        return None
    speaker = best[1].speaker
    entry = next((s for s in sources or () if s.id == speaker.source_id), None)
    head = speaker.name.lower().split()[-1] if speaker.name.split() else ""
    if (entry is not None and entry.kind in {"group", "anonymous"}) or head.removesuffix("s") in COLLECTIVE_HEADS:
        # 'The study, published in the Eastern Journal of Energy, found': a study, report or survey with no
        # named maker is a collective, whatever kind the roster gave it
        return AssertedBy(kind="collective", name=speaker.name, source_id=speaker.source_id)
    if is_outlet(speaker.name):
        return AssertedBy(kind="outlet", name=speaker.name, source_id=speaker.source_id)
    return AssertedBy(kind="source", name=speaker.name, source_id=speaker.source_id)


def _is_collective(head: Any) -> bool:
    words = {lemma_of(head).lower(), head.lower_, head.lower_.rstrip("s"), head.lower_[:-3] + "y" if head.lower_.endswith("ies") else ""}
    return bool(words & COLLECTIVE_HEADS)


def classify_phrase(phrase: str, head: Any, sources: Sequence[Any] | None) -> AssertedBy:
    """What kind of asserter a subject phrase names ("Reuters", "analysts", "the ministry"); ``head`` is its head token."""
    clean = re.sub(r"^(the|a|an)\s+", "", phrase.strip(), flags=re.I)
    if is_outlet(phrase):
        return AssertedBy(kind="outlet", name=clean, source_id=None)
    if _is_collective(head):
        return AssertedBy(kind="collective", name=phrase.strip(), source_id=None)
    if phrase.lower().strip() in PRONOUNS:
        return AssertedBy(kind="source", name=None, source_id=None)
    source_id = link_source(clean, sources)
    entry = next((s for s in sources or () if s.id == source_id), None)
    return AssertedBy(kind="source", name=entry.name if entry is not None else clean, source_id=source_id)


def link_source(name: str, sources: Sequence[Any] | None) -> str | None:
    """The id of the roster entry this name refers to (full name, or its last word)."""
    lowered = name.lower()
    for source in sources or ():
        full = source.name.lower()
        if lowered == full or lowered in full.split() or full in lowered:
            return source.id
    last = lowered.split()[-1] if lowered.split() else ""
    for source in sources or ():
        if last and last == source.name.lower().split()[-1]:
            return source.id
    return None


def _maker_name(maker: Any) -> str:
    """The maker's name: its named entity ("Office for Labour Data"), else its words up to it, without 'the'."""
    ent = next((e for e in maker.doc.ents if e.start <= maker.i < e.end), None)
    span = ent if ent is not None else maker.doc[maker.left_edge.i : maker.i + 1]
    return re.sub(r"^(the|a|an)\s+", "", span.text.strip(), flags=re.I)


def _name_of(subject: Any) -> str:
    """The subject's words up to its head noun: "Sofia Marin, who runs a bakery" -> "Sofia Marin"; a name
    that goes on with 'of' and a capitalised word keeps it ("The Harlow Vale Chamber of Commerce")."""
    tail = name_tail(subject) if subject.pos_ == "PROPN" else []
    end = tail[-1].i if tail else subject.i
    return subject.doc[subject.left_edge.i : end + 1].text


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r'"[^"]*"|“[^”]*”', text)]


def from_sentence(tokens: Sequence[Any], text: str, sources: Sequence[Any] | None) -> AssertedBy | None:
    """The asserter the sentence names itself (outside its quotation marks), or None when it names none."""
    if not tokens:
        return None
    base = tokens[0].idx
    quoted = _quoted_ranges(text)
    outside = [t for t in tokens if not any(a <= t.idx - base < b for a, b in quoted)]
    for tok in outside:
        if tok.lower_ == "according" and (to := next((c for c in tok.children if c.lower_ == "to"), None)):
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return classify_phrase(_name_of(obj), obj, sources)
    for tok in outside:
        if tok.pos_ in {"VERB", "AUX", "NOUN"} and lemma_of(tok).lower() in REPORTING_LEMMAS:
            verb = tok
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None and verb.pos_ == "NOUN" and verb.dep_ != "ROOT":
                continue  # a noun in another clause ('Debt stands at 71%, and the Council forecasts ...'): not the sentence's asserter
            if subject is None and verb.pos_ == "NOUN":
                # 'the Fiscal Council forecasts it will peak': a verb tagged as a noun, its subject as compounds
                names = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if names:
                    words = [t for t in verb.doc[names[0].left_edge.i : names[-1].i + 1] if t.dep_ != "det"]
                    return classify_phrase(" ".join(t.text for t in words), names[-1], sources)
                continue
            if subject is None and verb.dep_ == "conj":  # "He called it X and said that ..."
                subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject.dep_ == "nsubjpass":
                continue  # a passive's subject is what is reported on ('three men were found guilty'), not who reports
            if an_amount(subject):
                continue  # 'just 3.4 gigawatts of storage, and the grid operator says': an amount asserts nothing
            if lemma_of(verb).lower() in CLAUSE_ONLY_LEMMAS and not _reports_a_clause(verb) and not _source_like(subject):
                continue
            maker = maker_of(subject)  # 'A survey by the Riverton Traders' Association found': the association asserts
            if maker is not None:
                return classify_phrase(_maker_name(maker), maker, sources)
            return classify_phrase(_name_of(subject), subject, sources)
    if _IMPERSONAL.search(text):
        return AssertedBy(kind="collective", name=None, source_id=None)
    return None


def _source_like(subject: Any) -> bool:
    """A subject whose count or finding is its own report ('the audit found 300 errors', 'police recorded
    1,200 offences', 'Acme announced 300 job cuts'), unlike 'the economy added 150,000 jobs'."""
    lemma = lemma_of(subject).lower()
    return (_is_collective(subject) or lemma in FINDER_NOUNS or subject.lower_ in FINDER_NOUNS
            or subject.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subject.lower_ in ("he", "she", "they"))


def _reports_a_clause(verb: Any) -> bool:
    """True when the verb introduces what is said ('added that ...', '..., the report found'), not an object."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return True
    return verb.dep_ == "parataxis" or (verb.dep_ in ("ROOT", "advcl") and any(c.dep_ == "ccomp" for c in verb.head.children))


def asserted_by(
    start: int, end: int, tokens: Sequence[Any], text: str,
    quotes: Sequence[Any] | None = None, sources: Sequence[Any] | None = None,
) -> AssertedBy:
    """Who asserts the claim at article offsets [start, end) whose sentence tokens are ``tokens``."""
    return (
        from_quotes(start, end, quotes, sources)
        or from_sentence(tokens, text, sources)
        or AssertedBy(kind="article", name=None, source_id=None)
    )
