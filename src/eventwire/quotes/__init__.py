"""Who said what: quote marks, reporting cues, attribution, partial and scare quotes.

See :mod:`eventwire.quotes.finder` for the order of work. Quote marks are found once, by
the structure stage (:mod:`eventwire.structure.marks`).
"""
