"""The claims stage in the default pipeline: after quotes, using their speakers when they are there."""

from __future__ import annotations

from unspun.pipeline import default_stages


def test_claims_run_after_quotes_in_the_default_pipeline() -> None:
    names = [s.name for s in default_stages()]
    assert "claims" in names and names.index("claims") > names.index("quotes")


def test_a_factual_claim_in_a_quote_is_asserted_by_its_speaker(analyzer) -> None:
    text = ("Arvenia's army is shrinking, officials admit.\n"
            '"We lost 4,000 soldiers and 200 tanks in 2023," said General Ilse Voronova, the army chief.\n'
            "Unemployment in Arvenia rose to 9.4 percent in 2023.")
    analysis = analyzer.analyze(text)
    assert analysis.claims is not None and analysis.repeated_quantities is not None
    by_text = {c.text: c for c in analysis.claims}
    unemployment = by_text.get("Unemployment in Arvenia rose to 9.4 percent in 2023.")
    assert unemployment is not None and unemployment.asserted_by.kind == "article"
    quoted = [c for c in analysis.claims if "4,000 soldiers" in c.text]
    assert quoted, [c.text for c in analysis.claims]
    who = quoted[0].asserted_by
    assert who.kind == "source" and who.name and "Voronova" in who.name
    assert who.source_id in {s.id for s in analysis.sources or []}
