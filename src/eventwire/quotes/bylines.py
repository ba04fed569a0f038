"""Bylines and credit lines are never statements and their names never speakers.

"Jennifer Moss reports for the Columbus Dispatch.", "By Lauren Fox and Daniel Strauss",
"(Reporting by Parisa Hafezi; Editing by Tom Hogue)", "Additional reporting by …".
"""

from __future__ import annotations

import re

CREDIT = re.compile(
    r"^\W*(?:(?i:(?:additional\s+)?(?:reporting|writing|editing|research|compiled|contributed)"
    r"(?:\s+and\s+\w+)?\s+by)\b|(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
    r"(?:\s*(?:,|and)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s*\W*$)")
REPORTER = re.compile(
    r"^\W*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:reports|reported|writes|wrote|covers|"
    r"is\s+an?\s+(?:\w+\s+){0,3}(?:reporter|correspondent|writer|editor|columnist))\b"
    r"(?:.*\b(?:for|at|with)\b.*)?$")


def is_credit_line(sentence: str) -> bool:
    """True for a byline, a reporter's credit or an agency credit line."""
    text = sentence.strip()
    if not text or len(text.split()) > 30:
        return False
    return bool(CREDIT.match(text)) or bool(REPORTER.match(text)) and " for " in text
