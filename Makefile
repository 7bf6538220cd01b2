# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench fuzz lint i18n clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

i18n: $(STAMP)
	$(PY) -m workbench.i18n.build

run: i18n
	$(VENV)/bin/workbench

test: i18n
	$(VENV)/bin/ruff check workbench tests
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

bench: i18n
	$(PY) -m tests.benchmarks

# The bigger campaign of hostile and mutated files (minutes; not part of make test).
fuzz: i18n
	WORKBENCH_FUZZ=1 $(PY) -m pytest -q tests/importers/test_hostile_files.py tests/cli/test_fuzz_cli.py

lint: $(STAMP)
	$(VENV)/bin/ruff check workbench tests
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check workbench tests

clean:
	rm -rf $(VENV) workbench/i18n/qm .pytest_cache
