"""``marsad eval``: seed gold checks and per-stage scorers, each dispatched lazily to its module.

Each scorer module exposes ``main(args) -> int``. ``eval ner`` passes ``file``, ``cv`` and
``cv_limit``; ``eval events`` and ``eval dates`` pass an optional ``file``, ``json``, ``strict``
and any further words in ``rest`` for the module to read.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# sub-command → module whose ``main(args)`` runs it
TARGETS = {
    "seeds": "marsad.eval.seeds",
    "ner": "marsad.eval.ner",
    "events": "marsad.eval.events",
    "dates": "marsad.eval.dates",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``marsad eval {seeds,ner,events,dates}``."""
    p = sub.add_parser("eval", help="score marsad against gold data (seeds, ner, events, dates)")
    evsub = p.add_subparsers(dest="eval_command", metavar="WHAT")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    s = evsub.add_parser("seeds", help="ingest the seed pages into a temporary store and check the gold")
    s.add_argument("gold", help="gold annotations (e.g. ../shared/gold/seeds.json)")
    s.add_argument("--seeds", help="folder of seed pages (default: seeds/ beside the gold's folder)")
    s.add_argument("--sections", help="comma-separated sections to check (default: all available)")
    s.add_argument("--json", action="store_true", help="JSON output")
    s.add_argument("-v", "--verbose", action="store_true", help="list passing checks too")
    s.add_argument("--strict", action="store_true", help="exit 1 when any check fails")
    s.set_defaults(func=_dispatch("seeds"))

    n = evsub.add_parser("ner", help="entity precision/recall/F1 on a CoNLL file")
    n.add_argument("file", help="gold CoNLL file (token TAB tag per line)")
    n.add_argument("--cv", type=int, default=0, help="K-fold cross-validation of the trained tagger")
    n.add_argument("--cv-limit", type=int, default=0, help="use at most N sentences in cross-validation")
    n.add_argument("--corpus", nargs="+", default=None,
                   help="unlabeled news for the induced name lexicon in --cv (default: ../shared SaudiNewsNet when present)")
    n.add_argument("--no-lexicon", action="store_true", help="cross-validate without the induced name lexicon")
    n.add_argument("--entity-bias", type=float, default=None,
                   help="score added to non-O labels before Viterbi in --cv (default: the one train ner ships)")
    n.add_argument("--stack", action="store_true", help="in --cv, score the two-stage tagger (entities.stack)")
    n.set_defaults(func=_dispatch("ner"))

    for name, helptext in (("events", "event coding scores on a gold file"),
                           ("dates", "date and time-expression scores on a gold file")):
        e = evsub.add_parser(name, help=helptext)
        e.add_argument("file", nargs="?", help="gold file (default: the module's own)")
        e.add_argument("--json", action="store_true", help="JSON output")
        e.add_argument("--strict", action="store_true", help="exit 1 when below target")
        e.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        e.set_defaults(func=_dispatch(name))


def _dispatch(name: str):  # noqa: ANN202 - returns the argparse callback
    """A callback importing ``TARGETS[name]`` only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        """Import the scorer and run it, or say plainly that it is not there yet."""
        module_name = TARGETS[name]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            print(f"marsad: eval {name} is not available yet ({module_name} is not installed)", file=sys.stderr)
            return 2
        return int(module.main(args) or 0)

    return run
