"""eventwire: news reports to an evidence-linked record of who did what to whom, when and where."""

# Before any stage module is imported: compiled (mypyc) stage code only when it is up to date.
from eventwire import _compiled as _compiled  # noqa: F401

__version__ = "0.1.0"
