"""Write a seeded, realistic synthetic activity CSV for benchmarks (streamed, any size).

About 3% of rows mention a proscribed organisation (a third of those misspelt); others
mention look-alike organisations or use the common words that trap naive matchers.
Most activity strings are distinct (names, places, numbers and phrasing vary).

    python benchmarks/generate.py 100000 bench-data/100k.csv
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

FIRST = "Aisha Ben Chloe Dev Ewa Femi Gita Hamza Iona Jack Kemi Liam Maya Niall Omar Priya Rhys Sana Tom Uma Vik Wren Yusuf Zara".split()
LAST = "Ahmed Brown Clarke Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis Morgan Nowak Okafor Patel Quinn Roberts Singh Taylor Walsh Young".split()
PLACES = "Leeds Bristol Hackney Salford Cardiff Norwich Brighton Derby Glasgow Luton Wigan Exeter Hull Bolton Dundee Stroud".split()
ORGS = [
    "Socialist Appeal",
    "Labour in Exile Network",
    "LIEN",
    "Labour Against the Witchhunt",
    "LAW",
    "Resist movement",
    "Labour Left Alliance",
    "LLA",
    "Socialist Labour Network",
    "SLN",
    "Alliance for Workers' Liberty",
    "AWL",
    "workersliberty.org",
    "Festival of Resistance",
]
MISSPELT = [
    "Socalist Appeal",
    "Labour in Exle Network",
    "Labour Aganst the Witchhunt",
    "Labour Left Aliance",
    "Socialist Labor Network",
    "Alliance for Workers Libety",
    "Festival of Resistence",
]
LOOKALIKES = [
    "Momentum",
    "Stop the War",
    "the Socialist Party",
    "the SWP",
    "Left Unity",
    "the Socialist Labour Party",
    "Jewish Voice for Labour",
    "Socialist Resistance",
]
SUPPORT = [
    "sold copies of the paper for {org} in {place}",
    "paid subs to {org} since {year}",
    "spoke at a {org} meeting in {place}",
    "donated £{n} to {org}",
    "is on the {org} steering committee",
    "stewarded the {org} conference in {place}",
    "wrote an article for {org} about {topic}",
]
NEUTRAL = [
    "liked a post by {org}",
    "debated {org} members at a hustings in {place}",
    "complained about {org} leafleting in {place}",
    "attended a {org} rally in {place}",
    "volunteered for {org} on {topic}",
]
TRAPS = [
    "stood in solidarity with striking {topic} workers in {place}",
    "urged members to resist the cuts to {topic} in {place}",
    "launched an appeal for volunteers for the {place} food bank",
    "studied the law on {topic} at evening classes in {place}",
    "called the disciplinary process a witch hunt at ward {n}",
    "bought an awl to fix the {place} branch banner",
    "wrote about living in exile from {place} for {n} years",
]
PLAIN = [
    "canvassed {n} doors in {place} ward",
    "chaired the {place} branch meeting on {topic}",
    "organised a fundraiser for the {place} food bank, raising £{n}",
    "delivered {n} leaflets about {topic} in {place}",
    "joined the picket line at {place} depot",
    "attended CLP general meeting; spoke on {topic}",
    "volunteered at the {place} by-election",
    "ran a stall on {topic} at the {place} summer fair",
    "emailed the councillor about {topic}",
]
TOPICS = (
    "housing buses the NHS schools care bins libraries rail energy rents pensions childcare".split()
)


def activity(rng: random.Random) -> str:
    fill = {"place": rng.choice(PLACES), "topic": rng.choice(TOPICS),
            "n": rng.randint(2, 400), "year": rng.randint(2015, 2025)}  # fmt: skip
    roll = rng.random()
    if roll < 0.03:
        org = rng.choice(MISSPELT) if rng.random() < 1 / 3 else rng.choice(ORGS)
        return rng.choice(SUPPORT + NEUTRAL).format(org=org, **fill).capitalize()
    if roll < 0.08:
        return rng.choice(SUPPORT + NEUTRAL).format(org=rng.choice(LOOKALIKES), **fill).capitalize()
    if roll < 0.15:
        return rng.choice(TRAPS).format(**fill).capitalize()
    text = rng.choice(PLAIN).format(**fill).capitalize()
    if rng.random() < 0.4:
        text += "; " + rng.choice(PLAIN).format(**fill)
    if rng.random() < 0.01:
        text += "\nFollow-up: note added by the branch secretary."
    return text


def write(rows: int, path: Path, seed: int = 20261123) -> None:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["member_id", "name", "date", "activity", "source"])
        for _ in range(rows):
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.2:
                date = "/".join(reversed(date.split("-")))
            writer.writerow([
                f"M{rng.randint(1, rows // 5 + 1)}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                date,
                activity(rng),
                rng.choice(["membership system", "social media", "complaint", "branch minutes"]),
            ])  # fmt: skip


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
