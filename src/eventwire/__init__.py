"""eventwire: news reports to an evidence-linked record of who did what to whom, when and where."""

__version__ = "0.1.0"
