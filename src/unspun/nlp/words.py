"""Finding a few words in a parse without asking each token for its string."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Doc


class WordIndex:
    """The indices of a parse's tokens whose lowercase form passes ``test``, read from the parse's hashes.

    Asking each token for its ``lower_`` makes a new string per token; rules that look for a few words in
    every paragraph ('according', 'said', 'statement') instead read the array of lowercase hashes, test each
    distinct word once per process, and find most paragraphs free of the words without a loop over them.
    Hashes are spaCy's hash of the string, the same in every vocabulary. What is kept grows with the distinct
    words met, as spaCy's own caches do.
    """

    def __init__(self, test: Callable[[str], bool]) -> None:
        self.test = test
        self._seen: set[int] = set()
        self._hits: set[int] = set()

    def __call__(self, doc: "Doc") -> list[int]:
        if not len(doc):
            return []
        from spacy.attrs import LOWER

        lowers = doc.to_array(LOWER).tolist()
        distinct = set(lowers)
        for h in distinct - self._seen:
            self._seen.add(h)
            if self.test(doc.vocab.strings[h]):
                self._hits.add(h)
        hits = distinct & self._hits
        return [k for k, h in enumerate(lowers) if h in hits] if hits else []
