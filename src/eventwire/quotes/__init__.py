"""Who said what: quote marks, reporting cues, attribution, partial and scare quotes.

See :mod:`eventwire.quotes.finder` for the order of work and :mod:`eventwire.stages.quotes`
for the pipeline stage.
"""
