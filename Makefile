# crm-desktop: `make run` opens the app, `make test` runs the whole suite headless.
# Both create .venv on first use (Python >= 3.12 preferred; PySide6 6.12.0 crashes on 3.11).

VENV      := .venv
BIN       := $(VENV)/bin
PY        := $(BIN)/python
# The newest Python >= 3.12 found (pyenv versions included), else python3 >= 3.11.
BASE_PYTHON ?= $(shell for p in python3.13 python3.12 \
	$$(ls -d $$HOME/.pyenv/versions/3.13*/bin/python3 $$HOME/.pyenv/versions/3.12*/bin/python3 2>/dev/null) \
	python3; do $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; done)
ifeq ($(BASE_PYTHON),)
BASE_PYTHON := python3
endif
TS_FILES  := $(wildcard resources/i18n/*.ts)
QM_FILES  := $(TS_FILES:.ts=.qm)
ARGS      ?=

.PHONY: run test lint typecheck unit gui translations bench clean installer installer-test

run: $(VENV)/.installed translations
	$(PY) main.py $(ARGS)

test: $(VENV)/.installed-test translations lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check crm_desktop tests main.py
	$(BIN)/ruff format --check crm_desktop tests main.py
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test
	$(BIN)/pytest -q tests/unit

gui: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/gui

bench: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.perf --size full $(ARGS)

# The standalone application (installer/README.md): a PyInstaller one-folder build, then on Linux
# dist/crm-desktop-<version>-linux-<arch>.tar.gz. `make installer-test` builds it and checks it.
VERSION   := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' crm_desktop/__init__.py)
TARBALL   := dist/crm-desktop-$(VERSION)-linux-$(shell uname -m).tar.gz

installer: $(VENV)/.installed-installer translations
	$(PY) installer/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/crm-desktop.spec
	installer/linux/make_tarball.sh $(VERSION)

installer-test: installer $(VENV)/.installed-test
	CRM_DESKTOP_TARBALL=$(TARBALL) $(BIN)/pytest -q -m slow tests/installer

translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(VENV)/.created:
	@echo "Creating $(VENV) with $(BASE_PYTHON) ($$($(BASE_PYTHON) --version))"
	$(BASE_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-installer: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[installer]'
	touch $@

clean:
	rm -rf $(VENV) resources/i18n/*.qm build dist .mypy_cache .ruff_cache
