"""unspun: see how a news article is made and how it works on its reader.

    >>> import unspun
    >>> analysis = unspun.analyze("Title\\nThe mayor said the bridge is safe.")
    >>> analysis.article.paragraphs[0].kind
    'title'

``Analyzer`` loads the models once and analyses many articles (``analyze``,
``pipe``); every finding is a span of character offsets into ``Article.text``.
"""

from unspun.analysis import SCHEMA_VERSION, Analysis, json_schema
from unspun.article import Article, Paragraph
from unspun.errors import InputError, ModelError, PipelineError, UnspunError
from unspun.ingest import ReadFailure, read_source
from unspun.pipeline import Analyzer, __version__, analyze
from unspun.spans import Span
from unspun.stage import Stage

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Analyzer",
    "Article",
    "InputError",
    "ModelError",
    "Paragraph",
    "PipelineError",
    "ReadFailure",
    "Span",
    "Stage",
    "UnspunError",
    "__version__",
    "analyze",
    "json_schema",
    "read_source",
]
