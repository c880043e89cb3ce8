"""SemEval-2023 / PTC article folders: ``article<ID>.txt``, title on the first line.

Files are decoded byte-exactly, so offsets match the datasets' span files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from unspun.article import Article
from unspun.errors import InputError
from unspun.ingest.jsonl import ReadFailure
from unspun.ingest.text import check_size, read_text

ARTICLE_FILE = re.compile(r"^article(?P<id>[^.]+)\.txt$")


def is_semeval_folder(folder: Path) -> bool:
    """True when the folder holds article<ID>.txt files."""
    return any(ARTICLE_FILE.match(p.name) for p in folder.iterdir() if p.is_file())


def read_semeval_folder(folder: Path, max_bytes: int) -> Iterator[Article | ReadFailure]:
    """Articles of a SemEval/PTC folder in id order; a bad file is reported, not fatal."""
    files = sorted((p for p in folder.iterdir() if ARTICLE_FILE.match(p.name)), key=lambda p: p.name)
    for path in files:
        match = ARTICLE_FILE.match(path.name)
        assert match is not None
        try:
            check_size(path.stat().st_size, max_bytes, str(path))
            yield read_text(path.read_bytes(), str(path), id=match["id"])
        except InputError as err:
            yield ReadFailure(str(path), str(err).removeprefix(f"{path}: "))
