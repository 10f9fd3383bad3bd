# MIC Platform — `make help` lists the targets. `make run` and `make test` do all the set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SERVICES := registry funding talent scenarios notifications
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
VENV := .venv
BIN := $(VENV)/bin
VAR := $(CURDIR)/var
MIC_BROKER_PORT ?= 9092
# How long the local consumers' fetches wait at the bundled broker (ms): long enough that an idle
# `make run` stays quiet, short enough for a walk-through (the bench and the tests set their own).
MIC_FETCH_WAIT_MS ?= 500
export UV_PYTHON_DOWNLOADS := never

.PHONY: help
help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

.PHONY: install
install: ## Install every dependency, pinned by uv.lock, into .venv (installs uv itself if missing)
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || \
		{ echo "uv not found: installing it from PyPI"; $(PYTHON) -m pip install --quiet uv; }
	@$(UV) sync --frozen --quiet --python $(PYTHON)
	@$(MAKE) --no-print-directory node-tools
	@$(MAKE) --no-print-directory chromium

.PHONY: chromium
chromium: ## (part of install) Debian's chromium (and a CJK font) for the status page's browser test, installed when root and missing
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
		{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
			{ DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null || \
				{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; }; }; } || \
		echo "chromium not found: tests/test_status_page.py needs it (apt-get install chromium); it fails under CI=true"

NODE_TOOLS := clients/typescript

.PHONY: node-tools
node-tools: ## (part of install) openapi-typescript and the AsyncAPI JSON Schema, pinned by clients/typescript/package-lock.json
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: make clients and the TypeScript and AsyncAPI schema checks need it"; \
	elif [ ! -f $(NODE_TOOLS)/node_modules/.package-lock.json ] || \
		[ $(NODE_TOOLS)/package-lock.json -nt $(NODE_TOOLS)/node_modules/.package-lock.json ]; then \
		npm ci --prefix $(NODE_TOOLS) --prefer-offline --no-audit --no-fund --silent || \
		echo "npm ci failed (offline?): the TypeScript and AsyncAPI schema checks are skipped outside CI"; \
	fi

.PHONY: migrate
migrate: install ## Migrate the embedded SQLite databases under var/
	@mkdir -p $(VAR)
	@for s in $(SERVICES); do \
		S=$$(echo $$s | tr a-z A-Z); \
		env $${S}_DATABASE_URL=sqlite+aiosqlite:///$(VAR)/$$s.db \
			$(BIN)/alembic -c services/$$s/alembic.ini upgrade head || exit 1; \
	done

.PHONY: run
run: migrate ## Run the whole stack: bundled broker, 5 services on 8001-8005, the gateway on 8000, a mail catcher on 1025 (Ctrl-C stops all)
	@echo "Starting broker on 127.0.0.1:$(MIC_BROKER_PORT), services on 8001-8005, gateway on 127.0.0.1:8000, mail catcher on 1025 (Ctrl-C stops)."
	@echo "Get a token with: make token ROLE=municipal_admin; the status page: http://127.0.0.1:8000/status/"
	env MIC_BROKER_PORT=$(MIC_BROKER_PORT) MIC_FETCH_WAIT_MS=$(MIC_FETCH_WAIT_MS) VAR=$(VAR) PATH=$(CURDIR)/$(BIN):$$PATH \
		$(BIN)/honcho -f Procfile start

.PHONY: token
token: install ## Print a development JWT: make token ROLE=<role> [SUB=<user>] [DISTRICT=<code>] [CENTER=<uuid>]
	@test -n "$(ROLE)" || { echo "usage: make token ROLE=<role> [SUB=..] [DISTRICT=..] [CENTER=..]" >&2; exit 2; }
	@$(BIN)/mic token --role "$(ROLE)" $(if $(SUB),--sub "$(SUB)") \
		$(if $(DISTRICT),--district "$(DISTRICT)") $(if $(CENTER),--center "$(CENTER)")

.PHONY: demo
demo: install ## Load a realistic data set into the running `make run` through its API (starts nothing; once)
	@$(BIN)/mic demo

.PHONY: test
test: install ## Every check CI holds: lint, format, mypy --strict, migration drift, then the whole suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy -p shared -p registry -p funding -p talent -p scenarios -p notifications
	@$(MAKE) --no-print-directory migrations-check
	$(BIN)/python -m pytest

.PHONY: gateway
gateway: install ## Generate deploy/gateway/nginx.conf (compose) and deploy/gateway/Caddyfile (make run) from shared/shared/gateway_routes.py
	$(BIN)/python -m shared.gateway_config

.PHONY: events
events: install ## Generate docs/asyncapi.json, docs/events.md and docs/events/ (each version's schema) from the event models
	$(BIN)/python -m shared.event_docs

.PHONY: clients
clients: install ## Generate clients/openapi/*.json, clients/typescript/*.d.ts and clients/python/ from the services' OpenAPI
	$(BIN)/python -m shared.clients

FUZZ_EXAMPLES ?= 60

.PHONY: fuzz
fuzz: install ## Schemathesis, longer than make test's (FUZZ_EXAMPLES=60, also as each officer); report in var/fuzz/
	@mkdir -p $(VAR)/fuzz
	MIC_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) MIC_FUZZ_OFFICERS=1 MIC_FUZZ_REPORT=$(VAR)/fuzz $(BIN)/python -m pytest tests/test_fuzz.py \
		-o timeout=1800 --junitxml=$(VAR)/fuzz/junit.xml -q; \
		status=$$?; echo "report: $(VAR)/fuzz/summary.json, failures.txt, junit.xml"; exit $$status

.PHONY: lint
lint: install ## ruff (lint + format check)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: types
types: install ## mypy --strict over the packages
	$(BIN)/mypy -p shared -p registry -p funding -p talent -p scenarios -p notifications

.PHONY: migrations-check
migrations-check: install ## Models and migrations agree (alembic check on throwaway SQLite)
	@tmp=$$(mktemp -d); for s in $(SERVICES); do \
		S=$$(echo $$s | tr a-z A-Z); url=sqlite+aiosqlite:///$$tmp/$$s.db; \
		env $${S}_DATABASE_URL=$$url $(BIN)/alembic -c services/$$s/alembic.ini upgrade head >/dev/null && \
		env $${S}_DATABASE_URL=$$url $(BIN)/alembic -c services/$$s/alembic.ini check || exit 1; \
	done; rm -rf $$tmp

.PHONY: check
check: test ## The same as make test, which holds every check

.PHONY: bench
bench: install ## Benchmarks (ratios against a same-run baseline; needs wrk, installed here when root)
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && (apt-get install -y -qq wrk || \
		(apt-get update -qq && apt-get install -y -qq wrk)); } || \
		{ echo "bench needs wrk: apt-get install wrk (Debian/Ubuntu) or brew install wrk"; exit 1; }
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/upgrade_latency.py
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/registry_api.py
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/funding_throughput.py
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/talent_api.py
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/matching_quality.py
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/matching_speed.py

.PHONY: compose-config
compose-config: install ## Validate docker-compose.yml offline
	$(BIN)/docker-compose -f docker-compose.yml config --quiet

.PHONY: manifests
manifests: install ## Print the Kubernetes manifests of an overlay (OVERLAY=production), as kubectl kustomize renders them
	@$(BIN)/python -m tests.manifests deploy/kubernetes/overlays/$(or $(OVERLAY),production)

.PHONY: audit-verify
audit-verify: install ## Check every service's audit chain, naming the first broken link (the local databases, or each <SERVICE>_DATABASE_URL)
	@$(BIN)/mic audit-verify

.PHONY: reset
reset: clean ## Start over: remove the local databases (stop make run first; it migrates afresh)

.PHONY: clean
clean: ## Remove the local SQLite databases
	rm -rf $(VAR)
