"""Character n-gram TF-IDF of the genre view: the n-grams, the vocabulary, the weights, the saved form."""

from __future__ import annotations

import numpy as np

from unspun.framing.ngrams import NgramVocabulary, char_ngrams


def test_char_ngrams_pad_each_lower_cased_word_with_spaces() -> None:
    assert list(char_ngrams("Ox", sizes=(2, 3))) == [" o", "ox", "x ", " ox", "ox "]
    assert list(char_ngrams("a  B", sizes=(2,))) == [" a", "a ", " b", "b "]


def test_vocabulary_keeps_ngrams_found_in_at_least_two_texts() -> None:
    vocab = NgramVocabulary.fit(["grey heron", "grey gull", "blue whale"], min_df=2, sizes=(3,))
    assert set(vocab.grams) == {" gr", "gre", "rey", "ey "}


def test_vocabulary_keeps_the_most_frequent_when_capped() -> None:
    texts = ["aa aa aa bb", "aa bb cc", "cc bb"]
    vocab = NgramVocabulary.fit(texts, min_df=2, max_features=1, sizes=(2,))
    # " a", "aa" and "a " are tied (4 occurrences each, more than any n-gram of bb or cc): ties go by spelling
    assert vocab.grams == [" a"]


def test_rows_are_unit_length_sublinear_tfidf() -> None:
    vocab = NgramVocabulary.fit(["rain rain rain sun", "sun snow", "rain snow"], min_df=2, sizes=(5,))
    x = vocab.transform(["rain rain rain sun", "fog"])
    assert np.isclose(np.linalg.norm(x[0]), 1.0)
    assert not x[1].any()  # no known n-gram: an all-zero row, not a division by zero
    rain, sun = vocab.index[" rain"], vocab.index[" sun "]
    # " rain" occurs three times, " sun " once: weights (1 + log 3) * idf and 1 * idf before scaling
    assert np.isclose(x[0, rain] / x[0, sun], (1 + np.log(3)) * vocab.idf[rain] / vocab.idf[sun], rtol=1e-5)


def test_vocabulary_round_trips_through_json_and_its_idf_array() -> None:
    vocab = NgramVocabulary.fit(["tide tables", "tide charts", "tables turn"], min_df=2)
    again = NgramVocabulary.from_json(vocab.to_json(), vocab.idf)
    assert np.array_equal(again.transform(["the tide tables"]), vocab.transform(["the tide tables"]))


def test_weights_equal_scikit_learns_char_wb_tfidf_on_the_same_vocabulary() -> None:
    sklearn_text = __import__("pytest").importorskip("sklearn.feature_extraction.text")
    texts = ["The ferry sails at noon, the council said.", "Ferries? We deserve better ferries!",
             "Noon came; the ferry did not.", "The council met at noon."]
    vocab = NgramVocabulary.fit(texts, min_df=2)
    reference = sklearn_text.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, vocabulary=vocab.grams)
    reference.fit(texts)
    assert np.allclose(reference.idf_, vocab.idf, atol=1e-5)
    assert np.allclose(reference.transform(texts).toarray(), vocab.transform(texts), atol=1e-6)
