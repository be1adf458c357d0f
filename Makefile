# Setup is two commands on a fresh machine: `make example` and `make test`.
# Both create .venv and install cronaca into it on first use.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: example test install eval bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,spacy,natasha,links,hunspell,web,spark]'
	touch $@

install: $(BIN)/.installed

example: install
	$(BIN)/cronaca analyze examples/it_scraped.txt --format report

test: install
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
