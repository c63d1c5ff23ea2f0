# Two commands matter: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: i18n i18n-qm run test bench lint format serve screenshots check-system clean dist wheel icons api-docs

# Debian's python3 lacks venv/ensurepip unless python3-venv is installed.
check-system:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"' \
	  || { echo "pos-loyalty needs Python 3.11 or newer as $(PYTHON)"; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq python3-venv; \
	  else echo "Please install python3-venv: sudo apt-get install python3-venv"; exit 1; fi; }

$(BIN)/python: | check-system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dev]'
	@touch $@ $(VENV)/.installed-run

$(VENV)/.installed-dist: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dist]'
	@touch $@ $(VENV)/.installed-run

# The translations: `make i18n` updates the .ts catalogues from the source (the
# translate() calls); their .qm files are built, never committed, by run, test and dist.
I18N := pos_loyalty/resources/i18n
QM   := $(foreach lang,en nl fr de,$(I18N)/pos_loyalty_$(lang).qm)

i18n: $(VENV)/.installed-run
	$(BIN)/python packaging/i18n.py extract

$(I18N)/pos_loyalty_%.qm: $(I18N)/pos_loyalty_%.ts | $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

i18n-qm: $(QM)

run: $(VENV)/.installed-run $(QM)
	@bash packaging/debian-packages.sh run
	@echo "Starting the counter in demo mode (a local server with made-up members)."
	$(BIN)/pos-loyalty --demo

serve: $(VENV)/.installed-run
	$(BIN)/pos-loyalty serve

test: $(VENV)/.installed-test $(QM)
	@bash packaging/debian-packages.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 3 --dist loadfile

bench: $(VENV)/.installed-test
	@export QT_QPA_PLATFORM=offscreen; for b in tests/bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The one-folder bundle dist/pos-loyalty/ (packaging/pyinstaller/pos-loyalty.spec).
dist: $(VENV)/.installed-dist $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/pyinstaller/pos-loyalty.spec
	@du -sh dist/pos-loyalty

# The wheel and sdist in dist/ (pip install dist/pos_loyalty-*.whl, or pipx install).
wheel: $(VENV)/.installed-dist $(QM)
	$(BIN)/python -m build --outdir dist .

# Every icon size in build/icons/, from pos_loyalty/resources/icons/pos-loyalty.svg.
icons: $(VENV)/.installed-run
	$(BIN)/python packaging/icons.py build/icons

# docs/api-reference.md from the server's OpenAPI document (a test checks it is current).
api-docs: $(VENV)/.installed-run
	$(BIN)/python docs/api_reference.py

screenshots: $(VENV)/.installed-test
	$(BIN)/python tests/support/screenshots.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
