"""The attribute rules as lookups give exactly what spaCy's AttributeRuler gives."""

from __future__ import annotations

import pytest
import spacy

from unspun.nlp import DEFAULT_SPACY_MODEL, load_spacy
from unspun.nlp.attributes import AttributeLookup, UnsupportedPattern, compile_rules, use_attribute_lookup

# Invented text that reaches many of the English pipeline's rules: pronouns and possessives,
# auxiliaries, contractions, "gon na", "ai n't", "y' all", "let 's", expletive "there is",
# modal "'d", whitespace tokens and an empty paragraph's worth of spaces.
PARAGRAPHS = [
    "I 'd say she gave him her word, but they ai n't gon na keep it, y' all.",
    "There is no doubt: we have been told that the port has had 3 ships, hasn't it?",
    "Let 's go.  Nobody knows whether anyone will do something; everything gets done.",
    "  \n  ",
    "The minister, who had said it himself, does not answer; you do.",
]


def _attributes(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.pos_, str(t.morph), t.has_morph(), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_default_pipeline_uses_the_lookup() -> None:
    assert isinstance(load_spacy().get_pipe("attribute_ruler"), AttributeLookup)


def test_lookup_equals_spacys_attribute_ruler_on_the_english_pipeline() -> None:
    fast = load_spacy()
    reference = spacy.load(DEFAULT_SPACY_MODEL, exclude=["lemmatizer"])
    for text in PARAGRAPHS * 2:  # the second pass reads what the first one learned
        assert _attributes(fast(text)) == _attributes(reference(text))


def _blank_with_ruler(patterns: list[dict]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def test_later_rule_wins_and_two_token_rules_set_their_indexed_token() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "quay"}]], "attrs": {"LEMMA": "first", "POS": "NOUN"}},
        {"patterns": [[{"LOWER": {"IN": ["quay", "pier"]}}]], "attrs": {"LEMMA": "second"}},
        {"patterns": [[{"LOWER": "old"}, {"LOWER": {"REGEX": "^qu"}}]], "attrs": {"MORPH": "Degree=Pos"}, "index": -1},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    ]
    text = "The old quay  and the pier"
    spacy_ruler = _blank_with_ruler(patterns)
    lookup = _blank_with_ruler(patterns)
    assert use_attribute_lookup(lookup)
    expected = _attributes(spacy_ruler(text))
    assert _attributes(lookup(text)) == expected
    assert expected[2][1:5] == ("NOUN", "Degree=Pos", True, "second")


def test_pipeline_with_a_pattern_it_cannot_reproduce_keeps_spacys_ruler() -> None:
    nlp = _blank_with_ruler([{"patterns": [[{"LENGTH": 4}]], "attrs": {"LEMMA": "four"}}])
    assert not use_attribute_lookup(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    with pytest.raises(UnsupportedPattern):
        compile_rules([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}}])


def test_forgetting_learned_tokens_between_docs_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import unspun.nlp.attributes as attributes

    patterns = [
        {"patterns": [[{"LOWER": "quay"}]], "attrs": {"LEMMA": "pier"}},
        {"patterns": [[{"LOWER": "old"}, {"LOWER": "quay"}]], "attrs": {"POS": "ADJ"}},
    ]
    lookup = _blank_with_ruler(patterns)
    assert use_attribute_lookup(lookup)
    expected = _attributes(_blank_with_ruler(patterns)("the old quay"))
    monkeypatch.setattr(attributes, "MAX_REMEMBERED", 1)
    assert [_attributes(lookup("the old quay")) for _ in range(3)] == [expected] * 3
