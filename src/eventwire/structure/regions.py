"""Sorted, non-overlapping character regions with O(log n) look-ups (quoted stretches)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class Regions:
    """Sorted, non-overlapping [start, end) regions with O(log n) membership."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]

    def find(self, char: int) -> int | None:
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.ends[i] else None

    def __contains__(self, char: int) -> bool:
        return self.find(char) is not None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start
