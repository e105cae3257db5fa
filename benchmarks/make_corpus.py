"""Make a large benchmark corpus (100k articles by default) by replicating SaudiNewsNet with perturbations.

Each output article is a source article changed at random: paragraphs and
sentences shuffled, digits swapped, sentences dropped or duplicated, the title
altered (affixes from ``data/corpus_perturb.json``, words swapped or cut), and a
distinct URL. The first copy of each source article is kept unchanged. Output is
JSON-lines shards in a folder outside the repo's tracked files (default
``bench-results/corpus-100k``, git-ignored). Deterministic for a given seed.

    .venv/bin/python benchmarks/make_corpus.py [--articles 100000] [--per-shard 5000] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, RESULTS, zip_articles  # noqa: E402

AFFIXES = Path(__file__).resolve().parent / "data" / "corpus_perturb.json"
DEFAULT_ARTICLES = 100_000
PER_SHARD = 5_000
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")
PARAGRAPH = re.compile(r"\n\s*\n|\n")
DIGIT = re.compile(r"[0-9\u0660-\u0669]")
# Chance of each perturbation per copy.
P_SHUFFLE_PARAGRAPHS = 0.3
P_SHUFFLE_SENTENCES = 0.3
P_SWAP_DIGITS = 0.5
P_DROP_SENTENCE = 0.4
P_DUPLICATE_SENTENCE = 0.3
P_ALTER_TITLE = 0.6


def load_affixes(path: Path = AFFIXES) -> dict[str, list[str]]:
    """Title prefixes and suffixes used when altering titles."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {"prefixes": data["title_prefixes"], "suffixes": data["title_suffixes"]}


def swap_digits(text: str, rng: random.Random) -> str:
    """Replace a few digits by others of the same script (numbers change, shape stays)."""
    spots = [m.start() for m in DIGIT.finditer(text)]
    if not spots:
        return text
    chars = list(text)
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
        zero = "0" if chars[i] <= "9" else "\u0660"
        chars[i] = chr(ord(zero) + rng.randrange(10))
    return "".join(chars)


def perturb_body(text: str, rng: random.Random) -> str:
    """Shuffle paragraphs/sentences, drop or duplicate a sentence, swap digits (each at random)."""
    paragraphs = [p for p in PARAGRAPH.split(text) if p.strip()]
    if len(paragraphs) > 1 and rng.random() < P_SHUFFLE_PARAGRAPHS:
        rng.shuffle(paragraphs)
    out = []
    for para in paragraphs:
        sentences = [s for s in SENTENCE_END.split(para.strip()) if s]
        if len(sentences) > 1 and rng.random() < P_SHUFFLE_SENTENCES:
            rng.shuffle(sentences)
        if len(sentences) > 2 and rng.random() < P_DROP_SENTENCE:
            sentences.pop(rng.randrange(len(sentences)))
        if sentences and rng.random() < P_DUPLICATE_SENTENCE:
            k = rng.randrange(len(sentences))
            sentences.insert(k + 1, sentences[k])
        out.append(" ".join(sentences))
    body = "\n\n".join(out)
    return swap_digits(body, rng) if rng.random() < P_SWAP_DIGITS else body


def alter_title(title: str, rng: random.Random, affixes: dict[str, list[str]]) -> str:
    """Add a prefix or suffix, swap two words, or cut the last word."""
    words = title.split()
    move = rng.randrange(4)
    if move == 0:
        return rng.choice(affixes["prefixes"]) + title
    if move == 1:
        return title + rng.choice(affixes["suffixes"])
    if move == 2 and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    return " ".join(words[:-1]) if len(words) > 3 else title


def variant(obj: dict[str, Any], copy: int, rng: random.Random, affixes: dict[str, list[str]]) -> dict[str, Any]:
    """Copy ``copy`` of one source article (copy 0 is the original)."""
    if copy == 0:
        return obj
    new = dict(obj)
    new["content"] = perturb_body(obj.get("content") or "", rng)
    if obj.get("title") and rng.random() < P_ALTER_TITLE:
        new["title"] = alter_title(obj["title"], rng, affixes)
    if obj.get("url"):
        new["url"] = f"{obj['url']}#copy-{copy}"
    return new


def make_corpus(out: Path, articles: int = DEFAULT_ARTICLES, per_shard: int = PER_SHARD,
                corpus: Path = CORPUS, seed: int = 13) -> dict[str, Any]:
    """Write ``articles`` perturbed copies as JSONL shards into ``out``; what was written."""
    source = list(zip_articles(corpus))
    if not source:
        raise SystemExit(f"no articles under {corpus}")
    rng = random.Random(seed)
    affixes = load_affixes()
    out.mkdir(parents=True, exist_ok=True)
    shards: list[str] = []
    fh = None
    for i in range(articles):
        if i % per_shard == 0:
            if fh:
                fh.close()
            path = out / f"part-{len(shards):04d}.jsonl"
            shards.append(str(path))
            fh = path.open("w", encoding="utf-8")
        obj = variant(source[i % len(source)], i // len(source), rng, affixes)
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    size = sum(Path(p).stat().st_size for p in shards)
    return {"folder": str(out), "articles": articles, "shards": len(shards), "source_articles": len(source),
            "mb": round(size / 2**20, 1)}


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus and print what was written."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    ap.add_argument("--per-shard", type=int, default=PER_SHARD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=RESULTS / "corpus-100k")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    print(json.dumps(make_corpus(args.out, args.articles, args.per_shard, args.corpus, args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
