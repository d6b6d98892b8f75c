"""Reading a file safely: existence, kind, size limit, format.

The size is checked with ``stat`` before a single byte is read, so an
oversized file costs nothing. The format comes from the extension; a file
with an unknown or no extension is sniffed (EPUB zip, HTML markup, else
plain text); so is a file with no extension, which is nearly always text.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import PurePath

from chronicle.errors import EmptyInput, InputError, InputTooLarge, MissingInput, NotAFile

_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".epub": "epub",
}
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_EPUB_MIMETYPE = b"mimetype" + b"application/epub+zip"
_SNIFF = 4096


def check_path(path: str, max_bytes: int) -> int:
    """The file's size in bytes, after refusing what cannot be read as a document."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise MissingInput(f"{path}: no such file") from exc
    except NotADirectoryError as exc:
        raise MissingInput(f"{path}: no such file (a parent is not a directory)") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot stat ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotAFile(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(f"{path}: is not a regular file")
    if info.st_size > max_bytes:
        raise InputTooLarge(f"{path}: {info.st_size} bytes, over the limit of {max_bytes} bytes")
    if info.st_size == 0:
        raise EmptyInput(f"{path}: file is empty (0 bytes)")
    return info.st_size


def read_bytes(path: str, max_bytes: int) -> bytes:
    """All bytes of the file, never more than *max_bytes* even if it grew since ``stat``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise InputTooLarge(f"{path}: more than the limit of {max_bytes} bytes")
    if not data:
        raise EmptyInput(f"{path}: file is empty (0 bytes)")
    return data


def format_of(path: str) -> str | None:
    """The format its extension names; ``None`` when there is no known extension (sniff then)."""
    suffix = PurePath(path).suffix
    return _EXTENSIONS.get(suffix.lower()) if _is_extension(suffix) else None


def sniff_format(data: bytes) -> str:
    """Format of a file with an unknown extension, from its first bytes."""
    head = data[:_SNIFF]
    if head.startswith(b"PK\x03\x04") and _EPUB_MIMETYPE in head[:100]:
        return "epub"
    if _HTML_START.match(head) or b"<body" in head.lower():
        return "html"
    return "text"


def _is_extension(suffix: str) -> bool:
    """False for names like ``notes.v2-final`` whose 'suffix' is no real extension."""
    return bool(suffix) and suffix[1:].isalnum() and len(suffix) <= 10
