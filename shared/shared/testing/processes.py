"""Services as real OS processes (uvicorn), for end-to-end tests and benchmarks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from shared.localbroker import die_with_parent, free_port


class ServiceProcess:
    """``uvicorn <service>.main:app`` on a free port with the given settings, or with
    ``worker=True`` the service's relay and consumer alone; stopped by PID."""

    def __init__(
        self, service: str, settings: dict[str, str], log_dir: Path, *, worker: bool = False
    ) -> None:
        self.service = service
        self.port = free_port()
        self.worker = worker
        prefix = service.upper() + "_"
        env = {**os.environ, **{prefix + k.upper(): v for k, v in settings.items()}}
        name = f"{service}-worker" if worker else service
        self._log = open(log_dir / f"{name}.log", "ab")  # noqa: SIM115 -- open while the child lives
        command = (
            ["-m", "shared.cli", "worker", "--service", service]
            if worker
            else [
                "-m",
                "uvicorn",
                f"{service}.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-access-log",
                "--loop",
                "asyncio",
            ]
        )
        self._process = subprocess.Popen(
            [sys.executable, *command],
            env=env,
            preexec_fn=die_with_parent,
            stdout=self._log,
            stderr=self._log,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self._process.pid

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.service} exited with {self._process.returncode}")
            if self.worker:
                return
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/readyz", timeout=1.0).status_code == 200:
                    return
            time.sleep(0.1)
        raise TimeoutError(f"{self.service} not ready within {timeout}s")

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._log.close()


@contextlib.contextmanager
def service_processes(
    settings: dict[str, dict[str, str]], log_dir: Path, *, separate_workers: bool = False
) -> Iterator[dict[str, ServiceProcess]]:
    """Start several services, wait until each is ready, stop them all afterwards.

    With ``separate_workers`` each service's relay and consumer run in a process of their own
    (``<service>-worker``) and the API process runs neither.
    """
    started: dict[str, ServiceProcess] = {}
    try:
        for service, values in settings.items():
            if separate_workers:
                api_only = {**values, "run_relay": "false", "run_consumer": "false"}
                started[service] = ServiceProcess(service, api_only, log_dir)
                started[f"{service}-worker"] = ServiceProcess(service, values, log_dir, worker=True)
            else:
                started[service] = ServiceProcess(service, values, log_dir)
        for process in started.values():
            process.wait_ready()
        yield started
    finally:
        for process in started.values():
            process.stop()
