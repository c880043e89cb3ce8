"""From a cue verb to its speaker, and from a speaker mention to a source.

The speaker of a cue is its grammatical subject ("Lindqvist warns", "said Mayor
Helena Brandt" — spaCy parses the inverted subject as ``nsubj`` too); a verb
without one takes the subject of the verb it is coordinated with ("He called
... and said ..."). The subject is then resolved against the :class:`Registry`.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span

from unspun.nlp import lemma_of
from unspun.nlp.sentences import sentence_of
from unspun.quotes import lexicon as lx
from unspun.quotes.names import GIVEN_NAMES, gender_of_first_name
from unspun.quotes.people import (
    OTHER_ROLE, Entity, Mention, Registry, appositive, clean_name, described_elsewhere, is_learned, prefix_description,
    title_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

_NAME_ENTS = ("PERSON",)
_ORG_ENTS = ("ORG", "GPE", "NORP", "FAC")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Entity types that never speak: "said Tuesday", "told a rally in Iowa".
NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "FAC", "EVENT"})


# Forms the lemmatizer sends to another verb: 'sniped' -> 'snip'.
_RELEMMATISED = {"sniped": "snipe", "snipes": "snipe", "sniping": "snipe"}


def entity_of(tok: "Token") -> "SpacySpan | None":
    """The named entity ``tok`` is part of, if any, found from the token's IOB tags.

    ``doc.ents`` builds every entity span of the paragraph on each call: asked once per
    mention, it made a long paragraph of many quotes cost the square of its length.
    """
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def pointed_out(token: "Token") -> bool:
    """'pointed out (that)': a verb of saying with its particle."""
    return token.lower_.startswith("point") and lemma_of(token).lower() == "point" and any(
        c.lower_ == "out" and c.dep_ == "prt" for c in token.children)  # (the word first: this runs on every token)


def is_cue(token: "Token") -> bool:
    """True for a verb of saying or writing ('says', 'tweeted', 'according')."""
    if token.lower_ == "according":
        return True
    pos = token.pos_
    if pos != "VERB" and pos != "AUX" and (pos != "NOUN" or not (
            token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            or _misread_verb_subject(token) is not None)):
        return False  # ('prompted the Almanac to state, "..."': the tagger's noun is a verb by its 'to' and its place)
    lemma = _RELEMMATISED.get(token.lower_) or lemma_of(token).lower()
    if lemma in lx.BACK_LEMMAS:  # 'shot back', 'fired back', 'hit back': a retort
        return any(c.lower_ == "back" for c in token.children)
    if lemma in lx.IN_LEMMAS:  # 'her husband cut in', 'broke in', 'jumped in': an interruption
        return any(c.lower_ == "in" and c.dep_ in ("prt", "advmod") for c in token.children)
    if lemma == "point":  # 'Nandakumar pointed out that shipments had fallen', not 'pointed to the data'
        return pointed_out(token)
    if lemma == "refer":  # 'Christie refers to the candidate as "Mr. Trump"', not 'referred to the data'
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    if lemma == "make":  # 'she made it clear that she has "serious concerns"', 'made clear that ...'
        return any(c.lower_ == "clear" for c in token.children)
    if lemma == "object":  # '"...," she objected', not 'the line the families object to most: "..."'
        return not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    if lemma == "put":  # 'as the prosecutor put it, "..."'
        return any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children)
    if lemma == "talk":  # 'he keeps talking about the "power of we"', not 'an opportunity to talk about'
        return token.tag_ != "VB"
    if lemma == "call" and any(c.dep_ == "prt" and (c.lower_ in ("off", "up") or c.lower_ == "out" and any(
            o.dep_ == "dobj" for o in token.children)) for c in token.children):
        return False  # 'calling out Trump for his "lies"', 'called off the strike': no one is named or quoted
    if lemma == "quote" and any(c.lower_ == "i" and c.dep_ == "nsubj" for c in token.children):
        return False  # 'Trump said, and I quote, "..."': the writer marks the quote, Trump speaks
    return lemma in lx.SPEECH_LEMMAS


def _misread_verb_subject(token: "Token") -> "Token | None":
    """'The Sanders campaign projects that "..."': a verb of saying the tagger read as the last noun of its
    subject (a plural speech noun right before 'that', heading the sentence); the noun before it is the subject."""
    if not (token.tag_ == "NNS" and token.dep_ == "ROOT" and token.i + 1 < len(token.doc)
            and token.nbor(1).lower_ == "that" and token.lower_[:-1] in lx.SPEECH_LEMMAS):
        return None
    return next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound"), None)


def _within_marks(tok: "Token") -> bool:
    """True when ``tok`` stands between an opening and a closing quotation mark of its sentence."""
    before = [t.text for t in sentence_of(tok) if t.i < tok.i]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight


_HYPHEN_PREFIXES = frozenset({"co", "ex", "vice", "non"})


def after_prefix(tok: "Token") -> "Token":
    """'presenter' for the 'co' the parser made the head of 'co-presenter' ('ex-minister', 'vice-chair' too)."""
    doc = tok.doc
    if (tok.lower_ in _HYPHEN_PREFIXES and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].pos_ in ("NOUN", "PROPN")):
        return doc[tok.i + 2]
    return tok


_ASKED_LEMMAS = frozenset({"ask", "press", "question", "quiz", "challenge"})


def asked_aside(verb: "Token") -> "tuple[Token, Token] | None":
    """'Oyelaran-Voss, asked about the post, said she ...': the parser read the name and the aside as a clause of
    their own ('Oyelaran-Voss asked about the post') hung on the cue, which is left without a subject. The aside's
    clause and the one asked, who is who speaks; None for anything else. Only for an aside set off by commas before
    the cue."""
    doc = verb.doc
    for clause in verb.children:
        if (clause.i < verb.i and clause.dep_ in ("ccomp", "advcl") and clause.tag_ in ("VBN", "VBD")
                and lemma_of(clause).lower() in _ASKED_LEMMAS and clause.right_edge.i >= verb.i - 2
                and doc[verb.i - 1].text == ","):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
            if subj is not None and subj.pos_ == "PROPN" and doc[subj.i + 1].text == ",":
                return clause, subj
    return None


def subject_of(verb: "Token") -> "Token | None":
    """The subject of a cue verb: its own, or that of the verb it is coordinated with."""
    if verb.pos_ == "NOUN" and (misread := _misread_verb_subject(verb)) is not None:
        return misread
    if verb.lower_ == "according":
        named = according_name(verb)
        if named is not None:
            return named.root
        for child in verb.children:
            if child.lower_ == "to":
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                maker = next((p for b in (source.children if source is not None and source.pos_ == "NOUN" else ())
                              if b.dep_ == "prep" and b.lower_ == "by" for p in b.children
                              if p.dep_ == "pobj" and (person_like(p) or p.ent_type_ == "ORG")), None)
                # 'according to calculations by Amy Glasmeier of MIT': the one who made them
                return appositive_name(maker) or maker if maker is not None else source
        return None
    if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and is_cue(verb) and is_cue(verb.head.head)
            and (not is_cue(verb.head) or _within_marks(verb.head)) and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)):
        # (also 'said the flooding was "worse than anything the modelling told us to expect" and warned that ...':
        # a cue inside quoted words is no reporter)
        # 'Voskresna said Ostremark had walked away and insisted her government would not accept': the parser
        # joined the second report to the reported clause; the reporter insists, not the one reported on
        return subject_of(verb.head.head)
    if verb.dep_ in ("xcomp", "advcl") and lemma_of(verb.head).lower() == "fall" and (to := next(
            (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "to"), None)) is not None and (
            person := next((c for c in to.children if c.dep_ == "pobj"), None)) is not None:
        # 'It fell to the committee's chair, Nkechi Obi-Wallace, to point out that ...': the one it fell to, by
        # name where one is set off after (the parser may hang it on the verb)
        after = person.right_edge.i + 1
        ent = entity_of(person.doc[after + 1]) if after + 1 < len(person.doc) and person.doc[after].text == "," else None
        if ent is not None and (ent.label_ == "PERSON" or misread_person(ent) or ent[0].lower_ in GIVEN_NAMES):
            return ent.root
        return appositive_name(person) or person
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and lemma_of(verb.head.head).lower() in ("quote", "cite"):
        # 'State television quoted the interior minister as saying ...': the one quoted says it, not the outlet
        quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:
            return appositive_name(quoted) or quoted
    if lemma_of(verb).lower() == "quote":
        # 'The release quoted its chief technology officer, Ingrid Salvesen: "..."': the body's own person speaks
        # (but in 'the graduate quoted Leonardo: "..."' or 'a tweet quoted Obama' the quoter uses the words)
        quoted = next((c for c in verb.children if c.dep_ == "dobj" and person_like(c)
                       and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)), None)
        if quoted is not None:
            return appositive_name(quoted) or quoted
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # 'Rabbis called for a boycott, and the League denounced his rhetoric and said it would "redirect" ...':
        # the parser hung 'said' on the first clause; the nearer coordinated clause with a subject of its own says it
        nearer = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ in _SUBJECT_DEPS for g in c.children)]
        if nearer:
            return subject_of(nearer[-1])
    seen = 0
    tok = verb
    while seen < 4:
        # Two subjects on one verb are a misparse ('X - ... - has been "..." said a source'): the nearer one.
        subj = min(
            (c for c in tok.children if c.dep_ in _SUBJECT_DEPS),
            key=lambda c: (not person_like(c), abs(c.i - tok.i)), default=None,
        )
        if subj is not None and seen > 0 and verb.tag_ == "VBG" and tok.head is not tok and (
            not person_like(subj)
            or (verb.dep_ == "advcl" and tok.dep_ == "ccomp" and is_cue(tok.head) and not is_cue(tok))
        ):
            # The participle hung on an inner clause: 'X said the process could be "messy," adding, "..."'
            # (its subject cannot speak) or 'Cardin said that Republicans rejected his attempts, calling
            # it "..."' (a reported clause: the reporter speaks). The speaker is further up.
            above = subject_of(tok.head)
            if above is not None and person_like(above):
                return above
            if not person_like(subj) and verb.i > 1 and verb.nbor(-1).text == ",":
                # 'The first clash came during a rally, when protesters interrupted her remarks, shouting "...": the
                # parser hung the participle on the main clause; the clause right before it, with a person as its
                # subject, is who shouts
                # (a relative or adverbial clause, not what someone else is said to do: 'lawyers, who were not shocked
                # that the commission isn't seeking a fine, saying ...' are the ones saying it)
                nearer = [c for v in verb.doc[subj.i + 1 : verb.i - 1] if v.pos_ == "VERB" and v.right_edge.i == verb.i - 2
                          and v.dep_ in ("relcl", "advcl", "conj")
                          for c in v.children if c.dep_ == "nsubj" and person_like(c) and c.pos_ != "PRON"]
                if nearer:
                    return nearer[-1]
        if subj is None and seen == 0 and (aside := asked_aside(tok)) is not None:
            subj = aside[1]
        if subj is not None:
            subj = after_prefix(subj)  # 'His co-presenter, Martin Sheehy, argued': the presenter, not 'co'
        if subj is not None and subj.pos_ == "ADP":  # 'Of Carson, Levine ... said': the parser made 'Of' the subject
            subj = _named_after_preposition(subj) or subj
        if subj is not None and subj.dep_ == "nsubj" and subj.tag_ == "VBG" and subj.i == sentence_of(subj).start and (
                subj.i + 1 < len(subj.doc) and subj.nbor(1).text == ","):
            # 'Prosecuting, Lydia Fensome KC told the court': the participle opening the sentence is what she
            # was doing; the parser made it the subject and her name its apposition
            person = [e for e in tok.doc.ents if subj.i < e.start and e.end <= tok.i and (
                e.label_ == "PERSON" or postnominal_name(e.root) is not None)]
            if person:
                root = person[-1].root
                subj = postnominal_name(root) or root
        if subj is not None and subj.pos_ == "PROPN" and subj.text.isupper() and len(subj.text) > 2 and any(
                t.text in ("—", "–", "-") for t in tok.doc[subj.i : min(tok.i, subj.i + 6)]) and sentence_of(subj).start == 0:
            # 'CEDAR BLUFF, Iowa — Standing on a wagon, state Senator Ruth Calloway promised': the dateline is
            # no speaker; the last person named before the verb is
            person = [e for e in tok.doc.ents if e.label_ == "PERSON" and subj.i < e.start and e.end <= tok.i]
            if person:
                subj = person[-1].root
        if subj is not None and subj.dep_ == "csubj" and subj.tag_ == "VBG" and any(
                t.text == "," for t in tok.doc[subj.i : tok.i]):  # (not a gerund subject: "keeping X in jail will make")
            # 'Opening the case for the Crown, prosecutor Oliver Strand KC told the court': the participle
            # clause is no speaker; the parser hid the subject inside it. The last person named before the verb.
            person = [e for e in tok.doc.ents if e.label_ == "PERSON" and subj.i < e.start and e.end <= tok.i]
            subj = person[-1].root if person else subj
        if subj is not None and subj.ent_type_ != "PERSON" and subj.lower_.rstrip(".") in lx.ROLE_NOUNS:
            # 'Sirius XM Vice President for news and talk Dave Gorab called the show': the parser coordinated the
            # name with the title it follows; the name speaks
            named = next((c for c in subj.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
            if named is not None and not any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in subj.children):
                subj = named
        if (subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ != "PERSON" and subj.i + 1 < tok.i
                and tok.doc[subj.i + 1].text == "," and tok.doc[tok.i - 1].text == ","):
            # 'Outside court, the charity's chief executive, Gordon Pellew, said': the parser made the opening phrase
            # the subject and hung the role and the name on it; the name set off right before the cue speaks
            named = next((t for t in subj.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                          and t.right_edge.i == tok.i - 2), None)
            subj = named if named is not None else subj
        if subj is not None:
            if subj.dep_ == "nsubjpass" and seen == 0:  # "the claim was made by X": take the agent
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if agent is None:
                    # 'has been called "strategic ambiguity" by Joshua Hendrick': the parser hung 'by' on the words
                    agent = next((c for o in tok.children if o.dep_ in ("oprd", "dobj", "attr") for c in o.children
                                  if c.dep_ == "prep" and c.lower_ == "by"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                return pobj
            return subj
        if tok.dep_ == "xcomp" and is_cue(verb) and (tok.i == verb.i or (verb.dep_ == "conj" and verb.head.i == tok.i)):  # "prompted Rubio to call Trump ...": the object of the head speaks
            # (only the cue itself: in 'ask the club to appeal the decision, describing it as "..."' the participle
            # hangs on 'appeal', and the club describes nothing)
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and (person_like(obj) or (obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", "WORK_OF_ART", ""))):
                return obj  # not 'uses the term "..." to describe'; a named body or publication speaks ('prompted the Almanac to state')
        agent = next((c for c in tok.children if c.dep_ == "agent"), None) if seen == 0 else None
        if agent is None and seen == 0 and tok.tag_ == "VBN":
            # 'often labeled as a "witch hunt" by Democrats': the parser hung 'by' on the words it was labelled as
            agent = next((b for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                          if o.dep_ == "pobj" for b in o.children if b.dep_ == "prep" and b.lower_ == "by"), None)
        if agent is not None:  # 'as described by FBI Director James Comey'
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and seen < 3:  # 'told the AP after hinting that'
            tok = tok.head.head
            seen += 1
            continue
        if seen == 0 and tok.dep_ == "acl" and tok.head.pos_ == "ADJ" and _described_person(tok.head):
            return tok.head  # '"...?" the 43-year-old asked': the parser made the age the root, the cue its clause
        active = tok.tag_ in ("VBG", "VBD") or any(c.dep_ in ("dobj", "oprd") for c in tok.children) or (
            # "O'Malley, who signed the laws, interjected to say:": a past tense the tagger read as a participle
            tok.tag_ == "VBN" and is_cue(tok) and tok.head.pos_ == "PROPN" and tok.head.i < tok.i
            and not any(c.dep_ in ("agent", "auxpass") for c in tok.children)
        )
        if seen == 0 and tok.dep_ == "acl" and lemma_of(tok.head).lower() in lx.VOICE_SOUNDS and tok.head.dep_ in (
                "ROOT", "nsubj", "nsubjpass"):  # (not 'fired back a response saying': the one who fired it)
            return tok.head  # '"...?" a voice called from the government side': the voice
        if tok.dep_ == "acl" and active and tok.head.pos_ in ("PROPN", "NOUN") and person_like(tok.head):
            # "Christie, the governor, calling him ...": the participle hangs from its speaker, unless
            # that noun is the addressee ('emailed supporters saying: "..."'): then the sender speaks.
            sender = _sender(tok.head)
            return sender if sender is not None else tok.head
        if seen == 0 and tok.dep_ == "acl" and active and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in lx.SENT_NOUNS:
            # 'Venn wrote a letter to Attorney General Okafor asking the department to investigate': the
            # letter asks, so its writer does (the subject of the verb that sends it), not the addressee
            sender = _sender(tok.head)
            if sender is not None:
                return sender
        if seen == 0 and _coordinated_into_report(tok):
            # 'De Blasio said the move was made by Bratton and said, "..."': the second cue hangs on the
            # reported clause's verb, whose subject ('the move') did not say it; the reporter did.
            tok = tok.head.head
            seen += 1
            continue
        if (tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ not in ("VERB", "AUX")
                and tok.head.dep_ in ("oprd", "acomp", "dobj", "attr") and tok.head.head is not tok.head):
            # 'He called it "shameful" and called on leaders ...': the parser coordinated the second verb
            # with the first one's complement; the first verb's subject is the speaker.
            tok = tok.head.head
            seen += 1
            continue
        # "then leaned in and boomed": spaCy may hang the first verb of a chain as dep/parataxis
        if tok.dep_ in ("conj", "xcomp", "advcl", "dep", "parataxis") and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        break
    if verb.dep_ == "ROOT" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # 'Opening the case last month, Elizabeth Marr KC, for the prosecution, told jurors that ...': the parser hung
        # the name on the opening participle; the last person named before the verb speaks, not the ones told
        sent_start = sentence_of(verb).start
        person = [e for e in verb.doc.ents if e.label_ == "PERSON" and sent_start <= e.start and e.end <= verb.i
                  and e.root.dep_ in ("npadvmod", "appos", "dep") and e.root.head.dep_ == "advcl"
                  and e.root.head.i == sent_start and e.root.head.head.i == verb.i]
        if person:
            root = person[-1].root
            return postnominal_name(root) or root
        aside = [e for e in verb.doc.ents if e.label_ == "PERSON" and sent_start <= e.start and e.end < verb.i
                 and e.root.dep_ == "appos" and e.root.head.dep_ == "pobj" and e.root.head.head.head.i == verb.i
                 and e.root.head.head.i == sent_start and verb.doc[e.start - 1].text == ","
                 and verb.doc[verb.i - 1].text == ","]
        if aside:  # 'In a separate dissent, Sikorsky, who also signed on to ..., argued that': the parser hung the name on
            return aside[-1].root  # the opening phrase; the one named between the commas argues
        stranded = next((t for t in reversed(verb.doc[sent_start : verb.i]) if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN")
                         and t.right_edge.i == verb.i - 1 and person_like(t) and t.head.i < t.i
                         and not any(x.text in _QUOTE_MARKS for x in verb.doc[t.head.i : verb.i])), None)
        if stranded is not None:
            # 'While there is no link to Okafor's staff, a Treasury aide who requested anonymity said Tuesday, "..."':
            # the parser set the subject beside the noun before it; the phrase ending at the verb speaks (the
            # nearest one: in 'touring for his wife Senate nominee Hillary Quell, former governor Bill Quell said'
            # the parser set each name beside the one before)
            return stranded
        first = verb.doc[verb.i - 1] if verb.i > 0 else None
        if (first is not None and first.i == sent_start and first.head.i == verb.i and first.text.istitle()
                and first.text.isalpha() and first.dep_ in ("advmod", "npadvmod", "dep", "compound")
                and first.pos_ in ("ADV", "PROPN", "NOUN", "ADJ") and first.ent_type_ not in ("DATE", "TIME")):
            # 'Pemberly said the approach would ...': a surname opening the sentence, which the tagger took for an
            # adverb of the verb right after it, is its subject
            return first
    return inverted_subject(verb)


def aside_speaker(subj: "Token", verb: "Token") -> "Token | None":
    """'Clinton, a top aide said, "is very confident"': an unnamed source set off after the name, with no comma
    before the cue, is an aside that speaks about the name (with the comma, 'Clinton, a top aide, said', the name
    and the aide are one person). The parser makes it the name's apposition or a second subject of the cue."""
    doc = verb.doc
    candidates = [c for c in subj.children if c.dep_ == "appos"] + [c for c in verb.children if c.dep_ == "nsubj"]
    for c in candidates:
        if (c.pos_ == "NOUN" and c.right_edge.i == verb.i - 1 and c.i > subj.i
                and doc[c.left_edge.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","
                and any(d.dep_ == "det" and d.lower_ in ("a", "an", "one") for d in c.children)):
            return c
    return None


def according_name(according: "Token") -> "Span | None":
    """The name set off after an 'according to' description: 'According to a spokesperson for the operator,
    Mikhail Dorran, the plant will reopen': the parser makes the name the subject of the report, but it
    names the spokesperson, who speaks."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    described = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if described is None or described.pos_ != "NOUN":
        return None
    doc = according.doc
    end = max(t.i for t in according.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    name = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "PERSON"), None)
    if name is None or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    return name


def _named_after_preposition(prep: "Token") -> "Token | None":
    """The speaker inside a fronted phrase the parser made the subject: 'Of Carson, Levine, who ..., said'.

    The last name in the phrase outside any relative clause: the topic ('Carson') comes first,
    the speaker ('Levine') right before the cue; the names inside 'who has given money to X' are not it.
    """
    relative = {inner.i for clause in prep.subtree if clause.dep_ == "relcl" for inner in clause.subtree}
    names = [
        t for t in prep.subtree
        if t.i not in relative and t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat") and person_like(t)
    ]
    return names[-1] if names else None


def _coordinated_into_report(cue: "Token") -> bool:
    """A speech verb coordinated with the verb of a clause another speech verb reports, whose subject cannot speak.

    'X said it was too early but added, "..."': spaCy hangs 'added' on 'was', so the subject it
    inherits is 'it'; the speaker is X, the subject of the reporting verb above.
    """
    if cue.dep_ != "conj" or not is_cue(cue):
        return False
    inner = cue.head
    if inner.dep_ != "ccomp" or is_cue(inner) or not is_cue(inner.head):
        return False
    subj = next((c for c in inner.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None and subj.pos_ == "PROPN" and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in cue.children):
        return True  # 'Ruiz said Holt is responsible and accused him of ...': Holt does not accuse 'him'
    return subj is None or subj.lower_ == "it" or not person_like(subj)


def _sender(addressee: "Token") -> "Token | None":
    """The subject of the verb whose object (or object of a preposition) ``addressee`` is, if person-like.

    'The senator emailed supporters saying ...', 'her campaign sent a text to supporters saying ...'.
    """
    if addressee.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = addressee.head
    if verb.dep_ in ("prep", "dative"):
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # 'sent a message to supporters'
            verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and person_like(subj) else None


def after_quote_or_comma(cue: "Token") -> bool:
    """True for a cue right after a closing quotation mark or a comma: its subject follows it ('," said Brandt')."""
    return cue.i > 0 and cue.nbor(-1).text in ('"', "”", "’", "'", ",")


def inverted_subject(verb: "Token") -> "Token | None":
    """'," said Brandt', '," read the statement' parsed without a subject: the noun right after the cue.

    Not after a verb that takes what it judges as its object: in 'Brandt summed up Vik as "reckless,"
    denounced his record' the record is denounced, it does not speak."""
    if not after_quote_or_comma(verb) or lemma_of(verb).lower() in lx.NOT_INVERTED_LEMMAS or verb.tag_ == "VBG":
        return None  # (a participle does not invert: in ', calling the expropriation "..."' the noun is what is called)
    for nxt in verb.doc[verb.i + 1 : verb.i + 6]:
        if (nxt.dep_ == "poss" and nxt.head.i > nxt.i and nxt.head.pos_ in ("PROPN", "NOUN")
                and (nxt.head.dep_ not in _SUBJECT_DEPS or nxt.head.head.i == verb.i)):
            # 'opined Cleveland's Plain Dealer': the possessed name speaks, not the place; but in
            # ', said his plan was "..."' the possessed noun is the subject of the reported clause.
            nxt = nxt.head
        if nxt.ent_type_ in NOT_SPEAKER_ENTS:
            return None
        if nxt.pos_ in ("PROPN", "NOUN"):
            while nxt.dep_ in ("compound", "amod") and nxt.head.i > nxt.i:
                nxt = nxt.head
            # 'said matter-of-factly': a noun inside a hyphenated adverb is no speaker
            return nxt if nxt.pos_ in ("PROPN", "NOUN") else None
        # 'said retired neurosurgeon Ben Carson': participles and adjectives before the name
        if nxt.pos_ not in ("DET", "ADJ", "NUM") and nxt.dep_ != "amod":
            break
    return None


_AGED = re.compile(r"\d{1,3}\s?-\s?year\s?-\s?old$")


_AGE_NOUNS = frozenset({"teenager", "teen", "youngster", "pensioner", "octogenarian", "nonagenarian", "centenarian"})


def _party_and_state(head: "Token") -> "tuple[str, str] | None":
    """('d', 'ohio') for 'the Ohio Democrat', ('r', 'south carolina') for 'the South Carolina Republican'."""
    letter = lx.PARTY_LETTERS.get(head.lower_)
    if letter is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    words = [t.lower_ for t in _noun_phrase(head) if t.i < head.i and t.dep_ != "det" and t.text[:1].isupper()]
    state = " ".join(words[-2:]) if " ".join(words[-2:]) in lx.US_STATES else words[-1] if words else ""
    return (letter, state) if state in lx.US_STATES else None


def _described_person(head: "Token") -> bool:
    """'the Brazilian', 'the 31-year-old': one person, described by nationality or age, not named."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if not the or head.tag_ in ("NNS", "NNPS"):
        return False
    if head.ent_type_ == "NORP" and head.pos_ in ("PROPN", "NOUN", "ADJ"):
        return True
    if _AGED.search(head.doc[head.left_edge.i : head.i + 1].text.lower()):  # tokens '19', '-', 'year', '-', 'old'
        return True
    if head.lower_ in _AGE_NOUNS:  # 'the teenager said' after 'Callum Reid, 18,'
        return True
    # 'the 61-year-old academic', 'the 34-year-old mother of two': an age before a role or a person noun
    lemma = lemma_of(head).lower()
    return (lemma in lx.ROLE_NOUNS or lemma in lx.HUMAN_NOUNS or lemma in ("man", "woman")) and bool(
        _AGED.search(head.doc[head.left_edge.i : head.i].text.lower()))


def appositive_name(head: "Token") -> "Token | None":
    """A person's name set off by commas after a role subject: 'The prize's chair of judges, Professor
    Lionel Asher, said', 'Norvane's Chief Operating Officer, Marcus Lind, said' (the role is not the name)."""
    if head.ent_type_ == "PERSON" or head.n_rights == 0 or not any(
            c.dep_ == "appos" or c.dep_ == "prep" and any(o.dep_ == "pobj" and any(a.dep_ == "appos" for a in o.children)
                                                          for o in c.children)
            or c.dep_ == "acl" and c.lower_ in ("named", "identified") for c in head.rights):
        return None  # no name set off after it (checked first: the lemma below is computed on demand)
    if head.pos_ == "NOUN":  # 'Another passenger, a teacher named Owen Pritchard,': the name after 'named'
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                named = next((g for a in c.children if a.dep_ == "acl" and a.lower_ in ("named", "called")
                              for g in a.children if g.dep_ in ("oprd", "dobj", "attr") and g.pos_ == "PROPN"), None)
                if named is not None:
                    return named
    lemma = lemma_of(head).lower()
    if not (head.lower_ in lx.ROLE_NOUNS or lemma in lx.ROLE_NOUNS or lemma in lx.HUMAN_NOUNS
            or head.lower_ in ("one", "another")):  # 'One of them, Gary Pinkney, a trucker, said'
        return None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lower_ in ("named", "identified")):
        # 'The officer, later named as Group Manager Craig Lowther, said': the name the role was given
        named = next((o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None)
        if named is not None:
            return named
    holders = [head] + [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "appos" or c.i <= head.i or c.left_edge.i == 0 or head.doc[c.left_edge.i - 1].text != ",":
                continue
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                continue  # 'The senator, a two-term Republican,': what the senator is, not a name
            ent = entity_of(c)
            if c.ent_type_ == "PERSON" or (ent is not None and misread_person(ent)):
                return c
            doc = head.doc
            given = [g for g in c.lefts if g.dep_ == "compound" and g.pos_ == "PROPN" and g.text[:1].isupper()
                     and not (g.i + 1 < len(doc) and doc[g.i + 1].text in ("-", "‐") and not g.whitespace_)]
            # ('Nkechi Obi-Wallace': 'Obi' is the first half of the surname, not a second given name)
            if c.pos_ == "PROPN" and c.text[:1].isupper() and len(given) == 1 and c.ent_type_ not in ("GPE", "LOC", "FAC"):
                return c  # 'A resident of Thornfold, Jess Marlow, told us': a two-word name beside a person noun
    return None


def misread_person(ent: "SpacySpan") -> bool:
    """An ORG/GPE/NORP entity that is a person's name ('Carly Fiorina' as ORG): a common given name, then capitalised words.

    An entity run on through a possessive is judged by its part after it, where its head is:
    'Fox News’s Sean Hannity' as one ORG is the person Sean Hannity (of Fox News).
    """
    if ent.label_ not in _ORG_ENTS:
        return False  # (asked of every entity: the cheap test first)
    toks = list(ent)
    owned = [k for k, t in enumerate(toks) if t.text in ("'s", "’s") and t.i < ent.root.i]
    if owned:
        toks = toks[owned[-1] + 1 :]
    titled = False
    while len(toks) > 2 and (toks[0].lower_.rstrip(".") in lx.ROLE_NOUNS or toks[0].lower_ in lx.TITLES
                             or toks[0].lower_ in lx.HUMAN_NOUNS):  # 'Commuter Min-jun Park' as ORG
        toks, titled = toks[1:], True  # 'Councillor Amelia Thornbury', 'Cllr Derek Fenwick' as ORG
    words = [t.text for t in toks]
    return (
        ent.label_ in _ORG_ENTS and 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" for t in toks)
        and (titled or gender_of_first_name(" ".join(words)) is not None or age_beside(ent.root))
        and not any(w.lower() in lx.ORG_NOUNS for w in words)
    )


def age_beside(name: "Token") -> bool:
    """'Bryn Evans, 54, said': a name with an age in apposition is a person's (not 'Harlow Motors, 50,'
    nor 'Tony Vale, 12, Elm Road')."""
    doc = name.doc
    if name.lower_ in lx.COMPANY_WORDS:
        return False
    return any(
        c.dep_ == "appos" and c.like_num and c.text.isdigit() and 1 <= int(c.text) <= 120
        and c.i == name.i + 2 and doc[name.i + 1].text == ","
        and c.i + 2 < len(doc) and doc[c.i + 1].text == "," and doc[c.i + 2].is_lower
        # the parser may hang the age on the noun the name stands beside: 'Her son, Paulo, 30, disagreed'
        for c in list(name.rights) + (list(name.head.rights) if name.dep_ == "appos" else [])
    )


# Possessive marks inside a name, and what stands in for each while titles and edge marks are cleaned off.
_POSSESSIVE_MARKS = {"’s": "\0", "'s": "\1", "’": "\2", "'": "\3"}
# Bodies named for whom they serve: 'the Sheriff’s Office', 'Women's Aid', 'the Children's Hospital'.
_OWNED_BODIES = frozenset({"aid", "hospital", "fund", "service", "services", "network", "forum", "front", "movement"})


def org_name(ent: "SpacySpan") -> str:
    """The name of an organisation entity; an ’s that owns nothing is part of it.

    'McDonald’s said' and 'Moody's says' name McDonald’s and Moody's (the ’s hangs on a
    name that is no one's possessor); 'the Kremlin’s' of 'the Kremlin’s spokesman' does not.
    """
    # 'the Marlow County Sheriff’s Office', 'the People's Party': an ’s inside the name is part of it
    inner = {t.i for t in ent[:-1] if t.text in _POSSESSIVE_MARKS and t.i == ent.end - 2 and t.head.i == t.i - 1
             and t.head.head.i == ent.end - 1 and (ent[-1].lower_ in lx.ORG_NOUNS or ent[-1].lower_ in _OWNED_BODIES)}
    name = clean_name("".join(_POSSESSIVE_MARKS[t.text] + t.whitespace_ if t.i in inner else t.text_with_ws for t in ent))
    for mark, stand_in in _POSSESSIVE_MARKS.items():
        name = name.replace(stand_in, mark)  # ('the Port Kellan Supporters’ Trust': a plural's mark too)
    last = ent[-1]
    if len(ent) > 1 and last.text in ("'s", "’s") and last.head.i == last.i - 1 and ent[-2].dep_ != "poss" and name:
        return name + last.text
    return name


def person_like(token: "Token") -> bool:
    """True for a subject that can be a source: a name, a pronoun, a role, an organisation, a group."""
    if token.ent_type_ in NOT_SPEAKER_ENTS - {"GPE"}:
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if token.dep_ == "nsubj" and token.text.istitle() and not token.is_sent_start and token.pos_ in ("VERB", "NOUN", "ADJ", "ADV"):
        return True  # a capitalised subject mid-sentence the tagger misread ('," Trump shot back')
    if token.pos_ == "PRON":
        return token.lower_ in lx.SUBJECT_PRONOUNS or token.lower_ in ("i", "who")
    lemma = lemma_of(token).lower()
    return (
        lemma in lx.ROLE_NOUNS or lemma in lx.ORG_NOUNS or token.lower_ in lx.GROUP_NOUNS or lemma in lx.GROUP_NOUNS
        or lemma in lx.HUMAN_NOUNS
    )


_QUOTE_MARKS = frozenset('"“”‘’«»„')


def words_of(tokens: list["Token"]) -> str:
    """The text of ``tokens`` with a space wherever a token between them was left out.

    'Breitbart’s Joel Pollak' without its possessive is 'Breitbart Joel Pollak', not
    'BreitbartJoel Pollak' (the token before ’s carries no space of its own).
    """
    out = []
    for a, b in zip(tokens, tokens[1:] + [None]):
        if b is not None and b.i == a.i + 2 and not a.whitespace_ and (hyphen := a.doc[a.i + 1]).text in ("-", "‐") and (
                not hyphen.whitespace_):
            out.append(a.text + hyphen.text)  # 'front-runner' with its hyphen left out is not 'front runner'
            continue
        out.append(a.text + (a.whitespace_ if b is None or b.i == a.i + 1 else " "))
    return "".join(out).strip()


def _without_nickname(toks: list["Token"]) -> list["Token"]:
    """Drop a quoted nickname of one or two words inside a name: 'Juan “Chico” Manriquez'."""
    marks = [k for k, t in enumerate(toks) if t.text in _QUOTE_MARKS]
    for a, b in zip(marks, marks[1:]):
        if 1 <= b - a - 1 <= 2 and 0 < a and b < len(toks) - 1:
            return toks[:a] + toks[b + 1 :]
    return toks


def _possessor_cut_off(toks: list["Token"]) -> str | None:
    """The outlet or organisation before a possessive that :func:`_span_tokens` cut off the name:
    'Breitbart' of 'Breitbart’s Joel Pollak', kept as the person's affiliation."""
    doc, first = toks[0].doc, toks[0]
    if first.i < 2 or doc[first.i - 1].text not in ("'s", "’s"):
        return None
    owner = doc[first.i - 2]
    ent = entity_of(owner)
    if ent is None or first.i >= ent.end or ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
        return None  # not one entity run on through the possessive ('Trump’s adviser Ann Lee' is handled as a prefix)
    words = [t for t in doc[ent.start : first.i - 1] if t.text not in _QUOTE_MARKS]
    return words_of(words) if words and all(t.pos_ == "PROPN" for t in words) else None


_TITLE_WORDS = frozenset({"senator", "doctor", "governor", "professor", "representative", "reverend", "congressman",
                          "congresswoman",
                          # ranks written before a surname: 'Chief Ortiz' is the Ortiz who is the fire chief
                          "chief", "judge", "justice", "coach", "sheriff", "detective", "inspector", "sergeant",
                          "captain", "mayor", "commissioner", "superintendent", "constable", "president",
                          "chairman", "chairwoman", "secretary"}) | lx.OFFICE_TITLES


_COMPANY_HEADS = lx.GENERIC_ORG_NOUNS | frozenset({"maker", "producer", "supplier", "conglomerate", "chain", "brand",
                                                  "contractor", "bank"})


def _named_as_company(root: "Token") -> bool:
    """True for a name set beside a noun that makes it a company ('The engine maker, Vantor Propulsion,',
    'Vantor Propulsion, the engine maker,'): a noun of trade, not a person's role."""
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and lemma_of(root.head).lower() in _COMPANY_HEADS:
        return root.head.i < root.i
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and lemma_of(c).lower() in _COMPANY_HEADS and c.i > root.i
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in root.children)


def _is_title(tok: "Token") -> bool:
    word = tok.lower_.rstrip(".")
    return word in lx.TITLES or word + "." in lx.TITLES or word in _TITLE_WORDS


def title_before(first: "Token") -> str | None:
    """The title right before a name ('Sen.', 'Dr', 'Mrs', 'Senator'), if any."""
    doc = first.doc
    for k in (first.i - 1, first.i - 2):
        if k < 0:
            return None
        if _is_title(doc[k]):
            return doc[k].text
        if doc[k].text != ".":
            return None
    return None


def name_tail(head: "Token") -> list["Token"]:
    """The 'of' and capitalised words that go on a proper name after its head ('Chamber' + 'of Commerce'),
    or nothing. Shared by the quotes stage's speakers and the claims stage's asserters."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    named = next((o for o in of.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if of is not None else None
    if named is None:
        return []
    tail = list(head.doc[of.i : named.i + 1])
    return tail if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the") for t in tail) else []


_AMOUNT_NOUNS = frozenset("""gigawatt megawatt kilowatt terawatt watt tonne ton kilogram gram pound dollar euro yen
    mile kilometre kilometer metre meter hectare acre barrel litre liter gallon degree foot inch
    hour minute day week month year""".split())


def an_amount(head: "Token") -> bool:
    """'3.4 gigawatts', '40 tonnes': a number and a unit, never a speaker (the parser may make one a subject; a
    share such as '21 percent said' is a share of people and stays one)."""
    return head.pos_ == "NOUN" and lemma_of(head).lower() in _AMOUNT_NOUNS and any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in head.children)


# word's hash -> whether it is letters after a name ('KC', 'Jr.'); asked of every noun, a word is read once
_POSTNOMINAL_BY_HASH: dict[int, bool] = {}


def _postnominal_word(tok: "Token") -> bool:
    """True when ``tok`` is letters after a name ('KC', 'Jr.', 'MP')."""
    known = _POSTNOMINAL_BY_HASH.get(tok.orth)
    if known is None:
        known = _POSTNOMINAL_BY_HASH[tok.orth] = tok.text.replace(".", "").upper() in lx.POSTNOMINALS
    return known


def postnominal_name(tok: "Token") -> "Token | None":
    """The surname before letters such as KC, Jr or MP that the parser made the head ('Rebecca Anand KC').

    Only a name of two words or more not tagged as an organisation or a group: 'Labour MP' is a
    party and a role, not a person called Labour.
    """
    if tok.i == 0 or not _postnominal_word(tok):
        return None
    name = tok.doc[tok.i - 1]
    # the given name hangs on the surname, or beside it on the letters ('Abigail' in 'Abigail Thornbury KC')
    given = [c for c in (*name.lefts, *(c for c in tok.lefts if c.i < name.i))
             if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    first_name = bool(given) and given[0].lower_ in GIVEN_NAMES
    if (name.dep_ not in ("compound", "flat") or name.head.i != tok.i or name.pos_ != "PROPN" or not name.text[:1].isupper()
            or not given or (not first_name and (name.ent_type_ in ("ORG", "NORP") or given[0].ent_type_ in ("ORG", "NORP")))):
        return None  # 'Labour MP' is no person; 'Lydia Fensome KC' is one, however tagged
    return name


_REPLY_LEMMAS = frozenset({"reply", "respond", "answer", "retort", "counter"})


def _the_one_asked(pronoun: "Token") -> "Token | None":
    """The person a question went to earlier in the sentence, when ``pronoun`` is who replies to it.

    'Quist asked Reyes about the vote, to which he replied', 'turned to Ortiz and asked him ..., and he answered'.
    """
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or lemma_of(verb).lower() not in _REPLY_LEMMAS:
        return None
    for tok in sentence_of(pronoun):
        if tok.i >= pronoun.i:
            break
        if lemma_of(tok).lower() == "ask" and tok.pos_ == "VERB":
            asked = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < pronoun.i), None)
            if asked is not None and asked.lower_ not in ("him", "her", "them", "it", "me", "us", "you") and (
                    asked.pos_ == "PROPN" or asked.ent_type_ == "PERSON"):
                return asked
    return None


def unnamed_subject_before(pronoun: "Token", before: "SpacySpan | None" = None) -> "Token | None":
    """The unnamed person who is the subject of the sentence right before ``pronoun``'s, if that is one.

    'A former night carer who asked not to be named described her shifts. "...," she said.': an
    unnamed source introduced by the sentence before is who 'she' is, not the last woman named.
    Only 'a'/'an' and a person noun whose gender does not contradict the pronoun ('A man ... she' is not).
    """
    if before is None:  # (``before``: the last sentence of the paragraph before, for a pronoun opening its own)
        sent = sentence_of(pronoun)
        if sent.start == 0:
            return None
        before = sentence_of(pronoun.doc[sent.start - 1])
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and before.root.pos_ == "NOUN":
        subj = before.root  # 'A care worker who asked not to be named described night shifts ...' parsed with no verb
    described = False
    if subj is not None and subj.lower_ in ("one", "another"):
        # 'One, a retired schoolteacher, said ...': the unnamed person is the apposition
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        subj, described = (appos, True) if appos is not None else (subj, False)
    if subj is None or subj.pos_ != "NOUN" or not (any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in subj.children) or (
            any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)  # 'The second juror ... said'
            and any(c.dep_ == "amod" and c.lower_ in ("second", "third", "fourth", "other") for c in subj.children))):
        return None
    lemma = lemma_of(subj).lower()
    if lemma not in lx.HUMAN_NOUNS and lemma not in lx.ROLE_NOUNS and not who_clause(subj) and not described:
        return None
    if any(t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or person_like(t)) and not a_place_phrase(t) for t in before):
        return None  # 'A reporter asked Sanders how he felt. He replied: "..."': a named person there may be 'he'
    wanted = "m" if pronoun.lower_ == "he" else "f"
    gender = "m" if subj.lower_ in lx.MALE_NOUNS else "f" if subj.lower_ in lx.FEMALE_NOUNS else None
    return subj if gender in (None, wanted) else None


def _name_given(head: "Token") -> "Token | None":
    """The name an unnamed source gives in a relative clause: 'a father of three who gave his name only as Abu
    Karim', 'One of the participants, who asked that only her first name, Zofia, be used'."""
    for clause in head.subtree:
        if clause.dep_ != "relcl":
            continue
        for noun in clause.subtree:
            if noun.lower_ not in ("name", "names") or noun.pos_ != "NOUN":
                continue
            beside = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if beside is not None:
                return beside
            for prep in noun.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    named = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                    if named is not None:
                        return named
    return None


def _pronoun_after(name: "Token", reach: int = 6) -> str | None:
    """The gender of a third-person pronoun right after a name in its sentence, before any other name:
    '"...," said Sanders as he closed out', 'Sanders, who said her ...'."""
    doc = name.doc
    for k in range(name.i + 1, min(sentence_of(name).end, name.i + 1 + reach)):  # (no slice: a span costs more than the words)
        tok = doc[k]
        if tok.ent_type_ == "PERSON" or tok.text in ('"', "“", "”"):
            return None
        low = tok.lower_
        if low in ("he", "his", "him", "himself"):
            return "m"
        if low in ("she", "her", "hers", "herself"):
            return "f"
    return None


def a_place_phrase(tok: "Token") -> bool:
    """A name after 'in', 'at', 'near' or 'from': 'described night shifts at a home in Bolton' (the tagger may call
    the town a person) names a place, not someone a later pronoun means."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    if head.head.lower_ == "of":  # 'on the edge of Tollcaster', 'the outskirts of Morrach'
        return head.head.head.lower_ in _PLACE_PARTS
    return head.head.lower_ in ("in", "at", "near", "from", "outside", "across", "around")


_PLACE_PARTS = frozenset({"edge", "outskirts", "centre", "center", "heart", "streets", "suburbs", "north", "south",
                          "east", "west", "town", "city", "village", "county", "port", "harbour", "harbor"})


def who_clause(noun: "Token") -> bool:
    """True when a relative clause on ``noun`` opens with 'who': 'One flight controller, who asked not to be
    named,' is a person whatever the noun."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
               for c in noun.children)


_KIN_MALE = frozenset("husband son father brother grandson grandfather".split())
_KIN_FEMALE = frozenset("wife daughter mother sister granddaughter grandmother".split())
KIN_NOUNS = _KIN_MALE | _KIN_FEMALE


# How a message comes from its author ('posted by a tenant'), not how others came by it ('seen by this newspaper',
# 'obtained by', 'provided by') or who ran it ('a poll conducted by ...').
_AUTHORED = frozenset("posted written sent filed signed issued published released drafted authored tweeted".split())
# Verbs whose subject puts out or holds up a text that then 'says' or 'reads' something.
_PUT_OUT = frozenset("release issue publish air run post circulate distribute unveil launch hold hoist carry wave display "
                     "raise brandish".split())


_ELECTED = re.compile(r"\b([A-Z][a-z]+)[-\u2011](elect|designate)\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)")


def elected_names(text: str) -> dict[str, str]:
    """'mayor-elect' -> 'Teresa Valdane' for each 'Mayor-elect Teresa Valdane' in the text, the first one kept."""
    found: dict[str, str] = {}
    if "elect" not in text and "designate" not in text:
        return found  # (run on every article: most have neither word)
    for m in _ELECTED.finditer(text):
        if m.group(1).lower() in lx.ROLE_NOUNS:
            found.setdefault(f"{m.group(1).lower()}-{m.group(2)}", m.group(3))
    return found


def elected_role(head: "Token") -> str | None:
    """'mayor-elect' for the 'elect' the parser made the head of 'the mayor-elect' ('prime minister-designate' too):
    a role of its own, not a person called Elect."""
    if head.lower_ not in ("elect", "designate") or head.i < 2 or head.nbor(-1).text not in ("-", "\u2011"):
        return None
    role = head.nbor(-2)
    return f"{role.lower_}-{head.lower_}" if lemma_of(role).lower() in lx.ROLE_NOUNS else None


# Roles held for a seat: 'the member for Eastbrook', 'the MP for Tenbury Vale' is one person, not any member.
SEAT_ROLES = frozenset({"member", "mp", "msp", "mla", "mep", "representative", "senator", "congressman", "congresswoman",
                        "councillor", "councilor", "assemblyman", "assemblywoman"})


def seat_of(head: "Token") -> list["Token"]:
    """'for Eastbrook' in 'the member for Eastbrook' (a seat role, a place named with capitals), else nothing."""
    if head.lower_ not in SEAT_ROLES or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return []
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == head.i + 1), None)
    if prep is None:
        return []
    words = list(prep.subtree)
    words = words[: next((k for k, t in enumerate(words) if t.is_punct or t.dep_ in ("relcl", "acl")), len(words))]
    return words if len(words) > 1 and all(t.text[:1].isupper() for t in words[1:]) else []


def age_word(name: "Token") -> str | None:
    """'older' in 'The older Whitlock', 'elder' in 'the elder Novak': how a surname is told apart by age."""
    return next((c.lower_ for c in name.children if c.dep_ == "amod" and c.i < name.i and c.lower_ in _AGE_WORDS), None)


def pick_by_age(bearers: list[Entity], word: str) -> Entity | None:
    """Of several bearers of a surname, the one described as the older (or the parent) for 'older' or 'elder', as the
    younger (or the child) for 'younger'; else the one not described as the other."""
    if len(bearers) < 2:
        return None
    mine, theirs = (_OLDER, _YOUNGER) if word in _OLDER else (_YOUNGER, _OLDER)
    said = {id(p): {w for d in p.descriptions for w in re.findall(r"\w+", d.lower())} for p in bearers}
    fit = [p for p in bearers if said[id(p)] & mine] or [p for p in bearers if not said[id(p)] & theirs]
    return fit[0] if len(fit) == 1 else None


# Words that make one of a family the older or the younger: 'Dean Whitlock, the older brother of the striker'.
_OLDER = frozenset("older elder eldest oldest father mother grandfather grandmother founder senior".split())
_YOUNGER = frozenset("younger youngest son daughter grandson granddaughter junior".split())
_AGE_WORDS = frozenset({"older", "elder", "eldest", "oldest", "younger", "youngest"})


def name_before_dash(head: "Token") -> "Token | None":
    """The last word of a name set off by a spaced dash before the possessor of ``head``, when the tagger ran the name
    on into that possessor ('Deborah Jordan Reynolds - Santilli's girlfriend' tagged one person)."""
    if head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ != "PERSON" or (ent := entity_of(owner)) is None:
        return None
    dash = next((t for t in ent if t.i < owner.i and t.text in ("-", "–", "—", "--") and t.whitespace_
                 and t.i > ent.start and t.nbor(-1).whitespace_), None)
    if dash is None or dash.nbor(-1).pos_ != "PROPN":
        return None
    return dash.nbor(-1)


def author_of(head: "Token") -> "Token | None":
    """The one a message was sent or written by, when the message is what 'reads' or 'says': 'One message, posted
    in January by a tenant on the seventh floor, reads:' gives the tenant."""
    if head.pos_ != "NOUN" or not (head.lower_ in lx.THING_VOICES or lemma_of(head).lower() in lx.SENT_NOUNS):
        return None
    if any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in head.children):
        return None  # 'a New Jersey Watchdog report released by the governor's office' already names its maker
    for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _AUTHORED):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            who = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if who is not None and person_like(who):
                # 'written by the council's director of education, Martin Hale,': his name, however the parser hung it
                misplaced = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > who.i), None)
                return appositive_name(who) or misplaced or who
    put = head.head if head.dep_ == "dobj" else head.head.head if (
        head.dep_ == "nsubj" and head.head.dep_ == "ccomp" and head.head.tag_ == "VBG") else None  # 'hold banners proclaiming'
    if put is not None and put.pos_ == "VERB" and lemma_of(put).lower() in _PUT_OUT:
        # 'Trump released a marketing video that said', 'Sanders is releasing a new ad that urges', '14-year-old
        # Aubrey Pelletier hoisted a sign that read': the one who puts the words out (or holds them up) says them
        who = next((c for c in put.children if c.dep_ == "nsubj"), None)
        if who is not None and person_like(who) and who.ent_type_ not in NOT_SPEAKER_ENTS:
            return appositive_name(who) or who
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        # 'read aloud a letter from the headteacher of St Bride's, Ellen Maybury,': the one it is from wrote it
        who = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if who is not None and person_like(who) and who.ent_type_ not in NOT_SPEAKER_ENTS:
            return appositive_name(who) or who
    return None


def _family_name(toks: list["Token"]) -> str | None:
    """The surname a first name alone takes from the relative it is set beside: 'Ms Voss's husband, Daniel,' and
    'Eleanor Voss's son Tom' give Voss (the one whose kin he is is named by surname)."""
    first = toks[0]
    if len(toks) != 1 or not first.text[:1].isupper() or first.lower_ not in GIVEN_NAMES:
        return None
    kin = first.head if first.dep_ in ("appos", "compound") else None
    if kin is None or kin.lower_ not in KIN_NOUNS or kin.i > first.i:
        return None
    # (a surname the tagger read as a common noun still has its capital: 'Gallacher's wife, Isla,')
    owner = next((c for c in kin.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.text[:1].isupper())), None)
    if owner is None or owner.lower_ in GIVEN_NAMES:
        return None
    return owner.text


def _gender_of_role(root: "Token") -> str | None:
    """The gender a kinship or gendered role noun next to a name gives ('Her grandson, Daniel', 'her son Owen
    Harrow', 'Daniel, her grandson'): the noun the name stands in apposition to, or its own appositive."""
    nouns = []
    if root.dep_ in ("appos", "compound", "npadvmod") and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
    nouns += [c for c in root.head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i < root.i] if root.dep_ == "appos" else []
    for noun in nouns:
        word = noun.lower_
        if word in lx.MALE_NOUNS:
            return "m"
        if word in lx.FEMALE_NOUNS:
            return "f"
    return None


def _role_in_relative_clause(name: "Token") -> str | None:
    """The role a relative clause gives a name: 'Ingrid Maas, who became chief executive in January' -> 'chief executive'."""
    for clause in name.rights:
        if clause.dep_ != "relcl" or lemma_of(clause).lower() not in ("become", "be", "serve", "remain"):
            continue
        role = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if role is None:  # 'who serves as finance director'
            as_ = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            role = next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if as_ is not None else None
        if role is not None:
            words = [t for t in role.subtree if t.i <= role.i and t.dep_ not in ("det", "poss") and not t.is_punct]
            of = [t for c in role.children if c.dep_ == "prep" and c.lower_ in ("of", "at") for t in c.subtree]
            return words_of(words + of) if len(words) + len(of) <= 8 else words_of(words)
    for clause in name.rights:
        # 'Dr Yusuf Haddad, who runs the only functioning clinic in the town', 'Daniel Obi, who covers the sector
        # for Kestrel Securities': what the person does is their description
        lemma = lemma_of(clause).lower()
        if clause.dep_ != "relcl" or lemma not in _DOING_LEMMAS or not (
                clause.tag_ == "VBZ" or (clause.tag_ == "VBD" and lemma in ("found", "co-found"))):
            continue  # what someone does now ('who runs the clinic'), or founded; not 'who studied the deal'
        words = [t for t in clause.subtree if not (t.i < clause.i and t.lower_ in ("who", "that"))
                 and not any(a.dep_ == "relcl" and a.i != clause.i and t.i in {x.i for x in a.subtree} for a in clause.subtree)]
        while words and words[-1].is_punct:
            words.pop()
        if 2 <= len(words) <= 14:
            return "".join(t.text_with_ws for t in words).strip()
    return None


_DOING_LEMMAS = frozenset("run lead head chair direct manage own found co-found cover represent coach captain edit teach "
                          "advise oversee organise organize".split())


def _affiliation(name: "Token") -> str | None:
    """The organisation a name is given as 'of' or 'from': 'Teodora Nowak of Greyline Capital said' -> 'Greyline Capital'."""
    for prep in name.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "at"):
            continue
        org = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"), None)
        ent = entity_of(org) if org is not None else None
        if ent is not None and len(ent) <= 8:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return None


_NAME_PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "y", "dos", "del"})


def split_surname(head: "Token") -> "Token | None":
    """The surname the parser cut from a given name ('chief executive Adrian Pemberly told', with 'Adrian' tagged a
    nationality and 'Pemberly' an adverb of the verb): the capitalised word right after a lone given name, hung
    on the same verb."""
    doc = head.doc
    if head.i + 1 >= len(doc) or not head.text[:1].isupper() or head.lower_ not in GIVEN_NAMES or not head.whitespace_:
        return None
    ent = entity_of(head) if head.ent_type_ else None
    nxt = doc[head.i + 1]
    if (ent is not None and len(ent) > 1) or not nxt.text[:1].isupper() or not nxt.text.replace("-", "").isalpha():
        return None
    if nxt.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "CARDINAL") or nxt.lower_ in GIVEN_NAMES or nxt.is_sent_start:
        return None
    if nxt.dep_ in ("advmod", "npadvmod", "dep", "appos", "nsubj") and nxt.head.i == head.head.i and head.dep_ in (
            "nsubj", "nsubjpass") and nxt.head.pos_ in ("VERB", "AUX"):
        return nxt
    return None


def _span_tokens(head: "Token") -> list["Token"]:
    """The tokens naming the mention headed by ``head`` (an entity, or compound proper nouns).

    An entity the tagger ran on into a quotation ('Christie “New Jersey’s Biggest Loser') or
    through a possessive ('Breitbart’s Joel Pollak', 'Cruz’s Iowa') is cut at the mark or the
    possessive, on the side of ``head``: the person is 'Joel Pollak', the name 'Cruz'.
    """
    if head.ent_type_ and head.ent_iob_ != "O":
        ent = entity_of(head)
        if ent is not None:
            toks = _without_nickname(list(ent))
            if len(toks) > 1 and toks[0].is_sent_start and toks[0].lower_ in lx.INVERTED_OPENERS - {"said", "says"}:
                toks = toks[1:]  # 'Stated Stone:': the tagger ran the verb of an inverted label into the name
            marks = [k for k, t in enumerate(toks) if t.text in _QUOTE_MARKS or t.text in ("'s", "’s", ",")
                     or t.text in ("-", "—", "–", "--") and t.whitespace_ and k > 0 and toks[k - 1].whitespace_]
            # a spaced dash ends a dateline ('CLEVELAND - Donald Trump'); 'Cobb-Hunter' keeps its hyphen
            if marks:
                before = [k for k in marks if toks[k].i < head.i]
                after = [k for k in marks if toks[k].i > head.i]
                toks = toks[(before[-1] + 1 if before else 0) : (after[0] if after else len(toks))]
            colon = [k for k, t in enumerate(toks) if t.text == ":"]
            if colon and any(t.pos_ == "PROPN" for t in toks[colon[-1] + 1 :]):
                toks = toks[colon[-1] + 1 :]  # '14:05 Breaking: Acas': a live blog's label before the name
            late = [k for k, t in enumerate(toks) if t.i > head.i and t.text[:1].islower() and t.pos_ not in ("PROPN", "PART")
                    and t.lower_ not in _NAME_PARTICLES]
            if late:  # 'Roe defended', 'Roe last week': the tagger ran the name on into the words after it
                toks = toks[: late[0]]
            doc = head.doc
            while toks and toks[0].i > 0 and (prev := doc[toks[0].i - 1]).dep_ == "compound" and prev.head.i in {
                    t.i for t in toks} and prev.text[:1].isupper() and prev.lower_ in GIVEN_NAMES:
                toks.insert(0, prev)  # 'Defender Milo Reyes' tagged 'Reyes' alone: the given name before it belongs
            k = toks[0].i if toks else 0
            if (toks and k >= 3 and doc[k - 2].text == "-" and not doc[k - 3].whitespace_ and not doc[k - 2].whitespace_
                    and doc[k - 3].text[:1].isupper() and all(doc[j].dep_ == "compound" for j in (k - 3, k - 1))
                    and doc[k - 1].head.i in {t.i for t in toks}):
                toks[0:0] = [doc[k - 3], doc[k - 2], doc[k - 1]]  # 'Min-jun Park' tagged 'Park' alone: a hyphenated given name
            if toks == [head] and (surname := split_surname(head)) is not None:
                toks = [head, surname]  # 'Adrian Pemberly told', the surname parsed as an adverb
            while len(toks) > 2 and toks[0].i < head.i and _is_title(toks[0]) and toks[1].text[:1].isupper():
                toks = toks[1:]  # 'County Clerk Marcy Delacroix' tagged with her office: the office is no part of the name
            return toks or [head]
    if (surname := split_surname(head)) is not None:
        return [head, surname]
    toks = [head]
    doc = head.doc
    for child in reversed(list(head.lefts)):
        given = child.text[:1].isupper() and child.lower_ in GIVEN_NAMES
        if child.dep_ in ("compound", "flat") and (child.pos_ == "PROPN" or given) and child.i == toks[0].i - 1:
            toks.insert(0, child)  # 'Tomasz Wren' with 'Tomasz' tagged a noun
        elif (child.dep_ in ("compound", "flat") and child.pos_ == "PROPN" and child.i == toks[0].i - 2
              and doc[child.i + 1].text in ("-", "‐") and not child.whitespace_ and not doc[child.i + 1].whitespace_):
            toks[0:0] = [child, doc[child.i + 1]]  # 'Ms Obi-Wallace said': the whole double-barrelled surname
    return toks


# Bodies that belong to one person: 'her office', 'the Voss campaign'.
_OWNED_BODIES = frozenset({"office", "campaign", "team"})


def _share_of(head: "Token") -> "Token | None":
    """The group a share of it speaks for: 'half of the 2,400 firms surveyed' -> firms, 'most of the
    residents' -> residents, 'half of them' -> them."""
    if head.lower_ not in lx.SHARE_WORDS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or not (group.lower_ == "them" or group.pos_ in ("NOUN", "PROPN") or (
            group.lower_ == "those" and any(c.dep_ in ("acl", "relcl") for c in group.children))):
        return None  # ('half of those surveyed': the ones the words after 'those' describe)
    return group


def _group_words(group: "Token") -> list["Token"]:
    """The words naming a group: '2,400 firms surveyed' (no determiner; a bare participle after it kept)."""
    words = [t for t in _noun_phrase(group) if t.dep_ not in ("det", "poss") and t.i >= group.left_edge.i]
    words += [c for c in group.rights if c.dep_ == "acl" and c.tag_ == "VBN" and not list(c.children)]
    return sorted(words, key=lambda t: t.i)


def maker_of(head: "Token") -> "Token | None":
    """The named maker of figures or a report: 'estimates from the Harlow Institute', 'figures
    published by the Office for Labour Data', 'a study by Kellbridge University'."""
    if lemma_of(head).lower() not in lx.MADE_NOUNS:
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")]
    preps += [g for c in head.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON")):
            return obj
        if obj is not None and obj.pos_ == "NOUN" and (lemma_of(obj).lower() in lx.ORG_NOUNS or obj.lower_ == "service") and any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ in ("his", "her")) for c in obj.children):
            return obj  # 'figures from the wildfire service': the service's figures ('a tally kept by her campaign')
    return None


_SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen",
                           "representative", "spokespersons"})


def _spoken_for(head: "Token") -> "Token | None":
    """The named body a spokesperson speaks for ('a spokesperson for Pellam Home', 'a spokesman at the ministry')."""
    if head.lower_ not in _SPOKES_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
                                    or lemma_of(obj).lower() in lx.ORG_NOUNS):
                return obj
    return None


_HANDLED_PARTICIPLES = frozenset("published seen obtained reviewed released issued sent written dated leaked shared posted "
                                 "circulated filed".split())


def _named_agent(participle: "Token") -> bool:
    """'a court document filed by state attorney Dave Aronberg': the participle names who the source is from."""
    return any(c.dep_ == "agent" and any(o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "ORG") for o in c.subtree)
               for c in participle.children)


def _described_after(head: "Token", longest: int = 8) -> list["Token"]:
    """The words after an unnamed source that say who it is ('familiar with the talks', 'in the ministry'),
    up to a comma, a quotation mark or a clause of its own; nothing when they run longer than ``longest``."""
    words: list["Token"] = []
    for child in head.rights:
        if child.dep_ not in ("amod", "prep", "acl") or child.dep_ == "acl" and (child.tag_ != "VBN" or is_cue(child)):
            break  # ('one lawmaker called Trump "...": the parser's 'called' is the cue, not who the lawmaker is)
        if (child.dep_ == "prep" and child.lower_ == "with") or (child.dep_ == "acl" and child.lower_ in _HANDLED_PARTICIPLES
                                                                and not _named_agent(child)):
            break  # 'a data scientist with six years at the company', 'an internal memo seen by this newspaper', 'a study
            # published on Tuesday in ...': how the article came by the source, or more about it, not who it is
        part = list(child.subtree)
        cut = next((k for k, t in enumerate(part) if (t.is_punct and not (t.text == "-" and not t.whitespace_))
                    or t.dep_ in ("relcl", "ccomp")), len(part))  # 'Agence France-Presse' keeps its hyphen
        part = part[:cut]  # 'familiar with the investigation, who was not authorised ...': up to the comma
        if part and len(words) + len(part) > longest and child.dep_ == "prep" and (
                body := next((c for c in child.children if c.dep_ == "pobj"), None)) is not None:
            # 'Researchers at the Lindqvist Policy Center at Eastbrook University': who they are, without where that is
            part = [t for t in part if t.i <= body.i]
            cut = len(part)
        if not part or len(words) + len(part) > longest:
            break
        words += part
        if cut < len(list(child.subtree)):
            break
    return words


_WORDS_NOUNS = lx.SPEECH_NOUNS | frozenset({"phrase", "call", "broadside", "line", "mantra", "catchphrase", "refrain",
                                           "rallying", "motto", "rhetoric", "words", "language", "verdict", "message"})


def _owner_of_words(head: "Token") -> "Token | None":
    """The named possessor of words: 'Rubio's catch phrase', 'Clinton's broadside' -> Rubio, Clinton."""
    if lemma_of(head).lower() not in _WORDS_NOUNS and head.lower_ not in _WORDS_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("his", "her", "their", "its", "my", "our", "your"):
        return None
    return owner if owner.pos_ == "PROPN" or owner.ent_type_ in ("PERSON", "ORG", "NORP") else None


def _noun_phrase(head: "Token") -> list["Token"]:
    left = [t for c in head.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod") for t in c.subtree]
    return sorted(left + [head], key=lambda t: t.i)


# Titles as they are compared before a name: lower case, one final period ('mr.', 'mrs.', 'dr.')
_MALE_TITLE_FORMS = frozenset(x if x.endswith(".") else x + "." for x in lx.MALE_TITLES)
_FEMALE_TITLE_FORMS = frozenset(x if x.endswith(".") else x + "." for x in lx.FEMALE_TITLES)


_BIRTH_WORDS = ("born", "née", "nee")
_BIRTH_FLAGS: "weakref.WeakKeyDictionary[Doc, bool]" = weakref.WeakKeyDictionary()


def _has_birth_word(doc: "Doc") -> bool:
    """True when a word of ``doc`` is 'born', 'née' or 'nee' (any case); kept per parse."""
    flag = _BIRTH_FLAGS.get(doc)
    if flag is None:
        wanted = {doc.vocab.strings[w] for w in _BIRTH_WORDS}
        flag = _BIRTH_FLAGS[doc] = bool(wanted.intersection(doc.to_array(LOWER).tolist()))
    return flag


class Resolver:
    """Resolves speaker mentions to entities of one article, in reading order."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        # per mention head (its doc's id and index), what the words around it say of its bearer: a quarter of the
        # names are registered again by later rules, and these words are a pure reading of the parse
        self._descriptions: dict[tuple[int, int], list[str | None]] = {}
        # and, per mention head, the tokens naming it (read from the parse alone, as above)
        self._names: dict[tuple[int, int], tuple["Token", ...]] = {}

    def note(self, offset: int, entity: Entity, subject: bool = True) -> None:
        """Record a mention for later pronouns."""
        self.registry.mention(offset, entity, subject)
        self.registry.it_only.discard(entity.key)

    def note_organisation(self, ent: "SpacySpan", base: int) -> None:
        """Record an organisation that is the subject of a sentence, for a later 'it said'.

        Only names that cannot be a person's surname the tagger called ORG ('Trump said'):
        several words, an acronym, or an organisation noun ('Senate').
        """
        if not (len(ent) > 1 or ent.text.isupper() or ent.root.lower_ in lx.ORG_NOUNS):
            return
        name = org_name(ent)
        if not name or self.registry.known_person(name) is not None:
            return
        org = self.registry.organisation(name)
        org.describe(appositive(ent.root))  # 'The National Nurses Federation, the nurses' union,': a later 'the union'
        only_a_subject = org.key in self.registry.it_only or not self.registry.mentioned(org)
        self.note(base + ent.start_char, org)
        if only_a_subject:  # still never a source: 'it' may be the organisation, 'they' not
            self.registry.it_only.add(org.key)

    def register_person(self, head: "Token", base: int) -> Mention:
        """Register a named person (an entity mention or a proper-noun subject) and its description."""
        key = (id(head.doc), head.i)
        named = self._names.get(key)
        if named is None:
            named = self._names[key] = tuple(_span_tokens(head))
        toks = list(named)  # (cut below)
        while (len(toks) > 2 and toks[-1].text.replace(".", "").upper() in lx.POSTNOMINALS - {"JR", "SR"}
               and sum(t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP") for t in toks[:-1]) >= 2):
            toks = toks[:-1]  # 'Jonathan Mercer KC' is Jonathan Mercer, as 'Abigail Thornbury KC' is Abigail Thornbury
        roles = []
        while len(toks) > 1 and (toks[0].lower_.rstrip(".") in lx.ROLE_NOUNS or toks[0].pos_ not in ("PROPN", "X")
                                 or toks[0].lower_ in lx.HUMAN_NOUNS) and not (
                toks[0].text[:1].isupper() and toks[0].lower_ in GIVEN_NAMES):
            roles.append(toks.pop(0))  # a given name the tagger called a noun stays ('Tomasz Wren')
        name = clean_name(words_of(toks))
        family = _family_name(toks)
        if family is not None and name and " " not in name:
            name = f"{name} {family}"  # 'Ms Voss's husband, Daniel,' is Daniel Voss
        title = next((t.text for t in toks[:1] if len(toks) > 1 and _is_title(t)), None) or title_before(toks[0])
        root = toks[-1] if head not in toks else head
        if name and _named_as_company(root) and name.split()[0].lower() not in GIVEN_NAMES:
            # 'The engine maker, Vantor Propulsion, said': the name beside a company noun is the company's,
            # however the tagger labelled it
            return Mention(self.registry.organisation(name), base + toks[0].idx, base + toks[-1].idx + len(toks[-1]),
                           "explicit")
        hint = _pronoun_after(toks[-1]) if len((name or head.text).split()) == 1 else None  # only a surname needs it
        # (a surname alone may be one of several bearers, told apart by its appositive: asked only then)
        described = appositive(toks[-1]) if hint is None and len((name or head.text).split()) == 1 else None
        earlier = self._birth_name_of(toks, name) or self._by_age(toks, name)
        if earlier is not None:
            entity, how = earlier, "explicit"
        else:
            entity, how = self.registry.person(name or head.text, at=base + toks[0].idx, title=title, gender=hint,
                                               described=described)
        if family is not None and how == "explicit" and " " in entity.name:
            self.registry.first_named.add(entity.key)
        if title is not None:
            entity.titles.add(title_key(title))
        skip = {t.i for t in toks}
        # words before the name hang on its head or on its first name ('Finance Minister Priya Ramaswamy')
        owners = [root] + [t for t in toks if t is not root]
        prefix = [t for o in owners for c in o.lefts if c.i not in skip and c.dep_ not in ("punct", "cc", "conj", "prep") for t in c.subtree]
        prefix = [t for t in prefix if t.i < toks[0].i]
        for t in [root.doc[toks[0].i - 1]] if toks[0].i > 0 else []:  # the word before the name, if any
            if t.lower_.rstrip(".") + "." in _MALE_TITLE_FORMS:
                entity.gender = entity.gender or "m"
            elif t.lower_.rstrip(".") + "." in _FEMALE_TITLE_FORMS:
                entity.gender = entity.gender or "f"
        if entity.gender is None and how == "explicit":
            entity.gender = gender_of_first_name(entity.name)
        if entity.gender is None:
            entity.gender = _gender_of_role(root)
        descriptions = self._descriptions.get(key)
        if descriptions is None:  # (the same words describe the same mention however often it is looked at)
            descriptions = self._descriptions[key] = _descriptions_of(toks, root, roles, prefix, skip)
        for description in descriptions:
            entity.describe(description)
        if how == "surname" and any(t.dep_ in ("det", "poss") for t in prefix):
            how = "descriptor"
        start, end = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
        return Mention(entity, start, end, how)

    def _by_age(self, toks: list["Token"], name: str) -> Entity | None:
        """'The older Whitlock', 'the elder Novak': of several bearers of the surname, the one described as the
        older (or the parent), or as the younger (or the child)."""
        word = age_word(toks[-1])
        if word is None or not name or " " in name:
            return None
        return pick_by_age(self.registry.surname_bearers(name), word)

    def _birth_name_of(self, toks: list["Token"], name: str) -> Entity | None:
        """The person already named whose birth name ``name`` is: 'Born in 1940 in Brennick, ..., Edda Marit Holm
        studied chemistry' (an obituary's formula), 'was born Edda Holm', 'née Holm': the same first name, another
        surname, given where the article tells of a birth."""
        words = name.split() if name else []
        if len(words) < 2:
            return None
        doc, first = toks[0].doc, toks[0]
        if not _has_birth_word(doc):
            return None  # (asked of every name: a parse with no 'born' or 'née' needs no sentence lookups)
        sent = sentence_of(first)
        before = [t.lower_ for t in doc[max(sent.start, first.i - 2) : first.i]]
        if not (sent[0].lower_ == "born" or "born" in before or "née" in before or "nee" in before):
            return None
        same = [p for p in self.registry.people if p.kind == "person" and len(pw := p.name.split()) > 1
                and pw[0].lower() == words[0].lower() and pw[-1].lower() != words[-1].lower()]
        return same[0] if len(same) == 1 else None

    def kin_of(self, head: "Token", base: int) -> Mention | None:
        """The person introduced before as 'her husband' or 'his sister' that ``head`` names again, if any.

        Only that lookup: unlike :meth:`_kin_of` it asks no pronoun for its antecedent, which would fix that
        person's gender while the article is still being read."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        start = base + owner.idx
        described = self.registry.by_role(head.lower_, start, people=True)
        if described is None or described.kind != "person":
            return None
        return Mention(described, start, base + head.idx + len(head), "descriptor")

    def _kin_of(self, head: "Token", base: int) -> Mention | None:
        """'Her husband said', 'his wife added': the one other person of the family name of whoever 'her' or 'his'
        means, of the gender the kin noun gives (only when there is exactly one)."""
        low = head.lower_
        wanted = "m" if low in _KIN_MALE else "f" if low in _KIN_FEMALE else None
        if wanted is None:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        start = base + owner.idx
        # 'His father, Walter Brenner, says ... . His father adds': the one introduced as the father
        introduced = self.kin_of(head, base)
        if introduced is not None:
            return introduced
        relative = self.registry.antecedent(owner.lower_, base + owner.idx)
        if relative is None or relative.kind != "person" or " " not in relative.name:
            return None
        kin = [p for p in self.registry.surname_bearers(relative.name.split()[-1])
               if p is not relative and p.gender in (wanted, None)]
        if len(kin) != 1:
            return None
        return Mention(kin[0], start, base + head.idx + len(head), "descriptor")

    def _body_of(self, person: Entity, noun: str) -> Entity:
        """The office or campaign (``noun``) of ``person``: the one the article already named with their surname
        ('Vice President Evelyn Strand's campaign', 'the Beckett campaign'), else "Person Name's campaign"."""
        surname = person.name.split()[-1]
        return next((e for e in self.registry.entities.values() if e.kind == "organisation" and re.search(
            rf"\b{re.escape(surname)}(?:['’]s)? {noun}$", e.name)), None) or self.registry.organisation(
            f"{person.name}'s {noun}")

    def resolve(self, head: "Token", base: int) -> Mention | None:
        """The source a subject token refers to, or None for first-person and empty subjects."""
        if all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in head.text):
            return None  # 'The mayor 👩🏽‍⚖️ said': an emoji or its variation selector names no one
        if an_amount(head):
            return None  # 'just 3.4 gigawatts of storage, and the grid operator says': an amount is no speaker
        handle = next((c for c in head.children if c.dep_ == "appos" and c.text.startswith("@") and len(c.text) > 2), None)
        if handle is not None:  # 'wrote one tester, @bookish_ben,': the account named beside the description
            entity = self.registry.entity(f"account:{handle.lower_}", handle.text, "social_account")
            entity.describe(" ".join(t.text for t in _noun_phrase(head) if t.dep_ != "det"))
            return Mention(entity, base + handle.idx, base + handle.idx + len(handle), "handle")
        author = author_of(head)
        if author is not None:  # 'One message, posted in January by a tenant on the seventh floor, reads': the tenant's
            return self.resolve(author, base)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if owner is not None and head.pos_ == "NOUN" and (head.lower_ in lx.SPEAKING_DOCUMENTS or lemma_of(head).lower() in lx.SENT_NOUNS):
            # '"...," its statement read': the statement of the organisation 'its' means
            body = self.registry.antecedent("it" if owner.lower_ == "its" else "they", base + owner.idx)
            if body is not None and body.kind in ("organisation", "group"):
                self.note(base + owner.idx, body)
                return Mention(body, base + owner.idx, base + head.idx + len(head), "pronoun")
        dashed = name_before_dash(head)
        if dashed is not None:
            # 'Deborah Jordan Reynolds - Santilli's girlfriend and co-host - said': the tagger ran the name on through
            # the dash into the possessor of the role that describes her; the name speaks, the role describes her
            mention = self.register_person(dashed, base)
            role = [t for t in head.doc[dashed.i + 2 : head.i + 1] if t.text not in _QUOTE_MARKS]
            mention.entity.describe(words_of(role))
            self.note(mention.start, mention.entity)
            return mention
        elected = elected_role(head)
        if elected is not None:  # 'the mayor-elect said': 'Mayor-elect Valdane' where the article says so, else the role
            phrase = _noun_phrase(head)
            p_start, p_end = base + phrase[0].idx, base + head.idx + len(head)
            named = self.registry.elected.get(elected)
            person = (self.registry.known_person(named) or self.registry.known_person(named.split()[-1]) if named else None) or (
                self.registry.by_role(elected, p_start))
            person = person or self.registry.entity(f"role:{elected}", elected, "person")
            self.note(p_start, person)
            return Mention(person, p_start, p_end, "descriptor" if person.key != f"role:{elected}" else "explicit")
        kin = self._kin_of(head, base)
        if kin is not None:  # 'Her husband said' after Sukhpreet and Harjit Dhaliwal: the one Dhaliwal who is a man
            return kin
        given = _name_given(head) if head.pos_ in ("NOUN", "NUM") else None
        if given is not None:  # 'a father of three who gave his name only as Abu Karim said': the name given
            mention = self.register_person(given, base)
            clause = next(t for t in head.subtree if t.dep_ == "relcl")
            aside = {t.i for a in head.subtree if a.dep_ == "appos" for t in a.subtree}  # ', now 24,'
            words = [t for t in head.subtree if t.i < clause.left_edge.i and t.i not in aside and t.text not in (",", ";")]
            if words and words[0].lower_ in ("a", "an", "the"):
                words = words[1:]  # 'a 34-year-old father of three' -> '34-year-old father of three'
            mention.entity.describe("".join(t.text_with_ws for t in words).strip())
            self.note(mention.start, mention.entity)
            return mention
        name = postnominal_name(head)
        if name is not None:  # 'Rebecca Anand KC told the court': the name before the letters speaks
            mention = self.register_person(name, base)
            self.note(mention.start, mention.entity)
            return mention
        relative = head.head if head.head.dep_ == "relcl" else head.head.head if (
            head.head.dep_ == "conj" and head.head.head.dep_ == "relcl") else None  # ('who is running ... and who worked')
        if head.lower_ in ("who", "which", "that") and relative is not None:
            # "Smith, who said ...": the relative pronoun is this quote's mention, resolved to its antecedent.
            noun = relative.head
            if noun.pos_ in ("VERB", "AUX"):
                return None  # 'Brandt and Pell discuss who deserves credit for "pivot"': a question, read as a relative
            if noun.dep_ == "appos" and (noun.head.pos_ == "PROPN" or (
                    noun.head.text[:1].isupper() and self.registry.known_person(noun.head.text) is not None)) and (
                    noun.pos_ == "NOUN" or any(c.dep_ == "det" for c in noun.children)):
                noun = noun.head  # 'Aled Morgan, the Member for Castle Ward, who ...': the name, not the role
                # ('Leyla, a teacher who said ...': a first name the tagger called a noun, known as a person)
            if (head.lower_ == "who" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (role := noun.head.head).dep_ == "appos"
                    and lemma_of(role).lower() in lx.ROLE_NOUNS and role.head.pos_ == "PROPN"):
                noun = role.head  # 'Earl Vantongeren, chairman of the state Republican Party, who said': the chairman, not the party
            if not person_like(noun) and head.lower_ == "who" and head.i > 0 and head.nbor(-1).text == ",":
                # 'Bundy says to Santilli on camera, who responds': the parser hung 'who' on the nearest noun
                named = [t for t in head.doc[max(sentence_of(head).start, head.i - 6) : head.i]
                         if t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKER_ENTS and t.dep_ in ("pobj", "dobj", "nsubj", "appos")]
                people = [t for t in head.doc[sentence_of(head).start : head.i] if t.pos_ == "PROPN" and t.dep_ in (
                    "pobj", "dobj", "nsubj", "appos") and self.registry.known_person(clean_name(t.text)) is not None]
                if people and named and self.registry.known_person(clean_name(named[-1].text)) is None and (
                        lemma_of(noun).lower() not in lx.ORG_NOUNS):
                    named = people  # 'Patrice Lemoine, 70, a retired postmaster from Calloway attending her ninth
                    # convention, who said': the person named, not the town nearer 'who'
                noun = named[-1] if named else noun
            antecedent = self.resolve(noun, base) if noun.lower_ not in ("who", "which", "that") else None
            if antecedent is None:
                return None
            return Mention(antecedent.entity, base + head.idx, base + head.idx + len(head), "pronoun")
        low = head.lower_
        start, end = base + head.idx, base + head.idx + len(head)
        if low in ("who", "whom", "what", "which"):
            return None  # 'discussing who deserves credit for using the term "pivot"': a question's 'who' names no one
        if low == "i":  # first person outside a quote: the author speaks
            return Mention(self.registry.entity("author", self.registry.author_name or "the author", "person"), start, end,
                           "explicit")
        if low == "those" and any(c.dep_ in ("acl", "relcl", "prep") for c in head.children):
            # 'those surveyed', 'those in the crowd', 'those who': a group named by the words after it
            words = [t for t in head.subtree if head.i <= t.i <= head.i + 4 and not t.is_punct]
            words = words[: next((k for k, t in enumerate(words) if t.i > head.i and t.dep_ == "relcl"), len(words))]
            text = " ".join(t.text for t in words)
            entity = self.registry.entity(f"group:{text.lower()}", text, "group")
            return Mention(entity, start, base + words[-1].idx + len(words[-1]), "explicit")
        if low in lx.FIRST_PERSON or low in lx.NOT_SOURCES:
            return None
        if low in ("his", "her", "its") and head.dep_ == "poss":  # 'his comment that ...': the owner's words
            entity = self.registry.antecedent("it" if low == "its" else low, start)
            return Mention(entity, start, end, "pronoun") if entity is not None else None
        if low in ("he", "she") and (asked := _the_one_asked(head)) is not None and (
                mention := self.register_person(asked, base)).entity.kind == "person" and (
                mention.entity.gender in (None, "m" if low == "he" else "f")):
            # 'Host Mara Quist asked Reyes about the vote, to which he replied': the one asked answers
            return Mention(mention.entity, start, end, "pronoun")
        if low in ("he", "she") and (unnamed := unnamed_subject_before(head)) is not None:
            # 'A former night carer who asked not to be named described her shifts. "...," she said.'
            mention = self.resolve(unnamed, base)
            if mention is not None and mention.entity.kind in ("anonymous", "unknown"):  # ('the second juror': unknown)
                return Mention(mention.entity, start, end, "pronoun")
        if low in lx.SUBJECT_PRONOUNS or low in lx.PLURAL_PRONOUNS or (low in ("him", "her") and (head.dep_ in ("pobj", "nsubj") or (
                head.dep_ == "dobj" and lemma_of(head.head).lower() in ("quote", "cite")))) or (
                low in ("his", "her", "its") and head.dep_ == "poss" and head.head.lower_ == "account"):  # 'by her own account'
            # ('According to him, weekly calls focused on occupancy', 'The agency also quoted him as saying that ...',
            # 'She remembers him telling her that "...": him is whoever he is, never a name)
            entity = self.registry.antecedent(low, start)
            if entity is None and low in ("he", "she", "they", "it"):
                # No compatible antecedent: the quote is still the pronoun's, not the previous speaker's.
                entity = self.registry.entity(f"unresolved:{low}", f"unnamed ({low})", "unknown")
                return Mention(entity, start, end, "unresolved")
            if entity is None:
                return None
            return Mention(entity, start, end, "pronoun")
        if head.text.startswith("@") and len(head.text) > 2:
            entity = self.registry.entity(f"account:{low}", head.text, "social_account")
            return Mention(entity, start, end, "handle")
        party_state = _party_and_state(head)
        if party_state is not None and (member := self.registry.of_party_and_state(*party_state, start)) is not None:
            # 'the Ohio Democrat said' after 'Rep. Desmond Okafor (D-Ohio)': the one whose party and state they are,
            # not whoever was named last
            phrase = _noun_phrase(head)
            self.note(base + phrase[0].idx, member)
            return Mention(member, base + phrase[0].idx, end, "descriptor")
        if _described_person(head):
            # 'the Brazilian said', 'the 31-year-old said': a person the article named just before
            earlier = self.registry.antecedent("one", start)
            if earlier is not None:
                phrase = _noun_phrase(head)
                return Mention(earlier, base + phrase[0].idx, end, "descriptor")
        named = appositive_name(head)
        if named is not None:  # "Norvane's Chief Operating Officer, Marcus Lind, said": the name, described by the role
            mention = self.register_person(named, base)
            phrase = [t for t in _noun_phrase(head) if t.i < named.left_edge.i and not t.is_punct]
            mention.entity.describe(" ".join(t.text for t in phrase if t.dep_ != "det").replace(" 's", "'s").replace(" ’s", "’s"))
            self.note(mention.start, mention.entity)
            return mention
        known = (head.pos_ == "PROPN" or head.text.istitle()) and self.registry.known_person(clean_name(head.text)) is not None
        if not known and head.ent_type_ and (ent := entity_of(head)) is not None and len(ent) > 1:
            # 'Drummond-Hale said' tagged an organisation: the hyphenated surname of someone already named
            known = self.registry.known_person(clean_name(ent.text)) is not None
        known = known or split_surname(head) is not None  # 'Adrian Pemberly told', 'Adrian' tagged a nationality
        if head.ent_type_ in _ORG_ENTS and not known:
            ent = entity_of(head)
            known = ent is not None and misread_person(ent)
            if not known and head.pos_ == "PROPN" and head.i > 0 and (given := head.nbor(-1)).dep_ == "compound" and (
                    given.head.i == head.i and given.text[:1].isupper() and len(given.text) > 2
                    and given.lower_ in GIVEN_NAMES):
                known = True  # 'said Dr Marta Zielińska' tagged as two places: a given name, then the surname
        if head.pos_ == "PROPN" and not head.ent_type_ and not known and head.text[:1].isupper() and (
                head.lower_ in lx.ORG_NOUNS or head.lower_.removesuffix("s") in lx.ORG_NOUNS):
            # a proper name headed by an organisation noun the tagger did not mark: 'The Eastbrook Tenants' Association'
            phrase = [t for t in _noun_phrase(head) if t.dep_ != "det"]
            while len(phrase) > 1 and phrase[0].text[:1].islower():
                phrase = phrase[1:]  # 'The charity Diabetes Action Network': the name, not what it is
            first = phrase[0]
            if first.i > 0 and (prev := first.nbor(-1)).text[:1].isupper() and prev.i == sentence_of(prev).start and (
                    prev.dep_ in ("advmod", "compound", "npadvmod", "nmod")):
                phrase = [prev] + phrase  # 'Portmere Gas Networks said': the parser hung the first word on the verb
            tail = name_tail(head)  # 'The Harlow Vale Chamber of Commerce'
            if tail:
                phrase = phrase + tail
                end = base + tail[-1].idx + len(tail[-1])
            entity = self.registry.organisation(words_of(phrase))
            m_start = base + phrase[0].idx
            self.note(m_start, entity)
            return Mention(entity, m_start, end, "explicit")
        if head.ent_type_ in _NAME_ENTS or (((head.pos_ == "PROPN" and not head.text.islower()) or known) and (
                head.ent_type_ not in _ORG_ENTS or known)):  # ('the shadow chancellor' tagged a proper noun is no name)
            mention = self.register_person(head, base)
            self.note(mention.start, mention.entity)
            return mention
        named = next((c for c in head.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                      and not (c.ent_type_ == "NORP" and any(d.dep_ == "det" for d in c.children))), None)
        # (not 'The senator, a two-term Republican,': a party, not a name)
        if named is not None and head.pos_ == "ADJ" and any(c.dep_ == "det" for c in head.children):
            return self.resolve(named, base)  # 'The biggest of those rivals, Stackwise, said': the name beside it
        if named is not None and head.pos_ == "NOUN":  # "the party's mouthpiece Chen"
            mention = self.register_person(named, base)
            phrase = _noun_phrase(head)
            mention.entity.describe(" ".join(t.text for t in phrase if t.dep_ != "det").replace(" 's", "'s"))
            if mention.resolution == "surname":
                mention.resolution = "descriptor"
            self.note(mention.start, mention.entity)
            return mention
        if low in ("one", "another") and (named := appositive_name(head)) is not None:
            mention = self.register_person(named, base)  # 'One of them, Gary Pinkney, said': the name given
            self.note(mention.start, mention.entity)
            return mention
        described = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None) if low in ("one", "another") else None
        if described is not None:
            # 'One, a retired schoolteacher, said': the unnamed person is what the apposition says
            words = [t for t in described.subtree if not t.is_punct and not any(
                a.dep_ in ("relcl", "acl") and t.i in {x.i for x in a.subtree} for a in described.children)]
            name = words_of(words)
            entity = self.registry.entity(f"anon:{name.lower()}", name, "anonymous")
            m_start = base + words[0].idx
            self.note(m_start, entity)
            return Mention(entity, m_start, base + words[-1].idx + len(words[-1]), "descriptor")
        counted = head.like_num and low not in ("one",)  # 'three of the nine members voted ..., arguing that'
        if (low in ("one", "another") or counted) and (
                of := next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)):
            # 'One of the second violins told me': an unnamed member, named by the group it belongs to
            pobj = next((c for c in of.children if c.dep_ == "pobj"), of)
            words = [t for t in head.doc[head.i : pobj.i + 1] if not t.is_punct]  # up to the group's noun, no clause
            name = words_of(words)
            entity = self.registry.entity(f"{'group' if counted else 'anon'}:{name.lower()}", name,
                                          "group" if counted else "anonymous")
            m_start = base + words[0].idx
            self.note(m_start, entity)
            return Mention(entity, m_start, base + words[-1].idx + len(words[-1]), "descriptor")
        group = _share_of(head)  # 'Nearly half of the 2,400 firms surveyed said': the firms speak, not 'half'
        if group is not None and group.lower_ == "them":  # 'Half of them said': the group 'them' stands for
            earlier = self.registry.antecedent("they", start)
            if earlier is not None:
                return Mention(earlier, base + head.left_edge.idx, base + group.idx + len(group), "pronoun")
        elif group is not None:
            words = _group_words(group)
            name = words_of(words)
            entity = self.registry.entity(f"group:{name.lower()}", name, "group")
            m_start = base + head.left_edge.idx
            self.note(m_start, entity)
            return Mention(entity, m_start, base + words[-1].idx + len(words[-1]), "explicit")
        maker = maker_of(head)
        if maker is not None:
            made = self.resolve(maker, base)
            if made is not None:
                return made
        owner = _owner_of_words(head)
        if owner is not None:
            # 'Hillary Clinton's campaign slogan', 'Sanders's clarion call': the owner's words, not a source of their own
            owned = self.resolve(owner, base)
            if owned is not None and owned.entity.kind in ("person", "organisation", "group"):
                phrase = _noun_phrase(head)
                return Mention(owned.entity, base + phrase[0].idx, base + head.idx + len(head), "descriptor")
        phrase = _noun_phrase(head)
        words = [t for t in phrase if not (t.dep_ == "det" and t.lower_ in ("the", "this", "that"))]
        text = words_of([t for t in words if t.text not in _QUOTE_MARKS]) or head.text
        first = phrase[0]
        p_start, p_end = base + first.idx, base + phrase[-1].idx + len(phrase[-1])
        if head.ent_type_ in _ORG_ENTS:
            ent = entity_of(head)
            name = org_name(ent) if ent is not None else text
            lead = [t for t in phrase if ent is not None and ent.label_ in ("ORG", "GPE") and t.i < ent.start and t.dep_ != "det"]
            if (lead and [t.i for t in lead] == list(range(ent.start - len(lead), ent.start))
                    and all((t.pos_ == "PROPN" and t.text not in ("'s", "’s")) or t.text in ("’", "'", "-") for t in lead)):
                # the tagger cut the name short: 'The Eastbrook Tenants’ Association' as 'Tenants’ Association' (or
                # 'HomeSafe UK, a charity,' as the place 'UK')
                name = words_of(lead + list(ent))
            if ent is not None and (ent[-1].text in ("'s", "’s") and name.endswith(ent[-1].text) or ent.end - 1 > head.i):
                # the mention is all of 'McDonald’s', of 'the Office for Labour Data'
                p_end = max(p_end, base + ent[-1].idx + len(ent[-1]))
            entity = self.registry.organisation(name)
            self.note(p_start, entity)
            return Mention(entity, p_start, p_end, "explicit")
        lemma = lemma_of(head).lower()
        makers = [t for t in phrase if t.i < head.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "amod")]
        if lemma in lx.DOCUMENT_NOUNS and makers:
            # 'a Quinnipiac University poll', 'the new CNN poll': named by its maker, not anonymous
            entity = self.registry.organisation(words_of([t for t in phrase if t.i >= makers[0].i]))
            self.note(p_start, entity)
            return Mention(entity, p_start, p_end, "explicit")
        spoken_for = _spoken_for(head)
        if spoken_for is not None:
            # 'A spokesperson for Pellam Home said': the organisation speaks through its spokesperson
            voice = self.resolve(spoken_for, base) if spoken_for.pos_ == "PROPN" or spoken_for.ent_type_ else None
            if voice is not None and voice.entity.kind == "organisation":
                voice.entity.voices.add(head.lower_)  # a later 'the spokesperson said' is the same voice
                self.note(p_start, voice.entity)
                return Mention(voice.entity, p_start, voice.end, "descriptor")
            phrase = phrase + [t for t in head.subtree if t.i > head.i and t.i <= spoken_for.i]
            p_end = base + phrase[-1].idx + len(phrase[-1])
        if lemma in lx.VOICE_SOUNDS and (origin := next((p for a in head.children if a.dep_ == "acl" for p in a.children
                                                        if p.dep_ == "prep" and p.lower_ == "from"), None)) is not None:
            phrase = phrase + [t for t in origin.subtree if not t.is_punct]  # 'a voice from the government side'
            p_end = base + phrase[-1].idx + len(phrase[-1])
        indefinite = any(t.dep_ == "det" and t.lower_ in lx.INDEFINITE for t in phrase) or (
            head.tag_ == "NN" and any(t.dep_ == "nummod" and t.lower_ == "one" and t.head.i == head.i for t in phrase))
        # ('One flight controller, who asked not to be named, said': one unnamed person)
        if indefinite and spoken_for is None:
            phrase = phrase + _described_after(head)  # 'A person familiar with the investigation', not 'A person'
            p_end = base + phrase[-1].idx + len(phrase[-1])
        if indefinite:
            name = words_of(phrase)
            entity = self.registry.entity(f"anon:{name.lower()}", name, "anonymous")
            self.note(p_start, entity)
            return Mention(entity, p_start, p_end, "descriptor")
        of_owner = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                         if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), None) if lemma in _OWNED_BODIES else None
        if of_owner is not None and head.tag_ == "NN":
            # 'The campaign of presumptive Democratic nominee Hillary Clinton did not reply': her campaign
            entity = self._body_of(self.register_person(of_owner, base).entity, head.lower_)
            self.note(p_start, entity)
            return Mention(entity, p_start, base + of_owner.idx + len(of_owner), "explicit")
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is not None and head.tag_ == "NN" and lemma in _OWNED_BODIES:
            # 'Her office said' after 'Gov. Harriet Lomax': the governor's office, not the last office named
            person = self.registry.antecedent(owner.lower_, base + owner.idx)
            if person is not None and person.kind == "person" and " " in person.name:
                entity = self._body_of(person, head.lower_)
                self.note(p_start, entity)
                return Mention(entity, p_start, p_end, "pronoun")
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in phrase) or (
            head.tag_ == "NN" and any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their") for t in phrase))
        # 'His barrister has told the court' after 'Forsythe's barrister, Martin Oduya': a role named before
        another = any(c.dep_ == "amod" and c.lower_ in ("second", "third", "fourth", "other") for c in head.children)
        seat = seat_of(head) if definite else []
        if seat:  # 'The member for Eastbrook': the one described so, else that seat's holder, unnamed
            role = f"{head.lower_} {' '.join(t.lower_ for t in seat)}"
            p_end = base + seat[-1].idx + len(seat[-1])
            holder = self.registry.by_role(role, p_start) or self.registry.entity(
                f"role:{role}", f"{head.text.lower()} {words_of(seat)}", "person")
            self.note(p_start, holder)
            return Mention(holder, p_start, p_end, "descriptor")
        if definite and another:  # 'the second official said' after 'One senior official said': someone new
            name = words_of([t for t in phrase if t.dep_ != "det"])
            entity = self.registry.entity(f"anon:{name.lower()}", name, "anonymous")
            self.note(p_start, entity)
            return Mention(entity, p_start, p_end, "descriptor")
        common = head.tag_ == "NN" or (head.tag_ == "NNP" and head.text.islower())  # ('chancellor' tagged NNP)
        learned = lemma not in lx.ROLE_NOUNS and is_learned(lemma)  # 'the ecologist'
        if definite and common and (lemma in lx.ORG_NOUNS or lemma in lx.HUMAN_NOUNS or lemma in lx.ROLE_NOUNS
                                    or lemma in lx.GENERIC_ORG_NOUNS or learned or lemma in lx.INSTITUTION_NOUNS):
            # 'the ministry said' after 'The Ministry of Coastal Affairs', 'the source said' after 'a senior police source'
            role = lemma
            if head.i > 0 and head.nbor(-1).lower_ in OTHER_ROLE:
                role = f"{head.nbor(-1).lower_} {lemma}"  # 'the former president' is not 'the president'
            house = next((c.lower_ for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"
                          and c.i < head.i and c.ent_type_ not in ("GPE", "NORP", "DATE")), None)
            # 'the Ashgrove analyst': the one introduced at Ashgrove, not the analyst named last
            earlier = self.registry.affiliated(role, house, p_start) if house and lemma in lx.ROLE_NOUNS else None
            earlier = earlier or self.registry.by_role(role, p_start, people=lemma in lx.ROLE_NOUNS or lemma in lx.HUMAN_NOUNS
                                                       or learned, named_too=True)
            if earlier is None and learned and house is None:
                earlier = self.registry.learned(lemma, p_start)  # 'the ecologist' for 'Dr Helena Markwick'
            elsewhere = earlier is not None and house is not None and lemma in lx.ROLE_NOUNS and described_elsewhere(
                earlier, [house])
            if earlier is not None and house is not None and lemma in _OWNED_BODIES and (
                    house not in earlier.name.lower()):  # 'The Voss campaign' is not 'Evelyn Strand's campaign'
                entity = self.registry.organisation(text)
                self.note(p_start, entity)
                return Mention(entity, p_start, p_end, "explicit")
            if earlier is not None and not elsewhere:
                self.note(p_start, earlier)
                return Mention(earlier, p_start, p_end, "descriptor")
        else:
            elsewhere = False
        if lemma in lx.ROLE_NOUNS and head.tag_ in ("NN", "NNP"):
            role = f"{head.nbor(-1).lower_} {lemma}" if head.i > 0 and head.nbor(-1).lower_ in OTHER_ROLE else lemma
            # ('the Rovers manager' is not 'Port Kellan manager Gary Hollins': someone not named yet)
            person = None if elsewhere else self.registry.by_role(role, p_start)
            if person is not None:
                self.note(p_start, person)
                return Mention(person, p_start, p_end, "descriptor")
            entity = self.registry.entity(f"role:{text.lower()}", text, "person")
            self.note(p_start, entity)
            return Mention(entity, p_start, p_end, "descriptor")
        if lemma in lx.ORG_NOUNS or low in lx.ORG_NOUNS:
            of = [t for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
            if 2 <= len(of) <= 4 and all(t.is_alpha for t in of):  # 'the regional chamber of commerce'
                text, p_end = words_of(words + of), base + of[-1].idx + len(of[-1])
            entity = self.registry.organisation(text)
        elif low in lx.GROUP_NOUNS or head.tag_ in ("NNS", "NNPS"):
            named = [t for t in _described_after(head, longest=6)]
            if named and any(t.pos_ == "PROPN" for t in named) and named[0].lower_ in ("at", "from", "with", "of", "in"):
                # 'Analysts at Fennick Risk said': the group with the body it belongs to
                text = words_of(words + named)
                p_end = base + named[-1].idx + len(named[-1])
            entity = self.registry.entity(f"group:{text.lower()}", text, "group")
        else:
            entity = self.registry.entity(f"unknown:{text.lower()}", text, "unknown")
        self.note(p_start, entity)
        return Mention(entity, p_start, p_end, "explicit")


def _descriptions_of(toks: list["Token"], root: "Token", roles: list["Token"], prefix: list["Token"],
                     skip: set[int]) -> list[str | None]:
    """What the words around a name say of its bearer, in the order they are recorded: letters after the name,
    the words before it, its role words, its appositive, a relative clause, an affiliation, a possessor the
    tagger cut off, and the role noun it stands beside. Read from the parse alone."""
    out: list[str | None] = []
    letters = root.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(root.doc) else None
    if letters is not None and letters.text.replace(".", "").upper() in lx.POSTNOMINALS - {"JR", "SR"}:
        out.append(letters.text)  # 'Marcus Oduya KC': a later 'the barrister' is him
    out.append(prefix_description(sorted({t.i: t for t in prefix + roles}.values(), key=lambda t: t.i), skip))
    if roles and any(t.lower_.rstrip(".") in lx.ROLE_NOUNS for t in roles):
        # 'Senior Coroner Alison Ferrier', tagged a person whole: the role words still describe her
        out.append(" ".join(t.text for t in roles if t.dep_ != "det").lower())
    out += [appositive(root), _role_in_relative_clause(root), _affiliation(root), _possessor_cut_off(toks)]
    if root.dep_ == "appos" and (root.head.pos_ == "NOUN" or (
            root.head.pos_ == "PROPN" and root.head.lower_ in lx.ROLE_NOUNS  # 'The Roads Minister, Caroline ...'
            and any(c.dep_ == "det" for c in root.head.children))) and root.head.i < toks[0].i and root.head.lower_ not in (
            "name", "names", "nickname"):  # 'her first name, Zofia,' names her; 'name' is no role
        # 'The harbour master, Peter Quill, said': the role is the noun the name stands beside
        out.append(prefix_description(list(root.doc[root.head.left_edge.i : root.head.i + 1]), skip))
    return out
