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


def test_models_multiply_through_numpy_and_parse_exactly_as_with_blis() -> None:
    from thinc.api import NumpyOps, get_current_ops

    nlp = load_spacy()
    assert type(nlp.get_pipe("ner").model.ops).__name__ == "NumpyGemmOps"
    assert type(get_current_ops()) is NumpyOps  # thinc's own current ops are left as they were
    full = spacy.load(DEFAULT_SPACY_MODEL)
    assert type(full.get_pipe("ner").model.ops) is NumpyOps

    def parse(pipeline: spacy.language.Language) -> list[tuple[str, str, int, str, str]]:
        return [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in pipeline(TEXT)]

    assert parse(nlp) == parse(full)


MANY_FORMS = ("The geese were flying lower as the children ran; the best-laid plans of mice went awry, "
              "and the oxen had bitten the ropes. Analysts estimated the losses, the ministers' aides "
              "briefed reporters, and she wrote, he swore, they fought, we knelt, it cost more.")


def test_word_lists_as_sets_give_the_same_lemmas_over_many_inflections() -> None:
    full = spacy.load(DEFAULT_SPACY_MODEL)  # its lemmatizer scans lists, as spaCy ships it
    expected = [t.lemma_ for t in full(MANY_FORMS)]
    nlp = load_spacy()
    got = [lemma_of(t) for t in nlp(MANY_FORMS)]
    assert got == expected
    again = [lemma_of(t) for t in nlp(MANY_FORMS)]  # second doc: from the cache of lemmas already given
    assert again == expected
    assert {"goose", "child", "run", "go", "bite", "write", "swear", "fight"} <= set(got)


def test_the_deferred_lemmatizer_looks_words_up_in_sets() -> None:
    from unspun.nlp import _DEFERRED_LEMMATIZERS

    nlp = load_spacy()
    table = _DEFERRED_LEMMATIZERS[id(nlp.vocab)].lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())
