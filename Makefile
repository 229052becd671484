# Two commands on a fresh machine: `make run` starts the app, `make test` runs the tests.
# Both create .venv on first use from the pinned dependency groups in pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations dist

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --group dev
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# After changing a tr() text (or a word of services/common/labels.py): refresh the English .ts (then translate what is new in it, e.g.
# with pyside6-linguist) and compile the .qm that the app loads. Both files are committed.
TS := resources/translations/hoinghi_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' | sort) $$(grep -rl --include='*.py' 'QT_TRANSLATE_NOOP("' services | sort) -source-language vi -target-language en -no-obsolete -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# The one-folder app bundle dist/hoinghi/ (executable dist/hoinghi/hoinghi), for machines with no
# Python; packaging/smoke.sh checks the built executable. Windows: see the README.
dist: $(STAMP)
	rm -rf build/hoinghi dist/hoinghi
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/hoinghi.spec
	@du -sh dist/hoinghi | sed 's/\t.*/ unpacked: dist\/hoinghi/'
