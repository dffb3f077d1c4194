"""`sitrep export PROJECT --format csv|xlsx|geojson|hxl|pdf`: File ▸ Export, headless."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.domain import Measure, ProgressToken, ReviewStatus, Who
from app.store import Project, ProjectError
from app.store.figure_query import FigureFilter

FORMATS = ("csv", "xlsx", "geojson", "hxl", "pdf")
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "geojson": ".geojson", "hxl": "-hxl.csv",
            "pdf": ".pdf"}
POLICIES = ("not-rejected", "reviewed", "all")


def register(sub: argparse._SubParsersAction) -> None:
    exp = sub.add_parser(
        "export",
        help="export figures as CSV, XLSX, GeoJSON or HXL, or a PDF report",
        description="Export the figures of PROJECT (rejected ones left out unless --status says "
                    "otherwise) with their provenance, and the reconciled estimates.",
    )
    exp.add_argument("project", help="the .sitrep project file")
    exp.add_argument("-f", "--format", required=True, choices=FORMATS)
    exp.add_argument("-o", "--output", metavar="OUT",
                     help="file to write (default: beside the project, named after it)")
    exp.add_argument("--measure", action="append", metavar="MEASURE",
                     help="only these measures (repeat or separate with commas): "
                          + ", ".join(m.value for m in Measure))
    exp.add_argument("--who", action="append", metavar="WHO",
                     help="only these groups: " + ", ".join(w.value for w in Who))
    exp.add_argument("--status", default="not-rejected", metavar="STATUS",
                     help="not-rejected (default), reviewed (confirmed and edited), all, or review "
                          "states separated by commas: "
                          + ", ".join(s.value for s in ReviewStatus))
    exp.add_argument("--place", default="", help="only places whose name contains this")
    exp.add_argument("--claimant", default="", help="only claimants whose name contains this")
    exp.add_argument("--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD",
                     help="only figures as of this date or later")
    exp.add_argument("--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD",
                     help="only figures as of this date or earlier")
    exp.add_argument("--no-sum-places", action="store_true",
                     help="never estimate a region or country as the sum of its places")
    exp.set_defaults(func=run_export, parser=exp)


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from exc


def _split(values: list[str] | None, allowed: set[str], what: str) -> tuple[str, ...]:
    words = tuple(w.strip().lower() for v in values or () for w in v.split(",") if w.strip())
    unknown = [w for w in words if w not in allowed]
    if unknown:
        raise ValueError(f"unknown {what}: {', '.join(unknown)} (choose from "
                         f"{', '.join(sorted(allowed))})")
    return words


def build_filter(args: argparse.Namespace):
    """The FigureFilter and status policy the options describe."""
    from app.export.common import StatusPolicy

    spec = FigureFilter(
        measures=_split(args.measure, {m.value for m in Measure}, "measure"),
        who=_split(args.who, {w.value for w in Who}, "group"),
        place=args.place, claimant=args.claimant,
        date_from=args.date_from, date_to=args.date_to,
    )
    if args.status in POLICIES:
        return spec, StatusPolicy(args.status)
    statuses = _split([args.status], {s.value for s in ReviewStatus}, "status")
    return spec.with_(statuses=statuses), StatusPolicy.ALL


def _analysis_filter(spec: FigureFilter, policy) -> FigureFilter:
    """Reconciliation counts what the export shows (it always leaves rejected figures out)."""
    allowed = policy.statuses()
    if allowed is not None and not spec.statuses:
        return spec.with_(statuses=allowed)
    return spec


def run_export(args: argparse.Namespace) -> int:
    try:
        spec, policy = build_filter(args)
    except ValueError as exc:
        args.parser.error(str(exc))
    try:
        project = Project.open(args.project)
    except ProjectError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    out = Path(args.output) if args.output else (
        project.path.with_name(project.path.stem + SUFFIXES[args.format]))
    token = ProgressToken()
    try:
        message = _export(project, args.format, out, spec, policy, token,
                          sum_places=not args.no_sum_places)
    except KeyboardInterrupt:
        token.cancel()
        print("sitrep: export interrupted; nothing was written.", file=sys.stderr)
        return 130
    except _ReportUnavailable as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"sitrep: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        project.close()
    print(message)
    return 0


class _ReportUnavailable(Exception):
    pass


def _export(project: Project, fmt: str, out: Path, spec: FigureFilter, policy,
            token: ProgressToken, *, sum_places: bool) -> str:
    if fmt == "pdf":
        try:
            from app.ui.report import export_report
        except ImportError as exc:
            raise _ReportUnavailable(
                "PDF reports are not available in this installation (the report writer "
                "app.ui.report is missing); export csv, xlsx, geojson or hxl instead."
            ) from exc
        export_report(project, out, spec)
        return f"Wrote the report to {out}"
    if fmt == "csv":
        from app.export.csv_export import export_csv

        count = export_csv(project, out, spec, token, status=policy)
    elif fmt == "hxl":
        from app.analysis.places import PlaceResolver
        from app.export.hxl_export import export_hxl

        count = export_hxl(project, out, spec, token, status=policy,
                           locate=PlaceResolver().resolve)
    else:
        from app.analysis.reconcile import reconcile

        estimates = reconcile(project, _analysis_filter(spec, policy), sum_places=sum_places,
                              token=token).estimates
        if fmt == "xlsx":
            from app.export.xlsx_export import export_xlsx

            count = export_xlsx(project, out, spec, token, status=policy, estimates=estimates)
        else:
            from app.export.geojson_export import export_geojson

            places = export_geojson(project, out, spec, token, status=policy,
                                    estimates=estimates)
            return f"Wrote {places} places with {len(estimates)} estimates to {out}"
    return f"Wrote {count} figures to {out}"
