"""The ASGI application: API router, web pages, static files, security headers, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from eventwire import __version__
from eventwire.errors import ConfigError, EventwireError, NotFoundError
from eventwire.store import Store

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Resource-Policy": "same-origin"}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ())[1:]) or "request"
        got = err.get("input")
        parts.append(f"{where}: {err.get('msg', 'invalid')}"
                     + (f" (got {got!r})" if got is not None and not isinstance(got, dict)
                        else ""))
    return "; ".join(parts) + "; see /api/v1/openapi.json for every parameter"


def create_app(db_path: str | Path) -> FastAPI:
    """The app for one store file (checked now: a missing or unreadable store fails here)."""
    Store.open_readonly(db_path).close()
    app = FastAPI(title="eventwire", version=__version__, openapi_url="/api/v1/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="Events, quotes, actors and articles from an eventwire store, "
                              "each event with its evidence. Lists are {items, next}: pass "
                              "`next` back as `cursor` for the following page.")
    app.state.db_path = Path(db_path)

    from eventwire.serve import api, fused, pages

    app.include_router(api.router)
    app.include_router(fused.router)  # /api/v1/fused (issue 15, stories)
    pages.install(app)

    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def error(request: Request, status: int, message: str) -> Response:
        if _wants_html(request):
            return pages.error_page(request, status, message)
        return JSONResponse(status_code=status, content={"error": message})

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 400, _validation_message(exc))

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(EventwireError)
    async def store_error(request: Request, exc: EventwireError) -> Response:
        return error(request, 503, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = (f"no page at {request.url.path}: see / for the dashboard or "
                   "/api/v1/openapi.json for the API" if exc.status_code == 404
                   else str(exc.detail))
        return error(request, exc.status_code, message)

    return app


def run(app: FastAPI, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
