"""A throwaway PostgreSQL cluster in a temp dir on a free loopback port, for tests and benchmarks.

Uses Debian's `postgresql` package (`/usr/lib/postgresql/*/bin`). initdb and postgres refuse to
run as root, so as root the cluster belongs to the `postgres` system user (or `nobody`).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "sitrep_test"


class ClusterError(RuntimeError):
    """No server could be started; the message says why."""


def find_bindir() -> Path:
    override = os.environ.get("SITREP_PG_BINDIR")
    if override:
        if not (Path(override) / "initdb").is_file():
            raise ClusterError(f"SITREP_PG_BINDIR={override} holds no initdb")
        return Path(override)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").is_file() and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    raise ClusterError("PostgreSQL server binaries (initdb, pg_ctl) not found; "
                       "install Debian's `postgresql` package (scripts/setup.sh test does).")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as_user() -> pwd.struct_passwd | None:
    """The unprivileged account to run the server under when we are root; None when we are not."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise ClusterError("running as root and neither a 'postgres' nor a 'nobody' user exists")


class ThrowawayCluster:
    """initdb + pg_ctl start in a temp dir; `stop()`/`start()` to simulate an outage; `destroy()`."""

    def __init__(self, bindir: Path | None = None, durable: bool = False) -> None:
        self.bindir = bindir or find_bindir()
        self.durable = durable  # benchmarks: fsync as a real server does; tests: fast
        self.user = _run_as_user()
        self.root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.password = secrets.token_hex(12)
        self.port = 0
        if self.user is not None:
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        os.chmod(self.root, 0o700)

    def _command(self, tool: str, *args: str) -> list[str]:
        command = [str(self.bindir / tool), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        return command

    def _run(self, tool: str, *args: str, timeout: float = 60) -> None:
        result = subprocess.run(self._command(tool, *args), capture_output=True, text=True,
                                timeout=timeout, cwd=self.root)
        if result.returncode != 0:
            raise ClusterError(f"{tool} failed ({result.returncode}): "
                               f"{(result.stderr or result.stdout).strip()[-2000:]}{self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return "\nserver log:\n" + self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.user is not None:
            os.chown(pwfile, self.user.pw_uid, self.user.pw_gid)
        try:
            self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                      "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                      "--locale=C", "--no-sync")
        finally:
            pwfile.unlink(missing_ok=True)

    def start(self) -> None:
        """Start on the previous port if there was one (a restart), else on a free one."""
        attempts = 1 if self.port else 3
        for attempt in range(attempts):
            port = self.port or _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                       f"-c unix_socket_directories={self.root} -c max_connections=200 "
                       "-c shared_buffers=128MB -c max_wal_size=2GB -c log_min_messages=warning")
            if not self.durable:
                options += " -c fsync=off -c full_page_writes=off"
            try:
                self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data),
                          "-l", str(self.log), "-o", options, timeout=90)
                self.port = port
                return
            except ClusterError:
                if attempt == attempts - 1:
                    raise

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "stop", "-w", "-t", "60", "-D", str(self.data), "-m", mode, timeout=90)

    def destroy(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.stop("immediate")
        except (ClusterError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A postgresql:// URL without the password (Sitrep passes that separately)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self):
        """An autocommit psycopg connection as the superuser, over the unix socket."""
        import psycopg

        return psycopg.connect(host=str(self.root), port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True, connect_timeout=10)

    def create_database(self, name: str, template: str | None = None) -> None:
        copy_of = f' TEMPLATE "{template}"' if template else ""
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy_of}')

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(durable: bool = False) -> ThrowawayCluster:
    """Create and start a cluster, cleaning up if any step fails."""
    cluster = ThrowawayCluster(durable=durable)
    try:
        cluster.init()
        cluster.start()
        deadline = time.monotonic() + 30
        while True:
            try:
                cluster.admin().close()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    except BaseException:
        cluster.destroy()
        raise
    return cluster
