"""`eventwire serve`: the HTTP API (/api/v1/) and the server-rendered web UI over one store,
opened read-only, bound to loopback by default, with no request ever leaving the machine."""

from eventwire.serve.app import create_app

__all__ = ["create_app"]
