"""The ``marsad`` command line: one module per command group, each with ``register(sub)``.

A command module exposes ``register(subparsers)`` which adds its sub-commands and
sets ``func`` on each; ``func(args) -> int`` returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Command modules, in help order. Each is marsad.cli.<name>.
COMMAND_MODULES = [
    "demo", "ingest", "docs", "export", "eval", "ner", "kb", "dates", "events",
    "link", "framing", "serve", "batch", "bench", "train",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news to a cited event record.")
    parser.add_argument("--db", help="store path (default: $MARSAD_DB or a per-user path)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(f"marsad.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"marsad.cli.{name}":
                continue
            raise
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - top-level: a message, not a traceback
        from marsad.errors import MarsadError

        if isinstance(exc, MarsadError):
            print(f"marsad: error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
