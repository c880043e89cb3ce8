"""Readers for the public persuasion datasets: SemEval-2023 Task 3 and the PTC.

Only formats are coded here; the data stay in the shared datasets folder, given as an
argument. Article files are read with ``newline=""``: the multilingual SemEval-2023
files end lines with ``\\r\\n`` and their span offsets count both characters (measured:
the spans fall on word boundaries far more often with the raw text than with
normalised newlines), so the raw text is the one the offsets point into.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from unspun.errors import InputError

LANGUAGES = ("en", "fr", "ge", "it", "po", "ru")


@dataclass
class GoldArticle:
    """One article with its gold technique spans and (if given) paragraph labels."""

    id: str
    text: str
    language: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    paragraph_labels: dict[int, set[str]] | None = None


def _read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        raise InputError(
            f"{path}: {what} not found; pass the shared datasets folder (the one holding "
            "semeval2023-en/, semeval2023-multi/ and ptc/) with --data"
        )
    return path


def semeval_folder(data: Path, language: str) -> Path:
    """The folder of one language of SemEval-2023 Task 3 under the datasets root."""
    if language == "en":
        return _require(data / "semeval2023-en", "the SemEval-2023 English folder")
    return _require(data / "semeval2023-multi" / language, f"the SemEval-2023 {language} folder")


def _article_id(path: Path) -> str:
    m = re.match(r"article(\d+)", path.name)
    if not m:
        raise InputError(f"{path}: not an article file (expected article<ID>.txt)")
    return m.group(1)


def _read_spans_file(path: Path, out: dict[str, list[tuple[str, int, int]]]) -> None:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise InputError(f"{path}:{n}: expected ID<TAB>technique<TAB>start<TAB>end")
        out[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))


def read_paragraph_labels(path: Path) -> dict[str, dict[int, set[str]]]:
    """``ID<TAB>line<TAB>T1,T2`` → {article id: {paragraph number (from 1): techniques}}."""
    labels: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise InputError(f"{path}:{n}: expected ID<TAB>line<TAB>techniques")
        techs = {t for t in (parts[2].split(",") if len(parts) > 2 else []) if t.strip()}
        labels[parts[0]][int(parts[1])] = techs
    return dict(labels)


def read_semeval(data: Path, language: str, split: str) -> list[GoldArticle]:
    """SemEval-2023 subtask-3 articles of one language and split ('train' or 'dev')."""
    folder = semeval_folder(data, language)
    art_dir = _require(folder / f"{split}-articles-subtask-3", f"the {split} articles")
    spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    has_spans = False
    span_dir = folder / f"{split}-labels-subtask-3-spans"
    span_file = folder / f"{split}-labels-subtask-3-spans.txt"
    if span_dir.is_dir():
        has_spans = True
        for f in sorted(span_dir.glob("*.txt")):
            _read_spans_file(f, spans)
    elif span_file.exists():
        has_spans = True
        _read_spans_file(span_file, spans)
    para_file = folder / f"{split}-labels-subtask-3.txt"
    paras = read_paragraph_labels(para_file) if para_file.exists() else {}
    out = []
    for f in sorted(art_dir.glob("article*.txt")):
        aid = _article_id(f)
        art = GoldArticle(aid, _read_text(f), language, list(spans.get(aid, [])), paras.get(aid))
        if has_spans or art.paragraph_labels is not None:
            out.append(art)
    return out


def read_ptc(data: Path, split: str) -> tuple[list[GoldArticle], list[tuple[str, str, int, int]]]:
    """PTC articles of a split and its technique-classification rows (id, label, start, end)."""
    folder = _require(data / "ptc", "the PTC folder")
    art_dir = _require(folder / f"{split}-articles", f"the PTC {split} articles")
    label_file = _require(folder / f"{split}-task2-TC.labels", f"the PTC {split} labels")
    rows: list[tuple[str, str, int, int]] = []
    for n, line in enumerate(label_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise InputError(f"{label_file}:{n}: expected ID<TAB>technique<TAB>start<TAB>end")
        rows.append((parts[0], parts[1], int(parts[2]), int(parts[3])))
    by_id: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for aid, lab, s, e in rows:
        by_id[aid].append((lab, s, e))
    arts = [
        GoldArticle(_article_id(f), _read_text(f), "en", by_id.get(_article_id(f), []))
        for f in sorted(art_dir.glob("article*.txt"))
    ]
    return arts, rows


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines of ``text`` (numbered from 1 in the label files).

    Every line counts, blank or not, because the SemEval-2023 files number lines that way;
    the ``\\r`` of a ``\\r\\n`` ending is left out of the range.
    """
    ranges = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped_end = end - 1 if line.endswith("\r") else end
        ranges.append((pos, stripped_end))
        pos = end + 1
    return ranges


def split_halves(articles: list[GoldArticle]) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """(tuning half, reporting half): alternate articles in id order.

    The French, German, Italian, Polish and Russian dev sets are the only labelled data
    for the four techniques missing from English that training does not use: one half
    tunes their thresholds, the other half is where they are scored.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    return ordered[0::2], ordered[1::2]
