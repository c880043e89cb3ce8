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

import logging
import re
import threading
from dataclasses import dataclass, replace
from typing import Any

from unspun.article import Article, words_with_letters

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.9
MIN_WORDS = 5
CONTRADICTS = 0.99  # how sure the detector must be to say a given language looks wrong

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
# Words in quotation marks are the sources' language, not necessarily the article's: an English
# report quoting a long French statement is English. (Single quotes are left: they are apostrophes too.)
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|»[^«\n]*«|「[^」\n]*」')

# The codes a language may be given as: those the detector knows (ISO 639-1, and ISO 639-3 where
# it has no two-letter code) and the named ones. "und" (undetermined), "mul", "mis" and "zxx" mean
# no language: the text is read for it.
KNOWN = frozenset(
    "ace af am an ar ary arz as az ba bcl be bg bn br bs ca crh cs cy da de dz el en eo es et eu ext fa fi "
    "fo fr fuv fy ga gcf gcr gd gl gom grc gu gug guw ha hbo he hi hr ht hu hy id ig is it ja jv ka kab kik "
    "kk km kn ko ku ky la lb lg lij ln lo lt ltg lv mg mk ml mn mr ms mt my ne nl nn no nso oc om or pa pcm "
    "pl ps pt qu ro ru rw sa sdh se si sk sl sn so sq sr st sv sw ta te tg th tk tl tr tt ug uk ur uz uzs "
    "vec vi vo wa wuu xh yo yue zh zu nb".split()
)
NO_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})
# ISO 639-2 (terminological and bibliographic) codes of common languages, as content systems send them.
THREE_LETTER = {
    "eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "ita": "it", "pol": "pl", "rus": "ru",
    "spa": "es", "por": "pt", "nld": "nl", "dut": "nl", "ukr": "uk", "ara": "ar", "zho": "zh", "chi": "zh",
    "jpn": "ja", "kor": "ko", "tur": "tr", "swe": "sv", "dan": "da", "nor": "no", "nob": "nb", "fin": "fi",
    "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "hun": "hu", "ron": "ro", "rum": "ro", "bul": "bg",
    "ell": "el", "gre": "el", "heb": "he", "hin": "hi", "fas": "fa", "per": "fa", "srp": "sr", "hrv": "hr",
    "lit": "lt", "lav": "lv", "est": "et", "kat": "ka", "geo": "ka", "bel": "be", "cat": "ca", "eus": "eu",
    "baq": "eu", "glg": "gl", "vie": "vi", "ind": "id", "msa": "ms", "may": "ms", "tha": "th", "slv": "sl",
}
_TAG = re.compile(r"[a-z]{2,3}")


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


def warm_up() -> None:
    """Load the detector's model now (about a second) rather than on the first article."""
    _load()


def detect_language(text: str) -> LanguageGuess | None:
    """The language of ``text``, or None when the text is too short or the guess too weak.

    Read from the words outside quotation marks when there are enough of them (the narration is
    the article's language; a quoted statement may be in another).
    """
    words = _NOT_LANGUAGE.sub(" ", text)
    narration = _QUOTED.sub(" ", words)
    if words_with_letters(narration) >= MIN_WORDS:
        words = narration
    if words_with_letters(words) < MIN_WORDS:
        return None
    code, probability = _load().classify(words)
    if probability < MIN_CONFIDENCE:
        return None
    return LanguageGuess(str(code), round(float(probability), 4))


class UnknownLanguageError(ValueError):
    """A language given as something that is not a language code unspun knows."""


def normalise_code(value: object) -> str | None:
    """The language code of a tag given with an article: ``en-US`` → ``en``, ``fra`` → ``fr``.

    None for no value or a tag that means no language (``und``, ``mul``, ``zxx``): the text is read
    for it. Raises :class:`UnknownLanguageError` for anything else that is not a known code
    (``English``, ``zz``, ``123``), so a typo never withholds an article's findings.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise UnknownLanguageError(f"{value!r} is not a language code")
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if primary in NO_LANGUAGE:
        return None
    primary = THREE_LETTER.get(primary, primary)
    if _TAG.fullmatch(primary) and primary in KNOWN | NAMES.keys():
        return primary
    raise UnknownLanguageError(f"{value.strip()[:40]!r} is not a language code unspun knows (use one such as en, fr, de)")


def given_code(value: object) -> str | None:
    """:func:`normalise_code`, with None for a value it cannot read (the text is then read for the language)."""
    try:
        return normalise_code(value)
    except UnknownLanguageError:
        return None


def language_name(code: str) -> str:
    """``French`` for ``fr``; the code itself for a language without a name here."""
    return NAMES.get(code, code)


def describe_language(code: str | None, confidence: float | None, detected: str | None = None) -> str | None:
    """``French (fr, detected 1.00)``, ``French (fr, given)`` or ``English (en, given; the text reads as
    German)``; None for an undetermined language."""
    if not code:
        return None
    how = f"detected {confidence:.2f}" if confidence is not None else "given"
    if detected:
        how += f"; the text reads as {language_name(detected)}"
    return f"{language_name(code)} ({code}, {how})"


def with_language(article: Article) -> Article:
    """The article with its language settled: the one given with it (normalised), else the detected one.

    A language given with the article (JSON Lines ``language``, HTML ``lang``) is trusted; an
    undetermined one stays None.
    """
    given = given_code(article.language)
    guess = detect_language(article.text)
    if given is not None:
        # Given, and trusted; but a text that plainly reads as another language is said so (a wrong
        # --language, or a page template's lang="en" over a German article, loses most findings).
        other = guess.code if guess is not None and guess.code != given and guess.confidence >= CONTRADICTS else None
        if other is not None:
            log.warning("%s: the language is given as %s but the text reads as %s (%.2f)",
                        article.origin or article.id or "article", given, other, guess.confidence)  # type: ignore[union-attr]
        return replace(article, language=given, language_confidence=None, language_detected=other)
    if guess is None:
        return article if article.language is None else replace(article, language=None, language_confidence=None)
    return replace(article, language=guess.code, language_confidence=guess.confidence)
