"""Chronicle: narrative history and biography in, a sourced historical record out.

    >>> import chronicle
    >>> result = chronicle.extract(["chapter.txt"], db="chronicle.db")
    >>> chronicle.export("chronicle.db", "json", "record.json")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ChronicleError
from .export import export
from .extract import ExtractResult, extract, extract_text
from .record import Record

__all__ = ["extract", "extract_text", "export", "ExtractResult", "Record", "ChronicleError", "__version__"]
