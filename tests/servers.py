"""Debian's nginx and Apache, serving a built site on loopback with the snippet the build wrote.

Each runs in the foreground from a configuration in a temporary folder, unprivileged where the
tests are (and, as root, with its workers dropped to `nobody`, as on a real server), and is stopped
whatever the test's outcome. A missing server is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

NGINX = "/usr/sbin/nginx"
APACHE = "/usr/sbin/apache2"
MODULES = "/usr/lib/apache2/modules"
STARTUP = 20  # seconds a server may take to answer, on a busy machine


def require(binary: str, package: str) -> str:
    if not Path(binary).exists():
        raise RuntimeError(f"{binary} was not found. Install Debian's package: apt-get install {package}")
    return binary


def readable_copy(site: Path, path: str = "/") -> Path:
    """The site in a folder any user can read (test folders are private), at `path` below the root."""
    root = Path(tempfile.mkdtemp(prefix="www-"))
    root.chmod(0o755)
    target = root / path.strip("/") if path.strip("/") else root / "site"
    shutil.copytree(site, target)
    for folder in [target, *target.parents]:
        if folder == root.parent:
            break
        folder.chmod(0o755)
    return root if path.strip("/") else target


@contextmanager
def nginx(root: Path, snippet: Path) -> Iterator[str]:
    """nginx serving `root` with the build's snippet included in its server block; yields the base URL."""
    binary = require(NGINX, "nginx-light")
    work, port = _work_folder(), _free_port()
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    temp = "\n".join(f"{name}_temp_path {work}/{name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                       "scgi"))
    config = work / "nginx.conf"
    config.write_text(f"""
{user}
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    {temp}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        include {snippet};
    }}
}}
""", encoding="utf-8")
    command = [binary, "-p", str(work), "-e", str(work / "error.log"), "-c", str(config), "-g", "daemon off;"]
    with _running(command, port, work / "error.log"):
        yield f"http://127.0.0.1:{port}/"


@contextmanager
def apache(root: Path, snippet: Path) -> Iterator[str]:
    """Apache httpd serving `root` with the build's snippet included in its virtual host; yields the base URL."""
    binary = require(APACHE, "apache2-bin")
    work, port = _work_folder(), _free_port()
    user = "User nobody\nGroup nogroup" if os.geteuid() == 0 else ""
    modules = "\n".join(f"LoadModule {name}_module {MODULES}/mod_{name}.so"
                        for name in ("mpm_event", "authz_core", "dir", "mime", "headers"))
    config = work / "httpd.conf"
    config.write_text(f"""
ServerRoot {work}
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {work}/httpd.pid
DefaultRuntimeDir {work}
ErrorLog {work}/error.log
LogLevel warn
{modules}
{user}
TypesConfig /etc/mime.types
DocumentRoot {root}
<Directory {root}>
    Require all granted
</Directory>
DirectoryIndex index.html
<VirtualHost 127.0.0.1:{port}>
    DocumentRoot {root}
    Include {snippet}
</VirtualHost>
""", encoding="utf-8")
    with _running([binary, "-f", str(config), "-DFOREGROUND"], port, work / "error.log"):
        yield f"http://127.0.0.1:{port}/"


def _work_folder() -> Path:
    work = Path(tempfile.mkdtemp(prefix="server-"))
    work.chmod(0o755)
    return work


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _running(command: list[str], port: int, log: Path) -> Iterator[None]:
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + STARTUP
        while True:  # until it answers, or has stopped with its reason
            if process.poll() is not None:
                output = process.stdout.read() if process.stdout else ""
                error = log.read_text() if log.exists() else ""
                raise RuntimeError(f"{command[0]} stopped at start:\n{output}\n{error}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{command[0]} did not answer on port {port} in {STARTUP} s") from None
                time.sleep(0.05)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()
