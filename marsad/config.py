"""Where things live: the default store path, package data, and the user's KB overlay."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SAMPLE_DIR = DATA_DIR / "sample"
KB_DIR = PACKAGE_DIR / "kb" / "data"


def default_db_path() -> Path:
    """``MARSAD_DB`` if set, else a per-user path (XDG data dir)."""
    env = os.environ.get("MARSAD_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marsad" / "marsad.db"


def kb_overlay_dir() -> Path | None:
    """The user's knowledge-base overlay directory (``MARSAD_KB``), if any."""
    env = os.environ.get("MARSAD_KB")
    return Path(env).expanduser() if env else None
