"""The shared spaCy parse: the deferred lemmatizer gives the pipeline's own lemmas, on demand."""

from __future__ import annotations

import spacy

from unspun.nlp import DEFAULT_SPACY_MODEL, lemma_of, load_spacy

TEXT = ("Harbour officials said on Tuesday that the ferries were running late, and critics warned "
        "the council's plans had been drawn up in secret. \"We are not hiding anything,\" she insisted.")


def test_lemmatizer_is_left_out_of_the_parse() -> None:
    nlp = load_spacy()
    assert "lemmatizer" not in nlp.pipe_names
    doc = nlp("Officials were running.")
    assert doc[2].lemma == 0  # not computed until asked for


def test_lemma_on_demand_equals_the_full_pipeline_lemma() -> None:
    full = spacy.load(DEFAULT_SPACY_MODEL)
    expected = [t.lemma_ for t in full(TEXT)]
    got = [lemma_of(t) for t in load_spacy()(TEXT)]
    assert got == expected
    assert {"say", "run", "warn", "plan", "insist", "be"} <= set(got)


def test_lemma_is_stored_on_the_token_once_computed() -> None:
    doc = load_spacy()("The reporters were writing.")
    assert lemma_of(doc[1]) == "reporter"
    assert doc[1].lemma_ == "reporter"


def test_pipeline_without_a_lemmatizer_gives_the_lowercase_form() -> None:
    blank = spacy.blank("en")
    assert lemma_of(blank("Running")[0]) == "running"
