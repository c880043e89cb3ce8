"""Which languages each stage was built or trained for, and the reason it gives for any other.

The rule is: a stage runs only on languages it was measured on. An article whose language
is undetermined (too short, or a weak guess) is read as English, as before detection.
"""

from __future__ import annotations

from unspun.article import Article
from unspun.language.detect import describe_language

ENGLISH = ("en",)
# The persuasion model's training languages (SemEval-2023 Task 3: en, fr, ge, it, po, ru in its file names).
PERSUASION_LANGUAGES = ("en", "fr", "de", "it", "pl", "ru")
# SemEval-2023 file names use their own codes for two of them.
SEMEVAL_CODES = {"ge": "de", "po": "pl"}


def unsupported_reason(built_for: str, languages: tuple[str, ...] | None, article: Article) -> str | None:
    """Why a stage built for ``languages`` does not judge ``article``, or None when it does.

    ``built_for`` says what the stage rests on (``quotes are found with English speech verbs``).
    """
    if languages is None or article.language is None or article.language in languages:
        return None
    return f"not judged: {built_for}; this article is in {describe_language(article.language, article.language_confidence, article.language_detected)}"
