"""Vocabularies for the figure finder: currencies, percent words, units of measure.

Units of measure keep the surface form the text used ("km", "kilometres"),
lower-cased, so that an analyst sees what was written; only symbols are
spelled out ("%" -> "percent", "46C" -> "degrees Celsius", "$" -> "dollars").
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "MEASURE_UNITS",
    "PERCENT_WORDS",
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
calorie calories kcal teu teus
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
    low = word.lower()
    if low in PERCENT_WORDS:
        return PERCENT_WORDS[low]
    if low in MEASURE_UNITS:
        return low
    return None


def time_unit(word: str) -> str | None:
    """Canonical plural for a time unit word ("hour" -> "hours"), or None."""
    return _TIME.get(word.lower())
