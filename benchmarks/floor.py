"""The floor: read a CSV with Python's csv module and touch every field, nothing more.

No scan of a CSV in Python can be faster than this. Run as its own process by the
benchmark, so that its time and memory are measured like exclcheck's (interpreter
start-up included).

    python benchmarks/floor.py FILE
"""

from __future__ import annotations

import csv
import sys


def read(path: str) -> tuple[int, int]:
    """Rows and characters read (the characters make every field be touched)."""
    rows = chars = 0
    with open(path, encoding="utf-8", newline="") as stream:
        for row in csv.reader(stream):
            rows += 1
            for field in row:
                chars += len(field)
    return rows, chars


if __name__ == "__main__":
    rows, chars = read(sys.argv[1])
    print(f"{rows} rows, {chars} characters")
