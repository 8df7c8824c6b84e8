#!/usr/bin/env python3
"""Writes a dense frequency table and its counts, like a real cross-tabulation of many records.

Each cell's count is Poisson with a gamma-distributed mean (shape 3, mean 30): with a
1,000 x 1,000 table that is about 30 million records, about 9 % of cells below a threshold
of 10 and a few hundred zeros. The table shows the counts themselves (a frequency table), so
TABLE and COUNTS hold the same numbers, as a researcher's table and its counts file would.

Usage: make_dense_table.py DIR [ROWS COLUMNS] [--seed N]
Writes DIR/table.csv and DIR/counts.csv. Needs python3-numpy.
"""
import argparse
import os

import numpy as np


def write(path: str, counts: np.ndarray) -> None:
    rows, columns = counts.shape
    with open(path, "w", encoding="ascii", newline="\n") as out:
        out.write("Area," + ",".join(f"Column {c + 1}" for c in range(columns)) + "\n")
        for r in range(rows):
            out.write(f"Row {r + 1}," + ",".join(map(str, counts[r].tolist())) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("rows", nargs="?", type=int, default=1000)
    parser.add_argument("columns", nargs="?", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--mean", type=float, default=30.0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    shape = 3.0
    means = rng.gamma(shape, args.mean / shape, size=(args.rows, args.columns))
    counts = rng.poisson(means)
    os.makedirs(args.dir, exist_ok=True)
    write(os.path.join(args.dir, "table.csv"), counts)
    write(os.path.join(args.dir, "counts.csv"), counts)
    below = int((counts < 10).sum())
    print(
        f"{args.rows} x {args.columns}: {int(counts.sum())} records, mean {counts.mean():.1f}, "
        f"{below} cells below 10 ({100.0 * below / counts.size:.1f} %), {int((counts == 0).sum())} zeros"
    )


if __name__ == "__main__":
    main()
