"""The server-rendered web UI (placeholder until the pages land)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.responses import Response


def install(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/api/v1/summary")


def error_page(request: Request, status: int, message: str) -> Response:
    return HTMLResponse(f"<h1>{status}</h1>", status_code=status)
