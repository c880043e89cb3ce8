"""Tokenizer rule: a quotation mark glued to the words around it is a token of its own.

Copy-edited news sometimes drops the space around a quotation mark
(``...to me,"Ruiz said.``, ``said,“Look, ...``). spaCy's English tokenizer then keeps
``me,"Ruiz`` as one token, so the parser cannot see the speaker after the quote or the
cue before it, and the quote goes to someone else. Two infix patterns split such a token
where a space would have been: a quotation mark between sentence punctuation and a
letter, and the punctuation before it. Offsets are unchanged (tokens keep their
character positions in the text); only glued marks are affected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

QUOTE_MARKS = "\"“”"
GLUED_QUOTE_INFIXES = (
    rf"(?<=[,.!?;:])[{QUOTE_MARKS}](?=[^\W\d_])",  # the mark in 'me,"Ruiz' / 'said,“Look'
    rf"(?<=[^\W\d_])(?<!\.[^\W\d_])[,.!?;:](?=[{QUOTE_MARKS}][^\W\d_])",  # the comma before it (not the stop of 'U.S.')
)


def split_glued_quotes(nlp: "Language") -> None:
    """Add :data:`GLUED_QUOTE_INFIXES` to the infixes ``nlp``'s tokenizer already has (idempotent)."""
    import re

    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "infix_finditer"):
        return  # a custom tokenizer callable: leave it as its author made it
    finditer = tokenizer.infix_finditer
    compiled = getattr(finditer, "__self__", None)
    existing = compiled.pattern if isinstance(compiled, re.Pattern) else None
    if finditer is not None and existing is None:
        return  # a custom tokenizer callable: leave it as its author made it
    ours = "|".join(GLUED_QUOTE_INFIXES)
    if existing is not None and ours in existing:
        return
    tokenizer.infix_finditer = re.compile(ours if not existing else f"{existing}|{ours}").finditer
