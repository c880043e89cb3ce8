"""The language an article is written in, and which stages can read it.

Several stages are built for English only (the quotes and claims stages read an English
parse with English speech verbs and hedges); the persuasion model learned from six
languages. An article in another language gets, from those stages, a reason instead of
findings (``analysis.withheld``), never English rules applied to French text.
"""

from unspun.language.detect import (
    LanguageGuess,
    UnknownLanguageError,
    describe_language,
    detect_language,
    given_code,
    language_name,
    normalise_code,
    with_language,
)
from unspun.language.support import unsupported_reason

__all__ = ["LanguageGuess", "UnknownLanguageError", "describe_language", "given_code", "detect_language", "language_name", "normalise_code", "with_language", "unsupported_reason"]
