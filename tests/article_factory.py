"""Generated news articles for pipeline tests: varied names, quotes and amounts, reproducible."""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Anna", "James", "Maria", "Peter", "Laura", "David", "Sofia", "Michael", "Helen", "Omar"]
LAST = ["Novak", "Carter", "Okafor", "Lindqvist", "Moreau", "Haddad", "Brennan", "Tanaka", "Silva"]
ROLES = ["Finance Minister", "chief executive", "Health Secretary", "spokeswoman", "Mayor"]
TOPICS = ["the budget", "the merger", "hospital waiting lists", "the new rail line", "fuel prices"]


def article_text(number: int) -> str:
    rng = random.Random(number)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    other = f"{rng.choice(FIRST)} {rng.choice([n for n in LAST if n != last])}"
    role, topic = rng.choice(ROLES), rng.choice(TOPICS)
    money = rng.randint(2, 900)
    percent = rng.randint(1, 60)
    months = rng.randint(2, 11)
    paragraphs = [
        f"{role} {first} {last} said on Monday that {topic} would cost ${money}m over "
        f"{months} months.",
        f'"We have looked at every option and this is the right one," {last} told reporters '
        f"in report number {number}.",
        f"Critics said prices had risen {percent}% since the plan was announced.",
        f'{other} said the plan was "deeply flawed" and warned of delays.',
        f'"Nobody asked the people who will pay for it," {other.split()[1]} added.',
    ]
    rng.shuffle(paragraphs[2:])
    return f"Report {number}: {topic} under fire\n\n" + "\n\n".join(paragraphs) + "\n"


def write_articles(folder: Path, numbers: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in numbers:
        path = folder / f"article_{number:05d}.txt"
        path.write_text(article_text(number), encoding="utf-8")
        paths.append(path)
    return paths
