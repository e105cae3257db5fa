"""``marsad serve``: the web app and JSON API over the store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse

from marsad.cli.common import db_arg
from marsad.serve.settings import DEFAULT_HOST, DEFAULT_PORT


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command."""
    p = sub.add_parser("serve", help="web UI + JSON API over the store (http://127.0.0.1:8765/)")
    db_arg(p)
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help="interface to bind (default 127.0.0.1; another value exposes the store to the network)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    from marsad.serve import run as serve

    serve(getattr(args, "db", None), host=args.host, port=args.port)
    return 0
