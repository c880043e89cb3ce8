"""The pipeline's attribute rules (POS, morphology and lemma exceptions) as table lookups.

en_core_web_sm's ``attribute_ruler`` holds 179 token patterns that turn fine tags
into coarse POS and morphology ("NN" -> NOUN, Number=Sing) and fix a few lemmas
("'d" -> "would"). spaCy runs them through its general ``Matcher``, which tries every
pattern at every token. But a one-token pattern only reads the token's own tag, lower
form, dependency label and whether it is whitespace, so its outcome is a function
of those four values: :class:`AttributeLookup` works it out once per distinct
combination and then only looks it up (the parse runs x1.13 faster: ``python
benchmarks/bench_pipeline.py`` times both; identical POS, morphology, lemma, tag and
dependency on 238,777 dataset tokens: ``python benchmarks/bench_attribute_lookup.py``). The few two-token patterns ("gon na") are
checked where their first token fits. Rules are applied exactly as spaCy applies
them: every pattern is matched against the tokens as the parser left them, and
where several set the same attribute of a token the later pattern wins.

Only patterns built from the operators seen in spaCy's English pipelines are
compiled (equality, ``IN``, ``NOT_IN``, ``REGEX`` on TAG, LOWER, ORTH, DEP and
IS_SPACE); a pipeline with anything else keeps spaCy's own component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Token attributes a compiled pattern may test, in the order of a token's key.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH")
_ARRAY_ATTRS = ("POS", "MORPH", "LEMMA")  # set for a whole Doc at once
_SETTABLE = set(_ARRAY_ATTRS) | {"TAG", "DEP"}

TokenKey = tuple[Any, ...]
ValueTest = Callable[[Any], bool]


class UnsupportedPattern(ValueError):
    """A pattern this lookup cannot reproduce exactly; keep spaCy's component."""


def _value_test(spec: Any) -> ValueTest:
    """The test spaCy's Matcher applies to one attribute value (a string, or a bool for IS_SPACE)."""
    if isinstance(spec, Mapping):
        if len(spec) != 1:
            raise UnsupportedPattern(f"operator set {sorted(spec)}")
        ((op, arg),) = spec.items()
        if op == "IN" and isinstance(arg, list):
            return frozenset(arg).__contains__
        if op == "NOT_IN" and isinstance(arg, list):
            banned = frozenset(arg)
            return lambda value: value not in banned
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda value: isinstance(value, str) and regex.search(value) is not None
        raise UnsupportedPattern(f"operator {op!r}")
    if isinstance(spec, (str, bool)):
        return lambda value: value == spec
    raise UnsupportedPattern(f"value {spec!r}")


@dataclass(frozen=True)
class _TokenTest:
    """One token of a pattern: a test per attribute, at its position in a token key."""

    tests: tuple[tuple[int, ValueTest], ...]

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> "_TokenTest":
        tests = []
        for attr, value_spec in spec.items():
            if attr not in _KEY_ATTRS:
                raise UnsupportedPattern(f"attribute {attr!r}")
            if attr == "IS_SPACE" and not isinstance(value_spec, bool):
                raise UnsupportedPattern("IS_SPACE with an operator")
            tests.append((_KEY_ATTRS.index(attr), _value_test(value_spec)))
        # The tag first: a rule whose tag test fails is dropped for every token of that tag at once.
        return cls(tuple(sorted(tests, key=lambda t: t[0])))

    def admits_tag(self, tag: str) -> bool:
        return all(test(tag) for position, test in self.tests if position == 0)

    def __call__(self, key: TokenKey, skip_tag: bool = False) -> bool:
        return all(test(key[position]) for position, test in self.tests if not (skip_tag and position == 0))

    def reads(self, position: int) -> bool:
        return any(p == position for p, _ in self.tests)


@dataclass(frozen=True)
class _Rule:
    """One alternative of one pattern: its token tests, the token it sets and what; ``order`` is spaCy's precedence."""

    order: int
    tokens: tuple[_TokenTest, ...]
    index: int
    attrs: Mapping[str, str]


def compile_rules(patterns: Sequence[Mapping[str, Any]]) -> list[_Rule]:
    """The attribute ruler's patterns (``AttributeRuler.patterns``) as rules; raises UnsupportedPattern."""
    rules = []
    for order, pattern in enumerate(patterns):
        attrs = dict(pattern["attrs"])
        if not set(attrs) <= _SETTABLE or any(not isinstance(v, str) for v in attrs.values()):
            raise UnsupportedPattern(f"sets {sorted(attrs)}")
        for alternative in pattern["patterns"]:
            if not 1 <= len(alternative) <= 2:
                raise UnsupportedPattern(f"{len(alternative)}-token pattern")
            index = int(pattern.get("index", 0))
            if not -len(alternative) <= index < len(alternative):
                raise UnsupportedPattern(f"index {index}")
            rules.append(_Rule(order, tuple(_TokenTest.of(t) for t in alternative), index % len(alternative), attrs))
    return rules


FACTORY = "unspun_attribute_lookup"
# Tokens remembered before the memory starts again (a long-running server sees an open vocabulary).
MAX_REMEMBERED = 400_000


class AttributeLookup:
    """A pipeline component equal to spaCy's AttributeRuler for the patterns it was built from."""

    def __init__(self, nlp: "Language", patterns: Sequence[Mapping[str, Any]]) -> None:
        self.vocab = nlp.vocab
        self.patterns = list(patterns)
        rules = compile_rules(self.patterns)
        self._single = [r for r in rules if len(r.tokens) == 1]
        self._pairs = [r for r in rules if len(r.tokens) == 2]
        # A token is known by the ids spaCy stores for TAG, LOWER, DEP, IS_SPACE (and ORTH when a rule reads it).
        self._reads_orth = any(t.reads(_KEY_ATTRS.index("ORTH")) for r in rules for t in r.tokens)
        self._matches: dict[TokenKey, tuple[int, ...]] = {}  # token -> the one-token rules that match it
        self._starts: dict[TokenKey, tuple[int, ...]] = {}  # token -> the two-token rules it may start
        self._by_tag: dict[str, tuple[list[int], list[int]]] = {}  # tag -> rules whose tag test it passes
        self._settings: dict[tuple[int, ...], dict[str, int]] = {}  # matched rules -> attribute ids they set

    def _strings(self, ids: TokenKey) -> TokenKey:
        strings = self.vocab.strings
        tag, lower, dep, is_space = ids[:4]
        orth = strings[ids[4]] if self._reads_orth else ""
        return (strings[tag] if tag else "", strings[lower], strings[dep] if dep else "", bool(is_space), orth)

    def _learn(self, ids: TokenKey) -> tuple[int, ...]:
        """Match the rules against a token not seen before (only those whose tag test it passes)."""
        key = self._strings(ids)
        by_tag = self._by_tag.get(key[0])
        if by_tag is None:
            by_tag = ([i for i, r in enumerate(self._single) if r.tokens[0].admits_tag(key[0])],
                      [i for i, r in enumerate(self._pairs) if r.tokens[0].admits_tag(key[0])])
            self._by_tag[key[0]] = by_tag
        found = tuple(i for i in by_tag[0] if self._single[i].tokens[0](key, skip_tag=True))
        self._matches[ids] = found
        self._starts[ids] = tuple(i for i in by_tag[1] if self._pairs[i].tokens[0](key, skip_tag=True))
        return found

    def _outcome(self, rules: tuple[_Rule, ...]) -> dict[str, int]:
        """The attribute values, as spaCy stores them, that ``rules`` set when applied in spaCy's order."""
        from spacy.tokens import Doc
        from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs  # what AttributeRuler uses

        merged: dict[str, str] = {}
        for rule in sorted(rules, key=lambda r: r.order):
            merged.update(rule.attrs)
        scratch = Doc(self.vocab, words=["x"])
        set_token_attrs(scratch[0], normalize_token_attrs(self.vocab, merged))
        token = scratch[0]
        values = {"POS": token.pos, "MORPH": token.morph.key, "LEMMA": token.lemma, "TAG": token.tag, "DEP": token.dep}
        return {name: values[name] for name in merged}

    def _setting(self, single: tuple[int, ...], pairs: tuple[int, ...] = ()) -> dict[str, int]:
        key = single + tuple(-i - 1 for i in pairs)
        found = self._settings.get(key)
        if found is None:
            found = self._outcome(tuple(self._single[i] for i in single) + tuple(self._pairs[i] for i in pairs))
            self._settings[key] = found
        return found

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        if len(doc) == 0:
            return doc
        if len(self._matches) >= MAX_REMEMBERED:  # between Docs, so a Doc's tokens stay known while it runs
            self._matches.clear()
            self._starts.clear()
        read = [TAG, LOWER, DEP, IS_SPACE] + ([ORTH] if self._reads_orth else [])
        ids = [tuple(row) for row in doc.to_array(read).tolist()]
        matches = self._matches
        hits = [matches[k] if k in matches else self._learn(k) for k in ids]
        paired: dict[int, list[int]] = {}
        if self._pairs:
            starts = self._starts
            for i in range(len(ids) - 1):
                for p in starts[ids[i]]:
                    rule = self._pairs[p]
                    if rule.tokens[1](self._strings(ids[i + 1])):
                        paired.setdefault(i + rule.index, []).append(p)
        values = doc.to_array([POS, MORPH, LEMMA])
        others: list[tuple[int, dict[str, int]]] = []
        for i, single in enumerate(hits):
            pairs = tuple(paired.get(i, ()))
            if not single and not pairs:
                continue
            setting = self._setting(single, pairs)
            for column, name in enumerate(_ARRAY_ATTRS):
                if name in setting:
                    values[i, column] = setting[name]
            if "TAG" in setting or "DEP" in setting:
                others.append((i, setting))
        doc.from_array([POS, MORPH, LEMMA], values)
        for i, setting in others:
            token = doc[i]
            if "TAG" in setting:
                token.tag = setting["TAG"]
            if "DEP" in setting:
                token.dep = setting["DEP"]
        return doc


def _make_lookup(nlp: "Language", name: str, patterns: list) -> AttributeLookup:  # noqa: ARG001 (spaCy's factory signature)
    return AttributeLookup(nlp, patterns)


def use_attribute_lookup(nlp: "Language") -> bool:
    """Put an :class:`AttributeLookup` in place of the pipeline's ``attribute_ruler``; False where it cannot be."""
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    try:
        compile_rules(patterns)
    except UnsupportedPattern:
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, default_config={"patterns": []})(_make_lookup)
    nlp.replace_pipe("attribute_ruler", FACTORY, config={"patterns": patterns})
    return True
