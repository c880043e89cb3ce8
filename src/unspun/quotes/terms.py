"""Words in quotation marks that nobody says: names, nicknames and terms.

A story puts marks around a term it introduces ('PFAS, dubbed "forever chemicals"', 'the
fans had a nickname for him: "Bricks."') or a nickname inside a name ('Tomasz "Tommy Goals"
Wierzbicki'). Read as quotes, they invent sources ('PFAS', 'fans') and hide the reported
speech of the sentence they sit in, so they are set aside before quotes are attributed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from unspun.nlp.sentences import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that introduce a name rather than someone's words. A participle with no one doing the naming
# ('PFAS, dubbed "forever chemicals"'); 'who he dubbed "the little senator"' and 'the term "superpredator"'
# someone used stay quotes: they are that person's words.
_NAMING = re.compile(
    r"(?i)(?:\b(dubbed|nicknamed|termed)|\bknown (?:[\w'’-]+ ){0,6}?as(?: an?| the)?|\b(?:posts|writes|goes|performs|trades) (?:as|by|under)|\bso-called|\btitled|\bentitled|"
    r"\b(?:the|a|this|that|his|her|their) (?:nickname|moniker)(?: for \w+)?:?)\s*$"
)
_MAX_WORDS = 4
_MAX_TITLE_WORDS = 12


# Nouns a title in quotation marks follows: 'her film "Midnight Orchard"', 'the drama "The Kitchen Line"'.
_WORK_NOUNS = frozenset("""film movie drama series sitcom show programme program documentary book novel memoir biography
    song single album record play musical opera podcast episode painting exhibition poem video game""".split())
# Works whose title, set beside them, may run longer than a nickname: 'her 2003 study, "Cold Signals in Deep Water,"'.
_TITLED_WORK_NOUNS = _WORK_NOUNS | frozenset("study paper thesis dissertation essay".split())
# Nouns a title follows after 'of': 'her staging of "Uncle Vanya"', 'the new production of "The Tempest"'.
_STAGING_NOUNS = _WORK_NOUNS | frozenset("production staging revival adaptation performance version premiere run".split())
# An analyst's rating in quotation marks ('moved his rating to "hold" from "buy"'): a grade, no one's words.
_RATINGS = frozenset(
    "buy sell hold neutral overweight underweight outperform underperform accumulate reduce equal-weight market-perform "
    "sector-perform".split()
) | {"strong buy", "strong sell", "equal weight", "market perform", "sector perform"}
_RATING_CONTEXT = re.compile(r"(?i)\b(?:rating|rated|upgrad\w*|downgrad\w*|recommendation|target price|price target)\b")
_NAME_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "it"})
_NAMED_NOUN_REACH = 3


def _names_the_noun_after(inside: Sequence["Token"], left: "Token", right: "Token") -> bool:
    """'the "Bin It Right" campaign', 'the "Safe Nights" pledge', '"Halo" smart glasses': a capitalised name
    set before the lowercase noun it names, no one's words about it.

    Only inside a noun phrase (after a determiner, a possessive, an adjective or a headline's verb), and not
    a lone adjective ('his "Mexican" lunch' is a scare quote): 'called Rubio "Little Marco" multiple
    times' is a naming by someone.
    """
    if not right.text[:1].islower() or right.pos_ not in ("NOUN", "ADJ"):
        return False
    if not (left.dep_ in ("det", "poss", "amod", "case") or left.pos_ in ("DET", "ADJ") or left.is_sent_start
            or left.text in (".", ":", "\n")):
        return False
    if len(inside) == 1 and (inside[0].pos_ == "ADJ" or inside[0].ent_type_ == "NORP"):
        return False
    doc = right.doc
    for noun in doc[right.i : min(len(doc), right.i + _NAMED_NOUN_REACH)]:
        if noun.pos_ == "NOUN" and noun.text[:1].islower():
            heads = {noun.i}
            while noun.dep_ == "compound" and noun.head.i > noun.i:  # 'a "Keep the Clubs" fundraising appeal'
                noun = noun.head
                heads.add(noun.i)
            return any(t.head.i in heads or t.head.head.i in heads for t in inside)
        if noun.pos_ != "ADJ":
            return False
    return False


def _work_noun_before(tok: "Token") -> bool:
    """True when ``tok`` ends a noun phrase about a work: 'single', or 'book for general readers' (the phrase's
    head reached back through its prepositions)."""
    for _ in range(3):
        if tok.lower_ in _WORK_NOUNS:
            return True
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.head.i >= tok.i:
            return False
        tok = tok.head.head
    return False


def _cue_in_rest(tok: "Token") -> bool:
    """A speech verb from ``tok`` to the end of its sentence: '"We Are Done" is what they chanted'."""
    from unspun.quotes.speakers import is_cue

    return any(is_cue(t) for t in sentence_of(tok) if t.i >= tok.i)


def _long_title(text: str, start: int, end: int, open_mark: int, tokens: Sequence["Token"], base: int) -> bool:
    """True for a title of five words or more in quotation marks, set off by a comma after the work it names,
    every word capitalised but the small ones: 'her 2003 study, "Cold Signals in Deep Water," was widely cited'."""
    inside = [t for t in tokens if start <= base + t.idx < end and not t.is_punct]
    if not inside or not all(t.text[:1].isupper() or t.lower_ in _NAME_SMALL_WORDS for t in inside):
        return False
    left = next((t for t in reversed(tokens) if base + t.idx < open_mark and not t.is_space), None)
    return left is not None and left.text == "," and left.i > 0 and left.nbor(-1).lower_ in _TITLED_WORK_NOUNS


def is_term(text: str, start: int, end: int, open_mark: int, close_end: int, line_start: int,
            tokens: Sequence["Token"], base: int) -> bool:
    """True when the quoted words ``text[start:end]`` name something rather than quote someone.

    ``tokens``: the spaCy tokens of the paragraph (``tok.idx + base`` indexes ``text``).
    """
    words = text[start:end].split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if len(words) > _MAX_WORDS:  # longer: only a work's title set beside the work ('Her 2003 study, "Cold Signals
        return _long_title(text, start, end, open_mark, tokens, base)  # in Deep Water," was widely cited')
    before = text[max(line_start, open_mark - 40) : open_mark]
    naming = _NAMING.search(before)
    if naming and naming.group(1):
        verb = next((t for t in tokens if base + t.idx == open_mark - len(before) + naming.start(1)), None)
        if verb is None or verb.dep_ == "acl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True  # 'PFAS, dubbed "forever chemicals"': no one named does the naming
    elif naming:
        return True
    content = text[start:end].strip(" ,.;:").lower()
    if content in _RATINGS and _RATING_CONTEXT.search(text[max(line_start, open_mark - 120) : close_end + 120]):
        return True  # 'cut his target price and moved his rating to "hold" from "buy"'
    inside = [t for t in tokens if start <= base + t.idx < end and not t.is_punct]
    if not inside or not all(t.text[:1].isupper() or t.lower_ in _NAME_SMALL_WORDS for t in inside):
        return False
    left = next((t for t in reversed(tokens) if base + t.idx < open_mark and not t.is_space), None)
    right = next((t for t in tokens if base + t.idx >= close_end and not t.is_space), None)
    if left is None and right is not None and right.text[:1].islower() and len(inside) > 1 and (
            right.tag_ in ("VBZ", "VBD", "VBP") or (right.tag_ == "NNS" and right.dep_ == "ROOT")) and not right.is_sent_start and (
            not _cue_in_rest(right)):
        # '"The Tempest" runs at the Lantern Theatre until June' (the tagger may read 'runs' as a noun): a title
        # opening the paragraph as its subject ('"Never Again," said the banners' is said)
        return True
    if left is None or right is None:
        return False
    if _names_the_noun_after(inside, left, right):
        return True
    if left.text == "," and left.i > 0 and _work_noun_before(left.nbor(-1)):
        return True  # 'Quinn's new single, "Undertow", on Friday': a title set beside what it names
    if (left.pos_ == "NOUN" and left.text[:1].islower() and any(t.dep_ == "appos" and t.head.i == left.i for t in inside)
            and right.pos_ in ("VERB", "AUX") and len(inside) <= 3):
        return True  # "Lunar lander 'Kestrel' loses contact": the name of the thing just named
    if (len(inside) > 1 and (left.dep_ in ("poss", "case", "amod") or left.pos_ in ("DET", "ADJ"))
            and right.pos_ in ("VERB", "AUX") and right.text[:1].islower()
            and any(t.dep_ in ("nsubj", "nsubjpass") for t in inside) and not _cue_in_rest(right)):
        return True  # 'Her department's new "Smooth Roads Pledge" will fill potholes': a named thing as subject
    if left.lower_ == "of" and left.i > 0 and left.nbor(-1).lower_ in _STAGING_NOUNS:
        return True  # 'the new production of "The Tempest"': a title
    if left.lower_ in _WORK_NOUNS and left.pos_ == "NOUN" and len(inside) > 1:
        return True  # 'the cooking drama "The Kitchen Line"', 'her film "Midnight Orchard"': a title, no one's words
    # a nickname between a given name and a surname (a name used as a modifier, 'the "Stop Trump" movement',
    # stays a quote: it is often the words of whoever named it)
    return left.pos_ == "PROPN" and right.pos_ == "PROPN" and left.text[:1].isupper() and right.text[:1].isupper()
