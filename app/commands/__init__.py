"""Headless subcommands of the `sitrep` command line; each module adds its own parsers."""
