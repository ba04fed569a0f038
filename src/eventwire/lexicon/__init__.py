"""Loaders for the versioned data files in ``eventwire/data`` (and users' own files)."""
