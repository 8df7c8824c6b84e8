#!/usr/bin/env python3
"""The baseline srs-sdc is compared with: the same check written the obvious way in pandas.

Reads a frequency table and its counts (CSV, first column the row labels), builds the masks
of cells below the threshold and of zeros, and prints how many of each. Run as a whole
process (interpreter start, import, read, masks), as srs-sdc is.

Usage: pandas_baseline.py TABLE.csv COUNTS.csv [THRESHOLD]
Needs python3-pandas (Debian).
"""
import sys

import pandas as pd


def main() -> int:
    table_path, counts_path = sys.argv[1], sys.argv[2]
    threshold = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    table = pd.read_csv(table_path, index_col=0)
    counts = pd.read_csv(counts_path, index_col=0)
    if table.shape != counts.shape:
        print("shapes differ", file=sys.stderr)
        return 3
    below = counts < threshold
    zero = counts == 0
    n_below = int(below.to_numpy().sum())
    n_zero = int(zero.to_numpy().sum())
    print(f"cells {table.size}; below threshold {n_below}; zero {n_zero}")
    return 2 if n_below else 0


if __name__ == "__main__":
    sys.exit(main())
