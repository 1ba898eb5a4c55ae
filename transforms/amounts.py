"""Amounts mentioned in text: money, percentages, durations, ages, physical quantities, counts.

One pattern per kind, tried in order of specificity over the whole body; a span claimed by an
earlier kind is not claimed again. Years, dates, times of day, ordinals and scores are not amounts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TypeGuard

from transforms.lexicon import NOT_NAME_WORDS
from transforms.local_currency import (
    SHARED_NAME_UNITS,
    localise_currencies,
    names_a_country_of,
)
from transforms.numbers import (
    DIGIT_NUMBER,
    NUMBER,
    SCALES,
    SIMPLE_FRACTION,
    TENS,
    UNITS,
    WORD_NUMBER,
    parse_number,
)
from transforms.regex_words import word_alternation

QUALIFIERS = (
    "more than|less than|fewer than|greater than|as much as|as many as|as little as|"
    "at least|at most|up to|upwards of|in excess of|close to|just over|just under|well over|"
    "nearly|almost|about|around|approximately|roughly|some|over|under|below|above|"
    "an estimated|an extra|an additional|a further|between|from|only|just"
)
QUALIFIER_BEFORE = re.compile(rf"(?i:\b({QUALIFIERS}))\s+$")
# Letters before a dollar sign name whose dollar it is: US$, A$, C$, HK$, "c $" in lower case.
DOLLAR_PREFIXES = {
    "US": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "R": "BRL",
    "MEX": "MXN",
}
CURRENCY_SYMBOLS = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₪": "ILS",
    "USD": "USD",
    "GBP": "GBP",
    "EUR": "EUR",
    "JPY": "JPY",
    "CNY": "CNY",
    "CHF": "CHF",
    "AUD": "AUD",
    "CAD": "CAD",
    "INR": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "RMB": "CNY",
    "NGN": "NGN",
    "GHS": "GHS",
    "GH¢": "GHS",
    "KES": "KES",
    "KSh": "KES",
    "Ksh": "KES",
    "ZAR": "ZAR",
    "EGP": "EGP",
    "PKR": "PKR",
    "AED": "AED",
    "SAR": "SAR",
    "QAR": "QAR",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "HKD": "HKD",
    "SGD": "SGD",
    "NZD": "NZD",
    "KRW": "KRW",
    "BRL": "BRL",
    "MXN": "MXN",
    "PLN": "PLN",
    "THB": "THB",
    "MYR": "MYR",
}
# Letters African and Asian news writes before the number for its currency: the naira's N
# ("N28.7 trillion", "N5,000"), the rand's R ("R2.5 billion"), the Kenyan shilling's Sh
# ("Sh1.5 billion"), the Philippine peso's P ("P1.2 billion"); taken only with a scale or
# thousands written, as a price ("N650 per litre") or a rate ("N460 to the dollar"), so "N95
# masks", "the N1", "an R5 engine" and "a P45" are no money.
LETTER_CURRENCIES = {"N": "NGN", "R": "ZAR", "Sh": "KES", "P": "PHP"}
LETTER_CURRENCY = (
    r"(?:N|R|Sh|P)"
    r"(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?i:trillion|billion|million|tn|bn|m)(?![\w])"
    r"|\d{2,}(?:\.\d+)?\s(?:per|a|an|each)\s"
    r"|\d{2,}(?:\.\d+)?\s(?:to|against)\sthe\s(?:dollar|pound|euro|greenback)\b)"
)
# Currency words that are money only where the article names a country that pays in them.
COUNTRY_BOUND_WORDS = frozenset(("shilling", "shillings"))
# Signs written after the number: "100元", "100 ₡".
SUFFIX_SYMBOLS = {
    "元": "CNY",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₽": "RUB",
    "₺": "TRY",
    "₴": "UAH",
    "₦": "NGN",
    "₫": "VND",
    "€": "EUR",
    "ரூ": "LKR",  # rupee sign in Tamil script (Sri Lanka)
    "රු": "LKR",  # rupee sign in Sinhala script
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "pound": "GBP",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "kuai": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "franc": "CHF",
    "francs": "CHF",
    "swiss francs": "CHF",
    "french francs": "FRF",
    "belgian francs": "BEF",
    "rupiah": "IDR",
    "pesos": "MXN",
    "peso": "MXN",
    "rand": "ZAR",
    "south african rand": "ZAR",
    "naira": "NGN",
    "cedi": "GHS",
    "cedis": "GHS",
    "kenyan shillings": "KES",
    "shillings": "KES",  # only where the article names a country of the shilling
    "shilling": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "egyptian pounds": "EGP",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "south korean won": "KRW",
    "ringgit": "MYR",
    "baht": "THB",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "rial": "IRR",
    "rials": "IRR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotes": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "shekel": "ILS",
    "shekels": "ILS",
    "taka": "BDT",
    "krona": "SEK",
    "kronor": "SEK",
    "lira": "TRY",
    "hryvnia": "UAH",
    "guilders": "NLG",
    "dutch guilders": "NLG",
    "pesetas": "ESP",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "lire": "ITL",
    "markka": "FIM",
    "finnish markka": "FIM",
}
# An exchange rate: a number of one currency to, per or against one of another.
BASE_CURRENCIES = ("dollar", "euro", "pound")
EXCHANGE_RATE = re.compile(
    rf"(?P<num>{DIGIT_NUMBER})\s+(?:to|per|against)\s+(?:the\s+|a\s+|one\s+|each\s+)?"
    r"(?:US\s+|U\.S\.\s+)?(?:dollar|euro|pound)\b"
)
# The currency of such a rate: one that is not itself the usual base.
LOCAL_CURRENCY_WORD = re.compile(
    r"\b(?:yuan|renminbi|rupee|rupees|rouble|ruble|peso|rupiah|rand|krona|lira|hryvnia|yen|"
    r"franc)\b"
)
SUBUNITS = {"p": "GBP", "pence": "GBP", "penny": "GBP", "cents": "USD", "cent": "USD"}
DURATION_UNITS = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
    "quarter": "quarter",
}
# Short forms, in lower case only ("3 hrs", "90 mins", "24h"): "3 H" or "Min" is something else.
DURATION_ABBREVIATIONS = {
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "sec": "second",
    "secs": "second",
    "yr": "year",
    "yrs": "year",
    "wk": "week",
    "wks": "week",
}
QUANTITY_UNITS = {
    "km": "kilometre",
    "kilometres": "kilometre",
    "kilometers": "kilometre",
    "kilometre": "kilometre",
    "kilometer": "kilometre",
    "miles": "mile",
    "mile": "mile",
    "metres": "metre",
    "meters": "metre",
    "metre": "metre",
    "meter": "metre",
    "cm": "centimetre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "centimetre": "centimetre",
    "centimeter": "centimetre",
    "mm": "millimetre",
    "millimetres": "millimetre",
    "millimeters": "millimetre",
    "millimetre": "millimetre",
    "millimeter": "millimetre",
    "yards": "yard",
    "yard": "yard",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "inches": "inch",
    "inch": "inch",
    "kg": "kilogram",
    "kilograms": "kilogram",
    "kilos": "kilogram",
    "grams": "gram",
    "g": "gram",
    "metric tons": "tonne",
    "metric tonnes": "tonne",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "ton",
    "ton": "ton",
    "lbs": "pound",
    "lb": "pound",
    "ounces": "ounce",
    "oz": "ounce",
    "litres": "litre",
    "liters": "litre",
    "litre": "litre",
    "gallons": "gallon",
    "gallon": "gallon",
    "barrels": "barrel",
    "barrel": "barrel",
    "acres": "acre",
    "acre": "acre",
    "hectares": "hectare",
    "hectare": "hectare",
    "square miles": "square mile",
    "square mile": "square mile",
    "sq mi": "square mile",
    "square metres": "square metre",
    "square meters": "square metre",
    "sq m": "square metre",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "sq km": "square kilometre",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "square feet": "square foot",
    "sq ft": "square foot",
    "cubic feet": "cubic foot",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "milligrams": "milligram",
    "micrograms": "microgram",
    "microgram": "microgram",
    "mg": "milligram",
    "millilitres": "millilitre",
    "milliliters": "millilitre",
    "ml": "millilitre",
    "ounce": "ounce",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "megawatts": "megawatt",
    "mw": "megawatt",
    "gigawatts": "gigawatt",
    "gw": "gigawatt",
    "kwh": "kilowatt hour",
    "kilowatt hours": "kilowatt hour",
    "kilowatt-hours": "kilowatt hour",
    "terawatt hours": "terawatt hour",
    "twh": "terawatt hour",
    "knots": "knot",
    "decibels": "decibel",
    "degrees": "degree",
    "°c": "degree celsius",
    "°f": "degree fahrenheit",
    "mb": "megabyte",
    "gb": "gigabyte",
    "megabytes": "megabyte",
    "gigabytes": "gigabyte",
    "tb": "terabyte",
    "terabytes": "terabyte",
    "mbps": "megabit per second",
    "pixels": "pixel",
    "megapixels": "megapixel",
    "calories": "calorie",
    "bytes": "byte",
    "kilobytes": "kilobyte",
}
NOT_COUNT_NOUNS = frozenset(
    """am pm a.m. p.m. gmt bst est of to and or per the in on at by for from with a an is are
    was were has have had times time percent per cent points point st nd rd th which who that
    it its this these than as or but if when years year days months weeks hours minutes""".split()
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# "$US5 million", "$A2.5bn": Australian and New Zealand news write the letters after the sign.
_symbols = r"(?:US|AU|A|CA|C|NZ|HK|S|R|Mex|MEX|us|au|ca|c|nz|hk|mex)\s?\$|" + "|".join(
    re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
)
# Before a number, where amounts may start: a currency's letter is judged by MONEY_SYMBOL.
_symbols_before = _symbols + r"|N|R|Sh|P|\$(?:US|A|NZ|HK)"
_symbols += r"|\$(?:US|A|NZ|HK)(?=\d)|" + LETTER_CURRENCY
_suffix_symbols = "|".join(SUFFIX_SYMBOLS)
_currency_words = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_subunits = "|".join(sorted(SUBUNITS, key=len, reverse=True))
_scales = "|".join(sorted(SCALES, key=len, reverse=True))
_duration_units = "|".join(DURATION_UNITS)
_quantity = "|".join(re.escape(u) for u in sorted(QUANTITY_UNITS, key=len, reverse=True))
SCALE = rf"(?:\s?(?i:{_scales})(?![\w]))"
AMOUNT_NUMBER = rf"(?P<num>{NUMBER})(?P<scale>{SCALE})?"
HIGH_NUMBER = rf"(?P<high>{NUMBER})(?P<high_scale>{SCALE})?"
# "$2-3bn": the high end shares the low end's currency. "£6-£10" is two amounts: each end is
# written in full, so each is a mention of its own.
# "£200,000-a-week", "$15-an-hour": a rate, no range up to "a".
NOT_A_HIGH_END = (
    r"(?!(?i:an?)(?![\w])(?!\s+(?i:hundred|thousand|million|billion|trillion|few|half)))"
)
RANGE = rf"(?:\s?(?:-|–|to)\s?{NOT_A_HIGH_END}{HIGH_NUMBER}(?![\d.,]*%))?"
# "sales fell 4% in 2004 to 789m euros": a year before "to" is when, not a range's low end.
NOT_A_YEAR_TO = r"(?!(?:1[89]|20)\d\d\s(?:to|-|–)\s)"
CURRENCY_BEFORE = re.compile(rf"(?:{_symbols_before})\s?\Z")
MONEY_SYMBOL = re.compile(
    rf"(?<![\w$£€¥])(?P<cur>{_symbols})\s?{AMOUNT_NUMBER}{RANGE}"
    rf"(?:\s(?P<cur_word>(?i:{_currency_words}))(?![\w]))?(?![\w])"
)
# Codes written after the number, in capitals: "200 EUR", "500 CHF".
ISO_CODES_AFTER = {
    code: cur for code, cur in CURRENCY_SYMBOLS.items() if re.fullmatch("[A-Z]{3}", code)
}
# Not a clock's time: "8:32 p.m.", "at 3 p.m." are no pence.
MONEY_WORD = re.compile(
    rf"(?<![\w$£€¥.,:]){NOT_A_YEAR_TO}{AMOUNT_NUMBER}{RANGE}[\s-]?"
    rf"(?P<cur_word>(?i:{_currency_words}|{_subunits})|{'|'.join(sorted(ISO_CODES_AFTER))})"
    rf"(?![\w])(?!\.m\.)"
)
MONEY_SUFFIX = re.compile(rf"(?<![\w.,]){AMOUNT_NUMBER}\s?(?P<suffix>{_suffix_symbols})")
_percent_sign = r"(?:%|\s?(?i:per\s?cent|percent)(?![\w])|\s?pc(?![\w]))"  # "2.5pc": UK press
# "75 basis points", "25bp", "50 bps": hundredths of a percentage point, given in percent.
BASIS_POINTS = re.compile(
    rf"(?<![\w.,]){AMOUNT_NUMBER}{RANGE}[\s-]?(?i:basis[\s-]points?|bps|bp)(?![\w])"
)
PERCENTAGE_POINTS = re.compile(rf"(?<![\w.,]){AMOUNT_NUMBER}\s(?i:percentage\spoints?)(?![\w])")
PERCENT_PATTERNS = (
    # 5-7%, 5 to 7 per cent (one amount); "5% to 7%" is two, each written in full
    re.compile(
        rf"(?<![\w.,]){NOT_A_YEAR_TO}{AMOUNT_NUMBER}\s?(?:-|–|to)\s?{HIGH_NUMBER}{_percent_sign}"
    ),
    re.compile(rf"(?<![\w.,]){AMOUNT_NUMBER}{_percent_sign}"),
    PERCENTAGE_POINTS,
)
FRACTIONS_OF = {
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "sixth": 100 / 6,
    "tenth": 10.0,
    "tenths": 10.0,
}
# "half of", "a third of", "two-thirds of", "half the income": shares, as percent.
FRACTION_SHARE = re.compile(
    r"(?<![\w-])(?P<count>(?i:a|one|two|three|four)[\s-])?(?P<part>(?i:half|thirds?|quarters?|"
    r"fifths?|sixth|tenths?))(?=\s+of\s|\s+(?:the|its|their|his|her|our|all)\s)"
)
# The fraction word alone, its first letter as a class so the search can skip ahead.
FRACTION_PART = re.compile(
    r"[hHtTqQfFsS](?i:alf|hirds?|uarters?|ifths?|ixth|enths?)"
    r"(?=\s+of\s|\s+(?:the|its|their|his|her|our|all)\s)"
)
OF_AFTER = re.compile(r"\s+of\s")
# How many of the fraction: "two-thirds", "a quarter", "half" (no count written: one).
FRACTION_COUNTS = {"": 1.0, "a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}
# A change by a share: "rents rose by a fifth", "cut by two-thirds", "up by a quarter".
CHANGE_BY_FRACTION = re.compile(
    r"(?<=\bby )(?P<count>(?i:a|one|two|three|four)[\s-])(?P<part>(?i:half|thirds?|quarters?|"
    r"fifths?|tenths?))(?=[\s,.;:)]|$)(?!\s+of\s)"
)
FRACTION_STEMS = ("half", "third", "quarter", "fifth", "sixth", "tenth")
# A fraction of one percentage point: "a quarter of a point", "half a percentage point",
# "a half-point", "three-quarters of a point".
POINT_FRACTION_TAIL = r"(?:[\s-]+of)?(?:\s+(?:a|an|one))?[\s-]+(?:percentage[\s-]+)?point\b"
POINT_FRACTION_PART = re.compile(r"[hHqQ](?i:alf|uarters?)" + POINT_FRACTION_TAIL)
POINT_FRACTION = re.compile(
    r"(?<![\w-])(?P<count>(?i:a|one|two|three)[\s-])?(?P<part>(?i:half|quarters?))"
    + POINT_FRACTION_TAIL
)
FRACTION_COUNT_BEFORE = re.compile(r"(?<![\w-])(?i:a|one|two|three|four)[\s-]\Z")
# "a 19-year-old", "ten months old", "six weeks of age", "aged 52"; the unit is the one written.
AGE_PATTERNS = (
    re.compile(
        rf"(?<![\w.,])(?P<num>{NUMBER})(?:-|\s)(?P<unit>(?i:year|month|week|day))s?"
        rf"(?:(?:-|\s)old|\sof\sage)(?![\w])"
    ),
    re.compile(rf"(?<=\baged\s)(?P<num>{NUMBER})(?![\w])"),
)
# Words the age and plural-count patterns need, looked for in the lower-cased body first.
YEARS_OLD = re.compile(r"(?:year|month|week|day)s?(?:[-\s]old|\sof\sage)")
AGED = re.compile(r"aged\s")
PLURAL_OF = re.compile(r"(?:tens|hundreds|thousands|millions|billions)\sof\s")
# Words that may stand between a number and its unit of time: "two successive quarters".
_duration_between = "successive|consecutive|straight|full|whole|long|more|further|additional|extra"
# "only six of those months were paid": a number of the units just spoken of.
_of_those = r"of\s(?:those|these|the|its|their)\s(?=[a-z]+s\b)"
_duration_abbreviations = "|".join(sorted(DURATION_ABBREVIATIONS, key=len, reverse=True))
# A unit may follow digits with no space: "3days", "24h", "3.5years".
DURATION = re.compile(
    rf"(?<![\w.,$£€/])(?P<num>{SIMPLE_FRACTION}|{NUMBER})(?:-|\s|(?<=\d))(?:(?i:{_duration_between})\s|{_of_those})?"
    rf"(?:(?P<unit>(?i:{_duration_units}))(?:s|ly)?|(?P<short>{_duration_abbreviations}))"
    rf"(?![\w])(?!-old|\sold|-half)"
)
_half_units = "second|minute|hour|day|week|month|year|decade|century"
# "half an hour", "a half-day strike", "half a century": half of one unit of time.
# "the half-hour mark" is a moment of a match, not a length.
HALF_UNIT = re.compile(
    rf"(?i:half)(?P<article>\s+an?)?[\s-](?P<unit>(?i:{_half_units}))(?![\w])(?!\s+mark\b)"
)
AND_BEFORE = re.compile(r"(?<![\w])(?i:and)\s+\Z")  # "one and half hours": DURATION's
ARTICLE_BEFORE_HALF = re.compile(r"(?<![\w])(?i:a|one)\s+\Z")
# "an hour and a half", "a year and half": one unit and a half.
UNIT_AND_A_HALF = re.compile(
    rf"(?<![\w])(?i:an?|one)\s+(?P<unit>(?i:{_half_units}))\s+and\s+(?:a\s+)?\Z"
)
# Temperatures: "35C", "-18 °C", "95F", "40 degrees Celsius", "20 deg c"; not "SCP-173C",
# "14.7C/ per share", and a bare "C" or "F" only where the text speaks of temperature ("13F
# filing" is a form).
_temperature_words = "celsius|celcius|centigrade|fahrenheit|farenheit"
TEMPERATURE = re.compile(
    r"(?<![\w.,$£€/])(?<!\w-)(?P<num>\d{1,3}(?:\.\d+)?)"
    r"(?:(?:-|–|\sto\s)(?P<high>\d{1,3}(?:\.\d+)?))?"
    r"(?:(?:\s?°\s?|\s?(?:degrees?|deg\.?)\s+)(?P<unit>(?i:c|f|" + _temperature_words + r"))"
    r"|\s?(?P<bare>C|F|(?i:" + _temperature_words + r")))(?![\w/])"
)
TEMPERATURE_UNITS = {
    "c": "degree celsius",
    "celsius": "degree celsius",
    "celcius": "degree celsius",
    "centigrade": "degree celsius",
    "f": "degree fahrenheit",
    "fahrenheit": "degree fahrenheit",
    "farenheit": "degree fahrenheit",
}
# Cheap evidence that TEMPERATURE may match anywhere (plain substring tests, and a C or F right
# after a digit): a search with TEMPERATURE itself costs several times more.
TEMPERATURE_WORD_PARTS = ("deg", "elsius", "elcius", "entigrade", "renheit")
DIGIT_THEN_C_OR_F = re.compile(r"[0-9] ?[CF]\b")
TEMPERATURE_CONTEXT = re.compile(
    r"(?i:temperature|degree|heat|hot\b|cold|warm|cool|chill|freez|frost|highs?\b|lows?\b|"
    r"minus|weather|climate|thermo|rise|mercury|swelter|scorch|°)"
)
# "a 45-acre farm", "a three-foot drop": a hyphen may join number and unit.
QUANTITY = re.compile(
    rf"(?<![\w.,$£€/]){NOT_A_YEAR_TO}(?P<num>{SIMPLE_FRACTION}|{NUMBER})(?P<scale>{SCALE})?"
    rf"(?:\s?(?:-|–|to)\s?{HIGH_NUMBER})?[\s-]?"
    rf"(?P<unit>(?i:{_quantity}))(?![\w])"
)
COUNT = re.compile(
    r"(?<![\w.,$£€/:-])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    rf"(?P<scale>{SCALE})?\s(?P<object>[a-z][a-z\-]+)(?![\w])"
)
# "three million people", "a billion users": a count in words needs its scale written out.
WORD_COUNT = re.compile(
    rf"(?<![\w.,$£€/:-])(?P<num>(?i:{WORD_NUMBER}))(?P<scale>\s(?i:thousand|million|billion))"
    r"\s(?P<object>[a-z][a-z\-]+)(?![\w])"
)
VAGUE_NUMBER_WORDS = ("several", "few", "dozen")  # no value to give: "several million people"
# A number with a scale and nothing after it ("38m"), and what may compare it with a sum before.
CARRIED_CURRENCY = re.compile(
    r"(?<![\w.,$£€¥/:-])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?P<scale>\s?(?:m|bn|million|billion|trillion))(?![\w$£€¥%-])"
)
COMPARED_BEFORE = re.compile(
    r"\b(?:from|to|against|versus|vs\.?|compared\s+(?:with|to)|than|over)\s+\Z", re.IGNORECASE
)
SENTENCE_END_INSIDE = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
COUNT_PLURAL = re.compile(
    r"(?<![\w])(?P<plural>(?i:(?:tens|hundreds)\sof\s(?:thousands|millions|billions)|tens|"
    r"hundreds|thousands|millions|billions))\sof\s(?P<object>[a-z][a-z\-]+)"
)
# A capitalised word right before a number, not a possessive ("Lords' 750 peers").
TITLE_WORD_BEFORE = re.compile(r"\b([A-Z]\w*)\s\Z")
# Capitalised words that open a sentence before a count: "About 150 federal programs".
WORDS_BEFORE_A_COUNT = frozenset(
    """about around nearly almost some over under more fewer less only just all the for after
    before by with of in on at from to and but its his her their our these those another
    every each approximately roughly""".split()
)
FOLLOWING_WORDS = re.compile(r"(?:\s[a-z][a-z\-]*){1,3}")
ANCHOR_WORDS = frozenset(
    [
        *UNITS,
        *TENS,
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "half",
        "dozen",
        "dozens",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "several",
        "few",
        "third",
        "quarter",
    ]
)
# The character class first lets the engine skip ahead; a leading look-behind would not.
DIGITS = re.compile(r"\d(?<![\d.,]\d)")
NUMBER_WORD = re.compile(rf"\b{word_alternation(ANCHOR_WORDS)}\b")
LOOK_BACK = 5  # "US$ " before the number
MAX_AMOUNT_CHARS = 100
COLLECTIVE_NOUNS = frozenset(
    """people children staff men women police cattle personnel livestock sheep deer fish
    jobless unemployed homeless dead injured wounded displaced elderly""".split()
)
# Adjectives a count may have before its noun that are no nouns themselves and are spelt like
# words the object test stops at: "300 new cases", "2,000 more troops", "250 million weekly
# users".
ADJECTIVES_BEFORE_COUNTED = frozenset(
    "new old other more daily weekly monthly yearly quarterly nightly hourly elderly".split()
)
YEAR_LIKE = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


@dataclass(frozen=True)
class Amount:
    """One amount mention; [start, end) is its text in the body."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str | None
    object: str | None


def extract_amounts(body: str) -> list[Amount]:
    """Every amount in body, in order; no two overlap."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []

    def claim(amount: Amount | None) -> None:
        if amount is None or amount.end <= amount.start:
            return
        if any(amount.start < e and s < amount.end for s, e in taken):
            return
        taken.append((amount.start, amount.end))
        found.append(amount)

    lowered = body.lower()
    currency_starts, windows = _windows(body, lowered)
    for match in _scan(MONEY_SYMBOL, body, currency_starts):
        claim(_money(body, match, currency_of_symbol(match.group("cur"))))
    if any(symbol in body for symbol in SUFFIX_SYMBOLS):
        for match in _scan(MONEY_SUFFIX, body, windows):
            claim(_money(body, match, SUFFIX_SYMBOLS[match.group("suffix")]))
    for match in _scan(MONEY_WORD, body, windows):
        written = match.group("cur_word")
        word = written.lower()
        currency = CURRENCY_WORDS.get(word) or ISO_CODES_AFTER.get(written) or SUBUNITS[word]
        if word in COUNTRY_BOUND_WORDS and not names_a_country_of(body, currency):
            continue  # "for 20 shillings" from King George III: no East African currency
        claim(_money(body, match, currency, subunit=word in SUBUNITS))
    # Each pattern is tried only when the words it needs occur in the body at all.
    if "%" in body or "cent" in lowered or "pc" in body:  # `%`, `per cent`, `2.5pc`
        for pattern in PERCENT_PATTERNS:
            if pattern is PERCENTAGE_POINTS and "percentage" not in lowered:
                continue
            for match in _scan(pattern, body, windows):
                claim(_simple(body, match, "percent", "percent"))
    if "basis point" in lowered or "bp" in lowered:
        for match in _scan(BASIS_POINTS, body, windows):
            claim(_basis_points(body, match))
    if "point" in lowered:  # "a quarter of a point", "a half-point cut": of a percentage
        for match in _point_fractions(body):
            claim(_point_fraction(body, match))
    for match in _fraction_shares(body, lowered):
        claim(_fraction(body, match))
    if " by " in lowered and any(stem in lowered for stem in FRACTION_STEMS):
        by = lowered.find(" by ")
        while by != -1:  # tried after each "by" only: a scan of the body cost 1.5% of extraction
            changed = CHANGE_BY_FRACTION.match(body, by + 4)  # "rents rose by a fifth"
            if changed is not None:
                claim(_change_by_fraction(body, changed))
            by = lowered.find(" by ", by + 4)
    # The substring tests first: each is a fast scan, YEARS_OLD's alternation is not.
    if ("-old" in lowered or " old" in lowered or " of age" in lowered) and YEARS_OLD.search(
        lowered
    ):
        for match in _scan(AGE_PATTERNS[0], body, windows):
            claim(_age(body, match))
    if AGED.search(lowered):
        for match in _scan(AGE_PATTERNS[1], body, windows):
            claim(_age(body, match))
    if "half" in lowered:  # before DURATION: "one hour and a half" is not "one hour"
        for amount in _half_durations(body, lowered):
            claim(amount)
    for match in _scan(DURATION, body, windows):
        claim(_duration(body, match))
    digit_windows = [start for start in windows if body[start].isdigit()]
    temperatures = (
        "°" in body
        or any(word in lowered for word in TEMPERATURE_WORD_PARTS)
        or DIGIT_THEN_C_OR_F.search(body) is not None
    )
    for match in _scan(TEMPERATURE, body, digit_windows if temperatures else []):
        bare = match.group("bare")
        if TITLE_WORD_BEFORE.search(body, max(0, match.start() - 30), match.start()) or (
            bare in ("C", "F")
            and body[match.start() - 1 : match.start()] not in ("-", "−")  # "-18C"
            and not TEMPERATURE_CONTEXT.search(body, max(0, match.start() - 80), match.end() + 40)
        ):
            continue
        unit = TEMPERATURE_UNITS[(match.group("unit") or bare).lower()]
        claim(_temperature(body, match, unit))
    for match in _scan(QUANTITY, body, windows):
        unit = QUANTITY_UNITS[match.group("unit").lower()]
        written = match.group("unit")
        if written == "m" or (
            # "500g" is grams; "5G" is a phone network, "five g" nothing
            written.lower() == "g" and (written == "G" or not match.group("num")[-1:].isdigit())
        ):
            continue
        claim(_simple(body, match, "quantity", unit))
    for amount in [a for a in found if a.kind in ("duration", "quantity")]:
        claim(_number_sharing_unit(body, amount))
    if PLURAL_OF.search(lowered):
        for match in _scan(COUNT_PLURAL, body, windows):
            start, end = match.start("plural"), match.end("plural")
            obj = _counted_object(body, match)
            claim(Amount(start, end, body[start:end], "count", None, None, None, None, obj))
    if any(amount.kind == "money" for amount in found):  # a sum for a bare one to follow
        for match in _scan(CARRIED_CURRENCY, body, digit_windows):
            claim(_carried_money(body, match, found))
    if any(word in body for word in BASE_CURRENCIES):  # EXCHANGE_RATE writes them in lower case
        for match in _scan(EXCHANGE_RATE, body, digit_windows):
            claim(_exchange_rate(body, lowered, match))
    for match in _scan(COUNT, body, digit_windows):  # a count is written in digits
        claim(_count(body, match))
    if "illion" in lowered or "thousand" in lowered:  # or in words with a scale
        word_windows = [start for start in windows if not body[start].isdigit()]
        for match in _scan(WORD_COUNT, body, word_windows):
            if not any(word in match.group("num").lower() for word in VAGUE_NUMBER_WORDS):
                claim(_count(body, match))
    if "://" in body or "www." in lowered:  # "%20" in a link is no percentage
        links = [link.span() for link in WEB_ADDRESS.finditer(body)]
        found = [a for a in found if not any(a.start < e and s < a.end for s, e in links)]
    if "minus" in lowered or "negative" in lowered or "-" in body or "−" in body:
        found = [_signed(body, a) for a in found]
    ordered = sorted(found, key=lambda a: a.start)
    linked = _link_ranges(body, _merge_subunits(body, ordered))
    # A low end that is an amount already ("2 and 3 years": the 2 shares the unit) stays so.
    amount_starts = {amount.start for amount in linked}
    result: list[Amount] = []
    for amount in linked:
        extended = _with_bare_low(body, amount)
        low_taken = extended.start != amount.start and extended.start in amount_starts
        result.append(amount if low_taken else extended)
    if any(amount.unit in SHARED_NAME_UNITS for amount in result):
        return localise_currencies(body, result)
    return result


WEB_ADDRESS = re.compile(r"(?:\b[a-z][a-z+.-]*://|\bwww\.)[^\s<>\"“”']+", re.IGNORECASE)
# Not "plus or minus 3 points": a margin, not a value below zero.
MINUS_BEFORE = re.compile(r"(?<![\w])(?<!plus or )(?:minus|negative)\s+\Z", re.IGNORECASE)
# "-18C", "(−5 °F)": a sign right before a temperature, after a space or bracket.
MINUS_SIGN_BEFORE = re.compile(r"(?:(?<=[\s(])|^)[-−]\Z")


def _signed(body: str, amount: Amount) -> Amount:
    """`minus five percent`, `minus 10 degrees`, `-18C`: a percentage or quantity below zero."""
    if amount.kind not in ("percent", "quantity") or amount.value is None:
        return amount
    minus = MINUS_BEFORE.search(body, max(0, amount.start - 10), amount.start)
    if minus is None and (amount.unit or "").startswith("degree"):
        minus = MINUS_SIGN_BEFORE.search(body, max(0, amount.start - 1), amount.start)
    if minus is None:
        return amount
    return replace(
        amount,
        start=minus.start(),
        text=body[minus.start() : amount.end],
        value=-amount.value,
        value_high=None if amount.value_high is None else -amount.value_high,
    )


def _with_bare_low(body: str, amount: Amount) -> Amount:
    """`between 5 and 6 percent`, `between 10 and 20 million dollars`: the low end is written
    as a bare number, sharing the unit (and the scale) of the high end: one amount, the range
    from that number."""
    if (
        amount.value is None
        or amount.value_high is not None
        or "and" not in body[max(0, amount.start - 6) : amount.start]
    ):
        return amount
    between = BETWEEN_BARE_LOW.search(body, max(0, amount.start - 40), amount.start)
    high_number = LEADING_NUMBER.match(amount.text)
    if between is None or high_number is None:
        return amount
    low, high = parse_number(between.group("low")), parse_number(high_number.group())
    if low is None or not high:
        return amount
    if between.group("low_scale"):  # "between 1.2 billion and 1.3 billion pounds"
        low_value = low * SCALES[between.group("low_scale").lower()]
    else:  # the high end's scale: "between 10 and 20 million dollars"
        low_value = low * amount.value / high
    if low_value >= amount.value:
        return amount
    start = between.start("low")
    return replace(
        amount,
        start=start,
        text=body[start : amount.end],
        value=round(low_value, 6),
        value_high=amount.value,
    )


def _exchange_rate(body: str, lowered: str, match: re.Match[str]) -> Amount | None:
    """`China's yuan is pegged to a rate of 8.28 to the dollar`: 8.28 yuan, the currency the
    sentence names before the rate."""
    start = match.start()
    sentence_start = max(lowered.rfind(". ", 0, start), lowered.rfind("\n", 0, start), 0)
    currencies = [
        CURRENCY_WORDS[word.group()]
        for word in LOCAL_CURRENCY_WORD.finditer(lowered, sentence_start, start)
    ]
    if not currencies:
        return None
    value = parse_number(match.group("num"))
    if value is None:
        return None
    end = match.end("num")
    return Amount(start, end, body[start:end], "money", value, None, currencies[-1], None, None)


SCALE_ENDING = re.compile(rf"\d\s?({_scales})\Z", re.IGNORECASE)
RANGE_BETWEEN = re.compile(r"^\s*(?:-|–|to|and)\s*$")
# A change written before an amount: "rose by", "fell", "down", "shed" ("shares fell 40 cents
# to $84.10": a change, then a level).
CHANGE_BEFORE = re.compile(
    r"\b(?:(?:rose|rises|rising|fell|falls|falling|gained|gains|lost|loses|climbed|jumped|"
    r"dropped|slipped|slid|added|shed|sheds|grew|shrank|edged\s+(?:up|down|higher|lower)|"
    r"up|down)\s+(?:by\s+)?|by\s+)(?:(?:about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:(?:about|around|some)\s+)?$", re.IGNORECASE)


def currency_of_symbol(symbol: str) -> str:
    """ISO code of a written currency sign: `$` USD, `C$`/`c $` CAD, `£` GBP."""
    compact = symbol.replace(" ", "")
    if compact.endswith("$") and len(compact) > 1:
        return DOLLAR_PREFIXES[compact[:-1].upper()]
    if compact.startswith("$") and len(compact) > 1:
        return DOLLAR_PREFIXES[compact[1:].upper()]
    return CURRENCY_SYMBOLS.get(compact) or LETTER_CURRENCIES[compact]


SUBUNIT_AFTER = re.compile(r"^\s*(?:and\s+)?$")


def _merge_subunits(body: str, amounts: list[Amount]) -> list[Amount]:
    """`3 dollars 50 cents`, `thirteen dollars and forty-five cents`: one amount."""
    merged: list[Amount] = []
    for amount in amounts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and amount.kind == previous.kind == "money"
            and amount.unit == previous.unit
            and amount.text.lower().rstrip(".").endswith(tuple(SUBUNITS))
            and not previous.text.lower().endswith(tuple(SUBUNITS))
            and previous.value is not None
            and amount.value is not None
            and SUBUNIT_AFTER.match(body[previous.end : amount.start])
        ):
            merged[-1] = replace(
                previous,
                end=amount.end,
                text=body[previous.start : amount.end],
                value=previous.value + amount.value,
            )
            continue
        merged.append(amount)
    return [_spoken_cents(body, amount) for amount in merged]


# (the number ends the clause: "2,000 euros" after "and" is an amount of its own)
SPOKEN_CENTS = re.compile(rf"\s+(?:and\s+)?(?P<num>{NUMBER})(?=\s*(?:[.,;!?](?!\d)|$))")
# Spoken Chinese money: `one kuai and five mao five` = 1 yuan, 5 jiao (tenths), 5 fen (hundredths)
SPOKEN_JIAO = re.compile(
    rf"\s+(?:and\s+)?(?P<jiao>{NUMBER})\s+(?:mao|jiao)\b"
    rf"(?:\s+(?:and\s+)?(?P<fen>{NUMBER})(?:\s+fen\b|(?=\s*(?:[.,;!?]|$))))?"
)
SPOKEN_TENTHS_AFTER = frozenset({"kuai"})  # `one kuai five` = 1.5 yuan
JIAO_AFTER = frozenset({"kuai", "yuan"})


def _spoken_cents(body: str, amount: Amount) -> Amount:
    """`thirteen dollars forty five.`, `one dollar and two.`: the trailing number is cents, when
    the amount ends in a currency word and the number ends the clause. `one kuai and five mao
    five`: tenths and hundredths of a yuan."""
    words = amount.text.lower().split()
    if amount.kind != "money" or amount.value is None or not words:
        return amount
    if words[-1] not in CURRENCY_WORDS or words[-1] in ("p", "pence", "cents"):
        return amount
    if words[-1] in JIAO_AFTER:
        jiao = SPOKEN_JIAO.match(body, amount.end)
        if jiao is not None:
            tenths = parse_number(jiao.group("jiao"))
            fen = jiao.group("fen")
            hundredths = parse_number(fen) if fen else 0
            if _digit(tenths) and _digit(hundredths):
                return _extended(body, amount, jiao.end(), tenths / 10 + hundredths / 100)
    match = SPOKEN_CENTS.match(body, amount.end)
    cents = parse_number(match.group("num")) if match else None
    if match is None or cents is None or cents != int(cents):
        return amount
    if words[-1] in SPOKEN_TENTHS_AFTER:
        return _extended(body, amount, match.end(), cents / 10) if _digit(cents) else amount
    if not 0 < cents < 100:
        return amount
    return _extended(body, amount, match.end(), cents / 100)


def _digit(value: float | None) -> TypeGuard[float]:
    return value is not None and value == int(value) and 0 <= value < 10


def _extended(body: str, amount: Amount, end: int, added: float) -> Amount:
    assert amount.value is not None
    return replace(
        amount, end=end, text=body[amount.start : end], value=round(amount.value + added, 2)
    )


def _link_ranges(body: str, amounts: list[Amount]) -> list[Amount]:
    """`between 5% and 7%`, `from £6 to £10`, `£6-£10`: two mentions, the first carrying the
    range's upper end in value_high."""
    linked = list(amounts)
    for i in range(len(linked) - 1):
        low, high = linked[i], linked[i + 1]
        if (low.kind, low.unit) != (high.kind, high.unit) or low.value_high is not None:
            continue
        if low.value is None or high.value is None or low.value >= high.value:
            continue  # "fell from 36 to 21 days": a change, not a range
        joint = RANGE_BETWEEN.match(body[low.end : high.start])
        if joint is None:
            continue
        low_value = low.value
        high_scale = SCALE_ENDING.search(high.text)
        if high_scale and not SCALE_ENDING.search(low.text):
            scaled = low_value * SCALES[high_scale.group(1).lower()]
            if scaled < high.value:  # "$5 to $6 million": the low end shares the scale
                low_value = scaled
        if "and" in joint.group() and not BETWEEN_BEFORE.search(body, 0, low.start):
            continue  # "rose by 5% and 8% respectively": two figures, no range
        if CHANGE_BEFORE.search(body, max(0, low.start - 30), low.start) and (
            "point" in low.text.lower() or high.value > 4 * low_value
        ):
            continue  # "raised by a quarter of a point to 2%": a change, then a level; but
            # "cut its profits by $3.8m to $4.9m" is a range
        linked[i] = replace(low, value=low_value, value_high=high.value)
    return linked


def _windows(body: str, lowered: str) -> tuple[list[int], list[int]]:
    """Positions where an amount may start: (a currency sign or code right before a number),
    (a digit or number word, "a"/"an" before a number word). Patterns are tried only there,
    anchored, which is far faster than scanning the whole body with each of them."""
    currency_starts: list[int] = []
    starts: list[int] = []
    for match in DIGITS.finditer(body):
        position = match.start()
        prefix = CURRENCY_BEFORE.search(body, max(0, position - LOOK_BACK), position)
        if prefix:
            currency_starts.append(prefix.start())
        starts.append(position)
    for match in NUMBER_WORD.finditer(lowered):
        position = match.start()
        starts.append(position)
        for article in ("a ", "an "):
            if lowered.startswith(article, position - len(article)):
                starts.append(position - len(article))
    return sorted(set(currency_starts)), sorted(set(starts))


def _scan(pattern: re.Pattern[str], body: str, starts: list[int]) -> Iterator[re.Match[str]]:
    reach = 0
    for start in starts:
        if start < reach:
            continue
        match = pattern.match(body, start, min(len(body), start + MAX_AMOUNT_CHARS))
        if match and match.end() > match.start():
            reach = match.end()
            yield match


def _qualifier(body: str, start: int) -> str | None:
    match = QUALIFIER_BEFORE.search(body[max(0, start - 25) : start])
    if not match:
        return None
    word = match.group(1).lower()
    return None if word in ("from", "only", "just") else word


def _value(number: str | None, scale: str | None) -> float | None:
    if number is None:
        return None
    value = parse_number(number)
    if value is None:
        return None
    if scale:
        value *= SCALES[scale.strip().lower()]
    return value


def _range_values(match: re.Match[str]) -> tuple[float | None, float | None]:
    """Low and high of `$2-3bn`: a scale written once applies to both ends."""
    groups = match.groupdict()
    scale, high_scale = groups.get("scale"), groups.get("high_scale")
    low_text, high_text = groups.get("num"), groups.get("high")
    if low_text and high_text and _compound_word_number(match, low_text, high_text):
        # "Sixty-six percent": one number, not a range from sixty to six
        return _value(f"{low_text}-{high_text}", high_scale or scale), None
    value = _value(low_text, scale or high_scale)
    high = _value(high_text, high_scale or scale)
    if value is not None and high is not None and value > high and not scale:
        value = _value(low_text, None)  # "$5 to a million dollars": the scale is the high end's
    return value, high


def _compound_word_number(match: re.Match[str], low: str, high: str) -> bool:
    """Whether a range's two ends are the halves of one hyphenated number ("sixty-six")."""
    return (
        low.lower() in TENS
        and 1 <= UNITS.get(high.lower(), 0) <= 9
        and match.string[match.end("num") : match.start("high")] == "-"
    )


def _money(
    body: str, match: re.Match[str], currency: str, *, subunit: bool = False
) -> Amount | None:
    number = match.group("num")
    vague = number.lower() in ("a", "an", "a few", "several")
    if vague and not re.search(r"\d", number) and not match.group("scale"):
        return None
    value, high = _range_values(match)
    if subunit:
        value = value / 100 if value is not None else None
        high = high / 100 if high is not None else None
    cur_word = match.groupdict().get("cur_word")
    if cur_word and "cur" in match.groupdict() and match.group("cur"):
        currency = CURRENCY_WORDS.get(cur_word.lower(), currency)
    return _amount(body, match, "money", value, high, currency)


def _temperature(body: str, match: re.Match[str], unit: str) -> Amount | None:
    value = parse_number(match.group("num"))
    high = parse_number(match.group("high")) if match.group("high") else None
    if value is None or (high is not None and high <= value):
        return None
    return _amount(body, match, "quantity", value, high, unit)


def _basis_points(body: str, match: re.Match[str]) -> Amount | None:
    amount = _simple(body, match, "percent", "percent")
    if amount is None or amount.value is None:
        return None
    high = round(amount.value_high / 100, 6) if amount.value_high is not None else None
    return replace(amount, value=round(amount.value / 100, 6), value_high=high)


def _simple(body: str, match: re.Match[str], kind: str, unit: str) -> Amount | None:
    value, high = _range_values(match)
    if value is None:
        return None
    return _amount(body, match, kind, value, high, unit)


def _fraction_word_starts(body: str, lowered: str) -> list[int]:
    """Where FRACTION_PART matches, found with plain substring searches of the lower-cased body
    (several times faster than the regex search) and confirmed by an anchored match."""
    if len(lowered) != len(body):  # a letter whose lower case is longer: offsets would shift
        return [match.start() for match in FRACTION_PART.finditer(body)]
    starts: list[int] = []
    for word in FRACTION_STEMS:
        at = lowered.find(word)
        while at != -1:
            if FRACTION_PART.match(body, at):
                starts.append(at)
            at = lowered.find(word, at + 1)
    return sorted(starts)


def _fraction_shares(body: str, lowered: str) -> Iterator[re.Match[str]]:
    """FRACTION_SHARE's matches, found from the fraction word (a fast search) and then matched
    from the count word before it, if any."""
    reach = 0
    for start in _fraction_word_starts(body, lowered):
        count = FRACTION_COUNT_BEFORE.search(body, max(0, start - 6), start)
        if count is not None:
            start = count.start()
        if start < reach:
            continue
        match = FRACTION_SHARE.match(body, start)
        if match:
            reach = match.end()
            yield match


def _fraction(body: str, match: re.Match[str]) -> Amount | None:
    count_word = (match.group("count") or "").strip(" -").lower()
    count = FRACTION_COUNTS[count_word]
    part = match.group("part").lower()
    if part.endswith("s") and count == 1.0 and part != "thirds":
        return None
    if not count_word and part != "half":
        return None  # "the fourth quarter of 2004", "the third of May": no share
    if part != "half" and not OF_AFTER.match(body, match.end()):
        return None  # only "half" is a share without "of": "half the income"
    value = round(count * FRACTIONS_OF[part], 2)
    return _amount(body, match, "percent", value, None, "percent")


def _change_by_fraction(body: str, match: re.Match[str]) -> Amount | None:
    count_word = match.group("count").strip(" -").lower()
    count = FRACTION_COUNTS[count_word]
    part = match.group("part").lower()
    if (part.endswith("s") and count == 1.0) or (count > 1.0 and not part.endswith("s")):
        return None  # "by a thirds", "by two third": not a share
    return _amount(body, match, "percent", round(count * FRACTIONS_OF[part], 2), None, "percent")


def _point_fractions(body: str) -> Iterator[re.Match[str]]:
    """POINT_FRACTION's matches, found from the fraction word and then matched from the count
    word before it, if any."""
    for found in POINT_FRACTION_PART.finditer(body):
        start = found.start()
        count = FRACTION_COUNT_BEFORE.search(body, max(0, start - 6), start)
        match = POINT_FRACTION.match(body, count.start() if count else start)
        if match:
            yield match


def _point_fraction(body: str, match: re.Match[str]) -> Amount | None:
    """ "a quarter of a point" (0.25), "a half-point" (0.5), "three-quarters of a percentage
    point" (0.75): a fraction of one percentage point."""
    count_word = (match.group("count") or "a").strip(" -").lower()
    count = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}[count_word]
    part = match.group("part").lower()
    if part.endswith("s") and count == 1.0 and part != "thirds":
        return None
    value = round(count * FRACTIONS_OF[part] / 100, 2)
    return _amount(body, match, "percent", value, None, "percent")


def _age(body: str, match: re.Match[str]) -> Amount | None:
    number = match.group("num")
    value = parse_number(number)
    if value is None or value > 130:
        return None
    unit = (match.groupdict().get("unit") or "year").lower()
    return _amount(body, match, "age", value, None, unit)


def _duration(body: str, match: re.Match[str]) -> Amount | None:
    value = parse_number(match.group("num"))
    if value is None or YEAR_LIKE.match(match.group("num")):
        return None
    if not re.search(r"\d", match.group("num")) and match.group("num").lower() in (
        "a",
        "an",
        "a few",
        "several",
        "dozens",
    ):
        return None
    if match.group("short"):
        return _amount(body, match, "duration", value, None, DURATION_ABBREVIATIONS[match["short"]])
    unit_word = match.group("unit").lower()
    if unit_word == "quarter" and not match.group(0).lower().endswith("s"):
        return None
    value, unit = _unit_value(unit_word, value)
    return _amount(body, match, "duration", value, None, unit)


def _unit_value(unit_word: str, value: float) -> tuple[float, str]:
    """A value in a unit of time as stored: decades and centuries in years."""
    scale = {"decade": 10.0, "century": 100.0, "fortnight": 2.0}.get(unit_word, 1.0)
    return value * scale, DURATION_UNITS[unit_word]


def _half_durations(body: str, lowered: str) -> Iterator[Amount]:
    """`half an hour` (0.5 hours), `a half-day strike`, `an hour and a half` (1.5 hours). A bare
    `half year` or `half-year` is a reporting period ("half-year profits"), not a length."""
    at = lowered.find("half")
    while at != -1:
        after = HALF_UNIT.match(body, at)
        before = UNIT_AND_A_HALF.search(body, max(0, at - 30), at)
        if before is not None and (at + 4 == len(body) or not body[at + 4].isalnum()):
            value, unit = _unit_value(before.group("unit").lower(), 1.5)
            yield _span_amount(body, before.start(), at + 4, "duration", value, unit)
        elif after is not None and not AND_BEFORE.search(body, max(0, at - 5), at):
            article = ARTICLE_BEFORE_HALF.search(body, max(0, at - 5), at)
            unit_word = after.group("unit").lower()
            if article is not None or after.group("article") or unit_word != "year":
                value, unit = _unit_value(unit_word, 0.5)
                start = article.start() if article is not None else at
                yield _span_amount(body, start, after.end(), "duration", value, unit)
        at = lowered.find("half", at + 4)


def _span_amount(body: str, start: int, end: int, kind: str, value: float, unit: str) -> Amount:
    return Amount(
        start, end, body[start:end], kind, value, None, unit, _qualifier(body, start), None
    )


# A bare number joined to the next amount, whose unit it shares: "from 36 to just 21 days",
# "two or three weeks", "between 5 and 7 km".
SHARED_UNIT_BEFORE = re.compile(
    rf"(?:(?P<between>\bbetween)\s+)?\b(?P<num>{NUMBER})"
    r"\s*(?P<joint>-|–|\bto\b|\bor\b|\band\b)\s*(?:(?:just|only|about|around)\s+)?$",
    re.IGNORECASE,
)
LEADING_NUMBER = re.compile(NUMBER, re.IGNORECASE)
BETWEEN_BARE_LOW = re.compile(
    rf"\b(?i:between)\s+(?P<low>{DIGIT_NUMBER}|(?i:{WORD_NUMBER})(?![\w]))"
    r"(?:\s+(?P<low_scale>(?i:thousand|million|billion|trillion)))?\s+and\s+\Z"
)


def _number_sharing_unit(body: str, amount: Amount) -> Amount | None:
    """The bare number before `amount` that shares its unit ("two or three weeks": two weeks),
    with the same scale ("two or three decades": 20 years); None when there is none."""
    before = SHARED_UNIT_BEFORE.search(body, max(0, amount.start - 40), amount.start)
    written = LEADING_NUMBER.match(body, amount.start)
    if before is None or written is None or amount.value is None:
        return None
    if before.group("joint").lower() == "and" and not before.group("between"):
        return None  # "in 2004 and 10 years later"
    number = before.group("num")
    value, own = parse_number(number), parse_number(written.group())
    if value is None or not own or YEAR_LIKE.match(number):
        return None
    start, end = before.start("num"), before.end("num")
    return Amount(
        start,
        end,
        number,
        amount.kind,
        value * amount.value / own,
        None,
        amount.unit,
        _qualifier(body, start),
        amount.object,
    )


def _carried_money(body: str, match: re.Match[str], found: list[Amount]) -> Amount | None:
    """'77m euros (£53m; $100m), up from 38m': a scaled number with no currency, compared with
    a sum of money earlier in its sentence, is money in that sum's currency."""
    start = match.start()
    if not COMPARED_BEFORE.search(body, max(0, start - 20), start):
        return None
    earlier = [
        a
        for a in found
        if a.kind == "money"
        and a.end <= start
        and a.unit
        and body.rfind("(", 0, a.start) <= body.rfind(")", 0, a.start)  # not a conversion
    ]
    if not earlier:
        return None
    money = max(earlier, key=lambda a: a.end)
    between = body[money.end : start]
    if len(between) > 200 or SENTENCE_END_INSIDE.search(between):
        return None
    value = _value(match.group("num"), match.group("scale"))
    end = match.end()
    return Amount(
        start, end, body[start:end], "money", value, None, money.unit, _qualifier(body, start), None
    )


def _counted_object(body: str, match: re.Match[str]) -> str:
    """What a count counts: the word after the number, with the plural noun after it when the
    word is not one ("50,000 asylum seekers", "100,000 public bodies")."""
    word = match.group("object")
    if word not in ADJECTIVES_BEFORE_COUNTED and (
        _plural(word)
        or word.endswith("ly")  # a plural already, or an adverb ("hardly")
        or word in COLLECTIVE_NOUNS
        or word in NOT_COUNT_NOUNS
        or word in NOT_NAME_WORDS  # "80,600 while sales rose"
        or word == "said"
    ):
        return word
    # "50,000 asylum seekers", "2,000 business and political leaders", "230 fewer serious
    # injuries": the first plural noun in the next three words, through lower-case words
    title = TITLE_WORD_BEFORE.search(body, max(0, match.start() - 30), match.start())
    if title is not None and title.group(1).lower() not in WORDS_BEFORE_A_COUNT:
        return word  # "Shrek 2 took three prizes", "Billboard's Hot 100 chart": a title's number
    following = FOLLOWING_WORDS.match(body, match.end("object"))
    words = following.group().split() if following else []
    for i, after in enumerate(words):
        if after in NOT_COUNT_NOUNS and after != "and":
            break
        if _plural(after) or after in COLLECTIVE_NOUNS:
            if i and words[i - 1] == "and":
                break  # "42 aircraft and runs 271 flights": a verb after "and"
            return " ".join([word, *words[: i + 1]])
    return word


def _plural(noun: str) -> bool:
    """An English plural by its ending: "voters", "rabbis"; not "caucus", "class", "crisis"."""
    return noun.endswith("s") and not noun.endswith(("us", "ss", "sis"))


def _count(body: str, match: re.Match[str]) -> Amount | None:
    number = match.group("num")
    if YEAR_LIKE.match(number) or match.group("object").lower() in NOT_COUNT_NOUNS:
        return None
    obj = _counted_object(body, match)
    if not (_plural(obj) or obj.rsplit(" ", 1)[-1] in COLLECTIVE_NOUNS):
        return None  # "the Feb. 1 caucus", "a 2 bus": no plural, no count
    if re.match(rf"(?i:{MONTHS})\b", obj) or re.search(
        rf"(?i:\b(?:{MONTHS}))\.?\s+$", body[max(0, match.start() - 12) : match.start()]
    ):
        return None
    if re.match(r"\d+-\d", body[match.start() : match.end() + 3]):
        return None
    value = _value(number, match.group("scale"))
    start = match.start("num")
    end = match.end("scale") if match.group("scale") else match.end("num")
    return Amount(
        start, end, body[start:end], "count", value, None, None, _qualifier(body, start), obj
    )


def _amount(
    body: str,
    match: re.Match[str],
    kind: str,
    value: float | None,
    high: float | None,
    unit: str | None,
) -> Amount:
    start, end = match.start(), match.end()
    while end > start and body[end - 1] in " .,":
        end -= 1
    return Amount(
        start, end, body[start:end], kind, value, high, unit, _qualifier(body, start), None
    )
