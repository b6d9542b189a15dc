# Two set-up commands (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.xianjie-installed

.PHONY: run test index eval bench

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip >/dev/null
	$(BIN)/pip install -e '.[test]'
	touch $(STAMP)

# Install, build the index from the bundled corpus when missing or stale, serve on 127.0.0.1:$XIANJIE_PORT (8000).
run: $(STAMP)
	$(BIN)/xianjie index --if-stale
	$(BIN)/xianjie serve

# Install and run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest -q

index: $(STAMP)
	$(BIN)/xianjie index

# Every named evaluation condition (eval/conditions.yaml) against the current index; fails on a drop.
eval: $(STAMP)
	$(BIN)/python scripts/reproduce.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
