# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: demo test lint typecheck unit install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# A regular (not editable) install: it proves the wheel carries the default rules.
install: $(BIN)/python
	$(PIP) install '.[test]'

demo: install
	$(BIN)/exclcheck scan examples/members.csv --format table --exit-zero

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# Speed against the floor (csv module alone) and a hand-written baseline, on
# 1,000,000 generated rows (about 6 minutes); prints a Markdown table. A quick look
# (100,000 rows, 2 repeats): make bench BENCH_ARGS=--quick
.PHONY: bench
BENCH_ARGS ?= --memory-check
bench: install
	$(BIN)/python -m benchmarks.bench $(BENCH_ARGS)

# Where the time goes: each stage's cost a row, beside what the targets leave for it
# (100,000 rows, about 15 seconds).
.PHONY: budget
budget: install
	$(BIN)/python -m benchmarks.budget

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
