"""Ops commands: ``mic token|worker|republish|audit-verify|dead-letters|demo …`` (``--help`` on each);
``python -m shared.cli …`` is the same.

Only wiring: options here, the work in ``shared.ops``. Each command imports its module when it
runs, not this module at import time: ``mic token`` (``make token``) then loads PyJWT and the
settings, not FastAPI, SQLAlchemy and the services (issue 21; decision 0023).
"""

from __future__ import annotations

import asyncio
import enum
from typing import Annotated

import typer

from shared.claims import Role, issue_token
from shared.platform import SERVICES, service_settings
from shared.settings import ServiceSettings

app = typer.Typer(
    name="mic",
    help="Ops commands of the MIC platform.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
dead_letters_app = typer.Typer(
    help="List and re-drive the records consumers parked on <topic>.dlq.", no_args_is_help=True
)
app.add_typer(dead_letters_app, name="dead-letters")


# The platform's services, as choices of --service (shared.platform's list: no service is imported).
Service = enum.StrEnum("Service", {name.upper(): name for name in SERVICES})  # type: ignore[misc]


DatabaseUrl = Annotated[str | None, typer.Option(help="defaults to the service's setting")]


@app.command()
def token(
    role: Annotated[Role, typer.Option(help="the token's one role")],
    sub: Annotated[
        str | None, typer.Option(help="the user the token names (tells two officers apart)")
    ] = None,
    district: Annotated[str | None, typer.Option(help="district code, for district_admin")] = None,
    center: Annotated[str | None, typer.Option(help="center UUID, for center_user")] = None,
) -> None:
    """Print a development JWT."""
    print(
        issue_token(
            ServiceSettings(),
            sub=sub or f"{role.value}-dev",
            roles=[role.value],
            district=district,
            center_id=center,
        )
    )


@app.command()
def worker(service: Annotated[Service, typer.Option()]) -> None:
    """Run a service's relay and consumer without HTTP (API replicas then set
    <SERVICE>_RUN_RELAY=false and <SERVICE>_RUN_CONSUMER=false)."""
    from shared.ops import maintenance  # deferred: see the module docstring

    maintenance.worker(service.value)


@app.command()
def republish(
    service: Annotated[Service, typer.Option()],
    since: Annotated[str, typer.Option(help="ISO time, UTC if no offset")],
    until: Annotated[str, typer.Option(help="ISO time, exclusive")],
    database_url: DatabaseUrl = None,
) -> None:
    """Mark a period's outbox rows unsent; the running relay publishes them again (after a broker
    that lost its data, e.g. the bundled one restarted)."""
    from shared.ops import maintenance  # deferred: see the module docstring

    count = asyncio.run(
        maintenance.republish(
            service.value,
            since=maintenance.utc(since),
            until=maintenance.utc(until),
            database_url=database_url,
        )
    )
    print(f"{count} outbox rows of {service.value} marked for re-publication")


@app.command("audit-verify")
def audit_verify(
    service: Annotated[list[Service] | None, typer.Option(help="this one only (repeatable)")] = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Check each service's audit chain and name the first broken link (exit 1 if any)."""
    from shared.ops import maintenance  # deferred: see the module docstring

    status = maintenance.audit_verify([s.value for s in service] if service else None, database_url)
    raise typer.Exit(status)


Topic = Annotated[
    str, typer.Option(help="the original topic, e.g. registry.center (its dead letters: <topic>.dlq)")
]
Consumer = Annotated[str | None, typer.Option(help="only what this consumer group parked")]
SettingsOf = Annotated[
    Service | None, typer.Option("--service", help="read the broker address from this service's settings")
]
Bootstrap = Annotated[str | None, typer.Option(help="host:port,… (wins over --service)")]


def _broker_settings(service: Service | None, bootstrap_servers: str | None) -> ServiceSettings:
    """The settings whose broker the command talks to: a service's, or the shared ``MIC_`` ones."""
    settings = service_settings(service.value) if service else ServiceSettings(service_name="mic-ops")
    if bootstrap_servers:
        settings = settings.model_copy(update={"kafka_bootstrap_servers": bootstrap_servers})
    return settings


@dead_letters_app.command("list")
def dead_letters_list(
    topic: Topic,
    consumer: Consumer = None,
    service: SettingsOf = None,
    bootstrap_servers: Bootstrap = None,
) -> None:
    """Print each dead letter: position, event id and type, consumer, source, error."""
    from shared.ops import dead_letters  # deferred: see the module docstring

    settings = _broker_settings(service, bootstrap_servers)
    letters = asyncio.run(dead_letters.read(settings, topic, consumer=consumer))
    for letter in letters:
        print(letter.line())
    print(f"{len(letters)} dead letters on {dead_letters.original_topic(topic)}.dlq")


@dead_letters_app.command("redrive")
def dead_letters_redrive(
    topic: Topic,
    consumer: Consumer = None,
    event_id: Annotated[str | None, typer.Option(help="only this event (its ce_id)")] = None,
    service: SettingsOf = None,
    bootstrap_servers: Bootstrap = None,
) -> None:
    """Produce the chosen dead letters back to their topic with their key, value and original
    headers. Consumers are idempotent: a group that handled an event skips it."""
    from shared.ops import dead_letters  # deferred: see the module docstring

    settings = _broker_settings(service, bootstrap_servers)
    letters = asyncio.run(dead_letters.read(settings, topic, consumer=consumer, event_id=event_id))
    sent = asyncio.run(dead_letters.redrive(settings, topic, letters))
    for letter in letters:
        print(f"re-driven: {letter.line()}")
    print(f"{sent} dead letters re-driven to {dead_letters.original_topic(topic)}")


Url = Annotated[str | None, typer.Option(help="the service's base URL (default: make run's port)")]


@app.command()
def demo(
    registry: Url = None,
    funding: Url = None,
    talent: Url = None,
    scenarios: Url = None,
    gateway: Annotated[
        str | None, typer.Option(help="one base URL routing /api/v1/<resource> to every service")
    ] = None,
    wait: Annotated[float, typer.Option(help="seconds to wait for what events make")] = 60.0,
) -> None:
    """Load a realistic data set into a running stack through its API (refuses production, and
    refuses to load it twice)."""
    from shared.ops.demo import loader  # deferred: see the module docstring

    given = {"registry": registry, "funding": funding, "talent": talent, "scenarios": scenarios}
    urls = {service: url or gateway or loader.LOCAL_URLS[service] for service, url in given.items()}

    async def run(signing: ServiceSettings) -> loader.Summary:
        async with loader.clients_for(urls) as clients:
            return await loader.load(clients, signing=signing, wait_s=wait, say=print)

    try:
        summary = asyncio.run(run(loader.development_settings()))
    except loader.DemoError as exc:
        print(f"mic demo: {exc}")
        raise typer.Exit(1) from exc
    print("demo data loaded:")
    for line in summary.lines():
        print(f"  {line}")


def main(argv: list[str] | None = None) -> None:
    """The ``mic`` console script; ``argv`` for callers in-process. Returns on success, raises
    SystemExit with the command's status otherwise (as the argparse version did)."""
    try:
        app(args=argv, prog_name="mic")
    except SystemExit as exit_:
        if exit_.code not in (0, None):
            raise


if __name__ == "__main__":
    main()
