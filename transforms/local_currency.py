"""Which country's rupee, shilling or peso an article means.

"Rs", "rupees", "shillings", "Sh", "pesos" and "P" are the money of several countries. The
amount extractor gives each its most common one (Indian rupee, Kenyan shilling, Mexican peso,
Philippine peso); an article that speaks of another country of the same currency, and more
often, means that country's: "a fine of Rs787 million" in a story from Islamabad is in
Pakistani rupees, "63 billion shillings" in one from Kampala in Ugandan shillings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.amounts import Amount

# For each default unit, the units that share its name, with the words that place an article
# in their country (the country, its people, its capital and main cities).
SHARED_NAME_UNITS: dict[str, dict[str, str]] = {
    "INR": {
        "INR": r"India|Indians?|New Delhi|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata|Chennai",
        "PKR": r"Pakistan|Pakistanis?|Islamabad|Karachi|Lahore|Peshawar|Rawalpindi",
        "LKR": r"Sri Lanka|Sri Lankans?|Colombo",
        "NPR": r"Nepal|Nepali|Nepalese|Kathmandu",
        "MUR": r"Mauritius|Mauritians?|Port Louis",
    },
    "KES": {
        "KES": r"Kenya|Kenyans?|Nairobi|Mombasa",
        "UGX": r"Uganda|Ugandans?|Kampala",
        "TZS": r"Tanzania|Tanzanians?|Dar es Salaam|Dodoma",
        "SOS": r"Somalia|Somalis?|Mogadishu",
    },
    "MXN": {
        "MXN": r"Mexico|Mexicans?",
        "PHP": r"Philippines|Philippine|Filipinos?|Manila",
        "ARS": r"Argentina|Argentines?|Argentinians?|Buenos Aires",
        "CLP": r"Chile|Chileans?|Santiago",
        "COP": r"Colombia|Colombians?|Bogot[aá]",
        "CUP": r"Cuba|Cubans?|Havana",
        "DOP": r"Dominican Republic|Santo Domingo",
        "UYU": r"Uruguay|Uruguayans?|Montevideo",
    },
    "PHP": {
        "PHP": r"Philippines|Philippine|Filipinos?|Manila",
        "BWP": r"Botswana|Gaborone",
    },
}
COUNTRY_MENTIONS = {
    default: {unit: re.compile(rf"\b(?:{words})\b") for unit, words in units.items()}
    for default, units in SHARED_NAME_UNITS.items()
}
# The currency written with its country or sign next to the amount: "Indian rupees", "₹",
# "KSh", "Mexican pesos", "₱", or a code: then it is that one whatever the article's country.
EXPLICIT_CURRENCY = re.compile(
    r"Indian|₹|INR|Kenyan|KSh|Ksh|KES|Mexican|MXN|Mex\$|Philippine|₱|PHP|Pakistani|PKR|"
    r"Ugandan|UGX|Tanzanian|TZS|Sri Lankan|LKR|Nepal|NPR"
)


def localise_currencies(body: str, amounts: Sequence[Amount]) -> list[Amount]:
    """`amounts` with each shared-name currency set to the country the article speaks of most,
    when that is not the default's."""
    local_units: dict[str, str] = {}
    result: list[Amount] = []
    for amount in amounts:
        unit = amount.unit
        if unit not in COUNTRY_MENTIONS or EXPLICIT_CURRENCY.search(
            body, max(0, amount.start - 12), min(len(body), amount.end + 20)
        ):
            result.append(amount)
            continue
        if unit not in local_units:
            local_units[unit] = _most_mentioned(body, unit)
        local = local_units[unit]
        result.append(amount if local == unit else replace(amount, unit=local))
    return result


def names_a_country_of(body: str, default: str) -> bool:
    """Whether the body names a country whose currency shares the default's name: bare
    "shillings" are Kenya's or Uganda's, not King George III's."""
    return any(pattern.search(body) for pattern in COUNTRY_MENTIONS[default].values())


def _most_mentioned(body: str, default: str) -> str:
    """The unit whose country the body names most often; the default on a tie."""
    counts = {
        unit: len(pattern.findall(body)) for unit, pattern in COUNTRY_MENTIONS[default].items()
    }
    best = max(counts, key=lambda unit: (counts[unit], unit == default))
    return best if counts[best] > counts[default] else default
