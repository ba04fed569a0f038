"""Facts about an article's layout, computed once by the structure stage and shared by every
domain package: paragraphs, the dateline, quoted segments, the publication anchor.

Pure functions over the immutable text (and the article's metadata); nothing here imports a
domain package or a stage.
"""
