#!/usr/bin/python3
"""Whole-process timing of srs-sdc against the pandas baseline, alternately in one run.

Writes a dense 1,000 x 1,000 frequency table and its counts (make_dense_table.py) unless they
are there, then runs, round after round and in turn:

  pandas   pandas_baseline.py TABLE COUNTS   (read_csv both, masks of cells below 10 and zeros)
  text     srs-sdc check TABLE --counts COUNTS                (the summary, to a file)
  json     srs-sdc check TABLE --counts COUNTS --json         (every finding, to a file)

and prints, for each, the median wall time and CPU time (user + system of the child) over the
rounds, the ratio to pandas, and the peak resident memory of one more run under
/usr/bin/time -v, against the size of the two input files. Figures only: nothing is asserted.

Usage: report_vs_pandas.py --srs-sdc build/dev/bin/srs-sdc [--dir DIR] [--rounds N]
Needs python3-pandas and python3-numpy (Debian) and /usr/bin/time (Debian 'time').
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"  # Debian's, with Debian's pandas


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command, out_path):
    with open(out_path, "wb") as out:
        cpu0 = child_cpu()
        t0 = time.perf_counter()
        code = subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=False).returncode
        wall = time.perf_counter() - t0
        cpu = child_cpu() - cpu0
    return wall, cpu, code


def peak_rss_kb(command, out_path):
    with open(out_path, "wb") as out:
        done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=out, stderr=subprocess.PIPE,
                              check=False)
    match = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return int(match.group(1)) if match else -1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--srs-sdc", required=True)
    parser.add_argument("--dir", default="/tmp/srs-sdc-bench")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    table = os.path.join(args.dir, "table.csv")
    counts = os.path.join(args.dir, "counts.csv")
    if not (os.path.exists(table) and os.path.exists(counts)):
        subprocess.run([PYTHON, os.path.join(HERE, "make_dense_table.py"), args.dir], check=True)
    input_bytes = os.path.getsize(table) + os.path.getsize(counts)

    commands = {
        "pandas": [PYTHON, os.path.join(HERE, "pandas_baseline.py"), table, counts],
        "text": [args.srs_sdc, "check", table, "--counts", counts],
        "json": [args.srs_sdc, "check", table, "--counts", counts, "--json"],
    }
    outputs = {name: os.path.join(args.dir, f"out-{name}") for name in commands}
    walls = {name: [] for name in commands}
    cpus = {name: [] for name in commands}
    codes = {}
    for name, command in commands.items():  # warm the page cache and the interpreter's files
        run(command, outputs[name])
    for _ in range(args.rounds):
        for name, command in commands.items():
            wall, cpu, code = run(command, outputs[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
            codes[name] = code
    rss = {name: peak_rss_kb(command, outputs[name]) for name, command in commands.items()}

    print(f"input: {table} + {counts} = {input_bytes / 1e6:.2f} MB; {args.rounds} alternating rounds")
    base_wall = statistics.median(walls["pandas"])
    base_cpu = statistics.median(cpus["pandas"])
    print(f"{'':8} {'wall s':>8} {'x pandas':>9} {'cpu s':>8} {'x pandas':>9} {'peak RSS':>10} "
          f"{'x input':>8} {'output':>10} exit")
    for name in commands:
        wall = statistics.median(walls[name])
        cpu = statistics.median(cpus[name])
        print(f"{name:8} {wall:8.3f} {base_wall / wall:9.1f} {cpu:8.3f} {base_cpu / max(cpu, 1e-9):9.1f} "
              f"{rss[name] / 1024:8.1f}MB {rss[name] * 1024 / input_bytes:8.2f} "
              f"{os.path.getsize(outputs[name]) / 1e6:8.2f}MB {codes[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
