"""Deterministic synthetic wire-style articles (~5 KB of cleaned text each) for the extraction benchmark.

    python benchmarks/gen_articles.py --articles 3 --seed 7      # print three articles
"""

from __future__ import annotations

import argparse
import random

PLACES = [
    ("Ukraine", "Ukrainian", ["Kharkiv", "Bucha", "Mariupol", "Kramatorsk", "Kherson", "Odesa", "Irpin"]),
    ("Sudan", "Sudanese", ["Khartoum", "El Fasher", "Omdurman", "Nyala", "El Geneina"]),
    ("Syria", "Syrian", ["Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor"]),
    ("Gaza Strip", "Palestinian", ["Rafah", "Khan Younis", "Gaza City", "Jabalia", "Deir al-Balah"]),
    ("Ethiopia", "Ethiopian", ["Mekelle", "Gondar", "Dessie", "Shire"]),
]
PEOPLE = ["Olena Kovalenko", "Ahmed Hassan", "Maria Lopez", "Yusuf Ali", "Iryna Shevchuk", "Samuel Bekele"]
TITLES = ["mayor", "regional governor", "health minister", "police chief", "spokesperson"]
SOURCES = ["the UN", "the health ministry", "local officials", "the Red Cross", "the regional administration",
           "the World Health Organization", "rescue workers", "the interior ministry"]
QUALS = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some ", "roughly "]
FIGURE_TEMPLATES = [
    "{q}{n} {who} were killed in {city} on {day}, {source} said.",
    "{Source} said {q}{n} people had been injured in shelling of {city}.",
    "The death toll in {city} rose to {n}, including {k} children, according to {source}.",
    "{q}{n} {who} have fled {country} since {date}, {source} said in a statement.",
    "{Person}, the {title} of {city}, said {q}{n} residents were missing after the strike.",
    "\"We have recovered {n} bodies so far,\" {pronoun} said.",
    "Hundreds of people were evacuated from {city} on {day}, {source} said.",
    "Between {n} and {m} soldiers have been captured, the {adj} defence ministry said.",
    "{Source} estimated that {q}{n} people had been displaced by the fighting around {city}.",
    "{q}{n} {adj} soldiers were killed or wounded in the offensive, {person} said. Moscow denied the figure.",
]
FILLER = [
    "The fighting has left large parts of the city without power, water or heating.",
    "Aid agencies said {t} tonnes of food and {v} trucks were waiting at the border crossing.",
    "A {a}-year-old teacher said she had spent {h} hours in a basement with her neighbours.",
    "The convoy travelled {d} km along a road that had been shelled repeatedly in {year}.",
    "Officials said the reconstruction would cost ${c} million, about {p}% of the regional budget.",
    "Residents described long queues for bread and medicine at the few shops still open.",
    "The station was reopened on {day} after engineers repaired the damaged tracks.",
    "Diplomats said talks on a ceasefire would resume next week in Geneva.",
    "Schools in the region have moved classes online, and {s} buildings were damaged.",
    "Page 2 of 3. Read more at https://example.org/news/2024/{u}.",
    "Electricity was restored to {v} villages by the end of the day, the energy company said.",
    "Satellite images showed craters around the airfield and burned-out vehicles on the runway.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10, 999) * 1000])
    return f"{n:,}"


def _pair(rng: random.Random) -> tuple[str, str]:
    low = rng.randint(10, 900)
    return f"{low:,}", f"{low + rng.randint(10, 500):,}"


def generate_article(rng: random.Random, target_size: int = 5000) -> str:
    country, adj, cities = rng.choice(PLACES)
    person = rng.choice(PEOPLE)
    title = f"{_number(rng)} killed in {rng.choice(cities)} as fighting intensifies"
    dateline = (f"{rng.choice(cities).upper()}, {rng.choice(DAYS)}, {rng.choice(MONTHS)} "
                f"{rng.randint(1, 28)}, {rng.randint(2015, 2024)} —")
    paragraphs = [title, dateline]
    size = len(title) + len(dateline)
    while size < target_size:
        sentences = []
        low, high = _pair(rng)
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.45:
                template = rng.choice(FIGURE_TEMPLATES)
            else:
                template = rng.choice(FILLER)
            source = rng.choice(SOURCES)
            sentences.append(template.format(
                q=rng.choice(QUALS), n=low if "{m}" in template else _number(rng), m=high, k=rng.randint(2, 40),
                who=rng.choice(["civilians", "people", "children", "soldiers"]), city=rng.choice(cities),
                day=rng.choice(DAYS), source=source, Source=source[0].upper() + source[1:],
                country=country, date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
                Person=person, person=person, title=rng.choice(TITLES), pronoun=rng.choice(["he", "she"]),
                adj=adj, t=rng.randint(10, 900), v=rng.randint(2, 90), a=rng.randint(18, 80),
                h=rng.randint(2, 48), d=rng.randint(5, 400), year=rng.randint(2014, 2023),
                c=rng.randint(2, 900), p=rng.randint(1, 60), s=rng.randint(3, 200), u=rng.randint(1, 9999),
            ))
        paragraph = " ".join(s[0].upper() + s[1:] for s in sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    text = "\n\n".join(paragraphs)
    return text[: target_size + 400]


def generate_articles(count: int, seed: int = 2024, target_size: int = 5000) -> list[str]:
    """`count` articles, the same ones for the same seed."""
    rng = random.Random(seed)
    return [generate_article(rng, target_size) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    for text in generate_articles(args.articles, args.seed):
        print(text)
        print("\n" + "=" * 72 + "\n")


if __name__ == "__main__":
    main()
