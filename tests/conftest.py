"""Shared fixtures: the bundled sample, and the development data in ../shared when present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "chronicle" / "samples" / "reed-ten-days-ch2.txt"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_record():
    """The bundled sample, extracted once for the whole test session."""
    import chronicle

    return chronicle.extract([SAMPLE]).record


def shared_or_skip(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (development data lives in ../shared)")
    return p


@pytest.fixture
def quotes_only(monkeypatch):
    """Only the quotation and claim stages run after the entity layer (faster, and what those tests read)."""
    from chronicle.resolve import claims, quotes, stages

    monkeypatch.setattr(stages, "FACT_STAGES", [quotes.run, claims.run])


@pytest.fixture
def rules_only(monkeypatch):
    """The hand-written readers alone, without the learned pair reader (chronicle.resolve.pair_readers):
    for tests of what a rule reads or refuses."""
    from chronicle.resolve import pair_model

    monkeypatch.setattr(pair_model, "ENABLED", False)
