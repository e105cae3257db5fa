"""The web app and JSON API over a store: ``create_app`` for ASGI servers, ``run`` to serve on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.serve.settings import DEFAULT_HOST, DEFAULT_PORT

__all__ = ["create_app", "demo_serve", "run"]


def create_app(store_path: str | Path | None = None, **kwargs: Any) -> Any:
    """A FastAPI app over the store at ``store_path`` (see :func:`marsad.serve.app.create_app`)."""
    from marsad.serve.app import create_app as factory

    return factory(store_path, **kwargs)


def run(store_path: str | Path | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Print the URL and serve until interrupted (binds loopback unless told otherwise)."""
    import uvicorn

    app = create_app(store_path)
    print(f"marsad: serving {app.state.ctx.store().path} at http://{host}:{port}/  (Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def demo_serve(store_path: str | Path) -> None:
    """The hook ``marsad demo`` calls at its end: serve the demo store on the default port."""
    run(store_path)
