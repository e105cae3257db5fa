"""``marsad ner --conll FILE|-`` (BIO tags appended to each token line) and ``marsad entities DOC_ID``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TextIO

from marsad.cli.common import db_arg, open_db, write_json

_ENDERS = frozenset({".", "؟", "!", "?"})
_CHUNK = 120


def _blocks(fh: TextIO) -> Iterator[list[str]]:
    """Runs of non-blank lines (a blank line ends a sentence); blank lines come back as empty blocks."""
    block: list[str] = []
    for line in fh:
        line = line.rstrip("\r\n")
        if line.strip():
            block.append(line)
            continue
        if block:
            yield block
            block = []
        yield []
    if block:
        yield block


def _token(line: str) -> str:
    """The token of a CoNLL line: its first column ('' when the line starts with whitespace)."""
    return "" if line[:1].isspace() else line.split()[0]


def _sentences(tokens: list[str]) -> list[list[str]]:
    """A block of tokens cut into sentences at . ؟ ! (files without blank lines) and every 120 tokens."""
    out: list[list[str]] = []
    cur: list[str] = []
    for tok in tokens:
        cur.append(tok)
        if tok in _ENDERS or len(cur) >= _CHUNK:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def cmd_ner(args: argparse.Namespace) -> int:
    """Append a predicted BIO tag to every token line, keeping every line in order."""
    from marsad.analyze.entities.crf import tag_sentences

    fh = sys.stdin if args.conll == "-" else open(args.conll, encoding="utf-8-sig", errors="replace")  # noqa: SIM115
    try:
        blocks = list(_blocks(fh))
    finally:
        if fh is not sys.stdin:
            fh.close()
    sentences: list[list[str]] = []
    for block in blocks:
        sentences += _sentences([_token(line) for line in block])
    tags = iter(t for sent in tag_sentences(sentences) for t in sent)
    out = sys.stdout
    for block in blocks:
        if not block:
            out.write("\n")
            continue
        for line in block:
            tag = next(tags)
            out.write(f"{line} {tag if _token(line) else 'O'}\n")
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    """Print a stored document's mentions (analysing it on the fly when none are stored)."""
    from marsad.analyze.entities import recognize_document
    from marsad.errors import MarsadError
    from marsad.model import to_dict
    from marsad.text.segment import segment_document

    store = open_db(args)
    doc = store.get_document(args.doc_id)
    if doc is None:
        raise MarsadError(f"no document {args.doc_id}")
    if not doc.mentions:
        if not doc.sentences:
            segment_document(doc)
        recognize_document(doc)
    if args.json:
        for m in doc.mentions:
            write_json(to_dict(m))
        return 0
    for m in doc.mentions:
        print(f"{m.start:6d}-{m.end:<6d} {m.kind:5} {m.code or '-':12} {m.entity or '-':32} {m.name_en or ''} | {m.text} [{m.how}]")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``ner`` and ``entities``."""
    p = sub.add_parser("ner", help="tag CoNLL token lines with BIO entity tags")
    p.add_argument("--conll", required=True, metavar="FILE", help="token per line, blank line between sentences; '-' = stdin")
    p.set_defaults(func=cmd_ner)
    p = sub.add_parser("entities", help="list the entity mentions of a stored document")
    p.add_argument("doc_id")
    p.add_argument("--json", action="store_true", help="one JSON object per mention")
    db_arg(p)
    p.set_defaults(func=cmd_entities)
