"""How far a second careful reader agrees with a held-out set's own labels.

A held-out figure such as precision 0.91 could be the judge's error or the labels'
noise: records that careful readers of the domain brief label differently. A second
reader, who saw only domain.md and the records without their labels, labelled
`holdout.csv` and `corpus-fresh57.csv` again (the files beside this one, `row,
expected, unsure`). This prints their agreement per (record, organisation), treating
the set's own labels as the truth, overall and on the rows the reader was sure of.

    python tests/data/second-reader/agreement.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("holdout", "corpus-fresh57")


def pairs(labels: list[str]) -> set[tuple[int, str]]:
    """(row, organisation) of every organisation a row's label names."""
    return {(row, org) for row, label in enumerate(labels, 1) for org in label.split(";") if org}


def main() -> None:
    for name in SETS:
        with (HERE.parent / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
            own = [row["expected"] for row in csv.DictReader(stream)]
        with (HERE / f"{name}-labels.csv").open(encoding="utf-8", newline="") as stream:
            second = list(csv.DictReader(stream))
        unsure = {int(row["row"]) for row in second if row["unsure"] == "1"}
        truth, read = pairs(own), pairs([row["expected"] for row in second])
        agreed = truth & read
        print(
            f"{name}: {len(own)} rows, {len(truth)} labelled pairs; second reader "
            f"precision {len(agreed) / len(read):.3f} recall {len(agreed) / len(truth):.3f}; "
            f"rows it differs on: {sorted({row for row, _ in truth ^ read})} "
            f"(marked unsure: {len(unsure)})"
        )


if __name__ == "__main__":
    main()
