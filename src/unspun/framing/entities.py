"""The named entities an article centres on: spaCy's entities grouped into actors with their mentions.

The role heads are trained on one mention at a time (as SemEval-2025 annotates them); at
run time an actor is every mention of one person, organisation or country, and its role
is read from its mentions. Grouping is deliberately simple: case-folded names without a
leading "the" or a trailing possessive, a lone word joined to the one longer name that starts
or ends with it ("Smith" to "Anna Smith"), and the tagger's misses found again by spelling.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unspun.nlp import ParsedArticle

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
MAX_ACTORS = 6


@dataclass
class Actor:
    """One entity of the article: a display name and its mentions as (start, end) offsets."""

    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    in_title: bool = False

    @property
    def weight(self) -> int:
        """How central the actor is: its mentions, plus two when the title names it."""
        return len(self.mentions) + (2 if self.in_title else 0)


def _key(text: str) -> str:
    key = " ".join(text.split()).casefold()
    for prefix in ("the ",):
        if key.startswith(prefix):
            key = key[len(prefix):]
    for suffix in ("'s", "’s", "'", "’"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.strip(" .,;:")


def _add_unlabelled_mentions(text: str, groups: dict[str, Actor], title_end: int) -> None:
    """Occurrences of an actor's name that the tagger missed (same spelling, whole words)."""
    taken = bytearray(len(text))  # 1 where a mention already lies: overlap checks in O(span), not O(mentions)
    for actor in groups.values():
        for s, e in actor.mentions:
            taken[s:e] = b"\x01" * (e - s)
    for actor in groups.values():
        names = {text[s:e] for s, e in actor.mentions}
        if actor.label == "PERSON":
            names |= {n.split()[-1] for n in names if len(n.split()) > 1}
        # Longest name first, then alphabetical: a set's order follows string hashes, which
        # change from process to process, and the first name to claim a span keeps it.
        for name in sorted(names, key=lambda n: (-len(n), n)):
            for start, end in _whole_word_occurrences(name, text):
                if taken.find(1, start, end) == -1:
                    actor.mentions.append((start, end))
                    taken[start:end] = b"\x01" * (end - start)
                    actor.in_title = actor.in_title or end <= title_end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the re module calls \w in a str pattern


def _whole_word_occurrences(name: str, text: str) -> list[tuple[int, int]]:
    r"""Non-overlapping occurrences of ``name`` not inside a longer word, left to right.

    The same spans as ``re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)``
    without compiling a pattern per name (a dozen new names per article).
    """
    found: list[tuple[int, int]] = []
    at = text.find(name) if name else -1
    while at != -1:
        end = at + len(name)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            found.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return found


def find_actors(parsed: ParsedArticle, limit: int = MAX_ACTORS) -> list[Actor]:
    """The article's most mentioned entities (at least two mentions, or one in the title)."""
    groups: dict[str, Actor] = {}
    text = parsed.article.text
    for index, doc in enumerate(parsed.docs):
        base = parsed.offset(index)
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            key = _key(ent.text)
            if not key:
                continue
            start, end = base + ent.start_char, base + ent.end_char
            actor = groups.setdefault(key, Actor(name=" ".join(text[start:end].split()), label=ent.label_))
            actor.mentions.append((start, end))
            actor.in_title = actor.in_title or index == 0
    paragraphs = parsed.article.paragraphs
    _add_unlabelled_mentions(text, groups, paragraphs[0].end if paragraphs else 0)
    # Join a lone word ("Smith", "Port") to the one longer name that starts or ends with it.
    for key in [k for k in groups if " " not in k]:
        if groups[key].label == "NORP":
            continue  # 'European' is an adjective of a city or a people, not 'the European Union'
        longer = [k for k in groups if k != key and (k.endswith(" " + key) or k.startswith(key + " "))]
        if len(longer) == 1:
            target, single = groups[longer[0]], groups.pop(key)
            target.mentions.extend(single.mentions)
            target.in_title = target.in_title or single.in_title
    for actor in groups.values():
        actor.mentions.sort()
        longest = max(actor.mentions, key=lambda m: m[1] - m[0])
        actor.name = " ".join(text[longest[0] : longest[1]].split())
    actors = [a for a in groups.values() if len(a.mentions) >= 2 or a.in_title]
    actors.sort(key=lambda a: (-a.weight, a.mentions[0][0]))
    return actors[:limit]
