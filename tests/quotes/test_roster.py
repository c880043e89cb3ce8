"""The source roster: one entry per source, descriptions gathered from mentions, shares, reliance."""

from __future__ import annotations

import pytest

from quotes_helpers import find

ARTICLE = (
    "Toll Deal Under Fire\n"
    '"The clauses are unusual," says Nordic Transit Council (NTC) director Maren Holt.\n'
    'Holt warns there is "no way back" once the deal is signed. "Cities that tried paid twice," she adds.\n'
    '"It was the best deal on offer," said Mayor Petra Salo.\n'
    "Harbourline Holdings did not answer when asked about the clauses."
)


def test_one_entry_per_distinct_source_with_counts(analyse) -> None:
    a = analyse(ARTICLE)
    holt = next(s for s in a.sources if s.name == "Maren Holt")
    assert [s.name for s in a.sources].count("Maren Holt") == 1
    assert holt.kind == "person" and holt.quote_count == 3
    assert holt.description == "director, Nordic Transit Council (NTC)"
    assert holt.paragraphs == [1, 2]
    # the partial quote 'no way back' is counted once, inside the reported clause around it
    reported = 'there is "no way back" once the deal is signed'
    assert find(a, "once the deal").text == reported
    assert holt.words_quoted == len("The clauses are unusual,".split()) + len(reported.split()) + len("Cities that tried paid twice,".split())
    salo = next(s for s in a.sources if s.name == "Petra Salo")
    assert salo.description == "Mayor"
    assert sum(s.share for s in a.sources) == pytest.approx(1.0, abs=1e-3)


def test_quotes_point_to_their_source_ids(analyse) -> None:
    a = analyse(ARTICLE)
    ids = {s.id for s in a.sources}
    for q in a.quotes:
        assert q.speaker is not None and q.speaker.source_id in ids
    assert find(a, "no way back").speaker.source_id == find(a, "The clauses are unusual").speaker.source_id


def test_single_source_reliance_is_flagged(analyse) -> None:
    text = (
        "Toll Deal Under Fire\n"
        '"The clauses are unusual and the annex hides the real price of the deal from every driver," says Maren Holt.\n'
        '"It is fine," said Mayor Petra Salo.'
    )
    a = analyse(text)
    holt = next(s for s in a.sources if s.name == "Maren Holt")
    assert holt.single_source_reliance and holt.share > 0.5
    assert not next(s for s in a.sources if s.name == "Petra Salo").single_source_reliance


def test_quotes_and_sources_appear_in_the_json(analyse) -> None:
    data = analyse(ARTICLE).to_dict()
    assert "quotes" in data["analyses"]
    quote = next(q for q in data["quotes"] if q["kind"] == "direct")
    assert set(quote) == {"start", "end", "text", "paragraph", "kind", "speaker", "cue", "confidence"}
    assert set(quote["speaker"]) == {"name", "mention", "source_id", "resolution"}
    assert set(data["sources"][0]) >= {"id", "name", "kind", "description", "quote_count", "words_quoted", "share", "paragraphs"}
    text = data["article"]["text"]
    assert text[quote["start"] - 1] in "\"“" and text[quote["end"]] in "\"”"


def test_company_names_the_tagger_took_for_people_are_organisations(analyse) -> None:
    a = analyse("Ferry\nThe software company, Tidemark Systems, said on its website that the fault had been caused by "
                'an expired certificate.\n\nCorvane Logistics reported higher revenue. Corvane said the quarter was "choppy".')
    kinds = {s.name: s.kind for s in a.sources}
    assert kinds == {"Tidemark Systems": "organisation", "Corvane Logistics": "organisation"}


def _description(a, name: str) -> str | None:
    return next(s.description for s in a.sources if s.name == name)


def test_a_long_appositive_is_the_description(analyse) -> None:
    a = analyse('Study\n\n"We were genuinely surprised by the size of the effect," said Dr Priya Raman, an epidemiologist '
                "at the Northgate Institute for Child Health and the study's lead author.")
    assert _description(a, "Priya Raman") == ("an epidemiologist at the Northgate Institute for Child Health and the "
                                             "study's lead author")


def test_what_a_relative_clause_says_someone_does_is_the_description(analyse) -> None:
    a = analyse("Clinic\n\nDr Yusuf Haddad, who runs the only functioning clinic in the town, said his staff had been "
                "treating patients by torchlight.")
    assert _description(a, "Yusuf Haddad") == "runs the only functioning clinic in the town"


def test_the_organisation_a_name_is_of_is_the_description(analyse) -> None:
    a = analyse('Shares\n\nTeodora Nowak of Greyline Capital said the sell-off looked "overdone".')
    assert _description(a, "Teodora Nowak") == "Greyline Capital"


def test_a_name_given_by_an_unnamed_source_keeps_what_the_source_is(analyse) -> None:
    a = analyse("Study\n\nOne of the participants, now 24, who asked that only her first name, Zofia, be used, said she "
                'had been "shocked" to see her data.')
    assert _description(a, "Zofia") == "One of the participants"
