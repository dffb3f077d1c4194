"""The `sitrep` command: no arguments opens the GUI, a project path opens it, subcommands run headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__

SUBCOMMAND_MODULES = ("app.commands.project", "app.commands.extract", "app.commands.export")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="sitrep",
        description="Sitrep: extract, review and reconcile figures reported in war and crisis news.",
    )
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Open the Sitrep window.")
    parser.add_argument("project", nargs="?", help="a .sitrep project file to open")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build the main window offscreen on the project, process events, close, exit 0",
    )
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    subcommands = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    if args_list and (args_list[0] in subcommands or args_list[0] in ("-h", "--help", "--version")):
        args = parser.parse_args(args_list)
        return int(args.func(args) or 0)
    gui_args = build_gui_parser().parse_args(args_list)
    from app.ui.launch import run_gui

    return run_gui(gui_args.project, smoke_test=gui_args.smoke_test, screenshot=gui_args.screenshot)
