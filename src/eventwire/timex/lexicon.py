"""Word lists of the temporal tagger: months, weekdays, numbers, units, seasons, mods.

Everything here is an immutable constant (dicts are only read, never written).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2,
    "single": 1, "a single": 1,
}

VAGUE_NUMBERS = frozenset({
    "several", "a few", "few", "many", "some", "dozens of", "hundreds of", "a number of",
    "countless", "numerous",
})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}

# unit word -> (ISO letter, multiplier, is time-of-day unit)
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "month": ("M", 1, False), "quarter": ("Q", 1, False),
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
}
VAGUE_UNIT_LETTERS: dict[str, str] = {"decade": "DE", "century": "CE"}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "fortnightly": "P2W", "biweekly": "P2W", "monthly": "P1M", "quarterly": "P1Q",
    "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
}

VAGUE_REFS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "at this time": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the time being": "PRESENT_REF",
}

# Prefix phrases before a date: (TimeML mod, half/part suffix or None)
MOD_PREFIXES: dict[str, tuple[str | None, str | None]] = {
    "early": ("START", None), "earlier": (None, None), "later": (None, None),
    "mid": ("MID", None), "late": ("END", None),
    "the beginning of": ("START", None), "the start of": ("START", None),
    "the middle of": ("MID", None), "the end of": ("END", None), "the close of": ("END", None),
    "the turn of": ("START", None), "the first half of": (None, "H1"),
    "the second half of": (None, "H2"), "the latter half of": (None, "H2"),
    "the first part of": ("START", None), "the latter part of": ("END", None),
}

APPROX_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "nearly": "APPROX",
    "almost": "APPROX", "some": "APPROX", "approximately": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
}

# Words that make a year a date when they stand right before it.
YEAR_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "to", "through", "throughout", "during",
    "of", "before", "after", "between", "and", "or", "circa", "c.", "around", "early",
    "mid", "late", "year", "fiscal", "spring", "summer", "autumn", "fall", "winter",
    "on", "at", "for", "as", "than", "about", "into", "within", "ca.",
})

# Lower-case words that may follow a year that is a date ("in 2019 the", "2019, when").
YEAR_FOLLOWERS = frozenset({
    "and", "or", "to", "when", "as", "after", "before", "the", "a", "an", "in", "on",
    "at", "for", "with", "but", "was", "were", "is", "are", "had", "has", "that", "which",
    "while", "until", "till", "because", "it", "he", "she", "they", "we", "i", "there",
    "this", "his", "her", "their", "its", "saw", "since", "through", "following", "alone",
    "onwards", "onward", "if", "so", "by", "from", "under", "amid", "during", "where",
    "then", "also", "said", "could", "would", "will", "did", "brought", "marked",
})

# Words before a bare month name that make it a date ("in May", not "May said").
MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "from", "through", "throughout", "during", "of",
    "before", "after", "between", "early", "mid", "late", "last", "this", "next",
    "on", "for", "into", "previous", "coming", "past", "around",
    "that", "each", "every", "late-", "mid-", "early-", "as", "to",
})

NUMBER_SUFFIX_WORDS = frozenset({
    "percent", "per", "people", "troops", "soldiers", "vessels", "ships", "votes",
    "million", "billion", "trillion", "thousand", "dollars", "euros", "km", "miles",
})

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "sha", "ll", "should",
                        "might", "must", "may"})
# Verbs whose infinitive complement lies ahead: "ordered him to appear on 16 October".
INTENT_LEMMAS = frozenset({
    "order", "ask", "urge", "invite", "offer", "agree", "promise", "vow", "pledge", "want",
    "decide", "threaten", "call", "plan", "prepare", "seek", "hope", "wish", "need",
    "require", "summon", "tell", "instruct", "allow", "vote", "move",
})
FUTURE_LEMMAS = frozenset({
    "schedule", "plan", "expect", "due", "postpone", "delay", "slate", "intend",
    "adjourn", "defer", "push", "reschedule", "aim", "hope", "set", "upcoming",
})
