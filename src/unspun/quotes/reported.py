"""Reported speech ('X said that ...', 'according to X, ...') and non-answers ('did not answer when asked')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

from unspun.nlp import lemma_of
from unspun.nlp.sentences import sentence_of
from unspun.quotes import lexicon as lx
from unspun.quotes.cues import inside
from unspun.quotes.found import CONFIDENCE, Found
from unspun.quotes.people import Mention, named_in
from unspun.quotes.speakers import according_name, an_amount, asked_aside, is_cue, pointed_out, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_EDGE_PUNCT = frozenset(".,;:!?-—–()\"“”‘’'")


_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "forecast": ("forecasted",), "find": ("found",), "show": ("shown",)}


# What 'heard' evidence in UK court reporting: 'The court heard that the watch had been found in his car'.
_HEARING_BODIES = frozenset({"court", "inquest", "tribunal", "jury", "hearing", "inquiry", "committee", "trial"})

_QUESTION_WORDS = frozenset({"what", "whether", "if", "how", "why", "who", "when", "where", "which"})


def _inflections(lemma: str) -> set[str]:
    """Every form an English verb lemma can take (generously: a surplus form costs one lemma lookup)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing", lemma + lemma[-1] + "ed",
             lemma + lemma[-1] + "ing", *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms


# The forms of the reporting verbs. A verb whose form is not among them cannot have one of
# their lemmas, so it is not lemmatised at all: the parse leaves lemmas to be computed on
# demand, and lemmatising every verb of every sentence was most of this stage's cost on a
# fresh parse (outputs identical on PolNeAR train and dev).
_INDIRECT_FORMS = frozenset(f for lemma in lx.INDIRECT_LEMMAS for f in _inflections(lemma))
# The words that can start reported speech (with those beginning 'point', as in 'pointed out'): 'according',
# a reporting verb's forms, 'asked that', 'by (her) own account'
_TRIGGER_WORDS = _INDIRECT_FORMS | {"according", "ask", "asks", "asked", "asking", "by"}


# What every non-answer (``lx.NON_ANSWER``) holds: 'not' or "n't" before a space, 'declin...' or 'refus...'. Most
# paragraphs have none (the space rules out 'another', 'nothing' and 'note'). Searched for in the case-folded
# paragraph, as plain letters, several times as fast as the full pattern, whose many openings are tried at every
# character ignoring case.
_NON_ANSWER_HINT = re.compile(r"n(?:ot|[’']t)\s|declin|refus")

# Marks of a condition or time clause a reporter may put before a cue set in the middle of what was said.
_CONDITION_MARKS = frozenset("if unless once until when whenever because although though while".split())


# Verbs that vouch for a fact in an 'as X reported' aside ('as he said goodbye' or 'as expected' do not).
_AS_REPORTED = frozenset({"report", "note", "say", "write", "reveal", "disclose", "detail", "confirm", "acknowledge",
                          "point", "tell"})


def _as_reported(verb: "Token") -> list["Token"]:
    """The clause an 'as X reported' aside vouches for: 'As the Capitol Ledger reported on Sunday, the campaign has
    reserved $2.1 million', 'The vote, as Smith noted, was close'; empty unless the aside has a subject, no object
    of its own and hangs on the clause's verb."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or lemma_of(verb).lower() not in _AS_REPORTED:
        return []
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    if mark is None:
        return []
    sent_start = sentence_of(verb).start
    before = verb.doc[mark.i - 1] if mark.i > sent_start else None
    if before is not None and before.text not in (",", "—", "–", "-", "(") and not (
            before.i == sent_start and before.lower_ in ("but", "and", "yet", "so")):
        return []  # 'jabbing her finger at an activist as she angrily said': 'as' of time, not of a source
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd") for c in verb.children):
        return []
    if lemma_of(verb).lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return []
    own = {t.i for t in verb.subtree}
    toks = [t for t in verb.head.subtree if t.i not in own and not (t.is_punct and t.i in (verb.left_edge.i - 1, verb.right_edge.i + 1))]
    return toks if len([t for t in toks if not t.is_punct]) >= 4 else []


# what a study or report does with a clause after it ('the report recommends that ...', 'finds', 'concludes'): a
# report of its own
_REPORT_LEMMAS = lx.INDIRECT_LEMMAS | {"recommend"}


def _around_cue(verb: "Token") -> list["Token"]:
    """The clause a parenthetical cue interrupts, without the cue and its commas; empty for a long list.

    Words the parser hung on the cue after its closing comma ('It began, Castellane says, with a single rusty
    bike') are still the reported clause's: only the cue's own words up to that comma are left out.
    """
    subtree = list(verb.subtree)
    close = next((t.i for t in subtree if t.i > verb.i and t.text == ","), None)
    # the cue's own words start at its subject: 'If the valve does not clear, he warned, controllers will ...' keeps
    # the clause the parser hung on the cue before its subject
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    start = verb.left_edge.i
    condition = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == sentence_of(verb).start
                      and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)), None)
    if subject is not None and condition is not None and condition.i < subject.i and verb.doc[subject.left_edge.i - 1].text == ",":
        start = subject.left_edge.i
    own = {t.i for t in subtree if t.i >= start and (close is None or t.i <= close)}
    edges = (start - 1, verb.left_edge.i - 1, verb.right_edge.i + 1, close)
    # 'Any change would require ..., she noted, which could take months': the parser hung the cue on the clause
    # after it; the words it interrupts are the whole sentence's
    around = verb.head.subtree
    if verb.head.i > verb.i:  # (only then can the head's own words all lie after the cue)
        mine = {t.i for t in subtree}
        head_start = min((t.i for t in verb.head.subtree if t.i not in mine), default=verb.i)
        around = sentence_of(verb) if head_start > verb.i else verb.head.subtree
    toks = sorted({t.i: t for t in [*around, *subtree]
                   if t.i not in own and not (t.text == "," and t.i in edges)}.values(), key=lambda t: t.i)
    # '..., she said, should speak to a doctor, and the report recommends that ...': a report of its own joined on
    # after the interrupted clause is not hers (it is read as one in its turn)
    other = next((t for t in toks if t.i > verb.i and t.dep_ == "conj" and t.pos_ == "VERB"
                  and (is_cue(t) or lemma_of(t).lower() in _REPORT_LEMMAS)
                  and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)
                  and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)), None)
    if other is not None:
        toks = [t for t in toks if t.i < other.left_edge.i]
        while toks and (toks[-1].text == "," or toks[-1].dep_ == "cc"):
            toks.pop()
    return toks if sum(t.text == "," for t in toks) <= 3 else []


_TAIL_OPENERS = frozenset({"which", "who", "a", "an", "what", "something", "one"})


def _apart_from_quote(toks: list["Token"], base: int, quoted: Sequence[tuple[int, int]]) -> "list[Token] | None":
    """The reported words of a clause that also holds a partial quote, without the quote's part.

    'added that the team had not measured screen use directly, which he called "the missing piece"' and
    'said it had documented 86 deaths, a figure it said was "an undercount"': the words before the comma
    that opens the quoted aside. None when no such part is free of quoted words (then 'said the sell-off
    looked "overdone" and that the business was doing better' is reported whole, the partial quote inside).
    """
    def free(part: list["Token"]) -> bool:
        if len(part) < 4:
            return False
        s, e = base + part[0].idx, base + part[-1].idx + len(part[-1])
        return not any(a < e and s < b for a, b in quoted)

    first_quote = min((k for k, t in enumerate(toks) if any(a <= base + t.idx < b for a, b in quoted)), default=None)
    if first_quote is None:
        return None
    for k in range(first_quote - 1, 0, -1):
        if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower_ in _TAIL_OPENERS:
            part = toks[:k]
            return part if free(part) else None
    return None


def _told_that(verb: "Token") -> "Token | None":
    """'told board members that response times had risen': the parser read the reported clause as a relative
    clause of the ones told ('that' its object); one with a subject of its own right after them is what was told."""
    # (also a place set off after them: 'told reporters in the capital, Quellin, that the president had spoken')
    placed = [c for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and c.i > verb.i]
    for obj in [c for c in verb.children if c.dep_ in ("dobj", "dative")] + placed:
        for g in obj.children:
            if g.dep_ != "relcl" or g.left_edge.i not in (obj.i + 1, obj.i + 2) or (
                    g.left_edge.i == obj.i + 2 and obj.doc[obj.i + 1].text != ","):
                continue
            if g.left_edge.lower_ == "that" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in g.children):
                return g
            # 'told the court he had paid £90 for the bike': no 'that', a pronoun subject, and nothing missing from
            # the clause (not 'told the man he met about it')
            if g.left_edge.dep_ == "nsubj" and g.left_edge.pos_ == "PRON" and any(
                    c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp") for c in g.children):
                return g
    for that in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "that" and c.i > verb.i + 1):
        # 'told reporters that most counties expected to finish': 'that' a second object, the clause's subject its child
        if verb.doc[that.i - 1].dep_ in ("dobj", "dative") and any(g.dep_ in ("nsubj", "nsubjpass") for g in that.children):
            return that
    return None


def _object_then_words(verb: "Token") -> "list[Token] | None":
    """What is urged or estimated when it is an object and the words after it, not a clause: 'urged the board to
    look again at bus spending' (object and infinitive), 'estimated the cost of the repairs at "well over a
    million"' (object and the figure it is put at)."""
    lemma = lemma_of(verb).lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or lemma not in ("urge", "estimate", "accuse"):
        return None
    if lemma == "accuse":  # 'accused the mayor of taking credit for a project he had opposed'
        rest = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None)
    elif lemma == "urge":
        rest = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > obj.i), None) or next(
            (t for t in obj.subtree if t.dep_ in ("advcl", "xcomp") and t.pos_ == "VERB"
             and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None)
        # ('urged anyone who had witnessed dangerous driving to report it': the parser hung the infinitive inside)
    else:
        rest = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None)
    if rest is None:
        return None
    return sorted({t.i: t for t in [*obj.subtree, *rest.subtree]}.values(), key=lambda t: t.i)


def _comma_enclosed(verb: "Token") -> bool:
    """A cue set off by commas inside the clause it reports, which the parser made that clause's complement: 'By
    the time she reached the ridge, she told the coroner, he was already at the bottom'."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    left, right = (subject.left_edge.i if subject is not None else verb.i), verb.right_edge.i
    return (verb.dep_ == "ccomp" and verb.head.i > right and left > sentence_of(verb).start
            and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ",")


def own_account(tok: "Token") -> "Token | None":
    """The owner in 'by her own account' or 'by Strand's own account' (for ``tok`` the 'by'): the sentence is theirs."""
    if tok.lower_ != "by":
        return None
    account = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ == "account"), None)
    if account is None or not any(c.lower_ == "own" for c in account.children):
        return None
    return next((c for c in account.children if c.dep_ == "poss"), None)


def _asked_that(verb: "Token") -> bool:
    """'it asked that the scene be rewritten': a request reported, unlike 'asked him to' or 'asked whether', which
    stay out of the reporting verbs (so they neither report nor cut a report short)."""
    if verb.pos_ != "VERB" or verb.lower_ not in ("ask", "asks", "asked", "asking") or any(
            c.dep_ == "dobj" for c in verb.children):  # 'asked questions about Clinton's assertion that ...'
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
               and not any(n.dep_ in ("nsubj", "nsubjpass") and n.lower_ in ("name", "names") for n in c.children)
               for c in verb.children)  # ('asked that her last name not be used' asks it of the article)


def _closing_conj(verb: "Token") -> bool:
    """A cue with its own subject closing the sentence after a comma, which the parser joined to the clause it
    reports: 'Deputies went door to door overnight, the sheriff's office said in a statement'."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ != "conj" or subject is None or verb.head.i > verb.i or subject.left_edge.i == 0:
        return False
    tail = [t for t in doc[verb.right_edge.i + 1 : sentence_of(verb).end] if not t.is_punct and not t.is_space]
    own = doc[verb.i + 1 : verb.right_edge.i + 1]  # 'said in a statement', not '..., filming television shows and ...'
    return (doc[subject.left_edge.i - 1].text == "," and not tail and len(own) <= 8
            and not any(t.pos_ in ("VERB", "AUX") or t.dep_ == "cc" for t in own)
            and lemma_of(verb).lower() not in ("show", "find")
            and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children))


# Words opening an adverbial clause: a clause they open before the cue says when or why, not what was said
_SUBORDINATORS = _CONDITION_MARKS | {"after", "before", "as", "since"}


def _opening_participle(clause: "Token") -> bool:
    """A participle phrase with no subject of its own ('In the text accompanying the post', 'Asked if ...')."""
    return clause.tag_ in ("VBG", "VBN") and (clause.left_edge.pos_ == "ADP" or clause.left_edge.i == clause.i) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _opening_adverbial(clause: "Token", verb: "Token") -> bool:
    """A clause opening the sentence with 'when', 'if', 'after' ... ('When Clinton noted that ...')."""
    edge = clause.left_edge
    return edge.i == sentence_of(verb).start and edge.lower_ in _SUBORDINATORS and edge.dep_ in ("advmod", "mark")


def _fronted_report(verb: "Token") -> "list[Token] | None":
    """The words before '..., officials said' when the parser left them a loose dependent of the cue rather than its
    clause ('Talks aimed at ending the war stalled on Thursday, officials said, as ...'), a dateline cut off."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.dep_ != "ROOT" or subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    loose = next((c for c in verb.children if c.dep_ == "dep" and c.i < subject.i), None)
    if loose is None or not any(t.pos_ == "VERB" for t in loose.subtree) or not all(
            c.dep_ in ("punct", "advcl", "prep", "npadvmod", "advmod") for c in verb.children if c.i > verb.i):
        return None  # (not 'This sort of opining, CNN claimed, violates its code': the report goes on after the cue)
    words = [t for t in loose.subtree if t.i < subject.left_edge.i - 1]
    dash = [k for k, t in enumerate(words) if t.text in ("-", "\u2014", "\u2013") and t.whitespace_ and k
            and words[k - 1].whitespace_]  # 'TARNFELD, Belvoria, March 14 - Talks ...': the dateline is no one's words
    words = words[dash[-1] + 1 :] if dash else words
    return words if len(words) >= 4 else None


# Verbs whose object is the one addressed, not what is said: 'warned investors the market was overheated'.
_ADDRESSING = frozenset("tell warn inform remind assure ask urge advise promise convince persuade notify brief show".split())


def _lost_subject(verb: "Token", clause: "Token") -> "Token | None":
    """The object the parser took from a reported clause that has no subject of its own: 'said forward bookings for
    November through January were 6 percent higher', 'says the play's depiction of the pub ... is an invention'."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return None
    if lemma_of(verb).lower() in _ADDRESSING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i), None)
    if obj is None or obj.pos_ == "PRON" or any(t.text in (":", ";", '"', "“", "”") for t in verb.doc[verb.i + 1 : clause.left_edge.i]):
        return None
    return obj


def _naming(verb: "Token") -> bool:
    """'the undertow near the pier, often called the drag, could pull ...': a verb that names something inside a
    reported clause, not a second report after a comma."""
    return lemma_of(verb).lower() in ("call", "name", "dub") and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


# What one does to a statement itself ('in a statement it issued on Monday'): the clause describes the statement
_PUBLISHING = frozenset("issue release publish post send make give put file write share sign circulate read".split())


def _said_within(document: "Token", clause: "Token") -> bool:
    """True for 'said in a statement it expected to clear the backlog': the parser hung the reported clause on the
    statement as a relative clause with no 'that'; one that issues or sends the statement only describes it, and
    so does the clause after 'elaborated on the message he felt ...' (said in it, not about it)."""
    return (lemma_of(document).lower() in lx.SENT_NOUNS and document.head.lower_ == "in" and clause.dep_ == "relcl" and clause.pos_ == "VERB"
            and lemma_of(clause).lower() not in _PUBLISHING and clause.i == document.i + 2
            and any(c.dep_ == "nsubj" and c.i == document.i + 1 and c.lower_ not in ("that", "which", "who") for c in clause.children))


def _thing_inside_report(f: Found, found: Sequence[Found]) -> bool:
    """'The pattern, she said, suggested that summers had grown warmer': a thing that 'suggests' inside what someone
    reports is part of their report, not a second source."""
    m = f.mention
    return (f.kind == "indirect" and m is not None and m.entity.kind == "unknown" and m.resolution != "unresolved"
            and any(g is not f and g.kind == "indirect" and g.start <= f.start and f.end <= g.end for g in found))


def _finding(verb: "Token", clause: "Token") -> bool:
    """'X shows / found that ...' reports a finding: a 'that' clause, a subject that can state one, and
    no other reporting verb around it ('CCTV footage shows that ..., police said' is the police's)."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if verb.dep_ in ("ccomp", "parataxis") or any(c.dep_ in ("parataxis",) for c in verb.children):
        return False
    subj = subject_of(verb)
    if subj is None:
        return False
    return subj.ent_type_ in ("ORG", "GPE") or lemma_of(subj).lower() in lx.FINDER_NOUNS or subj.lower_ in lx.FINDER_NOUNS or (
        subj.lower_ in lx.ORG_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children))  # 'The center found'


# Verbs that report only with a clause: 'the judge ruled that ...', 'Parkhurst objected that ...', 'pointed out that'.
_THAT_CLAUSE_ONLY = frozenset({"rule", "object", "point"})


def _clause_read_as_object(verb: "Token") -> "Token | None":
    """'said the sell-off looked overdone', parsed as 'said [the sell-off-looked overdone]': a clause the parser
    made the object of 'said', its verb an adjective of a noun. The object is taken for the clause when a word in
    it has a subject of its own, and a past-tense verb stands between that subject and the object's head."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.i - verb.i > 12:
        return None
    words = list(obj.subtree)
    subject = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.i < obj.i), None)
    if subject is None or not any(t.tag_ in ("VBD", "VBZ", "VBP") and subject.i < t.i < obj.i for t in words):
        return None
    return obj


class ReportedSpeech:
    """Mixin of the Extractor: the reported-speech rules (uses its ``art``, ``kinds``, ``resolver``, ``registry``)."""

    art: Any
    kinds: list[str]
    resolver: Any
    registry: Any

    def _indirect(self, quoted: Sequence[tuple[int, int]]) -> list[Found]:
        """Reported speech ('X said that ...', 'according to X, ...') and non-answers."""
        art = self.art
        out: list[Found] = []
        for index, doc in enumerate(art.docs):
            if self.kinds[index] not in ("body", "title"):
                continue
            base = art.base[index]
            # (one search of the paragraph first: most hold no refusal, and then no sentence of theirs need be searched;
            # the full pattern only where its words' cheap hint is)
            paragraph_end = art.paragraphs[index].end
            refusing = (_NON_ANSWER_HINT.search(art.text[base:paragraph_end].casefold()) is not None
                        and lx.NON_ANSWER.search(art.text, base, paragraph_end) is not None)
            for sent in art.sents(index):
                if inside(base + sent.start_char, quoted) and inside(base + sent.end_char - 1, quoted):
                    continue
                # a non-answer is reported ('X declined to comment'), not said: 'I didn't say that' inside a quote is no refusal
                # the article's text, sliced: ``sent.text`` joins a new object per token of every sentence
                non = next((m for m in lx.NON_ANSWER.finditer(art.text[base + sent.start_char : base + sent.end_char])
                            if not inside(base + sent.start_char + m.start(), quoted)), None) if refusing else None
                refusal: list[Found] = self._non_answer(sent, non, index, quoted) if non is not None else []
                out.extend(refusal)
                if refusal and refusal[0].start <= base + sent.start_char:
                    continue  # the whole sentence is the refusal
                for tok in art.all_tokens(index)[sent.start : sent.end]:
                    lower = tok.lower_
                    if lower not in _TRIGGER_WORDS and not lower.startswith("point"):
                        continue  # none of the tests below can hold (this runs on every token of the body)
                    if refusal and refusal[0].start <= base + tok.idx < refusal[0].end:
                        continue
                    if tok.lower_ == "according" or (
                        tok.pos_ == "VERB" and tok.lower_ in _INDIRECT_FORMS and lemma_of(tok).lower() in lx.INDIRECT_LEMMAS
                    ) or _asked_that(tok) or own_account(tok) is not None or pointed_out(tok):
                        item = self._reported(tok, sent, index, quoted)
                        if item is not None:
                            out.append(item)
                            out.extend(self._second_that(tok, item, quoted))
        return [f for f in out if not _thing_inside_report(f, out)]

    def _second_that(self, verb: "Token", first: Found, quoted: Sequence[tuple[int, int]]) -> list[Found]:
        """A second 'that' clause the parser hung on the cue as a clause of its own ('told the Gazette that the winger had
        been "..." and that he doubted Veldhuis would force a move'): reported by the same speaker."""
        base = self.art.base[first.paragraph]
        out: list[Found] = []
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
            words = [t for t in conj.subtree if t.dep_ != "cc" and not t.is_punct]
            if len(words) < 4 or words[0].lower_ != "that" or words[0].dep_ != "mark" or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i < words[0].i for c in conj.children):
                continue
            start, end = base + words[1].idx, base + words[-1].idx + len(words[-1])
            if start < first.end or any(a < end and start < b for a, b in quoted):
                continue
            out.append(Found(start, end, first.paragraph, "indirect", first.mention, first.cue, first.confidence))
        return out

    def _reported(self, verb: "Token", sent, index: int, quoted: Sequence[tuple[int, int]]) -> Found | None:
        base = self.art.base[index]
        if inside(base + verb.idx, quoted):
            return None
        owner = own_account(verb)
        sourcing = verb.lower_ == "according" or owner is not None  # who the sentence is sourced to, not a verb
        if sourcing:
            phrase = list(verb.subtree)
            named = according_name(verb) if owner is None else None
            if named is not None:  # 'According to a spokesperson ..., Mikhail Dorran, the plant ...': his name, not his words
                phrase += list(named)
            rest = [t for t in self.art.all_tokens(index)[sent.start : sent.end] if t not in phrase and t.text not in _EDGE_PUNCT]
            if not rest:
                return None
            first, last = rest[0], rest[-1]
        else:
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            clause = clauses[0] if clauses else None
            if clause is not None and clause.i < verb.i and (_opening_participle(clause) or _opening_adverbial(clause, verb)):
                # 'In the text accompanying the video post, Wallnau wrote:', 'Asked if ..., Trump replied', 'When Clinton
                # noted that ... ― Trump boasted, "..."': a phrase opening the sentence says where, how or when it was
                # said, not what
                clause = clauses[1] if len(clauses) > 1 and clauses[1].i > verb.i else None
            if clause is not None and clause.i < verb.i and (aside := asked_aside(verb)) is not None and aside[0].i == clause.i:
                # 'Oyelaran-Voss, asked about the post, said she ...': the aside names who speaks; what was said follows
                clause = next((c for c in clauses if c.i > verb.i), None)
            if (len(clauses) > 1 and subject is not None and clause is not None and clause.i < verb.i < clauses[1].i
                    and subject.left_edge.i == clause.right_edge.i + 1):
                # 'former captain turned pundit Gary Okonkwo said the club had ...': the parser made 'turned' a clause of
                # 'said' too, run on into the subject's name; the clause after the verb is what was said
                clause = clauses[1]
            if clause is None:  # 'told analysts on a call that demand held up': the parser hung the clause on 'call'
                # ('arguing in a research note that ...': hung on 'note' as its clause)
                clause = next((g for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                               for g in o.children if g.dep_ in ("relcl", "acl")
                               and (any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children) or _said_within(o, g))),
                              None)
            if clause is None:  # 'said in a release accompanying the poll that it had increased ...': hung deeper still
                clause = next((g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for o in c.children
                               if o.dep_ == "pobj" for g in o.subtree if g.dep_ in ("relcl", "acl") and g.i > o.i
                               and g.i - o.i <= 8 and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
                               and any(m.dep_ in ("nsubj", "nsubjpass") for m in g.children)), None)
            if lemma_of(verb).lower() in _THAT_CLAUSE_ONLY and (clause is None or clause.i < verb.i):
                return None  # 'egalitarianism ruled', 'objected to the plan': no report without its clause after it
            if clause is None and lemma_of(verb).lower() == "tell":
                clause = _told_that(verb)
            if clause is None and lemma_of(verb).lower() == "say":
                clause = _clause_read_as_object(verb)
            spoken_object = _object_then_words(verb) if clause is None else None
            if spoken_object is not None:
                toks = spoken_object  # 'urged the board to look again at ...', 'estimated the cost at "..."'
            elif clause is None and _closing_conj(verb):
                comma = next(c for c in verb.children if c.dep_ == "nsubj").left_edge.i - 1
                toks = [t for t in sentence_of(verb) if t.i < comma]  # 'Deputies went door to door ..., the office said'
            elif clause is None and (fronted := _fronted_report(verb)) is not None:
                toks = fronted  # 'Talks ... stalled on Thursday over prisoners, officials said, as ...'
            elif clause is None and (verb.dep_ == "parataxis" or _comma_enclosed(verb)) and verb.head.pos_ in ("VERB", "AUX") and (
                    verb.head.i > verb.i or "," in (verb.left_edge.text, verb.doc[max(0, verb.left_edge.i - 1)].text)):
                # 'The trains, Lee said, ran on time'; 'A boy was shot outside the school, police said, shortly after 3pm
                toks = _around_cue(verb)  # 'The trains, Lee said, ran on time': the cue sits inside what it reports
            elif clause is None and (aside := _as_reported(verb)):
                toks = aside  # 'As the Capitol Ledger reported on Sunday, the campaign has reserved $2.1 million'
            elif clause is None:
                return None
            elif any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
                    t.lower_ in _QUESTION_WORDS for t in clause.subtree if t.i <= clause.i and t.i == clause.left_edge.i):
                return None  # 'it was too early to say what had caused the blast': an open question, no report
            else:
                if lemma_of(verb).lower() in ("show", "find") and not _finding(verb, clause):
                    return None
                inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)
                if clause.pos_ == "VERB" and clause.lower_ in _INDIRECT_FORMS and inner is not None:
                    clause = inner  # 'X said [the mayor should resign], a YouGov poll found': the parser hangs it the other way
                # not a reporting verb after a comma inside it: ', saying that "race still ..."' is a second report
                # (the clause's words listed once: spaCy walks the tree anew, a generator per word, on each ``subtree``;
                # the word's form tested before its tag, the rarer and the cheaper)
                clause_words = list(clause.subtree)
                cut = {t.i for d in clause_words if d is not clause and d.i > verb.i and d.lower_ in _INDIRECT_FORMS
                       and d.pos_ == "VERB" and not _naming(d) and (d.doc[d.left_edge.i - 1].text == "," or (
                           d.dep_ == "conj" and d.head.i == clause.i and not any(c.dep_ == "nsubj" for c in d.children)))
                       for t in d.subtree}
                cut |= {c.i for c in clause.children if c.dep_ == "cc" and any(d.i in cut for d in clause.children if d.i > c.i)}
                toks = [t for t in clause_words if t.i not in cut]
                lost = _lost_subject(verb, clause)
                if lost is not None and toks:
                    # 'Dallow said forward bookings for November through January were 6 percent higher': the parser
                    # made the clause's subject the verb's object; the clause starts there
                    first = lost.left_edge.i + (lost.left_edge.lower_ == "that")  # 'emphasize that trade is ...'
                    toks = [t for t in sentence_of(verb) if first <= t.i <= toks[-1].i]
                held = next((g for c in verb.children if c.dep_ == "prep" and c.i > verb.i for o in c.children
                             if o.dep_ == "pobj" for g in o.children if _said_within(o, g) and g.i < clause.i), None)
                if held is not None and toks:
                    # 'said in a statement it expected to clear the backlog and that its engineers were ...': the
                    # first half hangs on the statement, the second on the verb; one report
                    toks = [t for t in sentence_of(verb) if held.left_edge.i <= t.i <= toks[-1].i]
                if _naming(clause) and (then := next((c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i), None)):
                    # 'explained that the undertow, often called the drag, could pull ...': the parser took the naming
                    # verb for the clause; the clause goes on to the second complement
                    toks = sorted({t.i: t for t in [*toks, *then.subtree]}.values(), key=lambda t: t.i)
            while toks and ((toks[0].dep_ == "mark" and toks[0].lower_ not in _CONDITION_MARKS) or toks[0].text in _EDGE_PUNCT
                            or (toks[0].lower_ == "that" and toks[0].dep_ == "dobj" and toks[0].head.i == verb.i)):
                toks = toks[1:]
            while toks and toks[-1].text in _EDGE_PUNCT:
                toks = toks[:-1]
            if len(toks) < 3:
                return None
            first, last = toks[0], toks[-1]
            rest = [t for t in self.art.all_tokens(index)[sent.start : sent.end]
                    if t.i > last.i and not (t.i == sent.end - 1 and t.is_punct) and not t.is_space]
            if (rest and verb.i < first.i and not any(is_cue(t) or t.text in (",", ";", ":", "(", "—", "–") for t in rest)
                    and rest[-1].text not in _EDGE_PUNCT):
                # 'hoped to run a trial involving people who already have type 2 diabetes': the parser hung the end of
                # the sentence outside the clause; with no other cue or break before the full stop, it is still reported
                last = rest[-1]
        start, end = base + first.idx, base + last.idx + len(last)
        if not sourcing and self._holds_quote(start, end, quoted):
            apart = _apart_from_quote(toks, base, quoted)
            if apart is not None:
                first, last = apart[0], apart[-1]
                start, end = base + first.idx, base + last.idx + len(last)
        text = self.art.text
        while end < len(text) and text[end] in "-‐" and end + 1 < len(text) and text[end + 1].isalnum():
            end += 1  # 'pre-diabetes': a word the tokenizer split at its hyphen stays whole
            while end < len(text) and text[end].isalnum():
                end += 1
        if self._holds_quote(start, end, quoted):
            wrapped = self._wraps_partial(start, end, quoted)
            if wrapped is None:
                return None
            start, end = wrapped
        if not sourcing:
            subj = subject_of(verb)
            if subj is None or subj.lower_ in lx.FIRST_PERSON:
                return None
            if lemma_of(verb).lower() == "hear" and lemma_of(subj).lower() not in _HEARING_BODIES:
                return None  # 'The inquest heard that ...' reports evidence; 'she heard that ...' is no report
            if subj.lower_ in ("that", "which") and lemma_of(verb).lower() in ("suggest", "indicate", "show"):
                return None  # 'smiling in a way that suggested she did not believe it': no one reports anything
            if any(c.dep_ == "neg" for c in verb.children):
                return None  # 'the team had not claimed that warming alone was to blame': no claim is reported
        # 'Her route into glaciology was, by her own account, an accident': whoever 'her' is
        mention = self.resolver.resolve(owner, base) if owner is not None else self._speaker(verb, index)
        if (mention is not None and mention.resolution == "pronoun" and mention.end <= start
                and self.art.base[index] + verb.idx < start and named_in(mention.entity, self.art.text[start:end], self.registry, part=-1)):
            # 'Asked about the discrepancy, she said Foye had been working from older numbers': 'she' is not Foye (only
            # for words reported after the pronoun and its verb: in 'When she noticed Mr. Rogan, ..., he said' he is)
            pronoun = self.art.text[mention.start : mention.end].lower()
            other = self.registry.antecedent(pronoun, mention.start, exclude=mention.entity)
            if other is not None:
                mention = Mention(other, mention.start, mention.end, "pronoun")
        if mention is None and not sourcing and (subj := subject_of(verb)) is not None and an_amount(subj):
            return None  # 'has just 3.4 gigawatts of storage, and the operator says': a misparse, no one's report
        conf = CONFIDENCE.get(mention.resolution, 0.5) * 0.85 if mention else 0.35
        return Found(start, end, index, "indirect", mention, self._cue_span(verb, index), round(conf, 2))

    def _holds_quote(self, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """True when reported words ``start``-``end`` overlap a quote (a name in marks inside them aside)."""
        return any(a < end and start < b and not self._name_in_marks(a, b, start, end) for a, b in quoted)

    def _wraps_partial(self, start: int, end: int, quoted: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
        """The span of reported words that hold partial quotes whole, with words of their own around them, or None.

        'said after the verdict that her client was "devastated" and that they would appeal' reports the whole
        clause, and the partial quote is reported beside it (the roster counts the words once). A clause the parse
        ends at the quote's last word ('said the plan was "a disaster for the town."') takes in the closing mark.
        None for a clause that opens with quoted words ('said "we will win this vote" on Tuesday' is the quote) or ends
        among them, or whose own words are fewer than three."""
        text = self.art.text
        inner = sorted((a, b) for a, b in quoted if a < end and start < b)
        for a, b in inner:
            if end < b and not re.search(r"\w", text[end:b]):
                end = b
        if not all(start <= a and b <= end for a, b in inner):
            return None
        own, at = [], start
        for a, b in inner:
            own.append(text[at:a])
            at = b
        own.append(text[at:end])
        return (start, end) if sum(len(re.findall(r"\w+", part)) for part in own) >= 3 else None

    def _name_in_marks(self, a: int, b: int, start: int, end: int) -> bool:
        """A name in quotation marks wholly inside reported speech ('the pattern pointed at the old "Yellow Reach"
        outfall'): it does not make the sentence a quote, so the reported speech stands beside it."""
        words = self.art.text[a + 1 : b - 1].split()
        return (start <= a and b <= end and 1 <= len(words) <= 3
                and all(w[:1].isupper() for w in words) and not any(c in self.art.text[a + 1 : b - 1] for c in ".!?,"))

    def _non_answer(self, sent, match, index: int, quoted: Sequence[tuple[int, int]]) -> list[Found]:
        base = self.art.base[index]
        toks = [t for t in sent if not (t.is_punct and t.i == sent.end - 1)]
        if not toks:
            return []
        cue_tok = next((t for t in sent if sent.start_char + match.start() <= t.idx), sent.root)
        verb = cue_tok if cue_tok.pos_ in ("VERB", "AUX") else cue_tok.head
        if verb.dep_ in ("aux", "auxpass", "neg"):
            verb = verb.head  # 'has not responded': the verb, not its auxiliary
        if verb.dep_ == "conj" and verb.head.i < verb.i:
            # 'Kettering said he would stay, but the landlord has not responded': the non-answer is the
            # second clause only; the first is Kettering's reported speech
            own = [t for t in verb.subtree if not (t.is_punct and t.i == sent.end - 1) and t.dep_ != "cc"]
            toks = own or toks
        reporter = verb
        while reporter.dep_ in ("conj", "xcomp", "aux") and reporter.head.i != reporter.i:
            reporter = reporter.head
        if reporter.dep_ == "ccomp" and reporter.head.pos_ == "VERB" and lemma_of(reporter.head).lower() in lx.INDIRECT_LEMMAS:
            return []  # 'Marguerite Aldana said the company did not comment on "market speculation"': her report
        subj = subject_of(verb) or subject_of(verb.head)
        if subj is not None and inside(base + subj.idx, quoted):
            # 'Acas said it was "pleased that the parties have accepted" and would not comment further': the
            # parser hung the refusal on the quoted words; the sentence's speaker refuses, not 'the parties'
            subj = subject_of(sent.root)
        mention = self.resolver.resolve(subj, base) if subj is not None else None
        start, end = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
        cue = (base + sent.start_char + match.start(), base + sent.start_char + match.end())
        return [Found(start, end, index, "non_answer", mention, cue, 0.8 if mention else 0.5)]

