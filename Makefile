# Two commands do everything: `make serve` and `make test`. Each installs what it needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test check bench clean system-serve system-test bytecode

## serve: build the site and preview it on http://127.0.0.1:8000 (reloads on every save)
serve: system-serve $(STAMP) bytecode
	@$(BIN)/campaign check --settings-only
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## build: write the static site to site/ (strict: any problem stops the build)
build: $(STAMP) bytecode
	@$(BIN)/campaign check --settings-only
	$(BIN)/mkdocs build --strict

## check: check the configuration and the pages without building
check: $(STAMP)
	$(BIN)/campaign check

## test: run the whole test suite (browser tests in Debian's Chromium, Firefox ESR and WebKitGTK; axe-core)
test: system-test $(STAMP) $(NODE_STAMP) bytecode
	$(BIN)/pytest

## bench: build time and first-visit weight against a stock MkDocs + Material + static-i18n site
bench: $(STAMP) bytecode
	$(BIN)/python bench/run.py

## bytecode: the engine compiled ahead, as pip does for an installed package (an editable install is not,
## and where PYTHONDONTWRITEBYTECODE is set every build would compile it again); only changed files are redone
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q campaignkit >/dev/null

## system-serve, system-test: the Debian packages each needs (apt as root; otherwise the command to run)
system-serve system-test: system-%:
	@bash tests/system-packages.sh $*

$(STAMP): pyproject.toml constraints.txt
	@bash tests/system-packages.sh serve
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

clean:
	rm -rf site $(VENV) node_modules *.egg-info
