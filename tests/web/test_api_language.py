"""The JSON API and the form take an article's language; without one it is detected."""

from __future__ import annotations

from typing import Any

# An invented French article (no third-party text).
FRENCH = ("La mairie gèle les aides aux boulangers\n"
          "« C'est une honte absolue », a déclaré Marie Dupont, présidente de l'Union des artisans.\n"
          "Selon la mairie, les aides baisseront de douze pour cent dès l'année prochaine.")


def test_french_text_is_detected_and_english_only_stages_say_why(client: Any) -> None:
    data = client.post("/api/analyze", json={"text": FRENCH}).json()
    assert data["article"]["language"] == "fr"
    assert "French (fr, detected" in data["withheld"]["quotes"]


def test_a_language_sent_with_the_text_is_used(client: Any) -> None:
    data = client.post("/api/analyze", json={"text": FRENCH, "language": "en"}).json()
    assert data["article"]["language"] == "en" and data["article"]["language_confidence"] is None
    assert "quotes" not in data["withheld"]


def test_the_form_takes_a_language_too(client: Any) -> None:
    data = client.post("/api/analyze", data={"text": FRENCH, "language": "en-GB"}).json()
    assert data["article"]["language"] == "en"


def test_a_language_that_is_not_a_code_is_a_400_naming_the_field(client: Any) -> None:
    response = client.post("/api/analyze", json={"text": FRENCH, "language": "Klingon!"})
    assert response.status_code == 400
    assert "language" in response.json()["detail"] and "not a language code" in response.json()["detail"]


def test_a_language_of_the_wrong_type_names_the_field(client: Any) -> None:
    response = client.post("/api/analyze", json={"text": FRENCH, "language": 123})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("request: language:")


def test_the_form_offers_a_language_field_and_keeps_it_after_an_error(client: Any) -> None:
    assert 'name="language"' in client.get("/").text
    page = client.post("/analyze", data={"text": FRENCH, "language": "zz"})
    assert page.status_code == 400 and 'value="zz"' in page.text
