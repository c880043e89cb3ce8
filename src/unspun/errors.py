"""Errors raised by unspun.

Every error the library raises on purpose derives from :class:`UnspunError`, so a
caller (the CLI, the web app, a batch job) can catch one type and show its message::

    UnspunError
    ├── InputError            bad input: the message names the file and the reason
    │   ├── DecodeError       bytes that are not text in a supported encoding
    │   │   └── NotTextError  binary data (NUL bytes, mostly control characters)
    │   ├── EmptyInputError   nothing but whitespace
    │   ├── InputTooLargeError over the size limit
    │   └── FetchError        a URL that could not or may not be fetched
    ├── ModelError            a model or spaCy pipeline that cannot be loaded
    └── PipelineError         stages configured in an order that cannot work

Messages give the cause, then what to do next.
"""

from __future__ import annotations


class UnspunError(Exception):
    """Base class of every error unspun raises on purpose."""


class InputError(UnspunError):
    """The input cannot be analysed; the message names the input and the reason."""


class DecodeError(InputError):
    """The bytes are not text in UTF-8 or UTF-16 (with BOM)."""


class NotTextError(DecodeError):
    """The bytes are binary data, not text in any encoding."""


class EmptyInputError(InputError):
    """The input holds no text."""


class InputTooLargeError(InputError):
    """The input is over the configured size limit."""


class FetchError(InputError):
    """A URL could not be fetched, or fetching it is not allowed."""


class ModelError(UnspunError):
    """A model or spaCy pipeline cannot be loaded."""


class PipelineError(UnspunError):
    """The stages of an Analyzer are in an order that cannot work."""


class CancelledError(UnspunError):
    """An analysis stopped between steps because its caller gave up on it (the web app's timeout)."""
