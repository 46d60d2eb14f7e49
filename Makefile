# Kreisnetz — two commands for a newcomer: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PORT ?= 8000
HOST ?= 127.0.0.1
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PIP := $(BIN)/python -m pip
PG_URL ?= postgres://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: run setup install install-test assets messages db demo test lint test-sqlite test-postgres \
	browser-deps clean resilience guidelines-corpus restore-test resilience-deps bench bench-deps front-cache \
	front-cache-deps

## make run: install, migrate, load the demo county and start http://127.0.0.1:8000
run: setup
	@echo ""
	@echo "  Kreisnetz runs on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Demo admin login: admin / kreisnetz-demo"
	@echo "  Town editors: redaktion-hohenau, redaktion-lindenfeld, ... / kreisnetz-demo"
	@echo "  MSO members (submit events at /termin-einreichen/): mso-4, mso-5, mso-6 / kreisnetz-demo"
	@echo ""
	$(MANAGE) set_site_address http://$(HOST):$(PORT)
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(MANAGE) runserver $(HOST):$(PORT)

setup: install assets messages db demo

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Reinstall only when the pins change.
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	@touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

PO_FILES := $(shell find locale -name '*.po' 2>/dev/null)
MO_FILES := $(PO_FILES:.po=.mo)
# Compiled with Babel (pure Python): no system gettext needed on a fresh machine.
%.mo: %.po $(VENV)/.installed
	$(BIN)/pybabel compile --statistics -i $< -o $@

messages: $(MO_FILES)

db: install
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields >/dev/null

demo: db
	$(MANAGE) seed_demo

## make test: everything the tests need, then lint, the guideline corpus gate and the whole suite
test: install-test assets messages browser-deps front-cache-deps lint guidelines-corpus
	$(MAKE) test-sqlite
ifeq ($(CI),true)
	$(MAKE) test-postgres
	$(MAKE) resilience
endif

# One worker per core; tests are handed out in pytest-django's order (tests that flush the
# database, i.e. transactional and browser tests, last: a flush removes what migrations
# seeded); the 30 slowest tests are printed. The whole suite runs on SQLite; on PostgreSQL the tests where the
# engine matters (marker "engine": queries, locking, constraints, migrations, search; the list
# is in tests/conftest.py).
test-sqlite:
	$(BIN)/pytest -n 2 --durations=30 $(PYTEST_ARGS)

test-postgres:
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -n 2 --durations=30 -m "engine and not slow" $(PYTEST_ARGS)

## make guidelines-corpus: the default guideline rules (as migrated into a fresh database) over the
## labelled corpora in guidelines/corpus; prints precision and recall per rule, category and
## language, the misses and false positives; fails below 95 % recall or above 0 false positives.
CORPUS_ARGS ?=
guidelines-corpus: install-test messages
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	export DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL="sqlite:///$$tmp/corpus.sqlite3"; \
	$(MANAGE) migrate --noinput -v0 >/dev/null && $(MANAGE) test_guidelines --corpus $(CORPUS_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --lint portal home organisations offers events newsletter guidelines dashboard legal stories responsibilities networking search translations
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/lint-imports
	$(BIN)/mypy

# Front-end packages from npm (Leaflet; axe-core, the Nu Html Checker and Lighthouse for the
# tests), served from static.
assets: node_modules/.installed

# --ignore-scripts: the only install script is vnu-jar's download of a Java runtime from GitHub;
# Java comes from Debian instead (browser-deps).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent --ignore-scripts
	@touch $@

# Debian's chromium (Playwright cannot download its own browser here; Lighthouse drives it too)
# and a Java runtime for the Nu Html Checker (npm vnu-jar ships only the jar).
browser-deps: assets
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq chromium chromium-driver; }
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq default-jre-headless; }

## make resilience: load and faults (PostgreSQL restart, Redis stop, search engine and media
## directory unreachable) on gunicorn with production settings, with its own PostgreSQL and
## Redis on free loopback ports; prints a table; scenarios ~4 min plus migrate and seed_demo. See README.md ("Operations").
RESILIENCE_ARGS ?=
resilience: install-test assets messages resilience-deps
	$(BIN)/python benchmarks/resilience.py $(RESILIENCE_ARGS)

## make restore-test: backup (docker/backup.sh) of a demo database on PG_URL's server, restore
## (docker/restore.sh) into a fresh database, compare counts, fetch pages; drops both after.
restore-test: install-test messages resilience-deps
	PG_URL=$(PG_URL) $(BIN)/python benchmarks/restore_test.py

# PostgreSQL server binaries, client tools and redis-server (Debian packages).
resilience-deps:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v pg_dump >/dev/null && \
		command -v redis-server >/dev/null; } || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq postgresql-15 postgresql-client-15 redis-server; }

## make bench: every public page type under gunicorn (production settings) with wrk, as a share
## of a one-view Django app's requests/s; builds the scale data set in its own database kn_bench
## on PG_URL's server (kept for the next run); writes benchmarks/results.md. See README ("Speed").
## BENCH_ARGS="--scale 1000 --seconds 5", "--quick" (tiny data set, 2 s per URL), "--rebuild".
BENCH_ARGS ?=
bench: install assets messages bench-deps
	PG_URL=$(PG_URL) $(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# wrk, Varnish and nginx (front-cache-deps) besides the PostgreSQL client and redis-server of
# resilience-deps.
bench-deps: resilience-deps front-cache-deps

## make front-cache: Varnish on http://127.0.0.1:8140 in front of two gunicorn app servers
## (production settings, ports 8141 and 8142) sharing FRONT_CACHE_DB and FRONT_CACHE_REDIS;
## creates the database when missing, migrates, loads the demo county into an empty one;
## Ctrl-C stops everything. FRONT_CACHE_ARGS="--compare / --compare /hohenau/" measures cached
## pages against nginx serving the same HTML (wrk) instead. See docker/README.md ("Front cache").
FRONT_CACHE_DB ?= postgres://postgres@127.0.0.1:5432/kreisnetz_front_cache
FRONT_CACHE_REDIS ?= redis://127.0.0.1:6379/0
FRONT_CACHE_ARGS ?=
front-cache: install messages front-cache-deps
	$(BIN)/python benchmarks/front_cache_servers.py --database-url $(FRONT_CACHE_DB) \
		--redis-url $(FRONT_CACHE_REDIS) $(FRONT_CACHE_ARGS)

# Varnish (the front cache), nginx (the static-file reference of the benchmark) and wrk.
front-cache-deps:
	@{ command -v varnishd >/dev/null || test -x /usr/sbin/varnishd; } && \
		{ command -v nginx >/dev/null || test -x /usr/sbin/nginx; } && command -v wrk >/dev/null || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq varnish nginx-light wrk; }

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media static_collected
