"""Event nouns that follow-ups name their story's deed by (issue 15): a "barrage" (PETRARCH2
FIRE * BARRAGE [194]) and an "aggression" (armed force used against a state) are attacks, so
"condemned Monday's Russian missile barrage on Kyiv" reports the barrage as well as the
condemnation. Sentences are our own."""

from __future__ import annotations

from event_rows import event_rows


def test_a_barrage_is_an_attack_by_its_adjective_on_its_target(engine) -> None:
    text = ("President Volodymyr Zelensky condemned Monday's Russian missile barrage on Kyiv "
            "and vowed a response.\n\nUkrainian forces answered with an artillery barrage "
            "against Russian positions near Donetsk on Tuesday.")
    assert event_rows(engine, text, "2024-07-09T10:15:00+00:00") == [
        ("ACCUSE", "111", ["UKR"], ["RUS"], "asserted", "condemned"),
        ("ASSAULT", "194", ["RUS"], ["UKR"], "asserted", "barrage"),
        ("ASSAULT", "194", ["UKR"], ["RUS"], "asserted", "barrage")]


def test_an_aggression_condemned_is_the_attack_it_names(engine) -> None:
    text = "Lebanon's prime minister condemned the Israeli aggression on Beirut on Tuesday."
    assert event_rows(engine, text, "2024-07-10T08:00:00+00:00") == [
        ("ACCUSE", "111", ["LBN"], ["ISR"], "asserted", "condemned"),
        ("ASSAULT", "190", ["ISR"], ["LBN"], "asserted", "aggression")]
