"""Which language a text is written in: py3langid (langid.py's model, 97 languages, BSD).

py3langid is the detector trafilatura itself uses; its model ships inside the package, so
detection works offline. It loads once per process (about a second) and then takes about
a millisecond per article.

A short or mixed text gives a weak guess (``Hi.`` reads as Serbian at 0.01), and acting on
a wrong guess would withhold findings from an English article, so a guess counts only at
``MIN_CONFIDENCE`` or above on a text of at least ``MIN_WORDS`` words with letters;
otherwise the language is undetermined and the stages treat the article as English, as
they always have.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import Any

from unspun.article import Article, words_with_letters

MIN_CONFIDENCE = 0.9
MIN_WORDS = 5

# Names for the languages a reason is most often about; any other code is shown as is.
NAMES = {
    "en": "English", "fr": "French", "de": "German", "it": "Italian", "pl": "Polish", "ru": "Russian",
    "es": "Spanish", "pt": "Portuguese", "nl": "Dutch", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese",
    "ja": "Japanese", "tr": "Turkish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "el": "Greek",
    "he": "Hebrew", "hi": "Hindi", "ko": "Korean", "fa": "Persian", "sr": "Serbian", "hr": "Croatian",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ka": "Georgian", "be": "Belarusian",
}

# URLs, @handles and #tags are not words of any language (a pasted tweet is half links).
_NOT_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_CODE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class LanguageGuess:
    """An ISO 639-1 code and the detector's normalised probability for it."""

    code: str
    confidence: float


_identifier: Any = None
_lock = threading.Lock()


def _load() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def detect_language(text: str) -> LanguageGuess | None:
    """The language of ``text``, or None when the text is too short or the guess too weak."""
    words = _NOT_LANGUAGE.sub(" ", text)
    if words_with_letters(words) < MIN_WORDS:
        return None
    code, probability = _load().classify(words)
    if probability < MIN_CONFIDENCE:
        return None
    return LanguageGuess(str(code), round(float(probability), 4))


def normalise_code(value: str | None) -> str | None:
    """The primary language subtag of a tag given with an article (``en-US`` → ``en``), or None."""
    if not value:
        return None
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return primary if _CODE.fullmatch(primary) else None


def language_name(code: str) -> str:
    """``French`` for ``fr``; the code itself for a language without a name here."""
    return NAMES.get(code, code)


def describe_language(code: str | None, confidence: float | None) -> str | None:
    """``French (fr, detected 1.00)`` or ``French (fr, given)``; None for an undetermined language."""
    if not code:
        return None
    how = f"detected {confidence:.2f}" if confidence is not None else "given"
    return f"{language_name(code)} ({code}, {how})"


def with_language(article: Article) -> Article:
    """The article with its language settled: the one given with it (normalised), else the detected one.

    A language given with the article (JSON Lines ``language``, HTML ``lang``) is trusted; an
    undetermined one stays None.
    """
    given = normalise_code(article.language)
    if given is not None:
        return article if given == article.language else replace(article, language=given, language_confidence=None)
    guess = detect_language(article.text)
    if guess is None:
        return article if article.language is None else replace(article, language=None, language_confidence=None)
    return replace(article, language=guess.code, language_confidence=guess.confidence)
