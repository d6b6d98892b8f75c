"""Storage behind a small protocol; SQLite (:mod:`.sqlite`) is the embedded default."""
from __future__ import annotations

import os
from typing import Iterable, Protocol

from ..record import Record
from .sqlite import SQLiteStore


class Store(Protocol):
    def known_hashes(self) -> set[str]: ...
    def save(self, records: Iterable[Record], texts: dict[str, str] | None = None) -> None: ...
    def load(self, *, sha256: str | None = None) -> Record: ...
    def text(self, doc_id: str) -> str: ...
    def close(self) -> None: ...


def open_store(path: str | os.PathLike) -> Store:
    """Open (creating and migrating if needed) the database at ``path``."""
    return SQLiteStore(path)


__all__ = ["Store", "SQLiteStore", "open_store"]
