"""Vocabularies for the figure finder: currencies, percent words, units of measure,
and the words around numbers that tell a reported figure from a date, a label
or an idiom (months, label nouns, hedges, time-expression words).

Units of measure keep the surface form the text used ("km", "kilometres"),
lower-cased, so that an analyst sees what was written; only symbols are
spelled out ("%" -> "percent", "46C" -> "degrees Celsius", "$" -> "dollars").
"""

from __future__ import annotations

__all__ = [
    "ADVERB_HEDGES",
    "CASUALTY_WORDS",
    "CHANGE_VERBS",
    "CLOCK_WORDS",
    "COMPARISONS",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "EPISTEMIC_PASSIVE",
    "GLUED_SCALES",
    "HYPHEN_IDIOMS",
    "LABEL_NOUNS",
    "LABEL_WORDS",
    "LEFT_HEDGES",
    "MEASURE_UNITS",
    "MODAL_HEDGES",
    "MONTHS",
    "MULTIWORD_COUNT",
    "PERCENT_WORDS",
    "PHONE_WORDS",
    "PREFIX_UNITS",
    "RIGHT_HEDGES",
    "STREET_WORDS",
    "TIME_EXPR_AFTER",
    "TIME_EXPR_BEFORE",
    "TIME_EXPR_MOD",
    "TIME_NOUNS",
    "TIME_UNITS",
    "currency_of_code",
    "currency_of_symbol",
    "currency_of_word",
    "measure_unit",
    "time_unit",
]

CURRENCY_SYMBOLS = {
    "$": "dollars", "US$": "dollars", "U.S.$": "dollars", "A$": "dollars", "AU$": "dollars",
    "C$": "dollars", "CA$": "dollars", "NZ$": "dollars", "HK$": "dollars", "S$": "dollars",
    "R$": "reais", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₩": "won",
    "₽": "rubles", "₺": "lira", "₦": "naira", "₴": "hryvnias", "₪": "shekels",
}

CURRENCY_CODES = {
    "usd": "dollars", "us$": "dollars", "aud": "dollars", "cad": "dollars", "nzd": "dollars",
    "hkd": "dollars", "sgd": "dollars", "twd": "dollars", "nt$": "dollars",
    "eur": "euros", "gbp": "pounds", "jpy": "yen", "cny": "yuan", "rmb": "yuan",
    "inr": "rupees", "rs": "rupees", "rs.": "rupees", "pkr": "rupees", "chf": "francs",
    "rub": "rubles", "krw": "won", "try": "lira", "ngn": "naira", "uah": "hryvnias",
    "zar": "rand", "brl": "reais", "mxn": "pesos", "sek": "kronor", "nok": "kroner",
    "dkk": "kroner", "pln": "zlotys", "ils": "shekels", "aed": "dirhams", "sar": "riyals",
    "egp": "pounds", "idr": "rupiah", "myr": "ringgit", "thb": "baht", "php": "pesos",
}

_CURRENCY_WORD_FORMS = {
    "dollar": "dollars", "euro": "euros", "pound": "pounds", "sterling": "pounds",
    "yen": "yen", "yuan": "yuan", "renminbi": "yuan", "rupee": "rupees", "won": "won",
    "ruble": "rubles", "rouble": "rubles", "franc": "francs", "peso": "pesos", "lira": "lira",
    "lire": "lira", "shekel": "shekels", "dirham": "dirhams", "riyal": "riyals", "rial": "rials",
    "rand": "rand", "naira": "naira", "hryvnia": "hryvnias", "hryvnias": "hryvnias",
    "krona": "kronor", "kronor": "kronor", "krone": "kroner", "kroner": "kroner",
    "zloty": "zlotys", "zlotys": "zlotys", "ringgit": "ringgit", "baht": "baht",
    "rupiah": "rupiah", "dinar": "dinars", "real": "reais", "reais": "reais", "cent": "cents",
    "pence": "pence", "penny": "pence",
}
CURRENCY_WORDS = {
    **_CURRENCY_WORD_FORMS,
    **{k + "s": v for k, v in _CURRENCY_WORD_FORMS.items() if not k.endswith("s") and k not in
       {"yen", "yuan", "won", "rand", "naira", "baht", "rupiah", "ringgit", "sterling", "pence", "lira",
        "renminbi", "lire", "kronor", "kroner", "reais", "real"}},
}

PERCENT_WORDS = {"%": "percent", "percent": "percent", "pc": "percent", "pct": "percent",
                 "per cent": "percent", "percentage point": "percentage points",
                 "percentage points": "percentage points", "basis point": "basis points",
                 "basis points": "basis points", "bps": "basis points", "bp": "basis points"}

# Units of measure, lower-case surface forms (plural and singular).
_MEASURE = """
km kms kilometre kilometres kilometer kilometers km2 sq-km cm centimetre centimetres centimeter
centimeters mm millimetre millimetres millimeter millimeters metre metres meter meters mile miles
ft feet foot inch inches yard yards hectare hectares ha acre acres kg kgs kilogram kilograms
kilo kilos gram grams g lb lbs ounce ounces oz tonne tonnes ton tons t litre litres liter liters
gallon gallons barrel barrels bpd bcm mw megawatt megawatts gw gigawatt gigawatts kw kilowatt
kilowatts kwh mwh gwh twh volt volts degree degrees °c °f mph kph km/h knot knots mach magnitude
calorie calories kcal teu teus gigatonne gigatonnes megatonne megatonnes gt mt
"""
MEASURE_UNITS = frozenset(_MEASURE.split())

_TIME = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "day": "days", "days": "days",
    "week": "weeks", "weeks": "weeks", "fortnight": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "yr": "years", "yrs": "years", "decade": "decades",
    "decades": "decades", "century": "centuries", "centuries": "centuries",
}
TIME_UNITS = frozenset(_TIME)

# Glued suffixes that are units ("46C", "7,000km"); case matters for one-letter ones.
_SUFFIX_UNITS = {
    "C": "degrees Celsius", "°C": "degrees Celsius", "F": "degrees Fahrenheit",
    "°F": "degrees Fahrenheit", "°": "degrees", "%": "percent", "pc": "percent",
    "pct": "percent", "bps": "basis points", "bp": "basis points",
}


_ONE_LETTER_UNITS = {"g", "t", "m", "C", "F", "%", "°"}


def currency_of_symbol(symbol: str) -> str | None:
    return CURRENCY_SYMBOLS.get(symbol)


def currency_of_code(code: str) -> str | None:
    if code.isupper() or code.lower() in {"rs", "rs."}:
        return CURRENCY_CODES.get(code.lower())
    return None


def currency_of_word(word: str) -> str | None:
    return CURRENCY_WORDS.get(word.lower())


def measure_unit(word: str) -> str | None:
    """The unit name for a word or glued suffix, or None."""
    if word in _SUFFIX_UNITS:
        return _SUFFIX_UNITS[word]
    if len(word) == 1 and word not in _ONE_LETTER_UNITS:
        return None  # "5G", "4K", "3D": not units
    low = word.lower()
    if low in PERCENT_WORDS:
        return PERCENT_WORDS[low]
    if low in MEASURE_UNITS:
        return low
    return None


def time_unit(word: str) -> str | None:
    """Canonical plural for a time unit word ("hour" -> "hours"), or None."""
    return _TIME.get(word.lower())


# --- words around numbers ---------------------------------------------------

MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
    "Sept.", "Oct.", "Nov.", "Dec.",
}
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst",
                "pdt", "et", "pt", "o'clock", "hrs", "local"}
LABEL_WORDS = {"no", "no.", "nos", "nos.", "number", "#", "nr", "nr.", "vol", "vol.", "p", "p.", "pp",
                "pp.", "art", "art.", "sec", "sec.", "ch", "ch.", "v", "v.", "version", "ver", "ver."}
LABEL_NOUNS = {
    "article", "section", "chapter", "page", "paragraph", "clause", "line", "room", "flight", "route", "platform",
    "gate", "bus", "highway", "level", "phase", "stage", "grade", "category", "type", "class", "model",
    "version", "season", "episode", "series", "volume", "unit", "building", "block", "floor", "district",
    "zone", "sector", "item", "rule", "resolution", "figure", "table", "exhibit", "annex", "appendix",
    "amendment", "act", "bill", "case", "channel", "division", "gen", "generation", "group", "lot", "mark",
    "motorway", "interstate", "precinct", "protocol", "question", "race", "region", "road", "ward", "psalm",
    "verse", "track", "terminal", "pier", "berth", "reactor", "tier", "step", "option", "plan", "point", "tranche",
    "wave", "week", "day", "game", "match", "round", "stanza", "subsection", "no", "junction", "junctions", "exit",
    "pillar", "title", "stop", "gates", "platforms", "articles", "sections", "chapters", "pages", "paragraphs",
}
PREFIX_UNITS = {"magnitude": "magnitude", "mach": "mach"}
PHONE_WORDS = {"call", "dial", "phone", "telephone", "tel", "tel.", "fax", "hotline", "helpline",
                "text", "sms", "whatsapp", "ring", "calling", "texting", "dialling", "dialing", "ringing"}
STREET_WORDS = {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd", "row",
                 "walk", "close", "mews", "quay", "wharf", "parade", "grove", "gardens", "hill", "alley", "plaza",
                 "lane", "ln", "drive", "dr", "way", "place", "square", "court", "terrace", "crescent",
                 "highway", "parkway", "strasse", "straße", "rue", "via", "calle"}
CASUALTY_WORDS = {"dead", "injured", "wounded", "killed", "missing", "hurt", "displaced", "arrested",
                   "detained", "hospitalised", "hospitalized", "infected", "evacuated", "homeless", "rescued", "aboard",
                   "stranded", "trapped"}
TIME_NOUNS = {"year", "years", "day", "days", "week", "weeks", "month", "months", "time", "night", "morning",
               "evening", "afternoon", "season", "quarter", "decade", "century", "hour", "hours"}
TIME_EXPR_BEFORE = {"in", "within", "inside"}
TIME_EXPR_AFTER = {"previously", "hence"}  # "two days before the vote", "19 months ago" measure a stretch of time
TIME_EXPR_MOD = {"past", "last", "next", "first", "coming", "previous", "recent", "final", "following",
                  "preceding", "initial", "opening", "closing", "latest"}
# "-X" compounds after a number that are idioms, not counts ("a two-state solution")
HYPHEN_IDIOMS = {"way", "state", "tier", "speed", "horse", "seater", "party", "faced", "sided", "thirds",
                  "odd", "plus", "time", "off", "member-state", "nil", "all", "love", "dimensional", "pronged",
                  "track", "stroke", "shot", "up", "down", "to", "and", "or", "point-five"}
# "X, down from Y": Y counts what X counts
# "another 3,000", "a further 500", "an additional 40": more of the thing counted before
# verbs of a count changing level: "cut to 30", "fell to 61,000 ... from 95,000"
CHANGE_VERBS = frozenset("cut reduce fall rise drop shrink grow climb increase decrease slash swell lower raise dwindle "
                         "whittle bring push slip jump surge plunge soar sink ease edge tumble slump".split())
ADDED_TO = {"another", "further", "additional", "remaining", "extra"}
COMPARISONS = {("instead", "of"), ("rather", "than"), ("compared", "with"), ("compared", "to"), ("down", "from"),
                ("up", "from"), ("against", "just"), ("versus", "just")}
GLUED_SCALES = {"bn", "m", "mn", "mln", "k", "b", "tn", "trn"}
MULTIWORD_COUNT = {("special", "forces"), ("armed", "forces"), ("security", "forces"), ("civil", "servants")}

# Approximators before a figure, longest first.
LEFT_HEDGES: list[tuple[str, ...]] = sorted(
    [tuple(h.split()) for h in [
        "as many as", "as much as", "as few as", "as little as", "as high as", "as low as",
        "no fewer than", "no more than", "not more than", "no less than", "not less than",
        "more than", "less than", "fewer than", "greater than", "higher than", "lower than",
        "at least", "at most", "up to", "close to", "nearly", "almost", "about", "around",
        "approximately", "approx.", "approx", "roughly", "some", "over", "under", "below", "above",
        "just over", "just under", "just above", "just below", "well over", "well above", "well below",
        "well under", "just shy of", "an estimated", "estimated", "upwards of", "in excess of", "circa",
        "c.", "maybe", "perhaps", "possibly", "probably", "reportedly", "allegedly", "a maximum of",
        "a minimum of", "approaching", "nigh on", "anywhere between", "somewhere between",
        "anywhere from", "somewhere around", "somewhere near", "an approximate", "a mere", "a reported",
        "an alleged", "a possible",
        "nearer", "nearer to", "closer to", "close on", "the better part of", "the best part of",
        "north of", "just north of", "well north of", "south of", "just south of", "shy of", "short of",
        "just short of", "a shade over", "a shade under", "a little over", "a little under",
        "a little more than", "a little less than", "little more than", "little less than",
        "slightly more than", "slightly less than", "slightly over", "slightly under", "upward of",
        "well in excess of", "in the region of", "somewhere in the region of", "in the order of",
        "on the order of", "of the order of", "in the neighbourhood of", "in the neighborhood of",
        "something like", "more like", "getting on for", "just about", "around about", "round about",
        "far more than", "well more than", "much more than",
    ]],
    key=len, reverse=True,
)
RIGHT_HEDGES: list[tuple[str, ...]] = [
    ("or", "so"), ("or", "more"), ("or", "less"), ("or", "fewer"), ("or", "over"), ("or", "above"),
    ("and", "above"), ("and", "up"), ("odd",), ("-", "odd"), ("plus",), ("-", "plus"), ("+",),
]
MODAL_HEDGES = {"may", "might", "could"}
ADVERB_HEDGES = {"reportedly", "allegedly", "possibly", "probably", "likely", "apparently", "presumably",
                  "potentially", "perhaps", "supposedly", "purportedly", "seemingly", "maybe",
                  "reputedly", "ostensibly", "roughly", "approximately"}
EPISTEMIC_PASSIVE = {"believe", "think", "estimate", "expect", "fear", "suspect", "understand", "rumour",
                      "rumor", "presume", "suppose", "assume", "claim", "allege"}
