"""Chronicle's exceptions, one hierarchy.

    ChronicleError
     ├── InputError            a file cannot be read as a document
     │    ├── MissingInput     the path does not exist
     │    ├── NotAFile         the path is a directory or special file
     │    ├── EmptyInput       the file holds no text
     │    ├── BinaryInput      the bytes are not text in any encoding we accept
     │    ├── InputTooLarge    the file exceeds the configured size limit
     │    ├── DecodingError    the bytes do not decode in the declared/detected encoding
     │    └── MalformedInput   a container (EPUB/zip/HTML) is broken
     ├── GazetteerError        a gazetteer (built-in or the user's) is missing or malformed
     ├── StoreError            the database cannot be opened, migrated or written
     └── ExportError           an export format is unknown or cannot be written

Foreign errors (sqlite3, zipfile, lxml) are translated at the boundary with
``raise ... from exc``. Every message names the file and the cause on one line.
"""
from __future__ import annotations


class ChronicleError(Exception):
    """Base class of every error Chronicle raises on purpose."""

    code = "E000"

    def __str__(self) -> str:  # one line, with the code to search for
        return f"[{self.code}] {super().__str__()}"


class InputError(ChronicleError):
    code = "E100"


class MissingInput(InputError):
    code = "E101"


class NotAFile(InputError):
    code = "E102"


class EmptyInput(InputError):
    code = "E103"


class BinaryInput(InputError):
    code = "E104"


class InputTooLarge(InputError):
    code = "E105"


class DecodingError(InputError):
    code = "E106"


class MalformedInput(InputError):
    code = "E107"


class GazetteerError(ChronicleError):
    code = "E400"


class StoreError(ChronicleError):
    code = "E200"


class ExportError(ChronicleError):
    code = "E300"
