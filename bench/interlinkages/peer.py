"""Peer for bench/interlinkages: pandas DataFrame.corr(method="spearman", min_periods=5) per unit.

Reads the CSVs run.ts wrote, aligns lower-is-better series (x -1), correlates every pair of
series per unit, writes the upper triangles (units and series in code order, row-major, i < j)
as little-endian float64 to pandas-rho.f64, and prints one JSON line with its timings.
"""

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

MIN_PERIODS = 5
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def correlate(observations: pd.DataFrame, signs: pd.Series) -> list:
    """One Spearman matrix per unit, columns in code order (absent series are all-NaN)."""
    matrices = []
    for _, rows in observations.groupby("unit", sort=True):
        wide = rows.pivot(index="year", columns="series", values="value")
        wide = wide.reindex(columns=signs.index) * signs
        matrices.append(wide.corr(method="spearman", min_periods=MIN_PERIODS).to_numpy())
    return matrices


def main() -> None:
    out = Path(sys.argv[1])
    start = time.perf_counter()
    observations = pd.read_csv(out / "observations.csv", float_precision="round_trip")
    series = pd.read_csv(out / "series.csv")
    load_ms = (time.perf_counter() - start) * 1000

    codes = sorted(series["series"])
    directions = series.set_index("series")["direction"].reindex(codes)
    signs = pd.Series(np.where(directions == "lower", -1.0, 1.0), index=codes)

    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        matrices = correlate(observations, signs)
        times.append((time.perf_counter() - start) * 1000)

    upper = np.triu_indices(len(codes), k=1)
    rho = np.concatenate([m[upper] for m in matrices]).astype("<f8")
    rho.tofile(out / "pandas-rho.f64")
    print(json.dumps({"load_ms": load_ms, "corr_ms": statistics.median(times), "pairs": int(rho.size),
                      "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
