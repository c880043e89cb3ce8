"""Find the quotes of one parsed article and attribute each to a source.

Order of work: pair the quotation marks over the whole text (``marks.py``);
register the people the article names; then, for every quote, look for its cue
(the speech verb governing the quote in the dependency parse, else a cue in the
words right after or before the marks); failing that, a quote carries on the
speaker of the quote it continues, of the quote before it in the paragraph, of
the previous paragraph, or of the person named in the next sentence. Reported
speech (``X said that ...``, ``according to X``), non-answers and pasted social
posts follow.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Sequence

from spacy import symbols
from spacy.attrs import DEP, POS

from unspun.nlp import lemma_of
from unspun.nlp.sentences import sentence_of
from unspun.outlets import is_outlet
from unspun.quotes import lexicon as lx
from unspun.quotes.cues import (
    SortedSpans, governing_cue, governing_verb, inside, looks_like_name, window_cue, window_subject, words,
)
from unspun.quotes.found import CONFIDENCE, Found
from unspun.quotes.marks import MarkedQuote, find_quotes
from unspun.quotes.nesting import headline_label, refine_subject
from unspun.quotes.people import (
    OTHER_ROLE, Entity, Mention, Registry, clean_name, described_elsewhere, holds_role, is_corporate, named_in,
)
from unspun.quotes.reported import ReportedSpeech
from unspun.quotes.names import GIVEN_NAMES, gender_of_first_name
from unspun.quotes.social import social_posts
from unspun.quotes.terms import is_term
from unspun.structure.rules import has_thread_marker, thread_position
from unspun.quotes.transcript import transcript_quotes
from unspun.quotes.speakers import (
    KIN_NOUNS, NOT_SPEAKER_ENTS, Resolver, a_place_phrase, after_prefix, age_beside, age_word, appositive_name, author_of,
    elected_names, is_cue, misread_person, name_before_dash, org_name, person_like, pick_by_age, postnominal_name, seat_of,
    split_surname, subject_of, title_before, unnamed_subject_before, who_clause,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

    from unspun.nlp import ParsedArticle

__all__ = ["Extractor", "Found"]

# Verbs that introduce a pasted post ('X posted a thread:', 'X wrote on Facebook:').
_POSTING_VERBS = frozenset("post tweet write share publish say".split())

_TERMINAL = {".", "!", "?"}
# Punctuation that introduces a quote after its speaker's clause ('X said:', 'X embraced torture -- "...').
_INTRODUCING = (":", ",", "--", "—", "–")
# A sentence that hands the quote before it to someone named in it: 'That was how Anneke Strand remembered her',
# 'The words came from Bernadette Ruane', 'That figure came from finance chief Oskar Pelham', 'Those were the
# words of the mayor', 'The words were Ms Amundsen's', 'So said the union's leader', 'The speaker is Rosalind Amberley'.
_CREDITED_AFTER = re.compile(
    r"(?:(?:That|This|Those|These|The|Such)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:words?|remarks?|comments?|lines?|verdict)\s*,\s*(?:from|of)\s+(?=[A-Z])"  # 'Those words, from Kemi Adeyinka,'
    r"|(?:came|comes|come)\s+from|belong(?:s|ed)?\s+to|(?:was|is|were|are)\s+(?:how|the\s+(?:[\w-]+\s+)?(?:words?|verdict|view|assessment|message|comments?|remarks?|warning"
    r"|reaction|conclusion|judge?ment|voice|prediction|thoughts|opinion|take|line)\s+(?:of|from))"
    r"|(?:was|is|were|are)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s\b)"
    r"|So\s+(?:said|says|wrote|writes)\b"
    r"|(?:That|This)\s+(?:was|is)\s+(?=[A-Z][a-z][\w'’-]*(?:\s+[A-Z]|\s+again\b|,\s+(?:(?:an?|the|who)\b|\d)))"
    # ('That was Luis Ybarra, 47, a pipefitter', 'That is Kit again'; not 'That was Monday, and ...')
    r"|The\s+(?:speaker|voice|words?)\s+(?:is|was|are|were)\s+(?=[A-Z])"
    r"|(?:came|comes)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(lx.VOICE_SOUNDS)) + r")s?\s+from)"
)  # ('"Shame!" came the shout from the opposition benches')
# A signature after a quote-only paragraph, at the end of that paragraph or as the next one:
# a dash (the horizontal bar of epigraphs too), then up to five words, nothing else but
# spaces and a final stop or comma. Whether the words are a person's name: Extractor._signer.
_NAME_WORD = r"[^\W\d_][\w.'’-]*"
_NAME_PARTICLES = ("de", "da", "del", "der", "di", "van", "von", "la", "le", "bin", "al")
_HANDLE_SIGNATURE = re.compile(r"\s*(?:--|[-–—―])\s*(@\w{1,15})[\s.]*")
_TRAILING_SIGNATURE = re.compile(rf"\s*(?:--|[-–—―])\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})[\s.,]*")


_BARE_CUE_DEPENDENTS = {"nsubj", "punct", "advmod", "npadvmod", "prep", "pobj", "aux", "det", "compound", "amod", "poss", "case"}


def _bare_attribution(tokens: Sequence["Token"], longest: int = 8) -> list["Token"]:
    """The words up to the first full stop when they are only a speaker and a cue ('Trump said.',
    'said the mayor on Monday.'), else nothing: a cue with an object or clause of its own says something else."""
    clause: list["Token"] = []
    for t in tokens:
        if t.text in ("“", '"', "‘") or len(clause) >= longest:
            return []
        clause.append(t)
        if t.text in _TERMINAL:
            break
    if not clause:
        return []  # (a clause that runs to the end of the paragraph without a stop counts too)
    cues = [t for t in clause if is_cue(t)]
    if len(cues) != 1 or any(c.dep_ not in _BARE_CUE_DEPENDENTS for c in cues[0].children):
        return []
    ids = {t.i for t in clause}
    return clause if all(c.i in ids for c in cues[0].subtree) else []


# Cue verbs the tagger reads as nouns after a quote: '," the editorial read.', '," the Saudis state in a paper'.
_NOUN_LIKE_CUES = frozenset({"read", "reads", "state", "states", "note", "notes", "write", "writes"})


_BODY_NOUNS = lx.ORG_NOUNS | lx.GENERIC_ORG_NOUNS  # 'Acme Group, a retailer,' names a body, not a person


def _misread_cue(tail: Sequence["Token"]) -> "tuple[Token, Token] | None":
    """The (cue, speaker) of an inverted attribution whose verb was tagged as a noun, if the tail is one."""
    words = [t for t in tail if not t.is_space]
    if words and words[0].text == ",":
        words = words[1:]
    for k, t in enumerate(words[:6]):
        if t.is_punct:
            return None
        if k > 0 and t.lower_ in _NOUN_LIKE_CUES and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            speaker = words[k - 1]
            voice = lemma_of(speaker).lower() in lx.VOICE_NOUNS or speaker.lower_ in lx.VOICE_NOUNS
            if speaker.ent_type_ not in NOT_SPEAKER_ENTS and (person_like(speaker) or voice):
                return t, speaker
            return None
    return None


_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|CEST|UTC|ET))?\s*[—–-]\s*")


def is_dateline(ent: "SpacySpan") -> bool:
    """A wire story's dateline: a place in capitals opening the paragraph, then a comma or dash."""
    after = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
    return ent.start == 0 and ent.text.isupper() and len(ent.text) > 2 and after in (",", "—", "–", "-", "(")


def is_subject(ent: "SpacySpan") -> bool:
    """The name is the subject of its clause, or set off by a comma in apposition to it ("His neighbour,
    Priya Lal, said ..."; not "the gossip site Gawker set a trap", where the subject is the site)."""
    tok = ent.root
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if (tok.dep_ in ("npadvmod", "advmod", "dep") and ent.start == (sent := sentence_of(tok)).start
            and ent.end < len(ent.doc) and ent.doc[ent.end].text == "," and sent.root.pos_ in ("VERB", "AUX")
            and sent.root.i > tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children)):
        return True  # 'Pennington, in a note to clients, cut his target': the parser lost the subject to an adverb
    if (tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.i == sentence_of(tok).start
            and ent.end < len(ent.doc) and ent.doc[ent.end].text == ","):
        return True  # 'For Pillai, that is the real challenge. "...," he said': the sentence is about him
    if (tok.dep_ in ("oprd", "dobj", "attr") and tok.head.lower_ in ("named", "called") and tok.head.dep_ == "acl"
            and (tok.head.head.dep_ in ("nsubj", "nsubjpass") or (tok.head.head.dep_ == "ROOT" and tok.head.head.pos_ == "NOUN"))):
        return True  # 'a retired trucker named Walt Haskell, 72, lingered near the wagon': the subject is him (the parser
        # may make 'trucker' the root and 'lingered' its clause)
    if len(ent) <= 3 and ent[-1].dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("advmod", "npadvmod", "nmod"):
        return True  # 'Raj Sandhu said': the parser may make 'Raj' an adverb of the verb and 'Sandhu' its subject
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.i == sentence_of(tok).start and (
            verb := tok.head.head.head).dep_ == "ROOT" and verb.i > tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True  # 'In a separate dissent, Sikorsky, who ..., argued': the parser hung the subject on the opening phrase
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and (holder := tok.head.head.head).dep_ in ("nsubj", "nsubjpass") and (
            (named := appositive_name(holder)) is not None and named.i == tok.i):
        return True  # 'A spokesman for Castellanos, Bret Lindqvist, declined': the parser set the name beside 'Castellanos'
    if tok.dep_ == "appos" and tok.head.dep_ == "dep" and after_prefix(tok.head.head).i == tok.head.i and (
            tok.head.head.dep_ in ("nsubj", "nsubjpass")):
        return True  # 'His co-presenter, Martin Sheehy, argued', parsed 'co' (subject) - 'presenter' (dep)
    if tok.dep_ in ("appos", "compound") and tok.head.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.lower_ in lx.MALE_NOUNS or tok.head.lower_ in lx.FEMALE_NOUNS
            or (head_lemma := lemma_of(tok.head).lower()) in lx.HUMAN_NOUNS
            or head_lemma in lx.ROLE_NOUNS or head_lemma in ("neighbour", "neighbor")):
        return True  # 'Her son Owen Harrow is running', 'Her neighbour Colin Marsh signed': the noun is the name
    if tok.dep_ == "attr" and lemma_of(tok.head).lower() == "be" and tok.head.dep_ == "ROOT" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in tok.head.children):
        return True  # 'The lead is Femi Adebayo-Clarke. "...," he said': the sentence names who it is about
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and lemma_of(tok.head.head).lower() == "hear":
        return True  # 'The court also heard from Dr Ruth Obando, a surgeon. She said ...': the one heard speaks next
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "ROOT":
        return True  # 'Prospero is played by Femi Adebayo-Clarke', 'Her death was confirmed by her son'
    if (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
            and tok.head.head.head.dep_ == "ROOT"):
        return True  # 'According to Daniel Obi, the cut was larger. "...," he said': Obi reports the sentence
    if tok.dep_ == "compound" and tok.head.dep_ == "ROOT" and tok.head.tag_ == "NNS":
        return True  # 'Agnes Marlow volunteers at the library': the verb read as a plural noun
    if (tok.dep_ == "appos" and tok.head.dep_ == "appos" and tok.head.head.dep_ in ("nsubj", "nsubjpass")
            and tok.head.left_edge.i > 0 and ent.doc[tok.head.left_edge.i - 1].text in (",", "—", "–")):
        return True  # 'His colleague, the Italian socialist Chiara Benedetti, was blunter': the name of the subject's role
    doc = ent.doc
    if (tok.dep_ == "appos" and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].dep_ == "ROOT"
            and doc[ent.end + 1].pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[ent.end + 1].children)):
        return True  # 'In a statement read by Ms Dunmore, Ms Voss's husband, Daniel, described ...': the parser left the verb no subject
    return (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and ent.start > 0
            and ent.doc[ent.start - 1].text in (",", "—", "–"))


def _verb_like(tok: "Token") -> bool:
    """A verb, or a speech verb a title-case headline turned into a proper noun ('Praises')."""
    low = tok.lower_
    if tok.pos_ in ("VERB", "AUX"):
        return True
    return tok.text.istitle() and (low in lx.SPEECH_LEMMAS or (low.endswith("s") and low[:-1] in lx.SPEECH_LEMMAS))


_TITLE_WORDS = frozenset(t.rstrip(".") for t in lx.TITLES)
# How far before or after a quote its sentence's words are looked for: sentences are far shorter, and a
# bound keeps one long paragraph of many quotes from costing the square of its length.
_REACH_CHARS = 2000

# spaCy's numbers for the universal tags of a proper noun and a noun
_NAME_OR_NOUN = frozenset({symbols.PROPN, symbols.NOUN})
# the relations of a common noun that the rules of the people pass after the first two can ask about
_SUBJECT_OR_APPOSITION = frozenset({symbols.nsubj, symbols.nsubjpass, symbols.appos})
_SUBJECTS = frozenset({symbols.nsubj, symbols.nsubjpass})


def _name_given_as(noun: "Token") -> "Token | None":
    """'A witness who gave her name only as Shannon': the name (its last word) a person described by ``noun`` gave."""
    doc = noun.doc
    for clause in noun.children:
        if clause.dep_ != "relcl" or lemma_of(clause).lower() != "give":
            continue
        name = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "name"), None)
        if name is None:
            continue
        k = name.i + 1
        while k < len(doc) and doc[k].lower_ in ("only", "just", "simply"):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "as" and doc[k + 1].pos_ == "PROPN":
            while k + 2 < len(doc) and doc[k + 2].pos_ == "PROPN":
                k += 1
            return doc[k + 1]
    return None


def _hyphen_start(tok: "Token") -> "Token":
    """The first part of the hyphenated name ``tok`` ends ('Okafor' for 'Brennan' in 'Okafor-Brennan', the parts
    capitalised and written without spaces, the first hanging on ``tok``), else ``tok`` itself."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text in ("-", "\u2010") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and (
            doc[i - 2].text[:1].isupper() and doc[i - 2].head.i == i and doc[i - 2].dep_ == "compound"):
        return doc[i - 2]
    return tok


class _Article:
    """Token lookup by article offset over the per-paragraph docs."""

    def __init__(self, parsed: "ParsedArticle") -> None:
        self.text = parsed.article.text
        self.paragraphs = parsed.article.paragraphs
        self.docs = parsed.docs
        self.base = [p.start for p in self.paragraphs]
        self._starts: dict[int, list[int]] = {}  # per paragraph, its tokens' offsets (ascending)
        self._toks: dict[int, list["Token"]] = {}  # per paragraph, its tokens
        self._sents: dict[int, list["SpacySpan"]] = {}
        self._index_of_doc = {id(doc): i for i, doc in enumerate(self.docs)}

    def sents(self, paragraph: int) -> list["SpacySpan"]:
        """The sentences of ``paragraph`` (computed once: spaCy rebuilds them on every ``doc.sents``)."""
        if paragraph not in self._sents:
            self._sents[paragraph] = list(self.docs[paragraph].sents)
        return self._sents[paragraph]

    def all_tokens(self, paragraph: int) -> list["Token"]:
        """Every token of ``paragraph``, made once (see :meth:`tokens`)."""
        if paragraph not in self._toks:
            self._toks[paragraph] = list(self.docs[paragraph])
        return self._toks[paragraph]

    def sentence_tokens(self, tok: "Token") -> list["Token"]:
        """The tokens of ``tok``'s sentence, from its paragraph's shared list (iterating ``tok.sent`` makes a new
        object per token)."""
        sent = sentence_of(tok)
        return self.all_tokens(self._index_of_doc[id(tok.doc)])[sent.start : sent.end]

    def paragraph_at(self, offset: int) -> int | None:
        """The index of the paragraph holding article offset ``offset``, if any."""
        k = bisect_left(self.base, offset + 1) - 1
        return k if k >= 0 and offset < self.paragraphs[k].end else None

    def tokens(self, paragraph: int, start: int, end: int) -> list["Token"]:
        """Tokens of ``paragraph`` starting in [start, end) (article offsets; the paragraph's tokens are made
        once: spaCy builds a new Python object for every token it is asked for)."""
        base = self.base[paragraph]
        if paragraph not in self._starts:
            self._starts[paragraph] = [t.idx for t in self.all_tokens(paragraph)]
        starts = self._starts[paragraph]
        return self._toks[paragraph][bisect_left(starts, start - base) : bisect_left(starts, end - base)]


# 'a note from Nell Carraway attached:', 'a letter from Dr Ian Hale:' right before a quote: the writer's words.
_NOTE_FROM = re.compile(r"\b(?:a|an|the|his|her|their) (?:handwritten |short |brief )?(?:note|letter|card|message|e-?mail|text)"
                        r" from ((?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’-]+)(?: attached| enclosed| that read| reading)?\s*:\s*$")
# Cues after which an unnamed subject is the next pronoun's antecedent: it reported or described something.
_REPORTING_OR_DESCRIBING = lx.INDIRECT_LEMMAS | {"describe", "recall", "recount"}
# The gap between the halves of a direct quote split by its cue: '," he said, ' right before the second half.
_SPLIT_QUOTE_GAP = re.compile(r",[\"”’]\s+[^\s\"“”.!?,]+\s+[^\"“”.!?]{0,50},\s*$")  # two words or more: not ', explaining, 
_DOCUMENT_NOUNS = frozenset({"statement", "release", "press release", "letter", "announcement", "notice", "email", "memo",
                             "e-mail", "report", "study"})
# documents only a writer named with them speaks for ('the report published by the Marlowe Institute')
_SENT_ONLY = frozenset({"email", "memo", "e-mail", "report", "study"})
# 'One post read:', 'Another tweet said:' right before a quote: a post whose account the article does not give.
_UNSIGNED_POST = re.compile(r"(?i)\b(?:one|another|a|the first|the last|the latest|an anonymous) (?:post|tweet|message|comment|reply)"
                            r" (?:read|reads|said|says|stated)\s*[:,]?\s*$")
# A question put to someone: 'Sandoval pressed her.', 'asked Dray', 'Kline asked whether'.
_PUT_TO = frozenset({"asked", "asks", "pressed", "presses", "questioned", "quizzed", "grilled"})
# A given name, a nickname in quotation marks, a surname: 'Kevin "Kev the Bins" Blackwood'.
_NICKNAMED = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) [\"“‘']([^\"“”‘’\n]{1,30})[\"”’'] ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b")


def _in_other_quote(offset: int, q: MarkedQuote, quoted: Sequence[tuple[int, int]]) -> bool:
    """True when ``offset`` lies in quoted words that do not hold the quote ``q``."""
    return any(a <= offset < b and not (a <= q.start and q.end <= b) for a, b in quoted)


def _inside_reported_clause(tok: "Token", base: int, quoted: SortedSpans) -> bool:
    """True for a word in a clause that a speech verb before it reports, however deep: 'Feld added that
    Corvane had promised', 'the judge said the jury could convict even if unsure whether Ms Cardew had known'.

    The verb must stand outside quotation marks: a parse that hangs '..." Grassley said' on a verb inside
    the quote says nothing about Grassley.
    """
    if tok.head.dep_ == "ccomp" and is_cue(tok.head.head):
        # the subject of the reported clause itself, wherever the verb stands ('..., Feld added')
        return inside(base + tok.idx, quoted) or not inside(base + tok.head.head.idx, quoted)
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and is_cue(node.head):
            verb = node.head
            return verb.i < tok.i and not inside(base + verb.idx, quoted)
        node = node.head
    return False


_PARTY_WORDS = frozenset("gop republican democratic democrat labour tory conservative liberal snp green".split())


def _other_party(qualifiers: list[str], person: "Entity") -> bool:
    """'the GOP front-runner' is not the person described as the Democratic front-runner."""
    said = {w.strip(".,'’") for w in qualifiers} & _PARTY_WORDS
    theirs = {w for d in person.descriptions for w in re.findall(r"\w+", d.lower())} & _PARTY_WORDS
    return bool(said) and bool(theirs) and not said & theirs


# Words that make a "person" the tagger found an institution ('the Donald J. Trump Foundation's donation').
_INSTITUTION_WORDS = frozenset("foundation institute fund trust society centre center university college school "
                               "hospital church museum association council committee campaign".split())
# Endings of common nouns the tagger may take for a one-word name at a sentence's start ('Attendance, he said').
_NOUN_ENDINGS = ("ance", "ence", "ment", "tion", "sion", "ness", "ity", "ship", "ism")
# Bare nouns whose capitalised names are often other bodies: 'the House' is not the White House, 'the union' not
# the European Union, 'the office' not the Home Office.
_NOT_NAMED_BODIES = frozenset({"house", "office", "union", "party", "department"})
_NAMED_BODY_NOUNS = (lx.PUBLIC_BODY_NOUNS | lx.GENERIC_ORG_NOUNS) - _NOT_NAMED_BODIES


def _speaker_of_held_quote(found: list[Found]) -> list[Found]:
    """Reported words around a partial quote from the same cue are the quote's speaker's ('In a Harbour Herald
    poll, 31% said the deal was "a rip-off"': the poll, as the quote's own rules found, not '31%'), so the
    statement has one source."""
    by_cue: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if f.kind == "partial" and f.cue is not None and f.mention is not None:
            by_cue.setdefault(f.cue, []).append(f)
    out: list[Found] = []
    for f in found:
        quote = next((q for q in by_cue.get(f.cue, ()) if f.start <= q.start and q.end <= f.end),
                     None) if f.kind == "indirect" and f.cue is not None else None
        if quote is not None and quote.mention is not f.mention:
            f = Found(f.start, f.end, f.paragraph, f.kind, quote.mention, f.cue, f.confidence)
        out.append(f)
    return out


# 'By Harriet Osei', 'By Harriet Osei, Columnist': the name after 'By' in a byline paragraph.
_BYLINE_NAME = re.compile(r"^(?i:by|words by|written by)\s+([A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\s*(?:$|,|\||—|-)")


# Professions a lede may name before the story names the person; not the deliberately unnamed ('a senior official',
# 'a source', 'a person familiar with ...').
_LEDE_ROLES = frozenset({"lawyer", "attorney", "barrister", "solicitor", "prosecutor", "spokesman", "spokeswoman",
                         "spokesperson", "doctor", "surgeon", "scientist", "researcher", "professor", "economist", "analyst",
                         "engineer", "teacher", "nurse", "judge", "coroner", "coach", "manager"})
_LEDE_ROLE = re.compile(r"^(?:a|an)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(_LEDE_ROLES)) + r")\b(?:\s+(?:for|of|to)\s+.*)?$",
                        re.I)


def _professional_role(name: str) -> str | None:
    """'lawyer' for 'A lawyer for the widow', 'a veteran attorney'; None for any other unnamed source."""
    m = _LEDE_ROLE.match(name.strip())
    return m.group(1).lower() if m is not None and not re.search(r"(?i)\b(?:anonym|not authori[sz]ed|named)", name) else None


def _the_role(noun: "Token") -> str | None:
    """'minister' for 'the minister', 'chief executive' for 'the chief executive': a role named with 'the' and
    lower-case words of the role only (not 'the former minister', not 'the Treasury minister')."""
    before = [c for c in noun.children if c.i < noun.i]
    if not before or before[0].lower_ != "the" or before[0].i != noun.left_edge.i:
        return None
    words = before[1:]
    if not all(c.dep_ in ("amod", "compound") and c.text.islower() and c.lower_ not in OTHER_ROLE for c in words):
        return None
    return " ".join([c.lower_ for c in words] + [noun.lower_])


class Extractor(ReportedSpeech):
    """Runs the quote rules over one article."""

    def __init__(self, parsed: "ParsedArticle", kinds: Sequence[str]) -> None:
        self.art = _Article(parsed)
        self.kinds = list(kinds)
        self._first_body = next((i for i, kind in enumerate(self.kinds) if kind == "body"), -1)  # the lede
        self.registry = Registry()
        self.registry.paragraph_starts = [p.start for p in self.art.paragraphs]
        self.resolver = Resolver(self.registry)
        self._last_direct: dict[int, Found] = {}
        self._closed_quotes: SortedSpans = SortedSpans.of([])  # closed one-paragraph quotes (run)
        self._heads: dict[tuple[int, int], list["Token"]] = {}

    def run(self) -> list[Found]:
        art = self.art
        usable = [p for p in art.paragraphs if self.kinds[p.index] not in ("social_post", "boilerplate")]
        marked = [q for q in find_quotes(art.text, usable) if not self._is_term(q)]
        quoted = SortedSpans.of([(q.open_mark, q.close_mark_end) for q in marked])
        # quotes that open and close in one paragraph: a subject inside one is the quoted speaker's own 'he'
        self._closed_quotes = SortedSpans.of([(q.open_mark, q.close_mark_end) for q in marked
                                       if q.closed and not q.continues and not q.continued])
        self._register_people(quoted)
        found: list[Found] = []
        last_by_paragraph: dict[int, Found] = {}
        previous: Found | None = None
        for q in marked:
            item = self._attribute(q, quoted, previous, last_by_paragraph)
            if item is None:
                continue
            found.append(item)
            last_by_paragraph[q.paragraph] = item
            if item.kind == "direct" and item.mention is not None:
                self._last_direct[q.paragraph] = item
            previous = item
            for s, e in q.inner:
                inner = self._inner(q, s, e, quoted, item.mention)
                if inner is not None:
                    found.append(inner)
        found += self._indirect(quoted)
        found += self._threaded([self._introduced(post)
                                 for post in social_posts(art.text, art.paragraphs, self.kinds, self.registry)])
        found += transcript_quotes(art.text, art.paragraphs, self.kinds, self.registry, found)
        written = self._written_in(found)
        found = [self._document_maker(self._named_body(self._relinked(f)), written) for f in found]
        found = [self._not_named_inside(self._named_later(f)) for f in found]
        found = _speaker_of_held_quote(found)
        found = self._one_force(found)
        for f in found:
            if f.kind == "indirect" and (stamp := _TIMESTAMP.match(art.text, f.start, f.end)) and stamp.end() < f.end:
                f.start = stamp.end()  # '17:50 — Power cuts ..., according to X': a live blog's time is no one's words
        found.sort(key=lambda f: (f.start, f.end))
        return found

    def _one_force(self, found: list[Found]) -> list[Found]:
        """'Police said ...' in an article that names one force ('Westmarch Police'): that force, one source."""
        bare = [e for e in self.registry.entities.values() if e.name.lower() == "police"]
        forces = [e for e in self.registry.entities.values()
                  if e.kind == "organisation" and e.name.lower().endswith(" police") and e.name[:1].isupper()]
        if len(bare) != 1 or len(forces) != 1:
            return found
        police, force = bare[0], forces[0]
        return [Found(f.start, f.end, f.paragraph, f.kind, Mention(force, f.mention.start, f.mention.end, f.mention.resolution),
                      f.cue, f.confidence)
                if f.mention is not None and f.mention.entity is police else f for f in found]

    def _is_term(self, q: MarkedQuote) -> bool:
        """A name, nickname or term in quotation marks, which no one says (:mod:`unspun.quotes.terms`)."""
        if q.continues or q.continued or q.inner or not q.closed:
            return False
        p = self.art.paragraphs[q.paragraph]
        near = self.art.tokens(q.paragraph, max(p.start, q.open_mark - 80), min(p.end, q.close_mark_end + 80))
        return is_term(self.art.text, q.start, q.end, q.open_mark, q.close_mark_end, p.start, near, self.art.base[q.paragraph])

    def _relinked(self, f: Found) -> Found:
        """'the spokesman said' resolved while only direct quotes were known, linked now to the source
        reported speech introduced before it ('A spokesman for the council said ... "...," the spokesman said')."""
        m = f.mention
        bare_role = m is not None and m.entity.kind == "person" and m.entity.name.lower() in lx.ROLE_NOUNS
        # 'the source said' before the reported speech of 'A person familiar with the case said' was read
        unnamed = m is not None and m.entity.key in ("unknown:source", "unknown:insider", "unknown:official")
        # 'According to Brightwater Homes, ... . In a statement, the company said': named by the reported speech
        bare_company = m is not None and m.entity.kind == "organisation" and m.entity.name.lower() in lx.GENERIC_ORG_NOUNS
        # 'The big centre later said' after 'Their centre, Kofi Mensah,': a description no lexicon lists, which is
        # the head of how one named person was described
        described = m is not None and m.entity.key.startswith("unknown:") and m.entity.kind == "unknown" and not unnamed
        if m is None or m.start < 0 or not (m.entity.key.startswith("role:") or bare_role or unnamed or bare_company or described):
            return f
        words = self.art.text[m.start : m.end].lower().split()
        # a headline names the role before the body names the person: "'Fines will rise,' says minister"
        headline = f.paragraph < len(self.kinds) and self.kinds[f.paragraph] in ("title", "heading")
        if not words or not (headline or (len(words) >= 2 and words[0] in ("the", "this", "that"))):
            return f
        role = " ".join(words[-2:]) if len(words) > 2 and words[-2] in OTHER_ROLE else words[-1]  # 'the former president'
        if described and words[-1] not in lx.ROLE_NOUNS:  # ('the fly-half': a role the tokenizer split at its hyphen)
            earlier = self._described_as(words[-1], m.start)
            return f if earlier is None else Found(f.start, f.end, f.paragraph, f.kind,
                                                   Mention(earlier, m.start, m.end, "descriptor"), f.cue, f.confidence)
        earlier = self.registry.by_role(role, len(self.art.text) if headline else m.start, people=True, named_too=True)
        if earlier is None and m.entity.key.startswith("role:") and not headline:
            earlier = self._undescribed_subject_before(m.start, words[-1])
        if earlier is None or earlier is m.entity or _other_party(words[1:-1], earlier):
            return f
        at = self.art.paragraph_at(m.start)
        houses = [t.lower_ for t in (self.art.tokens(at, m.start, m.end)[1:-1] if at is not None else [])
                  if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "LOC") and t.lower_ not in _PARTY_WORDS]
        if described_elsewhere(earlier, houses):
            return f  # 'the Rovers manager' is not 'Port Kellan manager Gary Hollins' ('the Texas senator' is Cruz)
        return Found(f.start, f.end, f.paragraph, f.kind, Mention(earlier, m.start, m.end, "descriptor"), f.cue, f.confidence)

    def _named_body(self, f: Found) -> Found:
        """'The commission announced' after 'the Central Vote Commission building': a public body or company called
        by its bare noun is the one the article named with that word before (the last such name); 'the finance
        ministry said', with none named, is the finance ministry, not 'ministry'."""
        m = f.mention
        if m is None or m.start < 0 or m.entity.kind != "organisation" or not m.entity.key.startswith("org:"):
            return f
        noun = m.entity.name.lower()
        if " " in noun or noun not in _NAMED_BODY_NOUNS:
            return f
        text = self.art.text
        before = re.search(r"(?i)\b(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,2})$", text[max(0, m.start - 60) : m.start])
        if before is None and not text[m.start : m.end].lower().startswith(("the ", "its ", "their ")):
            return f
        said = (before.group(1).split() if before is not None else []) + text[m.start : m.end].split()[1:-1]
        title = noun[:1].upper() + noun[1:]
        names = [n.group(0) for n in re.finditer(
            rf"\b(?:[A-Z][\w'’&-]+ ){{1,4}}{title}\b(?: of(?: the)?(?: [A-Z][\w'’-]+){{1,4}})?|\b{title} of(?: the)?(?: [A-Z][\w'’-]+){{1,4}}",
            text[: m.start])]
        names = [n for n in names if all(w.lower() in n.lower() for w in said)]
        if names:
            entity = self.registry.organisation(names[-1])
        elif said:
            entity = self.registry.organisation(" ".join(said + [noun]))
        else:
            return f
        return Found(f.start, f.end, f.paragraph, f.kind, Mention(entity, m.start, m.end, "descriptor"), f.cue, f.confidence)

    def _described_as(self, noun: str, at: int) -> "Entity | None":
        """The person named last before ``at``, when their description has ``noun`` as its head ('centre' for
        'Their centre, Kofi Mensah'; not 'director of the centre').

        Only the person named last: in a list of people ('... the actor held a fake audition') the description
        may be of someone named earlier, and the one just named is who the article is on. Not a thing that speaks
        ('The book accuses Bob')."""
        noun = noun.lower()
        if noun in lx.THING_VOICES or noun in lx.SPEAKING_DOCUMENTS or noun in _DOCUMENT_NOUNS:
            return None
        last = next((e for _, e in self.registry.latest(at) if e.kind == "person"), None)
        if last is not None and any(d.lower().split(",")[0].split(" of ")[0].split()[-1:] == [noun]
                                    for d in last.descriptions):
            return last
        return None

    def _undescribed_subject_before(self, at: int, role: str) -> "Entity | None":
        """'Callum Ridgewell scored in the 89th minute. "...," the Rovers captain said': no one was described as the
        captain, and the person the sentence before was about, described as nothing yet, is who the role means.

        Not when the role came in as someone new since ('Ebeling was greeted by an organizer. "...," the
        organizer told them'): 'the organizer' is that one."""
        for offset, entity in self.registry.latest(at, subjects_only=True):
            if entity.kind != "person":
                continue
            between = self.art.text[offset:at]
            near = at - offset <= 300 and not between.count("\n\n") > 1
            if re.search(rf"(?i)\b(?:an?|another|one)\s+(?:[\w-]+\s+){{0,2}}{re.escape(role)}\b", between):
                return None
            undescribed = all(re.fullmatch(r"aged \d+", d) for d in entity.descriptions)  # an age is no role
            return entity if near and undescribed else None
        return None

    def _written_in(self, found: Sequence[Found]) -> list[tuple[int, str, Entity]]:
        """(offset, document noun, writer) for each report made in a document: 'In a letter to parents, the head
        teacher, Helen Oduya, wrote that ...' makes a later 'the letter reads' Helen Oduya's."""
        out = []
        for f in found:
            if f.cue is None or f.mention is None or f.mention.entity.kind not in ("person", "organisation"):
                continue
            cue = next(iter(self.art.tokens(f.paragraph, f.cue[0], f.cue[1])), None)
            if cue is None or cue.idx + self.art.base[f.paragraph] != f.cue[0]:
                continue
            for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "in"):
                for doc_noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in _DOCUMENT_NOUNS):
                    out.append((self.art.base[f.paragraph] + doc_noun.idx, doc_noun.lower_, f.mention.entity))
        for index, kind in enumerate(self.kinds):
            if kind != "body":
                continue
            p = self.art.paragraphs[index]
            lowered = self.art.text[p.start : p.end].lower()
            if not any(noun in lowered for noun in _DOCUMENT_NOUNS):
                continue  # (every token of the body would be asked: a paragraph naming no document is skipped whole)
            for tok in self.art.all_tokens(index):
                # 'An internal email sent last month by the chief operating officer, Gareth Pellow,': his email
                if tok.lower_ in _DOCUMENT_NOUNS and tok.pos_ == "NOUN" and (author := author_of(tok)) is not None:
                    m = self.resolver.resolve(author, self.art.base[index])
                    if m is not None and m.entity.kind in ("person", "organisation"):
                        out.append((self.art.base[index] + tok.idx, tok.lower_, m.entity))
        return sorted(out, key=lambda x: x[0])

    def _document_maker(self, f: Found, written: Sequence[tuple[int, str, Entity]] = ()) -> Found:
        """'The Officials Board said it stood by the decision. "...," the statement said': the statement is the
        words of the organisation that spoke just before it (within 300 characters), or of whoever was reported
        writing in it ('In a letter to parents, Helen Oduya wrote that ... . "...," the letter reads')."""
        m = f.mention
        if m is None or m.start < 0 or m.entity.name.lower() not in _DOCUMENT_NOUNS:
            return f
        if not self.art.text[m.start : m.end].lower().startswith(("the ", "this ", "that ")):
            return f
        noun = m.entity.name.lower()
        writer = next(((o, e) for o, n, e in reversed(written) if o < m.start and n == noun and m.start - o < 800), None)
        if writer is not None and not re.search(rf"(?i)\b{re.escape(noun)}\b", self.art.text[writer[0] + len(noun) : m.start]):
            # (no other email between: 'a fundraising email sent out by Sanders ... Clinton's campaign sent out an email')
            return Found(f.start, f.end, f.paragraph, f.kind, Mention(writer[1], m.start, m.end, "descriptor"), f.cue,
                         f.confidence)
        if noun in _SENT_ONLY:
            return f  # an email is its writer's, not the words of an organisation named just before
        maker = next(((o, e) for o, e in self.registry.latest(m.start, subjects_only=True)
                      if e.kind in ("organisation", "person") and e is not m.entity), None)
        if maker is None or maker[1].kind != "organisation" or m.start - maker[0] > 300:
            return f  # only an organisation that spoke just before: a person's 'letter' is often one sent to them
        maker = maker[1]
        return Found(f.start, f.end, f.paragraph, f.kind, Mention(maker, m.start, m.end, "descriptor"), f.cue, f.confidence)

    def _not_named_inside(self, f: Found) -> Found:
        """A direct quote whose pronoun ('he says') was taken to mean someone its own words name in the third person
        ('"Nathan has the best palate of anyone I've worked with," he says later', after Nathan Oduya tasted a sauce):
        the next person the pronoun can mean. One does not speak of oneself by name."""
        m = f.mention
        if f.kind != "direct" or m is None or m.resolution != "pronoun" or m.start < 0 or m.entity.kind != "person":
            return f
        if not named_in(m.entity, self.art.text[f.start : f.end], self.registry, part=0):
            return f  # (by first name only: a surname in one's own words is often one's company or supporters)
        pronoun = self.art.text[m.start : m.end].lower()
        other = self.registry.antecedent(pronoun, m.start, exclude=m.entity) if pronoun in ("he", "she") else None
        return f if other is None else Found(f.start, f.end, f.paragraph, f.kind, Mention(other, m.start, m.end, "pronoun"),
                                             f.cue, f.confidence)

    def _named_later(self, f: Found) -> Found:
        """'its chief executive warned ...' and later 'Ingrid Maas, who became chief executive, said': the one
        person the article describes with that role is who the role meant (only when there is exactly one). So is
        an unnamed professional in the first paragraph ('A lawyer for the widow told jurors ...' and later 'Gabriel
        Ostrander, a veteran trial lawyer who represents the family'): a lede names the role, the story the person."""
        m = f.mention
        if m is None:
            return f
        lede = m.entity.kind == "anonymous" and f.paragraph == self._first_body and m.start >= 0 and (
            role := _professional_role(m.entity.name)) is not None
        if lede:
            later = [p for p in self.registry.people if p.kind == "person" and self.registry.first_offset(p) > m.end]
            holders = [p for p in later if any(re.search(rf"\b{role}\b", d.lower()) for d in p.descriptions)]
            # (the role's own word first: 'a veteran trial lawyer', not 'Defense attorney Lydia Parkhurst')
            holders = holders or [p for p in later if any(holds_role(d, role) for d in p.descriptions)]
            if len(holders) == 1:
                return Found(f.start, f.end, f.paragraph, f.kind, Mention(holders[0], m.start, m.end, "descriptor"), f.cue,
                             f.confidence)
            return f
        if not m.entity.key.startswith("role:"):
            return f
        words = [w for w in m.entity.name.lower().split() if w not in ("the", "its", "their", "his", "her", "a", "an")]
        role = " ".join(words)
        if not role:
            return f
        holders = [p for p in self.registry.people if p is not m.entity
                   and any(re.search(rf"\b{re.escape(role)}\b", d.lower()) for d in p.descriptions)
                   and (" " in role or any(holds_role(d, role) for d in p.descriptions))]  # not 'shadow minister' for 'minister'
        if len(holders) != 1:
            return f
        return Found(f.start, f.end, f.paragraph, f.kind, Mention(holders[0], m.start, m.end, "descriptor"), f.cue, f.confidence)

    def _threaded(self, posts: list[Found]) -> list[Found]:
        """The next posts of a thread ('(3/7) ...' right after '(1/7) ...') are by the thread's author.

        So is a later post of the same thread after words of the article between them ('(1/7) ...
        And later, as the night wore on: (7/7) ...'): the same count and a higher number.
        """
        out: list[Found] = []
        threads: dict[str, tuple[int, Found]] = {}  # the count of a thread -> its last numbered post with an author
        for post in posts:
            text = self.art.text[post.start : post.end]
            before = out[-1] if out else None
            position = thread_position(text)
            earlier = threads.get(position[1]) if position is not None and position[1] else None
            if (post.mention is not None and post.mention.resolution == "unresolved" and position is not None
                    and earlier is not None and earlier[0] < position[0]):
                before = earlier[1]
            elif not (before is not None and not self.art.text[before.end : post.start].strip(" \n\t-–—")):
                before = None
            if (before is not None and before.mention is not None and post.mention is not None
                    and post.mention.resolution == "unresolved" and before.mention.resolution != "unresolved"
                    and has_thread_marker(text)):
                m = before.mention
                post = Found(post.start, post.end, post.paragraph, post.kind, Mention(m.entity, m.start, m.end, "adjacent"),
                             post.cue, before.confidence)
            if position is not None and position[1] and post.mention is not None and post.mention.resolution != "unresolved":
                threads[position[1]] = (position[0], post)
            out.append(post)
        return out

    def _introduced(self, post: Found) -> Found:
        """A pasted post with no visible account, introduced by the sentence before it
        ('The mayor, Tomas Feld, posted a thread on Monday:', 'Feld wrote on Facebook:') is by
        that sentence's subject."""
        if post.mention is None or post.mention.resolution != "unresolved" or post.paragraph == 0:
            return post
        index = post.paragraph - 1
        if self.kinds[index] != "body" or index >= len(self.art.docs):
            return post
        sents = self.art.sents(index)
        if not sents:
            return post
        # the last sentence, or the two last ones: 'X posted a thread. Its first post read:'
        last = [t for sent in sents[-2:] for t in sent]
        platform = re.search(r"(?i)\b(?:on (?:x|twitter|facebook|instagram|bluesky|mastodon|threads|tiktok|linkedin|telegram)|"
                             r"(?:a|the|this) (?:thread|post|tweet|message|statement))\b|:\s*$", sents[-1].text)
        if platform is None and len(sents) > 1:
            platform = re.search(r"(?i)\b(?:a|the|this) (?:thread|post|tweet|message)\b", sents[-2].text)
        verb = next((t for t in reversed(last) if t.pos_ == "VERB" and lemma_of(t).lower() in _POSTING_VERBS), None)
        if verb is None and platform is not None and re.search(r"(?i)\bin a (?:thread|post|tweet)\b", sents[-1].text):
            verb = sents[-1].root  # 'Dr Ines Varga set out her concerns in a thread.': whoever did it in the thread
        if platform is None or verb is None:
            return post
        subj = subject_of(verb)
        mention = self.resolver.resolve(subj, self.art.base[index]) if subj is not None else None
        if mention is None or mention.entity.kind not in ("person", "organisation", "group"):
            return post
        mention.resolution = "adjacent"
        return Found(post.start, post.end, post.paragraph, post.kind, mention, post.cue, 0.8)

    def _headline_person(self) -> str | None:
        """The one person the title names in full ('The slow homecoming of Joel Amberley'), if any."""
        titles = [i for i, kind in enumerate(self.kinds[:2]) if kind == "title"]
        names = {e.text for i in titles for e in self.art.docs[i].ents if e.label_ == "PERSON" and len(e) >= 2}
        body = self.art.paragraphs[titles[-1]].end if titles else 0
        # (named again in the body: not a headline's words run into a name, 'Ben Carson Defends')
        return names.pop() if len(names) == 1 and self.art.text.find(next(iter(names)), body) >= 0 else None

    def _byline_author(self) -> str | None:
        """The one author a byline near the top names ('By Harriet Osei'): who 'I' is in a column. None for no
        byline or several authors."""
        for p in self.art.paragraphs[:4]:
            if self.kinds[p.index] != "boilerplate":
                continue
            m = _BYLINE_NAME.match(self.art.text[p.start : p.end].strip())
            if m is not None and not re.search(r"(?i)\s(?:and|&)\s", m.group(0)):
                return m.group(1)
        return None

    def _register_people(self, quoted: Sequence[tuple[int, int]]) -> None:
        self.registry.elected = elected_names(self.art.text)
        self.registry.author_name = self._byline_author()
        self.registry.headline_name = self._headline_person()
        for index, doc in enumerate(self.art.docs):
            base = self.art.base[index]
            self._register_nicknamed(index, quoted)
            for ent in doc.ents:
                # (asked below again and again: a span joins its words, finds its root and names its label anew each time)
                ent_text, root, label = ent.text, ent.root, ent.label_
                if inside(base + ent.start_char, quoted) or len(ent_text) < 2:
                    continue
                if label in ("ORG", "GPE", "NORP") and all(t.pos_ == "PROPN" for t in ent):
                    self.registry.candidate(ent_text)
                if is_dateline(ent):
                    continue  # 'TALLBERG, 14 March 2027 — ...': the place a story was filed from, no source
                if ent_text.replace(".", "").upper() in lx.POSTNOMINALS:
                    continue  # 'KC' in 'Rebecca Anand KC': the person is registered with the tokens below
                if label in ("ORG", "GPE") and (known := self._known_surname(ent)) is not None:
                    # 'Olsen-Diaz ended the call' after 'Marguerite Olsen-Diaz said': the tagger took her surname
                    # for a company (or 'Adeyemi' for a place); a person already named is who it is
                    person, subject = known
                    self.resolver.note(base + ent.start_char, person, subject and not _inside_reported_clause(root, base, quoted))
                    continue
                if (label == "ORG" and not is_subject(ent) and is_corporate(ent_text) and len(ent) > 1
                        and self.kinds[index] == "body" and self.registry.known_person(ent_text) is None):
                    # 'Shares in Halcyon Foods fell 11 per cent. The company said ...': a company named in passing is
                    # what a later 'the company' means (not a subject: 'it said' still looks for a speaker first)
                    org = self.registry.organisation(org_name(ent))
                    if org.key in self.registry.it_only or not self.registry.mentioned(org):
                        self.registry.it_only.add(org.key)  # never 'they' ('Pfizer's deal ... sparked criticism ... They')
                    self.resolver.note(base + ent.start_char, org, False)
                    continue
                if (label == "ORG" and len(ent) > 1 and root.dep_ == "pobj" and root.head.lower_ in ("for", "at")
                        and root.head.head.pos_ == "NOUN" and self.kinds[index] == "body"
                        and (lemma_of(root.head.head).lower() in lx.ROLE_NOUNS
                             or lemma_of(root.head.head).lower() in lx.HUMAN_NOUNS)
                        and self.registry.known_person(ent_text) is None and not misread_person(ent)):
                    # 'Lawyers for Redfern Midstream said', 'a spokesperson for Halden Foods': the body they speak for
                    # is what a later 'the company' means
                    org = self.registry.organisation(org_name(ent))
                    self.registry.it_only.add(org.key)
                    self.resolver.note(base + ent.start_char, org, False)
                    continue
                if (label == "ORG" and not is_subject(ent) and len(ent) > 1
                        and (root.lower_ in lx.ORG_NOUNS or root.lower_ in lx.SECTOR_NAME_WORDS["force"])
                        and self.kinds[index] == "body"):
                    # 'The objection comes from the Bellmoor Flood Families Association': what a later 'the association
                    # says' means, when no association was a subject; no antecedent for 'it' or 'they'
                    self.registry.in_passing.append((base + ent.start_char, self.registry.organisation(org_name(ent))))
                if label == "GPE" and len(ent) > 1 and (
                        ent[-1].lower_ in lx.SECTOR_NAME_WORDS["club"] or ent[-1].lower_ == "county") and (
                        self.kinds[index] == "body"):
                    # 'Castlemere City have rejected a bid, the club said': a club tagged as a place is what a later
                    # 'the club' means, 'Delmore County' what 'according to the county' does (no antecedent for 'it')
                    self.registry.in_passing.append((base + ent.start_char, self.registry.organisation(ent_text)))
                if label == "ORG" and is_subject(ent) and not misread_person(ent):
                    # 'Eastbrook Water Company rejected the claims. "...," it said.': the organisation is what 'it' can be
                    self.resolver.note_organisation(ent, base)
                    continue
                if label != "PERSON" and not misread_person(ent) and split_surname(root) is None:
                    continue  # (a given name whose surname the parser cut off is a person however tagged)
                if not any(t.text[:1].isupper() for t in ent):
                    continue  # 'a mobile van' tagged PERSON: a name has a capital
                if len(ent) == 1 and self.kinds[index] in ("title", "heading") and label == "PERSON":
                    continue  # 'Wildfire latest': a one-word "person" in a headline is a headline word
                if (len(ent) == 1 and label == "PERSON" and a_place_phrase(root) and ent_text.lower() not in GIVEN_NAMES
                        and self.registry.known_person(ent_text) is None):
                    continue  # 'a rope works on the edge of Tollcaster': a one-word "person" in a place phrase is the place
                if len(ent) == 1 and label == "PERSON" and ent_text.lower().endswith(_NOUN_ENDINGS) and (
                        ent_text.lower() not in GIVEN_NAMES):
                    continue  # 'Attendance, he said, has grown': a common noun tagged as a person at a sentence's start
                dashed = name_before_dash(root.head) if root.dep_ == "poss" else None
                if dashed is not None:
                    # 'Deborah Jordan Reynolds - Santilli's girlfriend - said': two people run into one entity; the
                    # one before the dash is who the role describes and, as its subject, who a later 'she' may be
                    first = self.resolver.resolve(root.head, base)
                    if first is not None:
                        self.resolver.note(first.start, first.entity, root.head.dep_ in ("nsubj", "nsubjpass") and not (
                            _inside_reported_clause(root, base, quoted)))
                mention = self.resolver.register_person(root, base)
                reported = _inside_reported_clause(root, base, quoted)
                # 'Feld added that Corvane had promised ...': the reporter, not the one reported on, is who a
                # following 'he says' most likely means
                # ('For now, Keane's attention is on the final. He says': the subject's owner is who it is about)
                owner = (label == "PERSON" and root.dep_ == "poss" and not any(
                             t.lower_ in lx.ORG_NOUNS or t.lower_ in _INSTITUTION_WORDS for t in ent)
                         and not is_corporate(ent_text) and root.head.dep_ in ("nsubj", "nsubjpass")
                         and root.head.head.dep_ == "ROOT" and root.head.lower_ not in ("deal", "company", "firm"))
                self.resolver.note(mention.start, mention.entity, (is_subject(ent) or owner) and not reported)
            # (the tags' numbers, read for the whole paragraph at once: a tag's name is a new string each time, and
            # even ``tok.pos`` makes a new Python enum member)
            for tok, (pos, dep) in zip(self.art.all_tokens(index), doc.to_array([POS, DEP]).tolist()):
                if pos not in _NAME_OR_NOUN:
                    continue  # every test below is of a name or a noun (this loop runs on every token)
                if (name := postnominal_name(tok)) is not None and not inside(base + tok.idx, quoted):
                    # 'Rebecca Anand KC told the court': tagged as a place and an organisation, a person with letters
                    # after; a subject for later pronouns only as one ('a Martin Luther King Jr. celebration' is not)
                    mention = self.resolver.register_person(name, base)
                    self.resolver.note(mention.start, mention.entity, tok.dep_ in ("nsubj", "nsubjpass"))
                    continue
                if (tok.lower_ in ("campaign", "office") and tok.dep_ == "compound" and tok.i > 0
                        and (owner := tok.nbor(-1)).dep_ == "compound" and owner.head.i in (tok.i, tok.head.i)
                        and owner.pos_ == "PROPN"
                        and lemma_of(tok.head).lower() in lx.ROLE_NOUNS and not inside(base + tok.idx, quoted)):
                    # 'Harwell campaign spokeswoman Joanna Reyes said': the campaign is named in passing, so a later
                    # 'The campaign also said' is the Harwell campaign
                    self.registry.in_passing.append((base + owner.idx, self.registry.organisation(f"{owner.text} {tok.lower_}")))
                if pos != symbols.PROPN and dep not in _SUBJECT_OR_APPOSITION:
                    continue  # every test below is of a name, a subject or an apposition: most nouns are none
                if dep not in _SUBJECTS:
                    # a name or an apposition that is no subject: of the tests below, only the untagged person's can hold
                    self._register_untagged(tok, base, quoted)
                    continue
                if (pair := self._named_pair(tok, base, quoted)) is not None:
                    # 'Stephen and Joanne Marsh lost their kitchen. "...," they said.': the couple is who 'they' means
                    self.resolver.note(pair[0], pair[1], True)
                named = appositive_name(tok) if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" else None
                if named is not None and named.ent_type_ != "PERSON" and not inside(base + named.idx, quoted):
                    # 'A resident of Thornfold, Jess Marlow, told us': the name beside the subject, however tagged
                    mention = self.resolver.register_person(named, base)
                    self.resolver.note(mention.start, mention.entity, True)
                if (org := self._described_organisation(tok, base, quoted)) is not None:
                    # 'Lumenfold, a hardware start-up, unveiled ...': a name the tagger left unmarked, set beside what
                    # it is; a later 'the company said' means it
                    self.resolver.note(base + tok.idx, org, True)
                    continue
                if (tok.lower_ in lx.ORG_NOUNS and tok.dep_ == "nsubj" and tok.tag_ == "NN"
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                        and not any(c.dep_ in ("poss", "compound") for c in tok.children)
                        and is_cue(tok.head) and not inside(base + tok.idx, quoted)):
                    # 'The office said Benedetti's plan would cost ... . It described its estimate as "..."': the
                    # office named before speaks, and is what 'it' means (not 'they': a body named by its noun)
                    # (looked up, not resolved: an unnamed 'company' made now would outrank the name found later)
                    earlier = self.registry.by_role(lemma_of(tok).lower(), base + tok.idx, people=False, named_too=True)
                    if earlier is not None and earlier.kind == "organisation" and earlier.name[:1].isupper():
                        self.resolver.note(base + tok.left_edge.idx, earlier, True)
                        self.registry.it_only.add(earlier.key)
                        continue
                if (tok.dep_ == "nsubj" and tok.tag_ == "NN" and tok.lower_ in lx.ORG_NOUNS and tok.head.dep_ == "ROOT"
                        and not is_cue(tok.head) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                        and not any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in tok.children)
                        and not inside(base + tok.idx, quoted) and self.kinds[index] == "body"):
                    # 'The regional transport board wants to cut the ferry, a plan it describes as "..."': an unnamed
                    # body the sentence is about is what its 'it' means (a named one is noted with its name above)
                    mention = self.resolver.resolve(tok, base)
                    if mention is not None and mention.entity.kind == "organisation":
                        self.resolver.note(mention.start, mention.entity, True)
                        self.registry.it_only.add(mention.entity.key)
                        continue
                if (tok.dep_ == "nsubj" and tok.pos_ == "NOUN"
                        and any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in tok.children)
                        and lemma_of(tok).lower() in lx.ORG_NOUNS and (is_cue(tok.head) or (
                            tok.head.dep_ == "ROOT" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)))
                        and not inside(base + tok.idx, quoted)):
                    # "The UN's human rights office said it had documented ..., a figure it said was "...": an
                    # organisation the tagger did not mark, speaking; the 'it' after it is the office (so is 'The
                    # Playhouse's board has backed the production. In a statement, it said ...': the sentence's subject)
                    mention = self.resolver.resolve(tok, base)
                    if mention is not None and mention.entity.kind == "organisation":
                        self.resolver.note(mention.start, mention.entity, True)
                    continue
                if (tok.dep_ == "nsubj" and tok.tag_ == "NN" and tok.lower_ in lx.SPEAKING_DOCUMENTS
                        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "a") for c in tok.children)
                        and is_cue(tok.head) and not inside(base + tok.idx, quoted)
                        and not _inside_reported_clause(tok, base, quoted)):
                    # 'The six-page document argues that ... . It warns that ...': the document is what 'it' means
                    mention = self.resolver.resolve(tok, base)
                    if mention is not None and mention.entity.kind in ("unknown", "anonymous"):
                        self.registry.documents.add(mention.entity.key)
                        self.resolver.note(mention.start, mention.entity, True)
                    continue
                if (tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NN", "NNP") and tok.lower_ in lx.ROLE_NOUNS
                        and (role := _the_role(tok)) is not None and not any(
                            c.dep_ == "prep" for c in tok.children) and not inside(base + tok.idx, quoted)
                        and not _inside_reported_clause(tok, base, quoted)
                        and (holder := self.registry.by_role(role, base + tok.idx) or self.registry.profiled()) is not None):
                    # 'The minister smiled thinly. "...," she said': the minister named before is who 'she' is (and
                    # 'The chief executive was unapologetic. "...," he said': the one named chief executive)
                    self.resolver.note(base + tok.idx, holder, True)
                    continue
                if (tok.dep_ in ("nsubj", "nsubjpass") and seat_of(tok) and not inside(base + tok.idx, quoted)
                        and not _inside_reported_clause(tok, base, quoted)
                        and (seated := self.resolver.resolve(tok, base)) is not None):
                    # 'The member for Eastbrook was next on her feet. "...," she told the chancellor'
                    self.resolver.note(seated.start, seated.entity, True)
                    continue
                if (tok.dep_ == "nsubj" and tok.tag_ == "NN" and tok.head.dep_ == "ROOT" and tok.lower_ in KIN_NOUNS
                        and not inside(base + tok.idx, quoted)
                        and (kin := self.resolver.kin_of(tok, base)) is not None):
                    # 'Her brother was blunter. "...," he said': the brother introduced before is who the next 'he' is
                    self.resolver.note(kin.start, kin.entity, True)
                    continue
                if (tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.head.pos_ in ("AUX", "VERB") and tok.head.dep_ == "ROOT"
                        and (lemma_of(tok).lower() in lx.HUMAN_NOUNS or lemma_of(tok).lower() in lx.ROLE_NOUNS)
                        and not inside(base + tok.idx, quoted) and not _inside_reported_clause(tok, base, quoted)):
                    # 'Analysts at Fenwick Capital were more cautious. They believe ...': people the sentence is
                    # about are who the next 'they' most likely means, speaking or not
                    mention = self.resolver.resolve(tok, base)
                    if mention is not None and mention.entity.kind == "group":
                        self.resolver.note(mention.start, mention.entity, True)
                    continue
                if dep == symbols.nsubj and (named := _name_given_as(tok)) is not None and not inside(base + named.idx, quoted):
                    # 'A witness who gave her name only as Shannon said ...': the witness is Shannon, whom a later
                    # 'she said' means
                    mention = self.resolver.register_person(named, base)
                    self.resolver.note(mention.start, mention.entity, True)
                    continue
                if self._unnamed_speaker(tok, base, quoted):
                    # 'Another witness, a delivery driver, said the riders ... . "...," he said.': an unnamed
                    # person reporting something is who the next 'he' or 'she' most likely means; the reported
                    # speech pass that gives the words to them comes later, so they are noted now
                    self.resolver.resolve(tok, base)
                    continue
                if self._register_untagged(tok, base, quoted):
                    continue
                # 'Hale, 31, said he had apologised': an untagged capitalised name that is the subject of a
                # speech verb is a person the later reported-speech pass will name; noted now, so that a
                # quote's 'he said' after it finds him and not an earlier speaker.
                # So is a first name or surname alone of a person already named ('In the evening, Tomás
                # brought the ferry in. "Habit," he said.'), whatever the verb and however it was tagged.
                # The tagger may read a surname as a common noun ('Maas pushed back'): a known one counts too.
                # ('Okafor-Brennan, still soaked, struggled': a hyphenated surname is one name, its first part no
                # given name)
                first = _hyphen_start(tok)
                if (tok.dep_ != "nsubj" or tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ == "PERSON"
                        or not tok.text[:1].isupper() or tok.lower_ in lx.ORG_NOUNS
                        or any(c.dep_ in ("compound", "conj", "cc", "det") and c.lower_.rstrip(".") not in _TITLE_WORDS
                               and not first.i <= c.i < tok.i for c in tok.children)  # 'Mr Ellery said' still counts
                        or inside(base + tok.idx, quoted)):
                    continue
                name = self.art.text[base + first.idx : base + tok.idx + len(tok)]
                if self.registry.known_person(name) is not None:
                    # the one named last before, or the one the title fits ('Dr Varnholt' is the chemist)
                    known, _ = self.registry.person(name, at=base + first.idx, title=title_before(first))
                    # (inside what someone reports, 'told a station that she would always consider Quinn "...",
                    # the name is what was reported, not who a later 'she' is)
                    self.resolver.note(base + first.idx, known, not _inside_reported_clause(tok, base, quoted))
                elif (tok.pos_ == "PROPN" and not tok.ent_type_ and lemma_of(tok.head).lower() in lx.SPEECH_LEMMAS
                      and not (tok.head.dep_ == "ccomp" and is_cue(tok.head.head))):
                    # not the subject of a reported clause ('Feld added that Corvane had promised'): what was
                    # reported, not who speaks next
                    mention = self.resolver.register_person(tok, base)
                    self.resolver.note(mention.start, mention.entity, True)

    def _register_untagged(self, tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """Register ``tok`` as a person the tagger did not mark as one, when it is one: a name with a given name
        before it, a first name with an age or with a role; True when it was."""
        if not (self._untagged_person(tok, base, quoted) or self._named_with_age(tok, base, quoted)
                or self._first_name_with_role(tok, base, quoted)):
            return False
        mention = self.resolver.register_person(tok, base)
        # 'Her son, Paulo, 30, disagreed': a name beside the subject is the subject too
        # (and a subject as is_subject reads one: 'For Gwen Tallis, ...,' too)
        subject = (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")) or is_subject(tok.doc[tok.i : tok.i + 1])
        self.resolver.note(mention.start, mention.entity, subject)
        return True

    def _known_surname(self, ent: "SpacySpan") -> "tuple[Entity, bool] | None":
        """The person already named whose full name or surname ``ent`` is, with whether it is a subject here.

        Only the full name, or a one-word surname (hyphens allowed) that one person alone bears; a subject when it
        is the sentence's subject, or its root when the parser hung the verb under it ('Adeyemi, 47, conceded').
        """
        if not all(t.pos_ == "PROPN" or t.text in ("-", "‐") or (t.pos_ == "NOUN" and t.text.istitle()) for t in ent) or (
                len(ent.text) < 3):
            return None  # ('Ruiz-Tanaka then turned to Halvorsen' with 'Ruiz' tagged a noun)
        if " " in ent.text:  # 'Chidi Hale paused' after 'her son, Dr Chidi Hale': the full name again
            known = self.registry.known_person(ent.text)
            if known is None or known.kind != "person" or known.name.lower() != ent.text.lower():
                return None
        else:
            bearers = self.registry.surname_bearers(ent.text)
            word = age_word(ent.root) if len(bearers) > 1 else None
            if word is not None and (older := pick_by_age(bearers, word)) is not None:
                bearers = [older]  # 'The elder Novak, now 91, said' after Anton Novak and his son Pavel Novak
            if len(bearers) != 1:
                return None  # 'Trump' after Donald and Ivanka Trump: whichever is meant, not the last named
            known = bearers[0]
        root = ent.root
        subject = (root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT") or (
            root.dep_ in ("pobj", "npadvmod", "advmod", "dep") and is_subject(ent)) or (
            root.dep_ == "ROOT" and root.i == sentence_of(root).start and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in root.children))
        return known, subject

    def _named_pair(self, tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> "tuple[int, Entity] | None":
        """The group two or more people named together as a subject make ('Stephen and Joanne Marsh', 'Liam Ross
        and Dana Ferris'): the antecedent of a later 'they'. Only names (every word capitalised, at least one
        tagged a person), not 'Ross and his lawyers'."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN":
            return None
        conj = [c for c in tok.children if c.dep_ == "conj"]
        if len(conj) != 1 or not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
            return None
        if inside(base + tok.idx, quoted) or _inside_reported_clause(tok, base, quoted):
            return None
        words = tok.doc[tok.left_edge.i : conj[0].right_edge.i + 1]
        if not all(t.pos_ == "PROPN" or t.lower_ in ("and", ",") for t in words) or not any(
                t.ent_type_ == "PERSON" for t in words) or len(words) > 8:
            return None
        name = words.text
        entity = self.registry.entity(f"people:{name.lower()}", name, "group")
        return base + words.start_char, entity

    def _register_nicknamed(self, index: int, quoted: Sequence[tuple[int, int]]) -> None:
        """'Kevin "Kev the Bins" Blackwood': a person named with a nickname in quotation marks inside the name.

        The tagger sees two names either side of a quotation; the person is Kevin Blackwood, whom a later
        'said Blackwood' means.
        """
        p = self.art.paragraphs[index]
        for match in _NICKNAMED.finditer(self.art.text, p.start, p.end):
            if inside(match.start(), quoted) or match[1].lower() not in GIVEN_NAMES:
                continue  # a given name opens it: not 'Trump "Lock her up" Susan' or 'the film "Heat" On Sunday'
            if len(match[2].split()) > 4 or re.search(r"[.!?,;:]", match[2]):
                continue
            name = f"{match[1]} {match[3]}"
            entity, _ = self.registry.person(name, at=match.start())
            entity.gender = entity.gender or gender_of_first_name(name)
            entity.describe(f"known as {match[2].strip()}")
            self.resolver.note(match.start(), entity, True)

    def _described_organisation(self, tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> "Entity | None":
        """An untagged proper-noun subject with an apposition saying it is a company, firm, charity ... ."""
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or inside(base + tok.idx, quoted):
            return None
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        if appos is None:
            return None
        words = {t.lower_ for t in appos.subtree} | {"".join(t.lower_ for t in appos.subtree if t.i >= appos.i - 2)}
        if not words & (lx.GENERIC_ORG_NOUNS | {"start-up", "startup", "company", "firm", "charity", "group", "agency"}):
            return None
        name = self.art.text[base + tok.left_edge.idx : base + tok.idx + len(tok)] if tok.left_edge.pos_ == "PROPN" else tok.text
        return self.registry.organisation(name)

    @staticmethod
    def _unnamed_speaker(tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """'Another witness ... said', 'a nurse told us': one unnamed person who is the subject of a speech verb.

        Not one who asks ('a young man asked Clinton why ... . "...," she said': the one asked answers), nor
        one who only would or could say something ('a thought that a real person would say').
        """
        if tok.dep_ != "nsubj" or tok.tag_ != "NN":  # (checked first: this runs on every token)
            return False
        verb = tok.head
        return (tok.pos_ == "NOUN"
                and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in tok.children)
                and (tok.lower_ in lx.HUMAN_NOUNS or tok.lower_ in lx.ROLE_NOUNS or who_clause(tok))
                and is_cue(verb)
                and lemma_of(verb).lower() in _REPORTING_OR_DESCRIBING  # 'described queuing for bread'
                and not any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had", "did", "does", "do")
                            for c in verb.children)
                and not inside(base + tok.idx, quoted))

    @staticmethod
    def _named_with_age(tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """'Margit, 71, sat wrapped in a blanket', 'Her son, Paulo, 30, disagreed': a name with an age.

        Features and disaster reports name residents by first name and age; the tagger calls such a
        name a place, an organisation or nothing. Names already tagged as people are registered anyway.
        """
        # ('Commuter Min-jun Park, 34, said': a full name the tagger took for a place with an age too)
        if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
            return False  # (cheap tests first: this runs on every token)
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or not doc[tok.i + 2].text.isdigit():
            return False  # the age comes right after the name
        return (tok.text[:1].isupper() and tok.text[1:].islower()
                and all(c.tag_ == "NNP" for c in tok.lefts if c.dep_ in ("compound", "flat")) and tok.dep_ != "compound"
                and not inside(base + tok.idx, quoted) and age_beside(tok))

    @staticmethod
    def _untagged_person(tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """A two- or three-word name the tagger missed, told by a given name or a role beside it:
        'Tomasz Wren, a baker, turned down the medal', 'Agnes Marlow said' (tagged an organisation)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "DATE", "EVENT") or tok.dep_ == "compound":
            return False
        # the tagger may call a given name a common noun ('Tomasz Wren, 58, runs'), or run a role into it ('Defender Milo Reyes')
        first = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")]
        if len(first) not in (1, 2) or not all(t.text[:1].isupper() for t in first + [tok]) or inside(base + tok.idx, quoted):
            return False
        if any(t.lower_ in _BODY_NOUNS for t in first + [tok]):
            return False
        given = any(t.lower_ in GIVEN_NAMES for t in first)
        role = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and any(d.lower_ in ("a", "an") for d in c.children)
                     and lemma_of(c).lower() not in _BODY_NOUNS), None)
        return (given and tok.dep_ in ("nsubj", "nsubjpass")) or role is not None

    @staticmethod
    def _first_name_with_role(tok: "Token", base: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """'Leyla, a teacher who ..., said she had come with her aunt': a single capitalised word set beside what
        the person is is a first name (the tagger may call it a common noun, a place or an organisation), and so
        is one after an age ('10-year-old Toby')."""
        if (tok.dep_ not in ("nsubj", "nsubjpass", "appos") or tok.ent_type_ in ("PERSON", "DATE", "EVENT")
                or not tok.text[:1].isupper() or not tok.text[1:].islower()):
            return False  # (cheap tests first: this runs on every noun)
        if inside(base + tok.idx, quoted):
            return False
        # 'Rosa's son, 10-year-old Toby, was stacking chairs' (tagged an organisation): an age before a first name
        aged = tok.dep_ == "appos" and any(c.lower_ == "old" and c.i < tok.i for c in tok.lefts)
        if aged:
            return True
        if tok.dep_ == "appos" and tok.lower_ in GIVEN_NAMES and tok.head.i < tok.i and tok.head.lower_ in KIN_NOUNS:
            return True  # 'Gallacher's wife, Isla, runs the shop' (no entity tag): the wife, named
        if tok.dep_ == "appos" or any(c.i < tok.i for c in tok.children):
            return False
        # 'Tamsin, a baker who asked that her surname not be used, reached the centre' (tagged a place): a role
        # or a person noun beside it says it is a person, whatever the verb
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in c.children)
                   and (lemma_of(c).lower() in lx.HUMAN_NOUNS or lemma_of(c).lower() in lx.ROLE_NOUNS or who_clause(c))
                   for c in tok.rights) and (not tok.ent_type_ or tok.ent_type_ in ("GPE", "ORG", "NORP", "LOC"))

    def _speaker(self, cue: "Token", paragraph: int) -> Mention | None:
        subj = subject_of(cue)
        if subj is None:
            return None
        return self.resolver.resolve(subj, self.art.base[paragraph])

    def _cue_span(self, cue: "Token", paragraph: int) -> tuple[int, int]:
        base = self.art.base[paragraph]
        if cue.lower_ == "according":
            to = next((c for c in cue.children if c.lower_ == "to"), None)
            if to is not None:
                return base + cue.idx, base + to.idx + len(to)
        return base + cue.idx, base + cue.idx + len(cue)

    def _head_window(self, q: MarkedQuote) -> list["Token"]:
        key = (q.paragraph, q.open_mark)
        if key not in self._heads:  # asked several times per quote; a sentence is far shorter than a paragraph can be
            self._heads[key] = self._compute_head_window(q)
        return self._heads[key]

    def _compute_head_window(self, q: MarkedQuote) -> list["Token"]:
        p = self.art.paragraphs[q.paragraph]
        toks = self.art.tokens(q.paragraph, max(p.start, q.open_mark - _REACH_CHARS), q.open_mark)
        while toks and toks[-1].is_space:  # 'in December 1992:\xa0"...': the colon still leads into the quote
            toks = toks[:-1]
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].text in _TERMINAL or toks[k].text in ("”", '"') and k < len(toks) - 1:
                return toks[k + 1 :]
        return toks

    def _tail_window(self, q: MarkedQuote) -> list["Token"]:
        p = self.art.paragraphs[q.paragraph]
        out: list["Token"] = []
        toks = self.art.tokens(q.paragraph, q.close_mark_end, min(p.end, q.close_mark_end + _REACH_CHARS))
        if self.art.text[q.start : q.end].rstrip().endswith(".") and toks and toks[0].text[:1].isupper():
            # '... campaign." Ohio Gov. John Kasich said ...': a new sentence, not this quote's cue;
            # but '... missing." Trump said.' is this quote's cue after a misplaced period.
            return _bare_attribution(toks)
        for t in toks:
            if t.text in ("“", '"', "‘"):
                break
            out.append(t)
            if t.text in _TERMINAL:
                break
        return out

    def _closing_attribution(self, q: MarkedQuote) -> "Token | None":
        """The cue of a short reporting clause that closes the sentence after a comma: '...," the senator said.'

        Such a clause attributes the quote before it, whatever cue the parser hung the quote's words on
        ('Nothing the president said "will assuage fears," the senator said': the president's 'said'
        is inside the reported words).
        """
        content = self.art.text[q.start : q.end].rstrip()
        tail = self._tail_window(q)
        if not tail or not (content.endswith(",") or tail[0].text == ","):
            return None
        words = [t for t in tail if not t.is_punct]
        if not words or len(words) > 6 or tail[-1].text not in _TERMINAL:
            return None
        cues = [t for t in words if is_cue(t)]
        return cues[0] if len(cues) == 1 and cues[0].dep_ != "relcl" else None

    def _kind(self, q: MarkedQuote) -> str:
        head = [t for t in self._head_window(q) if not t.is_punct or t.text in (",", ":", "):")]
        content = self.art.text[q.start : q.end]
        if q.continued or not head:
            return "direct"
        if (head[-1].text in (":", ",") or head[-1].text.endswith("):")) and content[:1].isupper():
            return "direct"
        p = self.art.paragraphs[q.paragraph]
        if head[-1].text == "," and _SPLIT_QUOTE_GAP.search(self.art.text, max(p.start, q.open_mark - 80), q.open_mark):
            return "direct"  # '"Then I invite her to do so," he said, "preferably in a vehicle she is fond of."'
        return "partial"

    def _attribute(
        self, q: MarkedQuote, quoted: Sequence[tuple[int, int]], previous: Found | None, last_by: dict[int, Found]
    ) -> Found | None:
        art = self.art
        base = art.base[q.paragraph]
        doc = art.docs[q.paragraph]
        kind = self._kind(q)
        content = art.text[q.start : q.end]
        # '"..." ― Ana Ruiz' (reader comments, epigraphs) and '... - HuffPollster: "..."' name the speaker outright
        label = (self._signed_here(q) or self._colon_label(q, after_dash=True) or self._words_of(q) or self._unsigned_post(q)
                 or self._note_from(q) or self._owned_words_before_colon(q))
        cue = governing_cue(doc, base, q.start, q.end, quoted, art.tokens(q.paragraph, q.start, q.end)) if label is None else None
        if cue is not None:
            cue = self._cue_before_colon(q, cue) or cue
            if cue.dep_ == "relcl" or any(c.dep_ == "neg" for c in cue.children):
                # 'Nothing the president said "will assuage fears," the senator said': the cue the words hang
                # on only describes them (a relative clause) or denies them; the closing clause attributes them.
                # ('Trump said: "...," the Times reported' keeps Trump: his 'said' is the report.)
                closing = self._closing_attribution(q)
                if closing is not None and cue.i < closing.i:
                    cue = closing
        governed = cue is not None
        weak = False
        forced: "Token | None" = None
        if cue is None and label is None:
            tail, head = self._tail_window(q), self._head_window(q)
            colon = bool(head) and head[-1].text in _INTRODUCING
            cue = window_cue(tail, last=False) or window_cue(head, last=True)
            loose_after = window_cue(tail, last=False, loose=True) if cue is None else None
            if loose_after is not None and kind == "partial" and (
                    held := governing_verb(doc, base, q.start, q.end)) is not None and (
                    (holder := subject_of(held)) is not None and person_like(holder) and holder.i < held.i
                    and lemma_of(held).lower() not in ("be", "have", "do") and self._viewpoint_holder(q) is None):
                # 'Ana Wilde decided not to recommend charges even though she found "evidence" that Voss broke the
                # rules': a person whose verb holds the words, before a verb that merely follows them
                cue, governed, weak = held, True, True
            cue = cue or (
                loose_after
                or (window_cue(head, last=True, loose=True, known=self._named_person) if colon else None)
                # 'X shared her worry with an audience in the Hamptons, "...', 'Hoff's letter makes the case: "...'
                or (
                    window_cue(head, last=True, loose=True, reach=len(head), documents=True)
                    if colon and kind == "direct" else None
                )
            )
            misread = _misread_cue(tail) if cue is None else None
            if misread is not None:
                cue, forced = misread
            if cue is None and kind == "partial":
                label = self._viewpoint_holder(q)  # 'To critics, the plan is "a giveaway"': the critics' view
            if cue is None and kind == "partial" and label is None:
                # 'According to his physician, he had "excellent" results and "will be the healthiest ..."': the
                # sentence is the physician's report, however far the words are from 'according to'
                qtoks = art.tokens(q.paragraph, q.start, q.end)
                cue = next((t for t in (art.sentence_tokens(qtoks[0]) if qtoks else ()) if t.lower_ == "according" and t.i + 1 < len(t.doc)
                            and t.nbor(1).lower_ == "to" and not inside(base + t.idx, quoted)), None)
                governed = cue is not None
            if cue is None and kind == "partial" and label is None:  # any verb with a subject governing the words: weaker
                cue = governing_verb(doc, base, q.start, q.end)
                governed = weak = cue is not None
        mention = label
        if cue is not None:
            window = [t for t in art.sentence_tokens(cue) if not inside(base + t.idx, quoted)]
            subj = subject_of(cue) if governed else None
            if subj is None or not (subj.i in {t.i for t in window}):
                subj = window_subject(cue, window)
            if forced is not None:
                subj = forced
            if subj is None and cue.tag_ == "VBG":  # 'X shared the news, writing "..."': the main clause's subject
                root = sentence_of(cue).root
                subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < cue.i and person_like(c)), None)
            if subj is None and kind == "partial" and (not governed or lemma_of(cue).lower() in lx.NOT_INVERTED_LEMMAS):
                # 'Trump summed up Clinton as "terrible," denounced her and said ...': the cue found nearby (or a
                # judging one the parser made the words' governor) has no subject it could give; the nearest verb
                # that governs the words has one
                verb = governing_verb(doc, base, q.start, q.end)
                holder = subject_of(verb) if verb is not None else None
                if holder is not None and person_like(holder):
                    subj, weak = holder, True
            qtoks = art.tokens(q.paragraph, q.start, q.end)
            outside = [t for t in art.sentence_tokens(qtoks[0]) if not inside(base + t.idx, quoted)] if qtoks else []
            subj = refine_subject(subj, cue, kind, governed, weak, qtoks, outside, self.registry)
            if subj is not None and _in_other_quote(base + subj.idx, q, quoted):
                # 'he thought that "Yellen is keeping rates too low" and that the result was an "economic bubble"
                # that could turn into a "very massive recession"': a subject inside other quoted words speaks
                # there, not here (a quote nested inside those words keeps it)
                subj = None
            mention = self.resolver.resolve(subj, base) if subj is not None else None
            if mention is not None and self._names_itself(q, subj, mention, qtoks):
                mention = None
            if mention is not None and mention.resolution == "pronoun" and kind == "direct":
                mention = self._answerer(q, mention, previous)
            if mention is not None and mention.resolution == "pronoun" and self._quote_only(q) and subj.lower_ in ("he", "she"):
                mention = self._unnamed_before(q, subj, mention, quoted)
            if weak and mention is not None and mention.resolution == "unresolved" and mention.entity.key == "unresolved:it":
                # 'It is the most fateful moment in a film ... orders his team to "stand down"': an 'it' that names
                # nothing, found only as the subject of the nearest verb, is no speaker
                mention = None
            if weak and kind == "partial" and (mention is None or mention.entity.kind not in ("person", "organisation")) and (
                    self._listed_after(q, previous, qtoks)):
                # 'a "shock jock," "an entertainer," but also a "new-media journalist"': words quoted in one list
                # are the words of whoever the first of them was attributed to, not of the list's subject
                mention = previous.mention
        if mention is None and cue is None:
            mention = self._colon_label(q)
        if mention is None and cue is None:  # 'Bill Clinton: Hillary 'Better Qualified'' (headline, no verb)
            name = headline_label(art.tokens(q.paragraph, q.start, q.end), self.registry)
            mention = self.resolver.resolve(name, base) if name is not None else None
        cue_span = self._cue_span(cue, q.paragraph) if cue is not None else None
        if mention is None and words(content) > 3 and not self._quote_only(q):
            # 'Wallnau wrote:' / 'I think this prayer timely ... what we should ask is "who has God anointed?"': a
            # paragraph a colon opened is the words of whoever the colon's sentence has speak, quotes in it too
            mention = self._introduced_by_colon(q)
        if mention is None:
            inherited = self._inherit(q, previous, last_by)
            if inherited is not None:
                mention, how = inherited
                if cue_span is None and previous is not None and how == "same":
                    cue_span = previous.cue
        if mention is None and cue is None and words(content) <= 3:
            return None  # a scare quote or a title, not a quote
        if mention is None and cue is None and kind == "partial" and words(content) <= 6:
            return None
        confidence = CONFIDENCE.get(mention.resolution, 0.5) if mention else 0.4
        if not q.closed:
            confidence *= 0.9
        if weak:
            confidence *= 0.7
        return Found(q.start, q.end, q.paragraph, kind, mention, cue_span, round(confidence, 2))

    def _listed_after(self, q: MarkedQuote, previous: Found | None, quote_tokens: Sequence["Token"]) -> bool:
        """True when ``q`` follows ``previous``, a partial quote with a speaker, in the same sentence with no cue
        between them."""
        if previous is None or previous.kind != "partial" or previous.mention is None or previous.paragraph != q.paragraph:
            return False
        if not quote_tokens or q.open_mark - previous.end > 120:
            return False
        sent = sentence_of(quote_tokens[0])
        base = self.art.base[q.paragraph]
        if base + sent.start_char > previous.start:
            return False
        between = [t for t in sent if previous.end <= base + t.idx < q.open_mark]
        return not any(is_cue(t) for t in between)

    @staticmethod
    def _names_itself(q: MarkedQuote, subj: "Token | None", mention: Mention, quote_tokens: Sequence["Token"]) -> bool:
        """True when the speaker found is the quote itself or a phrase around it.

        'Vane is the "kind-hearted and caring" man who saved the farm': 'who' is the man
        the quote describes, not the speaker of the description; nor is 'the "Jane The
        Virgin" actress' the speaker of the title inside her description.
        """
        if mention.start < q.end and q.start < mention.end:
            return True
        if subj is None or subj.lower_ not in ("who", "which", "that") or subj.head.dep_ != "relcl":
            return False
        antecedent = subj.head.head
        inside = {t.i for t in quote_tokens}
        return any(t.i in inside for c in antecedent.lefts for t in c.subtree)

    def _unsigned_post(self, q: MarkedQuote) -> Mention | None:
        """'One post read: "..."': words of a post the article names no account for are "unknown account"'s."""
        p = self.art.paragraphs[q.paragraph]
        match = _UNSIGNED_POST.search(self.art.text, max(p.start, q.open_mark - 40), q.open_mark)
        if match is None:
            return None
        entity = self.registry.entity("account:unknown", "unknown account", "unknown")
        return Mention(entity, match.start(), match.start() + len(match[0].rstrip(": ")), "unresolved")

    def _note_from(self, q: MarkedQuote) -> Mention | None:
        """'the first draft arriving with a note from Nell Carraway attached: "Sorry."': the note's writer speaks."""
        p = self.art.paragraphs[q.paragraph]
        match = _NOTE_FROM.search(self.art.text, max(p.start, q.open_mark - 120), q.open_mark)
        if match is None:
            return None
        entity, how = self.registry.person(clean_name(match[1]), at=match.start(1))
        return Mention(entity, match.start(1), match.end(1), how)

    def _cue_before_colon(self, q: MarkedQuote, governing: "Token") -> "Token | None":
        """A speech verb with a subject of its own right before the colon that opens the quote.

        'Cruz said as the heckler yelled: "You suck!"': the parser hangs the quote on 'said',
        but the words are the heckler's, introduced by 'yelled:'.
        """
        head = self._head_window(q)
        if len(head) < 3 or head[-1].text != ":":
            return None
        k = len(head) - 2
        while k > 1 and head[k].pos_ == "ADV":  # 'who responds enthusiastically: "Okay!"'
            k -= 1
        verb = head[k]
        if verb.i == governing.i or not is_cue(verb):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return verb if subj is not None and person_like(subj) else None

    def _colon_label(self, q: MarkedQuote, after_dash: bool = False) -> Mention | None:
        """``Clinton: "..."``, ``Pew Research: "..."``: a name right before a colon, no verb, labels the quote.

        ``after_dash``: only a name set off by a dash after a headline-style clause,
        whatever verbs that clause has (``Polls did predict it - HuffPollster: "..."``).
        """
        head = self._head_window(q)
        if len(head) < 2 or not (head[-1].text == ":" or head[-1].text.endswith("):")):
            return None  # (the tokenizer keeps '):' or 'S.C.):' as one token)
        if not after_dash:
            label = self._label_before_colon(head, q.paragraph)
            if label is not None:
                return label
        if after_dash:
            k = len(head) - 1
            while k > 0 and (head[k - 1].pos_ == "PROPN" or head[k - 1].lower_ in ("and", "&")):
                k -= 1
            if k == len(head) - 1 or k == 0 or head[k - 1].text not in ("-", "—", "–", "--"):
                return None
        named = len(head) - 2  # the word before the colon; before a parenthesis there ('Rep. Ana Ruiz (D-Vt.):')
        if head[named].text == ")" or head[-1].text.endswith("):"):
            start = named if head[named].text == ")" else named + 1
            opening = next((k for k in range(start - 1, max(0, start - 8), -1) if head[k].text == "("), None)
            if opening is None:
                return None
            named = opening - 1
        if not after_dash and any(_verb_like(t) for t in head[: named + 1]):
            return None
        before = head[0].doc[max(0, head[0].i - 2) : head[0].i]
        if len(before) == 2 and before[1].text in ("”", '"') and before[0].text not in _TERMINAL:
            return None  # mid-sentence, right after another quote ('... as "volatile," with Clinton:')
        about = next((k for k in range(1, named) if head[k].lower_ == "on" and head[k].pos_ == "ADP"), None)
        if not after_dash and about is not None and head[about - 1].text[:1].isupper():
            named = about - 1  # 'Harbour Radio Chief On Lindgren: "..."': the one before 'on' speaks of the one after
        name = head[named]
        voice = lemma_of(name).lower() in lx.VOICE_NOUNS and not after_dash  # 'From the report: "..."'
        if not (person_like(name) or voice) or name.pos_ == "PRON" or name.ent_type_ in NOT_SPEAKER_ENTS:
            return None
        return self.resolver.resolve(name, self.art.base[q.paragraph])

    def _owned_words_before_colon(self, q: MarkedQuote) -> Mention | None:
        """'Varga's response was: "..."', 'The senator's reply was short: "..."': the words are their owner's.

        Only a speech noun with a person-like owner, as the subject of 'be', in the clause that the colon right
        before the quote ends.
        """
        head = self._head_window(q)
        if len(head) < 4 or head[-1].text != ":":
            return None
        for tok in head[:-1]:
            if not (tok.dep_ == "nsubj" and lemma_of(tok).lower() in lx.SPEECH_NOUNS and lemma_of(tok.head).lower() == "be"
                    and tok.head.i < head[-1].i):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None and person_like(owner) and owner.ent_type_ not in NOT_SPEAKER_ENTS:
                return self.resolver.resolve(owner, self.art.base[q.paragraph])
        return None

    def _words_of(self, q: MarkedQuote, start: int | None = None, end: int | None = None) -> Mention | None:
        """'in the council's words, "..."', 'in the words of X, "..."', 'attributed to X, that "..."', 'In his words:
        "..."': X's words (of the quote ``q``, or of the words from ``start`` to ``end`` nested in it).

        Only right before the quote, in its sentence: the phrase names whose words follow.
        """
        start, end = (q.start, q.end) if start is None or end is None else (start, end)
        toks = [t for t in self.art.tokens(q.paragraph, start, end) if not t.is_space]
        if not toks:
            return None
        before = [t for t in self.art.sentence_tokens(toks[0]) if t.i < toks[0].i]
        for tok in reversed(before[-12:]):
            owner = None
            if tok.lower_ == "words" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                if owner is None:
                    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                    owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            elif tok.lower_ == "attributed" and tok.tag_ == "VBN":
                to = next((c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
                owner = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if owner is not None:  # 'the novelist Ray Corwin': the name, not the role
                owner = next((c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN"), owner)
            if owner is not None and (person_like(owner) or owner.pos_ == "PROPN" or owner.lower_ in ("his", "her", "their")):
                return self.resolver.resolve(owner, self.art.base[q.paragraph])
        return None

    def _label_before_colon(self, window: Sequence["Token"], paragraph: int) -> Mention | None:
        """The speaker of an inverted or presenting label that ends in a colon.

        'Stated Stone:' (the tagger reads 'Stated Stone' as one name) and 'Here's Clinton in
        December 1992:' name the speaker of the quote that follows, with a verb no parse links to it.
        """
        words = [t for t in window if not t.is_space]
        if len(words) < 3 or words[-1].text != ":":
            return None
        first = words[0].lower_
        if first in lx.INVERTED_OPENERS:
            name = words[1:-1]
            if not (1 <= len(name) <= 4 and all(t.text[:1].isupper() or t.text in (".", "-") for t in name)):
                return None
            surface = self.art.text[self.art.base[paragraph] + name[0].idx : self.art.base[paragraph] + name[-1].idx + len(name[-1])]
            if is_outlet(surface):
                return None
            start = self.art.base[paragraph] + name[0].idx
            entity, how = self.registry.person(clean_name(surface), at=start)
            return Mention(entity, start, start + len(surface), how)
        if first == "here" and words[1].lower_ in ("'s", "’s", "is"):
            named = next((t for t in words[2:-1] if t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKER_ENTS and person_like(t)), None)
            if named is None:
                return None
            while named.dep_ in ("compound", "flat") and named.head.i < words[-1].i and named.head.pos_ == "PROPN":
                named = named.head
            return self.resolver.resolve(named, self.art.base[paragraph])
        return None

    def _inherit(self, q: MarkedQuote, previous: Found | None, last_by: dict[int, Found]) -> tuple[Mention, str] | None:
        """Speaker of a quote with no cue: split quote, continued quote, quote-only paragraph."""
        signed = self._signature(q) if self._quote_only(q) else None
        if signed is not None:
            return signed, "adjacent"
        credited = self._credited_after(q) if self._kind(q) == "direct" and q.paragraph not in last_by else None
        if credited is not None:
            return credited, "adjacent"
        same = last_by.get(q.paragraph)
        if same is not None and same.kind == "partial" and self._kind(q) == "direct":
            same = self._last_direct.get(q.paragraph, same)  # a split direct quote goes on past a partial one
        if same is not None and same.mention is not None and same.kind == "partial" and self._kind(q) == "direct":
            # 'memories of the "glasshole" backlash. Maya Okonjo leads OpenLens. "People have a right to know."':
            # a few words quoted in passing do not make their speaker the one a full quote goes on from
            told = self._sentence_before(q)
            if told is not None and told.entity.kind == "person":
                return told, "adjacent"
        if same is not None and same.mention is not None:
            # '"...," says Garcia. She says people should choose. "It is their life."': the nearer reporter
            told = self._sentence_before(q, after=same.end, own_cue=same.cue)
            return (told, "adjacent") if told is not None else (same.mention, "same")
        if q.continued and previous is not None and previous.mention is not None:
            return previous.mention, "same"
        if self._kind(q) == "partial" and (holder := self._viewpoint_holder(q)) is not None:
            return holder, "explicit"
        if self._kind(q) == "partial":  # not the previous paragraph's speaker, but maybe the previous sentence's
            said = self._reporter_of_sentence_before(q)
            return (said, "adjacent") if said is not None else None
        turn = self._turn_in_exchange(q) if self._quote_only(q) else None
        if turn is not None:
            return turn, "adjacent"
        told = self._sentence_before(q)
        if told is not None:
            return told, "adjacent"
        reporter = self._previous_reporter(q) if self._quote_only(q) else None
        if reporter is not None:
            return reporter, "adjacent"
        before = last_by.get(q.paragraph - 1)
        if before is not None and before.mention is not None and (
                before.kind == "direct" or (self._quote_only(q) and self._in_last_sentence(before))):
            # 'Voss shot back, saying he had "made money in down markets." / "Frankly, ..."': a quote-only
            # paragraph goes on from the words, quoted or reported, that closed the paragraph before it
            m = before.mention
            return Mention(m.entity, m.start, m.end, "adjacent"), "adjacent"
        introduced = self._introduced_by_colon(q) if self._quote_only(q) else None
        if introduced is not None:
            return introduced, "adjacent"
        if self._quote_only(q) and self._after_a_bare_question(q.paragraph):
            # an interview written as questions and answers: 'Is it autobiographical?' / '"Not in the facts."' is
            # answered by whoever answered last, else by the person the text before the question was about
            if previous is not None and previous.mention is not None and previous.paragraph < q.paragraph:
                m = previous.mention
                return Mention(m.entity, m.start, m.end, "adjacent"), "adjacent"
            about = self._previous_subject(q.paragraph - 2)
            if about is not None and about.entity.kind == "person":
                return Mention(about.entity, about.start, about.end, "adjacent"), "adjacent"
        subject = self._previous_subject(q.paragraph - 1) if self._quote_only(q) else None
        if subject is not None and subject.entity.kind == "person":
            return Mention(subject.entity, subject.start, subject.end, "adjacent"), "adjacent"
        named = self._named_next(q)
        if named is not None:
            return named, "adjacent"
        if subject is not None:
            return Mention(subject.entity, subject.start, subject.end, "adjacent"), "adjacent"
        return None

    def _unnamed_before(self, q: MarkedQuote, pronoun: "Token", mention: Mention, quoted: Sequence[tuple[int, int]]) -> Mention:
        """'During the question period, a man in a seed cap stands up. / "Where's the money coming from?" he asks': an
        unnamed person the paragraph before ends on is who the pronoun opening this quote's paragraph means.

        Not one named inside quoted words: in '"Not a mayor who says one thing on Monday ... / "Well, the harbour is
        not negotiable!" she said' the paragraph before ends inside the speaker's own quote, and 'a mayor' is hers."""
        last = self._last_sentence(q.paragraph - 1) if q.paragraph > 0 and self.kinds[q.paragraph - 1] == "body" else None
        unnamed = unnamed_subject_before(pronoun, last) if last is not None else None
        if unnamed is None or inside(self.art.base[q.paragraph - 1] + unnamed.idx, quoted):
            return mention
        found = self.resolver.resolve(unnamed, self.art.base[q.paragraph - 1])
        if found is None or found.entity.kind not in ("anonymous", "unknown"):
            return mention
        return Mention(found.entity, mention.start, mention.end, "pronoun")

    def _answerer(self, q: MarkedQuote, mention: Mention, previous: Found | None) -> Mention:
        """'Sandoval pressed her. "Is the governor's office wrong?" / "I've seen the timeline," she said': a 'she'
        answering a question put in the paragraph before is not the asker, when someone else fits the pronoun."""
        if (previous is None or previous.mention is None or previous.mention.entity is not mention.entity
                or previous.paragraph != q.paragraph - 1 or previous.kind != "direct"
                or not self._ends_asking(previous) or "?" in self.art.text[q.start : q.end]):
            return mention
        if not any(t.lower_ in _PUT_TO and any(c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or person_like(c))
                                               for c in t.children) for t in self.art.all_tokens(previous.paragraph)):
            return mention  # 'Carson said, "What does it say about people who ...?" / "Well," he continued': his own question
        pronoun = self.art.text[mention.start : mention.end].lower()
        other = self.registry.antecedent(pronoun, mention.start, exclude=mention.entity)
        if other is None or other.kind != "person":
            return mention
        self.resolver.note(mention.start, other)
        return Mention(other, mention.start, mention.end, "pronoun")

    def _ends_asking(self, span: Found | MarkedQuote) -> bool:
        """True when quoted words end in a question mark ('... Is the governor's office wrong?')."""
        return self.art.text[span.start : span.end].rstrip(" \"”’'").endswith("?")

    def _is_question(self, found: Found | MarkedQuote) -> bool:
        """True when quoted words ask something ('Is the governor's office wrong?'; 'What about the union, Wade?
        Because they will come after you,' Calhoun asked)."""
        return "?" in self.art.text[found.start : found.end] or (
            isinstance(found, Found) and found.cue is not None and self.art.text[found.cue[0] : found.cue[1]].lower() in ("asked", "asks"))

    def _turn_in_exchange(self, q: MarkedQuote) -> Mention | None:
        """In an exchange of questions and answers written as quote-only paragraphs, the turn of the one whose turn
        it is: after 'Is he withdrawing?' Marchetti asked, a bare '"Even then."' answers, so it is the words of whoever
        answered before the question, not the asker's; a bare question after an answer is the earlier asker's."""
        last, before = self._last_direct.get(q.paragraph - 1), self._last_direct.get(q.paragraph - 2)
        if last is None or before is None or last.mention is None or before.mention is None:
            return None
        if last.mention.entity is before.mention.entity or before.mention.entity.kind not in ("person", "unknown"):
            return None  # (unknown: 'the defendant replied', a description no lexicon lists, named later)
        if not (self._is_question(last) != self._is_question(before) == self._ends_asking(q)):  # (a long answer may ask
            # in passing: only a quote ending in a question is a new question)
            return None  # the turns alternate: question, answer, question or answer, question, answer
        m = before.mention
        return Mention(m.entity, m.start, m.end, "adjacent")

    def _in_last_sentence(self, found: Found) -> bool:
        """True when ``found`` ends in the last sentence of its paragraph (asides in parentheses aside)."""
        if found.cue is None or found.mention is None or found.mention.start < 0:
            return False
        last = self._last_sentence(found.paragraph)
        return last is not None and self.art.base[found.paragraph] + last.start_char <= found.start

    def _viewpoint_holder(self, q: MarkedQuote) -> Mention | None:
        """'To Sharp, Pratt is the "kind-hearted and caring" man who saved her farm': a sentence opened by 'To X,'
        gives X's view, so words quoted in it with no cue of their own are X's."""
        toks = self.art.tokens(q.paragraph, q.start, q.end)
        if not toks:
            return None
        sent = sentence_of(toks[0])
        first = sent[0]
        if first.lower_ != "to" or len(sent) < 4:
            return None
        holder = next((c for c in first.children if c.dep_ == "pobj"), None)
        if holder is None or holder.i > first.i + 4 or holder.i + 1 >= len(holder.doc) or holder.nbor(1).text != ",":
            return None
        if holder.lower_ in lx.FIRST_PERSON or not (person_like(holder) or holder.lower_ in ("him", "her", "them")):
            return None
        if holder.lower_ in ("him", "her", "them"):
            entity = self.registry.antecedent({"him": "he", "her": "she", "them": "they"}[holder.lower_], self.art.base[q.paragraph] + holder.idx)
            if entity is None:
                return None
            start = self.art.base[q.paragraph] + holder.idx
            return Mention(entity, start, start + len(holder), "pronoun")
        return self.resolver.resolve(holder, self.art.base[q.paragraph])

    def _after_a_bare_question(self, index: int) -> bool:
        """True when paragraph ``index - 1`` is an interviewer's question: one short line ending in '?', no quotes."""
        if index < 1 or self.kinds[index - 1] not in ("body", "heading"):  # a short question may read as a heading
            return False
        p = self.art.paragraphs[index - 1]
        line = self.art.text[p.start : p.end].strip()
        return line.endswith("?") and len(line.split()) <= 25 and not any(m in line for m in "\"“”")

    def _named_person(self, tok: "Token") -> bool:
        """True for a capitalised word the article has named as a person ('Sanders' after 'Bernie Sanders')."""
        return tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper() and tok.ent_type_ not in NOT_SPEAKER_ENTS and (
            self.registry.known_person(clean_name(tok.text)) is not None)

    def _introduced_by_colon(self, q: MarkedQuote) -> Mention | None:
        """'Stated Stone:' / 'She told the crowd:' closing the previous paragraph introduces the quote."""
        index = q.paragraph - 1
        if index < 0 or self.kinds[index] != "body":
            return None
        p = self.art.paragraphs[index]
        if not self.art.text[p.start : p.end].rstrip().endswith(":"):
            return None
        sents = self.art.sents(index)
        window = list(sents[-1]) if sents else []
        label = self._label_before_colon(window, index)
        if label is not None:
            return Mention(label.entity, label.start, label.end, "adjacent")
        cue = window_cue(window, last=True) or window_cue(window, last=True, loose=True)
        if cue is None:
            return None
        subj = window_subject(cue, window) or next(
            (t for t in window if t.i > cue.i and person_like(t) and t.ent_type_ not in NOT_SPEAKER_ENTS), None
        )
        m = self.resolver.resolve(subj, self.art.base[index]) if subj is not None else None
        return Mention(m.entity, m.start, m.end, "adjacent") if m is not None else None

    def _previous_reporter(self, q: MarkedQuote) -> Mention | None:
        """A quote-only paragraph after 'Ash argued in his email, ...': who speaks in the last sentence before it."""
        index = q.paragraph - 1
        if index < 0 or self.kinds[index] != "body":
            return None
        last = self._last_sentence(index)
        return self._reporter_in(list(last) if last is not None else [], index)

    def _last_sentence(self, index: int) -> "SpacySpan | None":
        """The last sentence of paragraph ``index`` that is not an aside in parentheses.

        'Lund also spoke about the case. (The law requires costly upgrades.)' — the aside
        is the writer's; the sentence before it is the one that leads into the next quote.
        """
        sents = self.art.sents(index)
        if not sents:
            return None
        p = self.art.paragraphs[index]
        text = self.art.text[p.start : p.end].rstrip()
        if not text.endswith((")", ").", ".)")):
            return sents[-1]
        depth, k = 0, len(text) - 1
        while k >= 0:  # the '(' that opens the closing aside
            depth += text[k] == ")"
            depth -= text[k] == "("
            if depth == 0 and text[k] == "(":
                break
            k -= 1
        before = [s for s in sents if self.art.base[index] + s.start_char < p.start + k]
        return before[-1] if k > 0 and before else sents[-1]

    def _reporter_of_sentence_before(self, q: MarkedQuote) -> Mention | None:
        """'Brill has argued that ... . As a result, there's still "a very powerful industry"': Brill's words."""
        toks = self.art.tokens(q.paragraph, q.start, q.end)
        start = sentence_of(toks[0]).start if toks else 0
        if start == 0:
            return None
        return self._reporter_in(list(sentence_of(toks[0].doc[start - 1])), q.paragraph)

    def _reporter_in(self, window: list["Token"], index: int) -> Mention | None:
        """The person-like subject of the last speech cue in ``window`` (a sentence of paragraph ``index``) that has one.

        'Hollis elaborated in the Ledger that delegates pledged to her may reconsider': 'pledged' is a cue
        too, but delegates are no one's name; the cue before it is the reporting one.
        """
        cues = [t for t in window if is_cue(t)]
        for cue in reversed(cues):
            if cue.dep_ == "ccomp" and cue.head in cues:
                continue  # 'Lindgren said that residents had been predicting a flood': the report is Lindgren's
            subj = window_subject(cue, window)
            if subj is None or not person_like(subj):
                continue
            if subj.lower_ in lx.FIRST_PERSON:
                return None
            if inside(self.art.base[index] + subj.idx, self._closed_quotes):
                return None  # a cue inside someone's quoted words ('"... they wonder where the bees went"')
            m = self.resolver.resolve(subj, self.art.base[index])
            if m is not None and m.resolution == "unresolved":
                continue  # '..., he added, and it will be asking for ...': an 'it' that names no one; the cue before it
            return Mention(m.entity, m.start, m.end, "adjacent") if m is not None else None
        return None

    def _sentence_before(self, q: MarkedQuote, after: int | None = None, own_cue: tuple[int, int] | None = None) -> Mention | None:
        """A quote opening a sentence mid-paragraph: the speaker of the sentence before it.

        ``Bolton said he would back him. "I am going to support him."`` — the cue's
        subject (else the person who is the sentence's subject) speaks the quote.
        """
        p = self.art.paragraphs[q.paragraph]
        toks = [t for t in self.art.tokens(q.paragraph, max(p.start, q.open_mark - _REACH_CHARS), q.open_mark) if not t.is_space]
        if not toks or toks[-1].text not in _TERMINAL:
            return None
        window = [t for t in self.art.sentence_tokens(toks[-1]) if t.i <= toks[-1].i]
        base = self.art.base[q.paragraph]
        own = next((t for t in window if own_cue is not None and base + t.idx == own_cue[0]), None)
        if after is not None and window and base + window[0].idx < after:
            # the sentence holds the quote ending at ``after``: only a clause coordinated with that quote's own
            # cue hands the next quote on ('"...," Betsy said, and her husband cut in. "..."')
            window = [t for t in window if base + t.idx >= after]
            cue = window_cue(window, last=True)
            if own is None or cue is None or not (cue.dep_ == "conj" and cue.head.i == own.i):
                return None
        if after is not None and not window:
            return None  # only a sentence after the quote ending at ``after``, and with a cue
        opener = window[0] if window else None
        if opener is not None and opener.tag_ == "VBN" and opener.dep_ == "advcl" and is_cue(opener):
            # 'Asked whether the strike could be called off, he shrugged. "..."': the question is no cue, the one
            # asked (the sentence's subject) answers
            window = [t for t in window if t.i > opener.right_edge.i]
        cue = window_cue(window, last=True)
        if own is not None and cue is not None and not (cue.dep_ == "conj" and cue.head.i == own.i):
            # '"..." LeVell declared, a point he makes after callers asked him. "...": the sentence is the
            # previous quote's own attribution; a cue in its asides ('callers asked') does not take the next quote
            return None
        subj = window_subject(cue, window) if cue is not None else None
        if subj is None and after is not None:
            return None
        if subj is None:
            root = sentence_of(toks[-1]).root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or not person_like(subj) or subj.lower_ in lx.FIRST_PERSON:
                return None
        m = self.resolver.resolve(subj, self.art.base[q.paragraph])
        if m is None or (cue is None and m.entity.kind != "person"):
            return None
        return Mention(m.entity, m.start, m.end, "adjacent")

    def _quote_only(self, q: MarkedQuote) -> bool:
        """True when the quote opens its paragraph."""
        return q.open_mark == self.art.paragraphs[q.paragraph].start

    def _previous_subject(self, index: int) -> Mention | None:
        """The person or source that is the subject of the last sentence of paragraph ``index``."""
        if index < 0 or self.kinds[index] != "body":
            return None
        last = self._last_sentence(index)
        if last is None:
            return None
        root = last.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:  # 'Asked what he would do, the former sheriff ticked through a list' parsed with 'ticked' a
            # clause of 'sheriff' (a past tense right after a noun): the noun is the subject of 'ticked'
            subj = next((t for t in last if t.pos_ == "NOUN" and t.i + 1 < len(t.doc) and (v := t.doc[t.i + 1]).head.i == t.i
                         and v.dep_ == "acl" and v.tag_ == "VBD"), None)
        if subj is None or subj.lower_ in lx.FIRST_PERSON or not person_like(subj):
            return None
        if inside(self.art.base[index] + subj.idx, self._closed_quotes):
            return None  # '"He told the children I was a criminal."': the speaker's 'he', not the next quote's speaker
        return self.resolver.resolve(subj, self.art.base[index])

    def _signed_here(self, q: MarkedQuote) -> Mention | None:
        """The name signing a quote-only paragraph after its closing mark ('"..." ― Ana Ruiz'), if any.

        Reader comments, letters and epigraphs put the speaker after the quote, set off by
        a dash, in the same paragraph; a cue or a previous speaker must not win over it.
        """
        p = self.art.paragraphs[q.paragraph]
        # Not inside a quote running over several paragraphs: its parts keep one speaker.
        if not q.closed or q.continues or q.continued or not self._quote_only(q):
            return None
        signed = _TRAILING_SIGNATURE.fullmatch(self.art.text, q.close_mark_end, p.end)
        if signed is None:
            handle = _HANDLE_SIGNATURE.fullmatch(self.art.text, q.close_mark_end, p.end)
            if handle is None:
                return None
            # '"The union bosses are big mad." — @WadeKessling': a post signed by its account (by name where the
            # paragraph before introduced it: 'Corinne Vasquez-Hale was blunter on X:')
            introduced = self._introduced_by_colon(q)
            if introduced is not None:
                return introduced
            owner = self._handle_owner(handle.group(1))
            if owner is not None:
                return Mention(owner, handle.start(1), handle.end(1), "handle")
            account = self.registry.entity(f"account:{handle.group(1).lower()}", handle.group(1), "social_account")
            return Mention(account, handle.start(1), handle.end(1), "handle")
        return self._signer(signed, None)

    def _handle_owner(self, handle: str) -> "Entity | None":
        """The one person already named whose surname (else given name) the handle spells: '@WadeKessling',
        '@CVasquezHale' for Corinne Vasquez-Hale, '@ElenaForGov'."""
        bare = handle.lstrip("@").lower()
        people = [e for e in self.registry.entities.values() if e.kind == "person" and len(e.name.split()) >= 2]
        for part in (-1, 0):
            owners = {e.key: e for e in people if len(word := re.sub(r"[^a-z]", "", e.name.split()[part].lower())) >= 3
                      and word in bare}
            if len(owners) == 1:
                return next(iter(owners.values()))
            if owners:
                return None
        return None

    def _signer(self, signed: "re.Match[str]", resolution: str | None) -> Mention | None:
        """The person a signature match names (``resolution``: the registry's when None), or None.

        Every word but name particles capitalised; not an outlet or agency ('Associated
        Press', 'The Harbour Gazette'), nothing led by an article ('The Board Met Again')
        or holding an organisation noun; one word only as the surname of someone already named.
        """
        surface = signed.group(1).rstrip(".")  # 'Ana Ruiz.': the stop ends the line, not the name
        name = clean_name(surface)
        words = name.split()
        if not words or words[0].lower() in ("the", "a", "an") or is_outlet(name):
            return None
        if not all(w[:1].isupper() for w in words if w not in _NAME_PARTICLES):
            return None
        if any(w.lower().strip(".") in lx.ORG_NOUNS for w in words):
            return None
        if len(words) == 1 and self.registry.known_person(name) is None:
            return None  # '— Reuters', '— Harbourside'
        entity, how = self.registry.person(name)
        return Mention(entity, signed.start(1), signed.start(1) + len(surface), resolution or how)

    def _signature(self, q: MarkedQuote) -> Mention | None:
        """A quote-only paragraph signed by the next one ('"..." / - Velden.'): the signature names the speaker.

        Fact-check and pull-quote layouts put the speaker after the quote on a line of its own.
        """
        index = q.paragraph + 1
        p = self.art.paragraphs[q.paragraph]
        if index >= len(self.art.docs) or self.kinds[index] != "body" or q.close_mark_end < p.end - 2:
            return None
        line = self.art.paragraphs[index]
        signed = _TRAILING_SIGNATURE.fullmatch(self.art.text, line.start, line.end)
        return self._signer(signed, "adjacent") if signed is not None else None

    def _credited_after(self, q: MarkedQuote) -> Mention | None:
        """The source named by the sentence right after a quote that hands the words to it ('"...." That was how
        Anneke Strand remembered her', '"...." The words came from Bernadette Ruane'), in the quote's paragraph
        or, when the quote ends its paragraph, opening the next one: the writer withheld the name till then."""
        art = self.art
        index, lo = q.paragraph, q.close_mark_end
        para = art.paragraphs[index]
        if not q.closed:
            return None
        finished = art.text[q.start : q.end].rstrip()[-1:] in ".!?…"  # '"Not today," That ...' is not finished
        text = art.text
        while lo < para.end and text[lo].isspace():  # (no slicing: a paragraph may be very long)
            lo += 1
        if lo >= para.end:
            index += 1
            if index >= len(art.docs) or self.kinds[index] != "body":
                return None
            lo = art.paragraphs[index].start
            while lo < art.paragraphs[index].end and text[lo].isspace():
                lo += 1
        match = _CREDITED_AFTER.match(text, lo, min(art.paragraphs[index].end, lo + 200))
        if not finished and (match is None or index != q.paragraph or not match.group(0).startswith("came")):
            return None  # ('"We will not be moved," came the reply from Tullett' goes on the quote's sentence)
        if match is None:
            return self._said_that_after(index, lo)
        toks = art.tokens(index, match.start(), min(art.paragraphs[index].end, match.end() + 400))
        if not toks:
            return None
        origin = next((t for t in toks if t.lower_ == "from" and art.base[index] + t.idx == match.end() - 4), None)
        heard = next((c for c in origin.children if c.dep_ == "pobj"), None) if origin is not None else None
        if heard is not None and heard.pos_ != "PROPN" and not (heard.ent_type_ and heard.ent_type_ != "NORP"):
            # '"Shame!" came the shout from the opposition benches': the benches, however unnamed
            m = self.resolver.resolve(heard, art.base[index])
            return Mention(m.entity, m.start, m.end, "adjacent") if m is not None else None
        for t in toks:
            if t.pos_ != "PROPN" or t.ent_type_ in ("DATE", "TIME"):
                continue
            while t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i:
                t = t.head  # 'finance chief Oskar Pelham': the name's last word, as a subject's
            if t.dep_ == "poss":
                # 'That was how one of Callum's friends described it': the friend speaks, not the one named as whose
                owner = t.head
                while owner.dep_ not in ("nsubj", "nsubjpass") and owner.head.i != owner.i and owner.i - t.i < 8:
                    owner = owner.head
                m = self.resolver.resolve(owner, art.base[index]) if owner.dep_ in ("nsubj", "nsubjpass") else None
                if m is None:
                    return None
                self.resolver.note(m.start, m.entity)  # ('He said the group ...' after it is the friend too)
                return Mention(m.entity, m.start, m.end, "adjacent")
            if t.ent_type_ == "PERSON" or looks_like_name(t):
                m = self.resolver.register_person(t, art.base[index])
                self.resolver.note(m.start, m.entity)
            else:  # 'That was how Anneke Strand, a geochemist, ...' (tagged a place), 'came from the Harbour Union'
                m = self.resolver.resolve(t, art.base[index])
            return Mention(m.entity, m.start, m.end, "adjacent") if m is not None else None
        return None

    def _said_that_after(self, index: int, lo: int) -> Mention | None:
        """The speaker of a sentence that opens at ``lo`` and says the quote before it again ('"...." My neighbour,
        Eddie Ansah, said that to me over the fence'): a cue whose object is 'that' or 'this', with no clause."""
        toks = self.art.tokens(index, lo, min(self.art.paragraphs[index].end, lo + 400))
        if not toks or sentence_of(toks[0]).start != toks[0].i:
            return None
        verb = next((t for t in self.art.sentence_tokens(toks[0]) if is_cue(t) and any(
            c.dep_ == "dobj" and c.lower_ in ("that", "this") and not list(c.children) for c in t.children)
            and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children)), None)
        subj = subject_of(verb) if verb is not None else None
        if subj is None or subj.lower_ in lx.FIRST_PERSON:
            return None
        m = self.resolver.resolve(subj, self.art.base[index])
        return Mention(m.entity, m.start, m.end, "adjacent") if m is not None else None

    def _named_next(self, q: MarkedQuote) -> Mention | None:
        """A person named in the sentence right after a quote-only paragraph's quote."""
        art = self.art
        for index in (q.paragraph, q.paragraph + 1):
            if index >= len(art.docs) or self.kinds[index] != "body":
                continue
            lo = q.close_mark_end if index == q.paragraph else art.paragraphs[index].start
            toks = art.tokens(index, lo, art.paragraphs[index].end)
            if index != q.paragraph and any(t.text in ('"', "“") for t in toks):
                continue
            sent_end = next((k for k, t in enumerate(toks) if t.text in _TERMINAL), len(toks))
            for t in toks[: sent_end + 1]:
                if t.ent_type_ == "PERSON" or looks_like_name(t):
                    m = self.resolver.register_person(t, art.base[index])
                    return Mention(m.entity, m.start, m.end, "adjacent")
            if toks:
                return None
        return None

    def _inner(self, q: MarkedQuote, s: int, e: int, quoted: Sequence[tuple[int, int]],
               speaker: Mention | None = None) -> Found | None:
        """A quote nested in a quote, attributed to the speaker named inside the outer quote (``speaker`` is the
        outer quote's)."""
        outer = speaker.entity if speaker is not None else None
        art = self.art
        base = art.base[q.paragraph]
        outside_inner = [(a, b) for a, b in quoted if not (a <= s and e <= b)]
        cue = governing_cue(art.docs[q.paragraph], base, s, e, outside_inner)
        if cue is None or not (q.start <= base + cue.idx < q.end):
            owned = self._words_of(q, s, e)  # '"... In his words: 'Nobody is chasing me out.' ..."'
            if owned is not None and owned.resolution == "pronoun" and owned.entity is outer:
                # a 'his' in someone's quoted words is someone they speak of, not themselves
                other = self.registry.antecedent(art.text[owned.start : owned.end].lower(), q.open_mark, exclude=outer)
                owned = Mention(other, owned.start, owned.end, "pronoun") if other is not None else None
            return Found(s, e, q.paragraph, "partial", owned, None, round(CONFIDENCE.get(owned.resolution, 0.5) * 0.9, 2)
                         ) if owned is not None else None
        subj = subject_of(cue)
        if subj is not None and subj.lower_ == "i" and speaker is not None and q.start <= base + subj.idx < q.end:
            # '"I said to my operations manager, 'Either this thing is broken ...'"': the outer speaker's 'I'
            return Found(s, e, q.paragraph, "partial", Mention(speaker.entity, speaker.start, speaker.end, "pronoun"),
                         self._cue_span(cue, q.paragraph), round(CONFIDENCE.get("pronoun", 0.5) * 0.9, 2))
        if subj is not None and subj.lower_ in ("he", "she", "they") and q.start <= base + subj.idx < q.end:
            # '"My dad knew every crack. He used to say, 'One day this whole thing is coming down.'"': the 'he'
            # of the outer speaker's words is someone they speak of, not a person the article named
            mention = self._spoken_of(q, subj, quoted, outer)
        else:
            mention = self._speaker(cue, q.paragraph)
        conf = CONFIDENCE.get(mention.resolution, 0.5) * 0.9 if mention else 0.4
        return Found(s, e, q.paragraph, "partial", mention, self._cue_span(cue, q.paragraph), round(conf, 2))

    def _spoken_of(self, q: MarkedQuote, pronoun: "Token", quoted: Sequence[tuple[int, int]],
                   outer: "Entity | None" = None) -> Mention | None:
        """The person quoted words in the paragraph name before ``pronoun`` (inside them): a name, or a person
        noun ('my dad'); None when they name no one."""
        base = self.art.base[q.paragraph]
        start = self.art.paragraphs[q.paragraph].start
        words = [t for t in self.art.tokens(q.paragraph, start, base + pronoun.idx)
                 if t.i < pronoun.i and inside(base + t.idx, quoted)]
        for tok in reversed(words):
            family = tok.lower_ in lx.MALE_NOUNS or tok.lower_ in lx.FEMALE_NOUNS  # 'Dad', 'Mum', however tagged
            if tok.ent_type_ == "PERSON" and tok.dep_ not in ("compound", "flat") and not family:
                # a person already named (looked up without noting a mention: words inside a quote are no
                # antecedent for the article's later pronouns)
                known = self.registry.known_person(clean_name(tok.text))
                return Mention(known, base + tok.idx, base + tok.idx + len(tok), "surname") if known is not None else None
            if (tok.pos_ == "NOUN" and (family or lemma_of(tok).lower() in lx.HUMAN_NOUNS)) or (tok.pos_ == "PROPN" and family):
                # ('"Dad couldn't lift his arm. He kept saying, '...'"': a parent called by the family word, a proper noun)
                if tok.lower_ in (lx.FEMALE_NOUNS if pronoun.lower_ == "he" else lx.MALE_NOUNS if pronoun.lower_ == "she" else ()):
                    continue  # '"My aunt laughed at him. He said, '...'"': not the aunt
                phrase = [t for t in tok.subtree if t.i <= tok.i and not t.is_punct]
                name = " ".join(t.text for t in phrase)
                entity = self.registry.entity(f"anon:{name.lower()}", name, "anonymous")
                return Mention(entity, base + phrase[0].idx, base + tok.idx + len(tok), "descriptor")
        if pronoun.lower_ in ("he", "she"):
            # 'He described a conversation with Acheson. "She looked at me and said, '...'," Stroud recalled': the
            # words name no one before the pronoun; the person the article was just speaking of is who it is (not
            # the one speaking: 'She lied to me," Smith said, "She told me ...' is someone Smith speaks of)
            person = self.registry.antecedent(pronoun.lower_, q.open_mark, exclude=outer)
            if person is not None and person.kind == "person":
                return Mention(person, base + pronoun.idx, base + pronoun.idx + len(pronoun), "pronoun")
            if person is None:
                # no one named fits ('after what she called a 'rant'' in a profile of a woman it never names): the
                # words are still the pronoun's, as an unresolved 'she' outside quotes is (speakers.Speakers.resolve)
                entity = self.registry.entity(f"unresolved:{pronoun.lower_}", f"unnamed ({pronoun.lower_})", "unknown")
                return Mention(entity, base + pronoun.idx, base + pronoun.idx + len(pronoun), "unresolved")
        return None
