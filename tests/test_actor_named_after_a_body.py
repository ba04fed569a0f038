"""Bodies whose name begins with an international body's name (review finding F12, session 9).
An organ of the body ("the United Nations Verification Mission", "the African Union Mission in
Somalia", "the European Union Naval Force") is coded as the body (CAMEO: IGOUNO, IGOAFRAU…); a
body whose name says it is of another kind — an association, a chamber of commerce, a foundation,
a university — is only named after it and is coded by its own kind and country, as CAMEO codes
a national NGO or a business lobby. Each check is the CAMEO-style code of the actor holding the
surface (the first two sentences are the reviewer's, the rest ours)."""

from __future__ import annotations

import pytest

CASES: list[tuple[str, str, str | None]] = [
    # named after the body, of another kind
    ("The United Nations Association of Kenya criticised the police.",
     "United Nations Association of Kenya", "KENNGO"),
    ("The European Union Chamber of Commerce in China criticised Beijing's new export controls.",
     "European Union Chamber of Commerce", "BUS"),
    ("The African Union Foundation praised the farmers of Ghana.",
     "African Union Foundation", "NGO"),
    ("The United Nations Association of Sweden called on the government to raise aid.",
     "United Nations Association of Sweden", "SWENGO"),
    ("The NATO Association of Canada criticised the defence budget.",
     "NATO Association of Canada", "CANNGO"),
    # organs of the body: unchanged
    ("The African Union Mission in Somalia accused al-Shabaab of killing civilians.",
     "African Union Mission", "IGOAFRAFU"),
    ("The European Union Naval Force said it had freed the crew of a cargo ship.",
     "European Union Naval Force", "IGOEUREEC"),
    ("The United Nations Verification Mission in Colombia condemned the killing of a former "
     "combatant.", "United Nations Verification Mission in Colombia", "IGOUNO"),
]


def code_at(report: dict, text: str, surface: str) -> str | None:
    start = text.index(surface)
    end = start + len(surface)
    for actor in report["actors"]:
        if any(m["start"] <= end - 1 < m["end"] for m in actor["mentions"]):
            return actor["code"]
    return None


@pytest.mark.parametrize(("text", "surface", "code"), CASES, ids=[c[1] for c in CASES])
def test_a_body_named_after_an_international_one_is_its_organ_only_by_its_head(
        analyse, text: str, surface: str, code: str | None) -> None:
    assert (surface, code_at(analyse(text), text, surface)) == (surface, code)
