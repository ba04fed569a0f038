"""Language identification: the vectorised feature walk scores exactly as py3langid does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eventwire import language
from eventwire.language import WINDOW, _identifier, _reference_identifier, detect_language

DEMO = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "demo"

OWN = [
    "Israel struck Gaza.",
    "Die Regierung in Berlin hat am Montag neue Sanktionen gegen den Iran beschlossen.",
    "Le ministre des Affaires étrangères a rencontré son homologue russe à Téhéran.",
    "El presidente anunció que el país retirará a sus tropas de la frontera.",
    "Il governo ha detto che la nave è stata fermata nel porto di Genova.",
    "O ministro disse que o acordo foi assinado em Lisboa na segunda-feira.",
    "De minister zei dat het verdrag niet voor het einde van het jaar werd getekend.",
    "Министр иностранных дел России прибыл в Тегеран во вторник.",
    "وصل وزير الخارجية الروسي إلى طهران يوم الثلاثاء",
    "外交部长周二抵达德黑兰。",
    "TEHRAN REJECTS DIRECT TALKS WITH WASHINGTON AFTER NEW SANCTIONS",
    "",
    "a",
    "12345",
    "Kyiv",
]


def samples() -> list[str]:
    """Every demo input (the bad ones too, read as text), own sentences in eight languages,
    and random strings around the window length in four scripts."""
    texts = [p.read_bytes().decode("utf-8", "replace")
             for p in sorted(DEMO.rglob("*")) if p.is_file()]
    texts += OWN
    rng = random.Random(7)
    for length in [1, 2, WINDOW - 1, WINDOW, WINDOW + 1, 2 * WINDOW, 40, 300, 5000] * 6:
        ranges = [(32, 127), (0x400, 0x4FF), (0x600, 0x6FF), (0x4E00, 0x4FFF)]
        texts.append("".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(length)))
    return texts


def test_scores_are_py3langids_bit_for_bit() -> None:
    fast, reference = _identifier(), _reference_identifier()
    checked = 0
    for text in samples():
        sample = text[:5000]
        ours, theirs = fast.rank(sample), reference.rank(sample)
        assert ours == theirs, sample[:80]  # every language's probability, equal floats
        assert fast.classify(sample) == reference.classify(sample)
        checked += 1
    assert checked > 100


def test_window_walk_is_the_automatons_walk() -> None:
    fast = _identifier()
    data = "Iran’s foreign minister met Lavrov in Tehran on Tuesday (Tâbriz).".encode()
    state, walked = 0, []
    for byte in data:
        state = fast._moves[fast._bases[state] + byte]
        walked.append(int(state))
    assert fast.states(data).tolist() == walked


def test_a_walk_that_disagrees_falls_back_to_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a window too short to fix the state, the check against the automaton catches
    the wrong walk and the byte-by-byte walk gives py3langid's scores."""
    fast, reference = _identifier(), _reference_identifier()
    text = "Le ministre a rencontré son homologue à Téhéran, selon un communiqué officiel."
    monkeypatch.setattr(language, "WINDOW", 1)
    assert fast.states(text.encode()) is None
    assert fast.rank(text) == reference.rank(text)


def test_decisions_on_demo_and_own_sentences() -> None:
    assert detect_language("Israel struck Gaza.")[0] == "en"
    assert detect_language(OWN[1])[0] == "de"
    assert detect_language(OWN[2])[0] == "fr"
    french = (DEMO / "bad" / "french.txt").read_text("utf-8")
    assert detect_language(french)[0] == "fr"
    english = sorted(DEMO.glob("*.txt"))
    assert english and all(detect_language(p.read_text("utf-8"))[0] == "en" for p in english)


def test_language_code_is_detect_languages_code() -> None:
    """The code alone, function words first: the same code as detect_language on every
    sample (demo inputs, own sentences in eight languages, random strings)."""
    texts = samples()
    texts += ["The minister said on Monday that the talks would resume in Geneva next week.",
              "Der Minister sagte, die Gespräche in Genf würden in der nächsten Woche "
              "fortgesetzt, and the talks would resume."]
    assert [language.language_code(t) for t in texts] == [detect_language(t)[0] for t in texts]


def test_english_function_words_settle_it_without_the_identifier(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_identifier() -> None:
        raise AssertionError("the identifier ran")

    english = (DEMO / "timesofisrael-3003390.txt").read_text("utf-8")
    assert detect_language(english)[0] == "en"
    monkeypatch.setattr(language, "_identifier", no_identifier)
    assert language.language_code(english) == "en"
    assert language.language_code("The army struck Gaza.") == "en"
    with pytest.raises(AssertionError, match="the identifier ran"):
        language.language_code(OWN[1])  # German: the identifier decides


def test_reading_english_articles_does_not_load_the_identifier() -> None:
    """py3langid's model (~75 MB) is loaded on first need, and English news never needs it."""
    from eventwire.ingest import reader_context
    from eventwire.readers import read_paths
    from eventwire.settings import Settings

    _identifier.cache_clear()
    articles = list(read_paths(sorted(DEMO.glob("*.txt")), reader_context(Settings())))
    assert articles and {a.language for a in articles} == {"en"}  # type: ignore[union-attr]
    assert _identifier.cache_info().currsize == 0
    assert language.language_code(OWN[1]) == "de"
    assert _identifier.cache_info().currsize == 1
