# Two commands from a fresh clone: `make run` (the app) and `make test` (every test).
# Each installs what it needs into .venv/ and .cache/ first.
.PHONY: run test setup lint format bench translations languagetool dist clean

PYTHON ?= python3
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
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

languagetool: $(LT_STAMP)

$(LT_STAMP): packaging/languagetool/pom.xml packaging/languagetool/fetch.sh
	bash packaging/languagetool/fetch.sh $(LT_DIR)
	touch $@

translations: $(STAMP) $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench docs

format: $(STAMP)
	$(BIN)/ruff format desktop tests bench docs
	$(BIN)/ruff check --fix desktop tests bench docs

dist: setup
	bash packaging/build_bundle.sh

bench: setup
	for b in engine bad_input thread store languagetool; do $(BIN)/python bench/$$b.py || exit 1; done
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui.py

clean:
	rm -rf $(VENV) .cache build dist
