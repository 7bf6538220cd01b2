# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench fuzz lint i18n clean installer installer-check

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
	$(VENV)/bin/ruff check workbench tests installers
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

bench: i18n
	$(PY) -m tests.benchmarks

# The bigger campaign of hostile and mutated files (minutes; not part of make test).
fuzz: i18n
	WORKBENCH_FUZZ=1 $(PY) -m pytest -q tests/importers/test_hostile_files.py tests/cli/test_fuzz_cli.py

lint: $(STAMP)
	$(VENV)/bin/ruff check workbench tests installers
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff format --check workbench tests installers

# A frozen one-folder build for this OS (PyInstaller), and on Linux its Debian package; sizes and start-up
# printed against their budgets (installers/README.md).
INSTALLER_STAMP := $(VENV)/.installer-tools
$(INSTALLER_STAMP): $(STAMP) installers/requirements.txt
	$(PY) -m pip install --quiet -r installers/requirements.txt
	touch $(INSTALLER_STAMP)

installer: i18n $(INSTALLER_STAMP)
	rm -rf build/dist/workbench build/packages
	$(PY) installers/icons.py build/icons
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller installers/workbench.spec
	$(PY) installers/check_bundle.py build/dist/workbench
	@if [ "$$(uname -s)" = Linux ]; then installers/linux/build-deb.sh build/dist/workbench build/packages build/icons; fi
	$(PY) installers/measure.py build/dist/workbench $$(ls build/packages/*.deb 2>/dev/null | head -1)

# The Linux package installed into a scratch root, started (smoke test) and made to write a French report.
installer-check: installer
	installers/linux/check-package.sh $$(ls build/packages/*.deb | head -1)

clean:
	rm -rf $(VENV) workbench/i18n/qm .pytest_cache build
