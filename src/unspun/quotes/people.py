"""Who a mention refers to: the article's people, organisations and groups.

A :class:`Registry` is filled with every person the article names (PERSON
entities outside quotes), in reading order, so that later mentions resolve to
the full name introduced earlier: a surname ("Lindqvist"), a descriptive
mention ("the party's mouthpiece Chen", "the mayor") or a pronoun ("she adds").
Descriptions (role and affiliation) are gathered from every mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from unspun.nlp.sentences import sentence_of
from unspun.quotes import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token


@dataclass
class Entity:
    """One distinct source: a person, an organisation, a group, an account, an anonymous source."""

    key: str
    name: str
    kind: str
    gender: str | None = None
    descriptions: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # 'dr', 'sen', 'mrs': what tells apart two people of one surname
    voices: set[str] = field(default_factory=set)  # 'spokesperson': who has spoken for an organisation

    def describe(self, text: str | None) -> None:
        """Add one piece of description (role, affiliation), once: 'One resident' after 'resident' (or
        'Her husband' after 'husband') says nothing new, and a fuller one replaces a part of it."""
        if text:
            text = text.strip(" ,;:-–—")
            if not text or text.lower() == self.name.lower():
                return
            words = _content_words(text)
            for k, known in enumerate(self.descriptions):
                have = _content_words(known)
                if words <= have:
                    return
                if have < words:
                    self.descriptions[k] = text
                    return
            self.descriptions.append(text)


@dataclass
class Mention:
    """A mention resolved to an entity: its offsets and how it was resolved."""

    entity: Entity
    start: int
    end: int
    resolution: str


_FILLER = frozenset("a an the one her his its their our my your".split())


def _content_words(text: str) -> frozenset[str]:
    """The words of a description that say something ('hospital's medical director' = 'hospital medical director')."""
    words = re.findall(r"\w+", text.lower().replace("’s", "").replace("'s", ""))
    return frozenset(w for w in words if w not in _FILLER)


_TITLE_FORMS = {"senator": "sen", "doctor": "dr", "representative": "rep", "governor": "gov", "professor": "prof",
                "general": "gen", "reverend": "rev", "congressman": "rep", "congresswoman": "rep"}


# Words that end the head of an unnamed source's name ('a spokesman | for the council', 'a source | familiar with').
_AFTER_HEAD = frozenset("for of at in from on with familiar close who".split())
# What a story calls an unnamed source the second time: the latest anonymous source it introduced.
_ANONYMOUS_ROLES = frozenset({"source", "insider", "person", "official"})



# Last words that make a name a company's ('Vennik NV', 'Tidemark Systems', 'Corvane Logistics').
_CORPORATE = frozenset(
    """nv bv ag sa se gmbh ltd ltd. limited inc inc. plc llc llp corp corp. co co. group holdings systems estates
    logistics partners capital airlines airways motors energy technologies technology labs media foods pharma
    pharmaceuticals industries chemicals solutions networks software ventures properties enterprises mining metals
    resources insurance homes bank semiconductor semiconductors robotics electronics""".split()
)


def is_corporate(name: str) -> bool:
    """True for a name of two or more words ending in a company word."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().strip(",") in _CORPORATE


def title_key(word: str) -> str:
    """'Sen.' and 'Senator' -> 'sen', 'Dr.' -> 'dr', 'Mrs' -> 'mrs'."""
    w = word.lower().rstrip(".")
    return _TITLE_FORMS.get(w, w)


_GENDERED_TITLES = frozenset({"mr", "mrs", "ms", "miss"})
# how near before 'the company' a company must have been a subject to be the one it means (about two sentences)
_RECENT_COMPANY_CHARS = 250
# Descriptions of people a 'Dr' or 'Professor' fits: scientists, scholars, physicians.
_LEARNED = re.compile(r"\b(?:\w+ologist|\w*scientist|\w*chemist|\w*physicist|physician|surgeon|doctor|professor|"
                      r"lecturer|researcher|scholar|academic|economist|historian|mathematician|astronomer|geologist|"
                      r"epidemiologist|virologist|psychiatrist|engineer|dean)s?\b", re.I)


def is_learned(noun: str) -> bool:
    """'ecologist', 'physicist', 'historian': a role a Dr or a Professor may hold."""
    return _LEARNED.fullmatch(noun) is not None


def _titled(people: list[Entity], title: str) -> list[Entity]:
    """The people a title fits: the ones introduced with it, else those described with it as their role, else
    those of a gender it allows.

    A courtesy title fits everyone of its gender: 'Mr Lowe' after 'Mr Lowe' (Peter) and 'His brother, Simon
    Lowe' is either brother, and the caller picks the one named last."""
    key = title_key(title)
    same = [p for p in people if key in p.titles]
    if same and key not in _GENDERED_TITLES:
        return same
    if key not in _GENDERED_TITLES and (held := [p for p in people if any(holds_role(d, key) for d in p.descriptions)]):
        return held  # 'Chief Ortiz' is the Ortiz introduced as 'county fire chief Mina Ortiz', not the spokeswoman
    if key in ("dr", "prof", "professor", "doctor") and (learned := [p for p in people if any(
            _LEARNED.search(d) for d in p.descriptions)]):
        return learned  # 'Dr Varnholt' is the chemist Edda Varnholt, not her daughter Lise Varnholt
    if key + "." in lx.MALE_TITLES or key in lx.MALE_TITLES:
        return [p for p in people if p.gender != "f" and not p.titles & {"mrs", "ms", "miss"}]
    if key + "." in lx.FEMALE_TITLES or key in lx.FEMALE_TITLES:
        return [p for p in people if p.gender != "m" and not p.titles & {"mr"}]
    return []


@lru_cache(maxsize=16384)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name that identify the person: no titles before it, no letters after it.

    'Abigail Thornbury KC' is not a later mention of 'Jonathan Mercer KC': 'KC' is no surname. Computed once per
    name: it is asked for every known person at every mention.
    """
    words = [w.strip(".,").lower() for w in name.split() if w.strip(".,").lower() not in lx.TITLES]
    while len(words) > 1 and (words[-1].replace(".", "").upper() in lx.POSTNOMINALS or words[-1] in ("ii", "iii", "iv")):
        words.pop()
    return tuple(words)


_TITLES_DOTTED = lx.TITLES | {w + "." for w in lx.TITLES}


def clean_name(text: str) -> str:
    """A person's name without titles, possessive endings and edge punctuation."""
    words = text.replace("’s", "").replace("'s", "").split()
    titles = _TITLES_DOTTED
    while words and (words[0].lower().rstrip(".") + "." in titles or (
            words[0].lower() == "the" and len(words) > 2 and words[1].lower().rstrip(".") in ("rt", "hon", "right", "honourable", "honorable"))):
        words = words[1:]  # 'the Rt Hon Caroline Adebayo-Lewis' is Caroline Adebayo-Lewis
    return " ".join(w.strip("\"“”‘’[]") for w in words).strip(" ,.;:()\"“”'")


# Ranks written before a name, and the role a later 'the officer' or 'the detective' calls the person by.
_ROLE_OF_RANK = {"pc": "officer", "wpc": "officer", "dc": "detective", "ds": "detective", "di": "detective",
                 "dci": "detective", "det": "detective", "sgt": "officer", "insp": "officer", "supt": "officer",
                 "cllr": "councillor", "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                 "kc": "barrister", "qc": "barrister", "sc": "barrister", "justice": "judge", "judge": "judge"}
# Other nouns a rank is called by later: 'Rep. Desmond Okafor' is 'the congressman', 'the lawmaker'.
_OTHER_ROLES_OF_RANK = {"rep": ("congressman", "congresswoman", "congressperson", "lawmaker"),
                        "sen": ("lawmaker",), "cllr": ("council member",)}


def _rank_holds(rank: str, role: str, descriptions: Sequence[str] = ()) -> bool:
    """True when the rank written before a name ('sen', 'gov') makes its bearer 'the ``role``': 'the senator', 'the
    lawmaker', and 'the former governor' for one whose description says 'Former' ('Former Gov. Anita Belcourt')."""
    rank = rank.lower().rstrip(".")
    wanted = role.split()
    if len(wanted) == 2 and wanted[0] in OTHER_ROLE:
        if not any(wanted[0] in _words(d) for d in descriptions):
            return False
        role = wanted[1]
    return _ROLE_OF_RANK.get(rank) == role or role in _OTHER_ROLES_OF_RANK.get(rank, ())


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The lower-cased words of a name or description (asked for every mention of a role: computed once)."""
    return tuple(re.findall(r"\w+", text.lower()))


# Words before a role that make it another role: 'the minister' is not 'the shadow minister' or 'a former minister'.
OTHER_ROLE = frozenset({"shadow", "former", "ex", "deputy", "vice", "junior", "assistant", "opposition"})
# A cabinet secretary is a minister: 'Transport Secretary Kwame Jones' ... 'the minister said'.
_CABINET_SECRETARY = re.compile(r"\b(?:[A-Z][a-z]+ (?:and [A-Z][a-z]+ )?)+Secretary\b|\bSecretary of State\b")
_NOT_CABINET = frozenset({"press", "general", "permanent", "private", "parliamentary", "party", "company", "club", "union"})


# Roles a sports report calls by another name: 'the skipper' is the captain, 'the Rovers boss' the head coach.
_ROLE_SYNONYMS = {"skipper": ("captain",), "captain": ("skipper",), "boss": ("coach", "manager", "director of rugby"),
                  "widow": ("wife",), "widower": ("husband",), "attorney": ("lawyer",), "lawyer": ("attorney",)}
# ('the widow said' after 'His wife, Denise Carrow,': the wife of the man who died)


def holds_role(description: str, role: str) -> bool:
    """True when ``description`` gives the role ``role`` itself (or a name sports reports give it), not a shadow,
    former or deputy one."""
    role = " ".join(_words(role))  # 'fly-half' as its words
    if any(_holds_role(description, other) for other in _ROLE_SYNONYMS.get(role, ())):
        return True
    return _holds_role(description, role)


# Person nouns after a role in a description make the role someone else's ('novelist sister', 'mayor spokesman').
_WHOSE_PERSON = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "partner",
                           "widow", "widower", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                           "lawyer", "attorney", "friend", "assistant"})


def _holds_role(description: str, role: str) -> bool:
    words = _words(description)
    if " " in role:  # 'former president': the description must say it so
        wanted = tuple(role.split())
        if len(wanted) == 2 and wanted[0] in OTHER_ROLE:  # ('former Dry Fork County sheriff' is a former sheriff)
            return any(w == wanted[1] and wanted[0] in words[max(0, k - 5) : k] for k, w in enumerate(words))
        return any(words[k : k + len(wanted)] == wanted for k in range(len(words)))
    for k, w in enumerate(words):
        if w == role and not (k and words[k - 1] in OTHER_ROLE) and not (
                k + 1 < len(words) and words[k + 1] in _WHOSE_PERSON):
            # ('novelist sister', from "The novelist's sister, Ingrid Olsen": the role is whose sister she is)
            return True
    if role == "minister" and (m := _CABINET_SECRETARY.search(description)):
        first = m.group(0).split()[0].lower()
        return first not in _NOT_CABINET and not any(w in OTHER_ROLE for w in _words(description))
    return False


# What an organisation is called right after it is named: 'the group', 'the alliance', 'the charity'.
_COLLECTIVE_NOUNS = frozenset({"group", "alliance", "coalition", "network", "organisation", "organization",
                               "association", "federation"})


# A party letter and a state in a description: 'Rep. Ana Ruiz (D-N.M.)' gives ('D', 'N.M.'), 'R-Ky.' ('R', 'Ky.').
_PARTY_STATE_TAG = re.compile(r"\b([DRI])\s*[-–]\s*([A-Za-z.\s]{2,15}?)\s*\)?$|\(([DRI])[-–]([A-Za-z. ]{2,15})\)")


class Registry:
    """The article's named entities, and the recent mentions pronouns can refer to."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        # where the article's paragraphs start (set by the extractor): some readings hold only within one paragraph
        self.paragraph_starts: list[int] = []
        self.people: list[Entity] = []
        self.name_candidates: list[str] = []
        # (article offset, entity, is_subject): person mentions in reading order.
        self.timeline: list[tuple[int, Entity, bool]] = []
        # The same mentions per entity, as sorted (offset, order) pairs, all and subjects only: the latest mention
        # of each entity before an offset is a bisection away, so a long article of many quotes stays linear.
        self._mentions: dict[int, tuple[Entity, list[tuple[int, int]], list[tuple[int, int]]]] = {}
        self._order = 0
        # Organisations seen only as the subject of a sentence, never yet as a source: what 'it' can be,
        # but not 'they' (a group or an organisation that spoke is likelier).
        self.it_only: set[str] = set()
        # Documents that spoke as a subject ('The six-page document argues that ...'): a later 'it' may be one.
        self.documents: set[str] = set()
        # people the article names by first name only, their surname taken from a relative ('Ms Voss's husband,
        # Daniel'): a bare surname is someone else's when another bears it
        self.first_named: set[str] = set()
        # (offset, organisation) named in passing, not as a subject: only what a later 'the association' may mean
        self.in_passing: list[tuple[int, Entity]] = []
        # 'mayor-elect' -> 'Valdane' where the article writes 'Mayor-elect Valdane' (even inside a quote): who a later
        # 'the mayor-elect said' is, when no description of theirs says so
        self.elected: dict[str, str] = {}
        # the one author a byline names ('By Harriet Osei'): who the first person outside quotes is
        self.author_name: str | None = None
        # the one person a headline names in full ('The slow homecoming of Joel Amberley'): who a role no one is
        # described with means ('The chef remembers it differently')
        self.headline_name: str | None = None

    def entity(self, key: str, name: str, kind: str) -> Entity:
        """The entity of ``key``, created on first use."""
        if key not in self.entities:
            self.entities[key] = Entity(key, name, kind)
        return self.entities[key]

    def organisation(self, name: str) -> Entity:
        """The organisation of ``name``, created on first use; a leading 'the' is not part of the name."""
        name = name[4:] if name.lower().startswith("the ") else name
        if " " not in name and f"org:{name.lower()}" not in self.entities:
            # 'Quillmark said' after 'Quillmark Systems': a company named again without its corporate word
            longer = [e for e in self.entities.values() if e.kind == "organisation" and is_corporate(e.name)
                      and e.name.split()[0].lower() == name.lower()]
            if len(longer) == 1:
                return longer[0]
        return self.entity(f"org:{name.lower()}", name, "organisation")

    def person(self, name: str, at: int | None = None, title: str | None = None, gender: str | None = None,
               described: str | None = None) -> tuple[Entity, str]:
        """The person a name refers to, and whether it was 'explicit' or resolved by 'surname'.

        ``gender`` (of a pronoun that refers back to the mention in its clause) picks among several of a surname,
        and so does ``described``, the mention's own appositive ('Fitzgerald, the assistant general secretary,'
        is the Fitzgerald described so).
        ``at`` (the mention's offset): a surname goes to the person of that name mentioned last
        before it ('Doyle told me' is Margaret Doyle, introduced above, not her son Ciarán Doyle,
        introduced below), when the article has several. ``title`` (the word before a surname):
        'Sen. Harrow' is the Harrow introduced as a senator, 'Mrs Harrow' not the son.
        """
        words = _name_words(name)
        if not words:
            words = (name.lower(),)
        if is_corporate(name):  # 'Vennik NV', 'Tidemark Systems': a company the tagger took for a person
            return self.organisation(name), "explicit"
        last = name.lower().split()[-1] if name.split() else ""
        same = next((e for e in self.entities.values() if e.kind == "organisation" and e.name.lower() == name.lower()),
                    None) if last in lx.ORG_NOUNS or last == "police" else None  # (the name's test first: no scan)
        if same is not None:  # '9.30am: Portmere Police said' after 'Portmere Police said': one force, however parsed
            return same, "explicit"
        if len(words) == 1:
            company = next((e for e in self.entities.values() if e.kind == "organisation" and is_corporate(e.name)
                            and _name_words(e.name)[:1] == words), None)
            if company is not None and not any(_name_words(p.name)[-1:] == words for p in self.people):
                return company, "surname"  # 'Vennik said' after 'Vennik NV', unless a person has that surname
            matches = [p for p in reversed(self.people)
                       if len(pw := _name_words(p.name)) > 1 and (pw[-1] == words[0] or pw[0] == words[0])]
            if matches and title is not None:
                fit = _titled(matches, title)
                if fit or title_key(title) in _GENDERED_TITLES:
                    matches = fit  # 'Mrs Harrow' after only her son 'Owen Harrow' is someone new
            if len(matches) > 1 and gender is not None:
                # '"...," said Sanders as he closed out' after Bernie and Jane Sanders: the pronoun picks him
                fit = [m for m in matches if m.gender in (gender, None)]
                if fit and len(fit) < len(matches):
                    matches = fit
            if len(matches) > 1 and (told := [m for m in matches if m.key not in self.first_named]):
                matches = told  # 'Barden says' after 'Mark Barden's son, Daniel,': the son the article calls Daniel
            if len(matches) > 1 and described:
                said = _words(described)
                fit = [m for m in matches if any(_words(d) == said for d in m.descriptions)]
                if len(fit) == 1:
                    return fit[0], "surname"
            if len(matches) > 1 and at is not None:
                # the one last a subject, else the one last mentioned at all: 'His brother, Daniel Coyle, told
                # reporters ... hoped Matthew's death would lead to changes. "...," Mr Coyle said' is Daniel
                for subjects_only in (True, False):
                    seen = {id(e): o for o, e in self.latest(at, subjects_only) if any(e is m for m in matches)}
                    earlier = [m for m in matches if id(m) in seen]
                    if earlier:
                        return max(earlier, key=lambda m: seen[id(m)]), "surname"
            if matches:
                return matches[0], "surname"
        else:
            for p in self.people:
                pw = _name_words(p.name)
                if not pw:
                    continue
                if pw == words:
                    return p, "explicit"
                if len(pw) > len(words) and pw[-len(words):] == words:
                    return p, "surname"  # 'Van Daele' after 'Pieter Van Daele', 'de la Cruz' after 'Ana de la Cruz'
                if len(pw) == 1 and pw[0] == words[-1]:  # a surname seen first, the full name later
                    p.name = name
                    return p, "explicit"
                if pw[-1] == words[-1] and (pw[0] == words[0] or pw[0][:1] == words[0][:1]):
                    if len(name) > len(p.name):
                        p.name = name
                    return p, "explicit"
                if (len(pw) == len(words) == 2 and pw[0] == words[0] and "-" in pw[-1] + words[-1]
                        and (pw[-1] in words[-1].split("-") or words[-1] in pw[-1].split("-"))):
                    # 'Ngozi Okafor' (her maiden name) and 'Ngozi Okafor-Hale': one woman, named by the longer
                    if len(name) > len(p.name):
                        p.name = name
                    return p, "explicit"
        if len(words) == 1:  # a full name the NER took for something else ("Maren Holt" as ORG)
            for full in reversed(self.name_candidates):
                if is_corporate(full):
                    continue
                fw = _name_words(full)
                if len(fw) > 1 and fw[-1] == words[0]:
                    p = self.entity(f"person:{' '.join(fw)}", full, "person")
                    if p not in self.people:
                        self.people.append(p)
                    return p, "surname"
        p = self.entity(f"person:{' '.join(words)}", name, "person")
        self.people.append(p)
        return p, "explicit"

    def candidate(self, name: str) -> None:
        """Remember a multi-word proper name that may be a person the NER labelled otherwise."""
        words = name.split()
        if 1 < len(words) <= 3 and not any(w.lower() in lx.ORG_NOUNS for w in words):
            self.name_candidates.append(name)

    def saw(self, offset: int, entity: Entity, subject: bool) -> None:
        """Note a mention of a person, for pronoun resolution."""
        self.mention(offset, entity, subject)

    def mention(self, offset: int, entity: Entity, subject: bool = True) -> None:
        """Record a mention in reading order (mentions at one offset keep the order they were recorded in)."""
        insort(self.timeline, (offset, entity, subject), key=lambda x: x[0])
        self._order += 1
        _, every, subjects = self._mentions.setdefault(id(entity), (entity, [], []))
        insort(every, (offset, self._order))
        if subject:
            insort(subjects, (offset, self._order))

    def mentioned(self, entity: Entity) -> bool:
        """True when ``entity`` has been mentioned at all."""
        return id(entity) in self._mentions

    def latest(self, before: int, subjects_only: bool = False) -> list[tuple[int, Entity]]:
        """Each entity mentioned before ``before`` with its latest such mention's offset, latest first."""
        out: list[tuple[tuple[int, int], Entity]] = []
        for entity, every, subjects in self._mentions.values():
            marks = subjects if subjects_only else every
            k = bisect_left(marks, (before, -1))
            if k:
                out.append((marks[k - 1], entity))
        out.sort(key=lambda x: x[0], reverse=True)
        return [(mark[0], entity) for mark, entity in out]

    def first_offset(self, entity: Entity) -> int:
        """The offset of the first mention of ``entity`` (it must have one)."""
        return self._mentions[id(entity)][1][0][0]

    def surname_bearers(self, surname: str) -> list[Entity]:
        """The people named in full whose last name is ``surname`` ('Dhaliwal': Harjit and Sukhpreet Dhaliwal)."""
        low = surname.lower()
        return [p for p in self.people if p.kind == "person" and " " in p.name and p.name.split()[-1].lower() == low]

    def known_person(self, name: str) -> Entity | None:
        """The registered person whose name or surname is ``name``, if any."""
        words = _name_words(name)
        for p in reversed(self.people):
            pw = _name_words(p.name)
            if not pw:
                continue
            if pw == words or (len(words) == 1 and words[0] in (pw[0], pw[-1])):
                return p
        return None

    def same_paragraph(self, a: int, b: int) -> bool:
        """True when offsets ``a`` and ``b`` lie in one paragraph (False when the paragraphs are not known)."""
        return bool(self.paragraph_starts) and (
            bisect_right(self.paragraph_starts, a) == bisect_right(self.paragraph_starts, b))

    def by_role(self, role: str, before: int, people: bool = True, named_too: bool = False) -> Entity | None:
        """The latest person described with ``role`` ("the mayor" -> "Mayor Helena Brandt").

        With ``named_too``, also the latest organisation whose name holds the word or anonymous
        source whose name ends in it: "the ministry" -> "Ministry of Coastal Affairs", "the source"
        -> "a senior police source" (not "the campaign" -> "a campaign spokesman").
        """
        role = role.lower()
        if named_too and role in lx.GENERIC_ORG_NOUNS and (recent := self.latest(before, subjects_only=True)[:1]):
            # 'Brightfen said the decision was mutual. "...," the company said': a company that was the subject just
            # before in the same paragraph (within a couple of sentences) is the one meant, though the article is about another
            offset, entity = recent[0]
            if (before - offset <= _RECENT_COMPANY_CHARS and self.same_paragraph(offset, before)
                    and entity.kind == "organisation" and is_corporate(entity.name)
                    and not set(_words(entity.name)) & lx.PUBLIC_BODY_NOUNS):
                return entity
        company = None  # for 'the company': the first company the article named, the one it is about
        for n, (_, entity) in enumerate(self.latest(before)):
            if n == 0 and named_too and role in _COLLECTIVE_NOUNS and entity.kind == "organisation" and not is_corporate(entity.name):
                return entity  # 'A report by the Fair Vote Alliance said ... . The group estimated': the one just named
            if people and entity.kind == "person" and role not in lx.GENERIC_ORG_NOUNS and role not in lx.PUBLIC_BODY_NOUNS and (
                    any(holds_role(d, role) or _rank_holds(d, role) for d in entity.descriptions)
                    or any(_rank_holds(t, role, entity.descriptions) for t in entity.titles)) and not (
                    entity.gender and _NOUN_GENDER.get(role.split()[-1], entity.gender) != entity.gender):
                # 'the officer' after 'PC Daniel Hurst' too, 'the senator' after 'Sen. Carla Benning'; never 'the
                # company' for the person 'who founded the company'
                return entity
            words = list(_words(entity.name)) if named_too else []
            head = words[: next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))]
            if (entity.kind == "organisation" and (role in words or role in entity.voices or any(
                    holds_role(d, role) for d in entity.descriptions))) or (
                    entity.kind == "anonymous" and head[-len(role.split()):] == role.split()):
                # ('the former employee' after 'A former employee who worked on the software')
                return entity
            if named_too and role in _ANONYMOUS_ROLES and entity.kind == "anonymous" and not (
                    head and head[-1] in lx.THING_VOICES):  # not 'A sign on the barrier' for 'the source
                return entity  # 'the source said' after 'A person familiar with the investigation said
            if named_too and entity.kind == "organisation" and set(words) & lx.SECTOR_NAME_WORDS.get(role, frozenset()):
                return entity  # 'the utility said' after 'Calder Valley Power': its name tells its trade
            if (named_too and role in lx.GENERIC_ORG_NOUNS and entity.kind == "organisation" and entity.name[:1].isupper()
                    and not set(words) & lx.PUBLIC_BODY_NOUNS):
                if company is None or self.first_offset(entity) <= self.first_offset(company):
                    company = entity  # 'the company said' after 'Westfield Motors' (not after 'the City Council')
        if company is None and named_too:  # 'the association' for 'the Bellmoor Flood Families Association', named in passing
            company = next((e for off, e in reversed(self.in_passing) if off < before and (
                role in _words(e.name) or set(_words(e.name)) & lx.SECTOR_NAME_WORDS.get(role, frozenset()))), None)
        return company

    def of_party_and_state(self, letter: str, state: str, before: int) -> Entity | None:
        """The latest person before ``before`` described with that party letter and state ('D-Ohio', 'R-Ky.'), or
        with the state and the party's name ('Kentucky Republican'): who 'the Ohio Democrat' is."""
        forms = {state.replace(" ", ""), *lx.US_STATES[state]}
        party = {w for w, x in lx.PARTY_LETTERS.items() if x == letter}
        for _, entity in self.latest(before):
            if entity.kind != "person":
                continue
            for d in entity.descriptions:
                tagged = _PARTY_STATE_TAG.findall(d)
                for a, b, c, e in tagged:
                    if (a or c).lower() == letter and re.sub(r"[.\s]", "", (b or e)).lower() in forms:
                        return entity
                words = _words(d)
                if set(words) & party and (state in " ".join(words)):
                    return entity
        return None

    def profiled(self) -> Entity | None:
        """The person the headline names, once the article has named them: the subject of a profile."""
        return self.known_person(self.headline_name) if self.headline_name else None

    def learned(self, role: str, before: int) -> Entity | None:
        """The latest person titled Dr or Professor before ``before``, for a learned role no description gives
        ('the ecologist' after 'Dr Helena Markwick, the study's lead author'); None for other roles."""
        if not is_learned(role):
            return None
        return next((e for _, e in self.latest(before) if e.kind == "person" and e.titles & {"dr", "prof", "professor"}),
                    None)

    def affiliated(self, role: str, house: str, before: int) -> Entity | None:
        """The latest person before ``before`` described at ``house`` ('the Ashgrove analyst' -> the Helena Pelham
        'who covers airlines at Ashgrove Capital'): one described with the role too if any, else one whom a clause of
        more than four words places there and no short description gives another role."""
        people = [e for _, e in self.latest(before) if e.kind == "person"]
        at_house = [e for e in people if any(house in _words(d) for d in e.descriptions)]
        fit = next((e for e in at_house if any(holds_role(d, role) for d in e.descriptions)), None)
        # else one whom a clause places at the house ('who covers airlines at Ashgrove Capital') and no short description
        # gives another role: not 'Port Kellan manager Gary Hollins' for 'the Kellan defender'
        return fit or next((e for e in at_house if any(len(_words(d)) > 4 and house in _words(d) for d in e.descriptions)
                            and not any(len(w := _words(d)) <= 4 and any(x in lx.ROLE_NOUNS and x != role for x in w)
                                        for d in e.descriptions)), None)

    def antecedent(self, pronoun: str, before: int, exclude: Entity | None = None) -> Entity | None:
        """The most recent compatible source for a pronoun at offset ``before`` (other than ``exclude``)."""
        p = pronoun.lower()
        wanted = "m" if p in lx.MALE_PRONOUNS else "f" if p in lx.FEMALE_PRONOUNS else None
        plural = p in lx.PLURAL_PRONOUNS or p == "it"
        named_last = next((off for off, e in self.latest(before) if e.kind == "person"
                           and not (wanted and e.gender and e.gender != wanted)), -1)
        # ('The diplomat said ... It was the foreign minister, Liesel Brandvold, who ..., he said': she is no 'he')
        for subjects_only in (True, False):
            for offset, entity in self.latest(before, subjects_only):
                if entity is exclude:
                    continue
                if entity.kind == "anonymous" and offset < named_last:
                    continue  # 'A reporter asked Sanders ... . He replied': a person named since comes first
                if plural:
                    if not subjects_only and p != "it" and entity.kind == "organisation":
                        continue  # 'they' is an organisation only as a subject: 'Pfizer's deal sparked criticism ... They'
                    if p == "it" and entity.kind == "group":
                        continue  # no group of people is 'it' ('Analysts ... . They believe'; 'Traders say ... . A petition
                        # was handed in. It calls on'; 'Stephen and Joanne Marsh' are 'they')
                    if p == "it" and entity.key in self.documents:
                        return entity  # 'The six-page document argues ... It warns that ...'
                    if entity.kind in ("organisation", "group") and (p == "it" or entity.key not in self.it_only):
                        return entity
                    continue
                if wanted and subjects_only and entity.kind == "organisation" and any(
                        _NOUN_GENDER.get(v) in (wanted, None) for v in entity.voices):
                    return entity  # 'A spokesman for Tidewell Foods said ... . "...," he said': the voice of the company
                gender = entity.gender or _NOUN_GENDER.get(entity.name.rsplit(" ", 1)[-1].lower())  # 'chairwoman'
                if not (entity.kind == "person" or (wanted and subjects_only and _one_unnamed_person(entity))) or (
                        gender and wanted and gender != wanted):
                    continue
                if wanted and not entity.gender:
                    entity.gender = wanted
                return entity
        return None


_UNNAMED_HEAD = re.compile(r"^(?:an?|another|one)\s+(?:[\w'’-]+\s+){0,3}?([\w-]+)(?:\s+(?:of|for|from|at|in|with|who|named|familiar|close|involved|briefed|speaking|based)\b.*)?$", re.I)


_NOUN_GENDER = {"man": "m", "boy": "m", "spokesman": "m", "chairman": "m", "businessman": "m", "congressman": "m",
                "woman": "f", "girl": "f", "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f",
                "congresswoman": "f"}


def named_in(entity: Entity, words: str, registry: "Registry", part: int) -> bool:
    """True when ``words`` name the person ``entity`` in the third person by one part of their name (``part`` 0 the
    given name, -1 the surname), not as part of another name or as an owner ('Trump University', 'Trump's golf
    courses'): someone spoken of, not the speaker. A surname counts only when no one else in the article bears it
    ('Mrs. Clinton' in what Bill Clinton said); a given name only when capitalised."""
    if entity.kind != "person" or " " not in entity.name:
        return False
    word = entity.name.split()[part]
    if part == -1 and registry.surname_bearers(word) != [entity]:
        return False
    if part == 0 and not word[:1].isupper():
        return False
    return re.search(rf"\b{re.escape(word)}\b(?!\s+[A-Z]|['\u2019]s\b)", words) is not None


def described_elsewhere(entity: Entity, houses: list[str]) -> bool:
    """True when ``entity`` is a person described at some house, but never at any of ``houses``: 'the Rovers
    manager' is not 'Port Kellan manager Gary Hollins' (an undescribed person, or one described only by a role,
    'head coach Colm Draper', may still be the one a role with its house describes)."""
    return (bool(houses) and entity.kind == "person"
            and any(w[:1].isupper() for d in entity.descriptions for w in d.split())
            and not any(h in d.lower() for h in houses for d in entity.descriptions))


def _one_unnamed_person(entity: Entity) -> bool:
    """An anonymous source that is one person: 'another witness', 'a reporter for AFP', not 'an angry army of ...'.

    Such a source is the 'he' or 'she' of the next quote as a named one would be: 'Another witness, a
    delivery driver, said ... . "...," he said.'
    """
    if entity.kind != "anonymous":
        return False
    if {"my", "mine", "our", "ours", "me", "us"} & set(entity.name.lower().split()):
        return False  # 'an adviser of mine' is a speaker's own words, not someone the article introduces
    match = _UNNAMED_HEAD.match(entity.name)
    head = match[1].lower() if match is not None else ""
    if entity.name.lower().startswith("one of ") and head.endswith("s"):
        head = head[:-1]  # 'one of Callum's friends' is one friend
    if not (head in lx.HUMAN_NOUNS or head in lx.ROLE_NOUNS):
        return False
    if entity.gender is None:  # 'a young man', 'a woman who lives nearby': the noun says which pronoun fits
        entity.gender = _NOUN_GENDER.get(head)
    return True


def prefix_description(tokens: Iterable["Token"], skip: set[int]) -> str | None:
    """Role and affiliation from the words before a name: 'BPI director' -> 'director, BPI'."""
    role: list[str] = []
    orgs: list[str] = []
    in_org = in_paren = False
    for t in tokens:
        if t.i in skip or t.dep_ in ("det", "case") or t.lower_ in lx.TITLES:
            in_org = in_org and t.dep_ == "case"
            continue
        if in_paren or (t.text == "(" and in_org):
            orgs[-1] += t.text_with_ws if t.text != ")" else t.text
            in_paren = t.text != ")"
            continue
        if t.ent_type_ in ("ORG", "GPE", "NORP") and (t.pos_ == "PROPN" or in_org):
            if in_org and t.ent_iob_ != "B":
                orgs[-1] += t.text_with_ws
            else:
                orgs.append(t.text_with_ws)
            in_org = True
            continue
        in_org = False
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and (t.ent_type_ != "PERSON" or t.lower_ in lx.ROLE_NOUNS or t.lower_ in lx.OFFICE_TITLES):
            # ('County Clerk' tagged with the name after it: still her office)
            role.append(t.text)
    aff = [o.strip().replace("( ", "(").replace(" )", ")") for o in orgs]
    parts = [" ".join(role)] + aff
    text = ", ".join(p for p in parts if p)
    return text or None


def appositive(head: "Token", limit: int = 20) -> str | None:
    """The appositive of a name ('Tomás Reyes, one of the four councillors') without clauses."""
    for child in head.rights:
        if child.dep_ == "appos":
            # The words up to the next comma, across appositions the parser split ('CEO and co-founder
            # of Acme' as 'CEO and co -' and 'founder of Acme'), without relative clauses.
            appositions = [c for c in head.rights if c.dep_ == "appos" and c.i >= child.i]
            dropped = {t.i for a in appositions for c in a.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            cut = []
            for t in head.doc[child.left_edge.i : sentence_of(head).end]:
                if t.i in dropped or (t.text in (",", ";") and cut) or t.i > appositions[-1].right_edge.i:
                    break
                cut.append(t)
            after = head.doc[cut[-1].i + 1] if cut and cut[-1].i + 1 < len(head.doc) else None
            if after is not None and after.text == ")" and sum(t.text == "(" for t in cut) > sum(t.text == ")" for t in cut):
                cut.append(after)  # '(BPI)': the parser hangs the closing bracket elsewhere
            if cut and cut[-1].dep_ in ("prep", "det", "cc"):
                cut = cut[:-1]
            if len(cut) == 1 and cut[0].text.isdigit():
                # 'Bryn Evans, 54, said' gives an age; '(68)' a score, '12, Elm Road' an address: nothing
                k = cut[0].i
                doc = head.doc
                commas = doc[k - 1].text == "," and k + 2 < len(doc) and doc[k + 1].text == ","
                return f"aged {cut[0].text}" if commas and doc[k + 2].is_lower else None
            if 0 < len(cut) <= limit:
                return "".join(t.text_with_ws for t in cut).strip()
    return None


def entity_spans(doc: "Doc", label: str) -> list["SpacySpan"]:
    """The doc's entities of one label."""
    return [e for e in doc.ents if e.label_ == label]
