"""`sitrep new` and `sitrep import`: create a project and import articles into it, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain import ProgressToken
from app.ingest.importer import import_articles
from app.store import Project, ProjectError
from app.store.errors import PasswordRequired
from app.store.credentials import get_password
from app.store.server import is_server_url


def register(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="create an empty project file")
    new.add_argument("project", help="path of the .sitrep file to create")
    new.set_defaults(func=run_new)

    imp = sub.add_parser(
        "import",
        help="import articles (.txt .md .html .pdf, RSS/Atom, folders) into a project",
        description="Import articles into PROJECT (created if it does not exist yet).",
    )
    imp.add_argument("project", help="the .sitrep project file")
    imp.add_argument("paths", nargs="+", metavar="FILE|DIR", help="files or folders to import")
    imp.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    imp.add_argument(
        "-j", "--jobs", type=_positive_int, default=None, metavar="N",
        help="worker processes reading and extracting the files (default: one per core; "
        "1 = all in this process)",
    )
    imp.set_defaults(func=run_import)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {text!r}")
    return value


def open_or_create(path: str) -> Project:
    if is_server_url(path):
        return Project.connect(path, get_password(path), create=True)
    target = Path(path)
    if target.exists():
        return Project.open(target)
    if target.suffix != ".sitrep":
        target = target.with_name(target.name + ".sitrep")
        if target.exists():
            return Project.open(target)
    return Project.create(target)


def run_new(args: argparse.Namespace) -> int:
    try:
        Project.create(args.project).close()
    except ProjectError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    print(f"Created {args.project}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    try:
        project = open_or_create(args.project)
    except PasswordRequired:
        print("sitrep: the server asks for a password; save it in the keyring through "
              "File ▸ Connect to Team Project… (Remember password) first.", file=sys.stderr)
        return 2
    except ProjectError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2

    def show(done: int, total: int, name: str) -> None:
        if not args.quiet and name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    token = ProgressToken(show)
    try:
        report = import_articles(project, args.paths, token, jobs=args.jobs)
    except KeyboardInterrupt:
        token.cancel()
        print("sitrep: import interrupted; articles already imported are kept.", file=sys.stderr)
        return 130
    finally:
        project.close()
    for title, document_id in report.imported:
        if not args.quiet:
            print(f"imported  #{document_id}  {title}")
    for path, title in report.duplicates:
        print(f"skipped   {path}: already in the project ({title})")
    for path, message in report.warnings:
        print(f"warning   {path}: {message}")
    for path, message in report.failed:
        print(f"failed    {path}: {message}")
    print(report.summary())
    return 1 if report.failed else 0
