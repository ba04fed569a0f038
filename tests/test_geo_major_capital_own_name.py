"""A major national capital keeps the country the text reads it as (review s13 F25,
regression of ffdf8de).

ffdf8de drops the countries a name's own mentions put in the context when the article's
other places lie in one country ("Perth" among Scottish towns is the Scottish Perth). A
national capital of a million people or more is named far more often than any namesake:
"Police in London arrested a man who had lived in Toronto and Ottawa" is London, England,
not London, Ontario. Our own sentences.
"""

from __future__ import annotations

import pytest

from eventwire.api import Engine
from eventwire.models import Article

CASES = [
    ("Police in London arrested a man on Monday who had lived in Toronto and Ottawa for a "
     "decade.", ("London", "GBR")),
    ("Officials in Moscow said the suspect had studied in Boise and Pocatello.",
     ("Moscow", "RUS")),
    ("Police in Paris arrested two men on Monday; one had lived in Dallas and Houston for "
     "years.", ("Paris", "FRA")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_major_capital_stays_the_capital(engine: Engine, text: str,
                                           expected: tuple[str, str]) -> None:
    article = Article(id="t", text=text, published="2025-03-10T09:00:00+00:00",
                      language="en")
    first = engine.document(article).places[0]
    assert (first.name, first.country) == expected
