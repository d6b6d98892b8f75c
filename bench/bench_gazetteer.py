"""Print how long the gazetteer takes to load and to answer look-ups."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    t0 = time.perf_counter()
    from chronicle.resolve.gazetteer import Gazetteer

    t1 = time.perf_counter()
    g = Gazetteer.load()
    g.lookup("Petrograd")
    t2 = time.perf_counter()
    names = ["Paris", "Moscow", "Springfield", "the Volga", "Constantinople", "Burlington", "Xqzzy"] * 200
    for n in names:
        g.lookup(n, year=1900)
        g._cache.clear()
    t3 = time.perf_counter()
    print(f"import {t1 - t0:.3f} s; load + first look-up {t2 - t1:.3f} s; "
          f"{(t3 - t2) / len(names) * 1e3:.2f} ms per uncached look-up; file {g.path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
