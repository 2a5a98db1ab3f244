# The few targets people expect. `make serve` and `make test` work on a fresh machine:
# they create the venv, run `npm ci` and install Debian's chromium when needed.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8000
# pytest-xdist: test processes (the site is built and served once for all of them), each with
# its own chromium. Two on two cores: the browser tests are CPU-bound, and a third process made
# the whole run slower (measured: 4:32 with two, 5:24 with three, on the same idle machine).
# --no-loadscope-reorder: the tests run in the order tests/conftest.py gives them (the tests that
# need no site first, while the session builds it), not the largest xdist_group first.
TEST_WORKERS ?= 2
PYTEST := $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder --durations=15

export NO_MKDOCS_2_WARNING := 1

.PHONY: all setup serve build build-zensical test test-fast lint bench clean chromium

all: build

# uv makes the venv and installs the pinned tools in a few seconds, where venv and pip took half
# a minute (measured on a clean clone: 3 s against 31 s for the tools); it comes from the same
# registry, by pip, into .venv-uv/. It compiles the tools to bytecode as pip does: where
# PYTHONDONTWRITEBYTECODE is set, nothing would cache that, and every build and test process
# would compile MkDocs, Material and Playwright anew.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m pip install --quiet --upgrade --target $(VENV)-uv uv==0.13.9
	$(VENV)-uv/bin/uv venv --quiet --allow-existing --python $(PYTHON) $(VENV)
	$(VENV)-uv/bin/uv pip install --quiet --compile-bytecode --python $(PY) -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

setup: $(VENV)/.installed node_modules/.installed

chromium:
	@scripts/ensure-chromium.sh

## serve: build everything, serve it on http://127.0.0.1:8000 and build again after a change
serve: setup
	$(PY) -m sitebuild serve --host $(HOST) --port $(PORT)

## build: write the static site to site/ (what GitHub Pages serves): before, MkDocs, after
build: setup
	$(PY) -m sitebuild build

## build-zensical: the same steps around Zensical, Material's successor, into site-zensical/
build-zensical: setup
	$(PY) -m sitebuild build --engine zensical

## test: set up and run every test (lint, unit, build, browser)
test: setup chromium
	$(MAKE) lint
	$(PYTEST)

## test-fast: the inner loop: the rules, Pyodide in Node and the site build, no browser
test-fast: setup
	$(PYTEST) -m "not browser"

lint: setup
	$(VENV)/bin/ruff check src tests scripts calculators
	$(VENV)/bin/ruff format --check src tests scripts calculators
	$(VENV)/bin/mypy

## bench: first answer vs a bare Pyodide boot, latency, long tasks, bytes; a text page vs plain Material
bench: setup chromium
	$(PY) scripts/bench.py

clean:
	rm -rf site site-zensical .zensical.yml .cache dist build .pytest_cache .mypy_cache .ruff_cache src/*.egg-info
