# Inkstream: `make run` starts the whole system, `make test` runs every test.
# Both set up the virtual environment themselves on a fresh machine (Python 3.11+).

PYTHON ?= python3
UV_VERSION := 0.13.9
BOOTSTRAP := .run/bootstrap
UV := $(BOOTSTRAP)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
SYNCED := $(VENV)/.synced
WORKSPACE_FILES := pyproject.toml uv.lock shared/pyproject.toml $(wildcard services/*/pyproject.toml)
ARTICLES ?= 500
LANGUAGE ?= en
KILLS ?= 20
REDIS_RESTARTS ?= 2
# make faults runs 10,000 articles unless ARTICLES is given (the file's 500 is bench's default)
FAULT_ARTICLES = $(if $(filter command line environment,$(origin ARTICLES)),$(ARTICLES),10000)

.DEFAULT_GOAL := help
.PHONY: help run demo test test-fast lint fmt typecheck bench faults docs up down logs clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(SYNCED): $(WORKSPACE_FILES) | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

run: $(SYNCED) ## start Redis (if needed) and the four services; Ctrl-C stops them
	$(BIN)/inkstream run

demo: $(SYNCED) ## post the bundled sample articles to a running system
	$(BIN)/inkstream demo

test: $(SYNCED) ## run every test (unit, integration on Redis and PostgreSQL, end to end)
	$(BIN)/pytest

test-fast: $(SYNCED) ## every test except the end-to-end ones
	$(BIN)/pytest -m "not e2e"

lint: $(SYNCED) ## ruff (lint and format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

typecheck: $(SYNCED) ## mypy only
	$(BIN)/mypy

fmt: $(SYNCED) ## format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(SYNCED) ## end-to-end throughput and latency beside a raw Redis relay (ARTICLES=500 LANGUAGE=en)
	$(BIN)/python -m tests.bench.pipeline --articles $(ARTICLES) --language $(LANGUAGE)

faults: $(SYNCED) ## kill services and crash Redis under load; nothing may be lost or doubled (ARTICLES=10000 KILLS=20 REDIS_RESTARTS=2)
	$(BIN)/python -m tests.faults.harness --articles $(FAULT_ARTICLES) --kills $(KILLS) --redis-restarts $(REDIS_RESTARTS)

docs: $(SYNCED) ## AsyncAPI of every stream and OpenAPI of each service into docs/generated
	$(BIN)/inkstream docs --out docs/generated

up: ## docker compose: Redis, PostgreSQL, the services, Prometheus
	docker compose up -d --build

down: ## stop the compose stack
	docker compose down

logs: ## follow the compose stack's logs
	docker compose logs -f

clean: ## remove the virtual environment, local data and caches
	rm -rf $(VENV) .run .mypy_cache .ruff_cache .pytest_cache docs/generated
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
