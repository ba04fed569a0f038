"""Readers turn files into Articles (or Skips that say exactly why not)."""

from eventwire.readers.dispatch import ReadItem, read_bytes, read_paths

__all__ = ["ReadItem", "read_bytes", "read_paths"]
