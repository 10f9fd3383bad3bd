# syntax=docker/dockerfile:1
# One image for all five services; docker-compose.yml (or the Kubernetes manifests) choose the
# command: `uvicorn <service>.main:app --host 0.0.0.0 --port <port> --loop asyncio` or
# `alembic -c services/<service>/alembic.ini upgrade head`.
# Both stages must use the same Python image: the virtual environment points at its interpreter.
# Pinned to a patch release (bump it with the lock file); pin a digest too in your own registry.
ARG PYTHON_IMAGE=python:3.11.13-slim-bookworm
ARG UV_VERSION=0.13.9

FROM ghcr.io/astral-sh/uv:${UV_VERSION} AS uv

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder
COPY --from=uv /uv /uvx /bin/
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=0 \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app

# Dependencies first, from the lock file only: this layer survives code changes.
COPY pyproject.toml uv.lock ./
COPY shared/pyproject.toml shared/
COPY services/registry/pyproject.toml services/registry/
COPY services/funding/pyproject.toml services/funding/
COPY services/talent/pyproject.toml services/talent/
COPY services/scenarios/pyproject.toml services/scenarios/
COPY services/notifications/pyproject.toml services/notifications/
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-install-workspace

# Then the workspace members, installed non-editable so the runtime stage needs no sources.
COPY shared/shared shared/shared
COPY services/registry/registry services/registry/registry
COPY services/funding/funding services/funding/funding
COPY services/talent/talent services/talent/talent
COPY services/scenarios/scenarios services/scenarios/scenarios
COPY services/notifications/notifications services/notifications/notifications
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-editable

# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime
RUN groupadd --system --gid 10001 mic \
 && useradd --system --uid 10001 --gid mic --home-dir /app --no-create-home --shell /usr/sbin/nologin mic
WORKDIR /app
COPY --from=builder --chown=mic:mic /app/.venv /app/.venv
# Alembic needs each service's ini and migration scripts (the models come from the venv).
COPY --chown=mic:mic services/registry/alembic.ini services/registry/
COPY --chown=mic:mic services/registry/migrations services/registry/migrations
COPY --chown=mic:mic services/funding/alembic.ini services/funding/
COPY --chown=mic:mic services/funding/migrations services/funding/migrations
COPY --chown=mic:mic services/talent/alembic.ini services/talent/
COPY --chown=mic:mic services/talent/migrations services/talent/migrations
COPY --chown=mic:mic services/scenarios/alembic.ini services/scenarios/
COPY --chown=mic:mic services/scenarios/migrations services/scenarios/migrations
COPY --chown=mic:mic services/notifications/alembic.ini services/notifications/
COPY --chown=mic:mic services/notifications/migrations services/notifications/migrations
# Registry's uploaded documents (REGISTRY_DOCUMENT_DIR): a volume mounted here starts with this
# ownership, so uid 10001 can write to it; the rest of the image stays read-only to it.
RUN install -d -o mic -g mic /var/lib/mic/documents
ENV PATH=/app/.venv/bin:$PATH \
    VIRTUAL_ENV=/app/.venv \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
USER mic:mic
EXPOSE 8001 8002 8003 8004 8005
# No sensible default service: fail loudly if no command is given.
CMD ["python", "-c", "import sys; sys.exit('choose a command, e.g. uvicorn registry.main:app --host 0.0.0.0 --port 8001')"]
