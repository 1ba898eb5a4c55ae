"""Write transforms/world_first_names.py: first names common in Africa, South and South-East
Asia and the Middle East that gender-guesser's data lacks ("Chinedu", "Ngozi", "Kwame").

A development script, run by hand when the list should change; the pipeline only reads the
module it writes. Needs `pip install names-dataset` (Apache-2.0; first names from a 2021 dump
of 533M public profiles, 3 GB of memory to load) and the BBC corpus in ../shared, whose
lower-case words mark the English words a name list must not hold ("Blessing", "Favour").

    python scripts/derive_world_first_names.py /path/to/shared
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

COUNTRIES = frozenset(
    """NG GH ZA ET NA BW CM SD EG MA TN DZ LY AO IN BD AF ID MY PH SA AE QA KW BH OM IQ JO
    LB SY YE PS IR TR""".split()
)
# Faiths, peoples and titles that profiles give as a first name
NOT_FIRST_NAMES = frozenset(
    """muslim hindu sikh christian jewish buddhist arab shia sunni kurd yoruba igbo hausa fulani
    zulu xhosa tamil bengali punjabi eze haji hajji oba obi chief emir sultan raja datuk""".split()
)
MAX_RANK = 500  # among a country's first names, by how many people bear it
COMMON_RANK = 1000  # a surname this common, and more than as a first name, is a surname
NAME = re.compile(r"[A-Z][a-z'’-]{2,}")
LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def main(shared: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from names_dataset import NameDataset

    from transforms.lexicon import HONORIFICS, NOT_NAME_WORDS, country_of, nationality_sex
    from transforms.names import first_name_gender

    english = set()
    for path in (shared / "corpus" / "bbc").rglob("*.txt"):
        english.update(LOWER_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    days = {d.lower() for d in "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}
    found: dict[str, str] = {}
    names = NameDataset()
    for name, facts in names.first_names.items():
        ranks = facts.get("rank") or {}
        best = min((rank for country, rank in ranks.items() if country in COUNTRIES), default=0)
        if not best or best > MAX_RANK:
            continue
        surname_ranks = (names.last_names.get(name) or {}).get("rank") or {}
        if any(
            rank <= COMMON_RANK and rank < ranks.get(country, MAX_RANK * 100)
            for country, rank in surname_ranks.items()
        ):
            continue  # a common surname somewhere ("Koh", "Asante", "Charlton"): not trusted
        key = name.lower()
        if (
            not NAME.fullmatch(name)
            or key in english
            or key in days
            or key in NOT_NAME_WORDS
            or key in HONORIFICS
            or key in NOT_FIRST_NAMES
            or nationality_sex(name) is not None
            or country_of(name)
            or first_name_gender(name) is not None
        ):
            continue
        sexes = facts.get("gender") or {}
        male, female = sexes.get("M", 0.0), sexes.get("F", 0.0)
        if max(male, female) < 0.8:
            continue  # borne by both sexes alike: often a surname or a word
        found[name] = "male" if male >= 0.8 else "female"
    lines = "\n".join(f"{name}\t{sex}" for name, sex in sorted(found.items()))
    target = Path(__file__).resolve().parents[1] / "transforms" / "world_first_names.py"
    target.write_text(
        '"""First names common in Africa, South and South-East Asia and the Middle East that\n'
        "gender-guesser's data lacks, with the sex most who bear them are: name, tab, sex.\n\n"
        "Written by scripts/derive_world_first_names.py from names-dataset (Apache-2.0,\n"
        "github.com/philipperemy/name-dataset): names among the 500 most borne in one of\n"
        f"{len(COUNTRIES)} countries, no English word of the BBC corpus. Do not edit by hand.\n"
        '"""\n\n'
        f'WORLD_FIRST_NAMES = """\n{lines}\n"""\n',
        encoding="utf-8",
    )
    print(f"wrote {len(found)} names to {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
