"""pandas peer for bench/scoring: the same arithmetic as the domain scorer, vectorised.

Latest year per city x series, normalise and clamp to [0, 100], the 0-4 dashboard scale through
the normalised red and green thresholds, indicator colours, goal means, goal colours by the
two-worst rule, the index with the 20% rule. Reads the CSVs run.ts wrote, times load and compute
(median of REPEATS), writes results in the layout of results.ts, prints one JSON line.
"""

import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

OUT = Path(sys.argv[1])
REPEATS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
UNITS, SERIES, GOALS = 2000, 200, 17


def clamp(x):
    return np.clip(x, 0.0, 100.0)


def colour_of(v):
    return np.select([v < 1, v < 2, v < 3], [1, 2, 3], default=4).astype(np.int8)


def compute(obs: pd.DataFrame, cb: pd.DataFrame):
    span = cb["optimum"] - cb["lower_bound"]
    cbn = cb.assign(
        g=clamp(100 * (cb["green"] - cb["lower_bound"]) / span),
        r=clamp(100 * (cb["red"] - cb["lower_bound"]) / span),
    )
    latest = obs.loc[obs.groupby(["unit", "series"], sort=False)["year"].idxmax()]
    ind = latest.merge(cbn, on="series", how="inner")
    s = clamp(100 * (ind["value"] - ind["lower_bound"]) / (ind["optimum"] - ind["lower_bound"]))
    r, g = ind["r"], ind["g"]
    m = (r + g) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        dv = np.select(
            [s < r, s < m, s < g, s < 100],
            [s / r, 1 + (s - r) / (m - r), 2 + (s - m) / (g - m), 3 + (s - g) / (100 - g)],
            default=4.0,
        )
    ind = pd.DataFrame({"unit": ind["unit"], "series": ind["series"], "goal": ind["goal"],
                        "score": s, "dv": dv, "colour": colour_of(dv)})
    goal_scores = ind.groupby(["unit", "goal"], sort=True)["score"].mean()
    ranked = ind.sort_values(["unit", "goal", "dv"], kind="stable")
    ranked = ranked[ranked.groupby(["unit", "goal"], sort=False).cumcount() < 2]
    two = ranked.groupby(["unit", "goal"], sort=True)["dv"].agg(["min", "max"])
    a = (two["min"] + two["max"]) / 2
    colour = colour_of(a.to_numpy())
    colour = np.where((colour == 1) & (two["max"].to_numpy() >= 1), 2, colour)
    colour = np.where((colour == 4) & (two["min"].to_numpy() < 3), 3, colour)
    present = ind.groupby("unit", sort=True).size()
    index = goal_scores.groupby(level="unit").mean()
    index[(SERIES - present.reindex(index.index)) / SERIES > 0.2] = np.nan
    return ind, goal_scores, pd.Series(colour, index=two.index), index


def write(ind, goal_scores, goal_colours, index):
    scores = np.full(UNITS * SERIES, np.nan)
    colours = np.zeros(UNITS * SERIES, dtype=np.int8)
    at = ind["unit"].to_numpy() * SERIES + ind["series"].to_numpy()
    scores[at] = ind["score"].to_numpy()
    colours[at] = ind["colour"].to_numpy()
    g_scores = np.full(UNITS * GOALS, np.nan)
    g_colours = np.zeros(UNITS * GOALS, dtype=np.int8)
    units = goal_scores.index.get_level_values("unit").to_numpy()
    goals = goal_scores.index.get_level_values("goal").to_numpy()
    g_scores[units * GOALS + goals - 1] = goal_scores.to_numpy()
    g_colours[units * GOALS + goals - 1] = goal_colours.reindex(goal_scores.index).to_numpy()
    idx = np.full(UNITS, np.nan)
    idx[index.index.to_numpy()] = index.to_numpy()
    for name, array in [("index", idx), ("goalScores", g_scores), ("goalColours", g_colours),
                        ("scores", scores), ("colours", colours)]:
        array.astype(array.dtype.newbyteorder("<")).tofile(OUT / f"pandas-{name}.bin")


def main():
    started = time.perf_counter()
    obs = pd.read_csv(OUT / "observations.csv",
                      dtype={"unit": "int32", "series": "int32", "year": "int16", "value": "float64"})
    cb = pd.read_csv(OUT / "codebook.csv")
    load_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = compute(obs, cb)
        times.append((time.perf_counter() - started) * 1000)
    write(*result)
    print(json.dumps({
        "load_ms": load_ms,
        "compute_ms": statistics.median(times),
        "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "pandas": pd.__version__,
    }))


main()
