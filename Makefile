# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint i18n clean

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
	$(PY) -m pytest -q

bench: i18n
	$(PY) -m tests.benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check workbench tests
	$(VENV)/bin/ruff format --check workbench tests

clean:
	rm -rf $(VENV) workbench/i18n/qm .pytest_cache
