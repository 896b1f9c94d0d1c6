"""Dashboard processes for browser tests and the load run: a Streamlit instance on a port, and Debian's nginx with
the shipped site (deploy/nginx-masterplan.conf) in front of several, on loopback without TLS."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from masterplan.paths import PROJECT_ROOT

STARTUP_S = 60
SITE = PROJECT_ROOT / "deploy" / "nginx-masterplan.conf"
NGINX = Path("/usr/sbin/nginx")
# The frame around the shipped site: no TLS on loopback, a log of the instance each request went to.
NGINX_CONF = """
worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/error.log;
{user}
events {{ worker_connections 1024; }}
http {{
    log_format upstream '$http_x_test_browser $upstream_addr $request_uri';
    access_log {run}/access.log upstream;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    include {run}/site.conf;
}}
"""


class ClusterError(RuntimeError):
    """A process did not come up; the message carries the end of its log."""


@dataclass
class Server:
    url: str
    log: Path

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def log_since(self, offset: int) -> str:
        return self.log.read_bytes()[offset:].decode("utf-8", "replace")

    def log_size(self) -> int:
        return self.log.stat().st_size


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
            return answer.read().strip() == b"ok"
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process group (the server and any children), SIGKILL after 10 s."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def streamlit(folder: Path, database: str, *, port: int | None = None, options: tuple[str, ...] = (),
              environment: dict[str, str] | None = None) -> Iterator[Server]:
    """``streamlit run dashboard.py`` on ``database``, on a free port (or ``port``), until /_stcore/health answers;
    stopped with its children."""
    folder.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    env = os.environ | {"DATABASE_URL": database} | (environment or {})
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", *options]
    log = folder / "streamlit.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    running = Server(f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + STARTUP_S
        while not healthy(running.url):
            if process.poll() is not None:
                raise ClusterError(f"streamlit endete mit {process.returncode}:\n{running.log_since(0)[-3000:]}")
            if time.monotonic() > deadline:
                raise ClusterError(f"/_stcore/health nach {STARTUP_S} s nicht ok:\n{running.log_since(0)[-3000:]}")
            time.sleep(0.25)
        yield running
    finally:
        stop(process)


def site(port: int, instances: list[int]) -> str:
    """The shipped site on plain HTTP at ``port`` with ``instances`` as its upstream servers."""
    text = SITE.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^server \{\n    listen 80;.*?^\}\n", "", text)  # the redirect to HTTPS
    text = re.sub(r"    ssl_certificate.*\n", "", text).replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
    text = text.replace("; Secure", "")
    servers = "".join(f"    server 127.0.0.1:{p};\n" for p in instances)
    return re.sub(r"(    server 127\.0\.0\.1:\d+;\n)+", servers, text)


@contextlib.contextmanager
def nginx(folder: Path, instances: list[int]) -> Iterator[tuple[str, Path]]:
    """nginx with the shipped site before ``instances``; yields its URL and its access log."""
    if not NGINX.is_file():
        raise ClusterError(f"{NGINX} fehlt (Debian-Paket nginx)")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    (folder / "site.conf").write_text(site(port, instances), encoding="utf-8")
    conf = folder / "nginx.conf"
    conf.write_text(NGINX_CONF.format(run=folder, user="user root;" if os.geteuid() == 0 else ""), encoding="utf-8")
    check = subprocess.run([str(NGINX), "-t", "-p", str(folder), "-c", str(conf)], capture_output=True, text=True)
    if check.returncode:
        raise ClusterError(check.stderr)
    process = subprocess.Popen([str(NGINX), "-p", str(folder), "-c", str(conf)], stderr=subprocess.DEVNULL,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while not healthy(url):
            if time.monotonic() > deadline or process.poll() is not None:
                errors = (folder / "error.log").read_text(errors="replace")[-2000:]
                raise ClusterError(f"nginx antwortet nicht: {errors}")
            time.sleep(0.2)
        yield url, folder / "access.log"
    finally:
        stop(process)
