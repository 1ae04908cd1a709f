"""Write a rules file with 500 organisations: the 7 real ones plus 493 synthetic ones.

It answers "how does the scan slow down with many more names to look for?". The
synthetic organisations have plausible, distinct names made of the words such groups
use ("Campaign for Socialist Renewal", "Bristol Left Forum"), about half an
abbreviation, and a website each; the criteria, exclusions, look-alikes and settings
are those of the shipped rules, unchanged. Seeded: the same file every time.

    python benchmarks/rules500.py bench-data/rules500.yaml [COUNT]
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from exclcheck.rules import default_rules_path

DEFAULT_COUNT = 500
SEED = 500

OPENINGS = [
    "Campaign for", "Network for", "Committee for", "Alliance for", "Friends of",
    "Movement for", "Coalition for", "Platform for", "Voice of", "Defend",
]  # fmt: skip
CAUSES = [
    "Socialist Renewal", "Workers' Power", "Democratic Socialism", "Labour Democracy",
    "Rank and File Unity", "Class Struggle", "Council Housing", "Public Ownership",
    "Trade Union Freedom", "Left Unity Now", "Red Councils", "Militant Labour",
    "Revolutionary Unity", "a Workers' Government", "Tenant Power", "Free Speech on the Left",
    "Grassroots Democracy", "Internationalist Solidarity", "Peace and Socialism",
    "Anti-Imperialist Action", "Ecosocialism", "Marxist Education", "Permanent Revolution",
    "the Fourth International", "Independent Working-Class Politics", "Socialist Planning",
    "Republican Socialism", "Common Ownership", "Socialist Feminism", "Workers' Control",
]  # fmt: skip
ADJECTIVES = [
    "Red", "Socialist", "Workers'", "Radical", "Revolutionary", "Communist", "Marxist",
    "Militant", "Independent", "Democratic", "Grassroots", "Libertarian", "Popular",
    "Progressive", "Proletarian", "Internationalist", "Green", "Rank-and-File", "New",
]  # fmt: skip
NOUNS = [
    "Left", "Labour", "Struggle", "Unity", "Action", "Voice", "Front", "Tendency",
    "Initiative", "Resistance", "Dawn", "Spark", "Vanguard", "Banner", "Horizon",
    "Commune", "Current", "Platform", "Renewal", "Fightback", "Republic", "Solidarity",
]  # fmt: skip
KINDS = [
    "Group", "Network", "Collective", "Forum", "Caucus", "League", "Circle", "Association",
    "Federation", "Society", "Union", "Committee", "Party", "Alliance", "Movement", "Tendency",
]  # fmt: skip
TOWNS = (
    "Aberdeen Bath Belfast Birmingham Blackburn Bradford Burnley Cambridge Canterbury "
    "Chester Colchester Coventry Crewe Darlington Doncaster Durham Edinburgh Falkirk "
    "Gloucester Grimsby Halifax Harlow Huddersfield Inverness Kendal Lancaster Leicester "
    "Lincoln Liverpool Manchester Middlesbrough Milton Keynes Newcastle Northampton "
    "Nottingham Oxford Peterborough Portsmouth Redditch Salisbury Scunthorpe Shrewsbury "
    "Slough Southampton Stevenage Swindon Telford Warrington Watford Worcester Worthing"
).split()
TLDS = [".org.uk", ".org", ".net", ".co.uk", ".uk"]
# Abbreviations too common to be anyone's: they would flag ordinary records.
RESERVED = {"NHS", "CLP", "AGM", "MP", "SEND", "GMB", "TUC", "NEC", "PLP", "BBC", "ITV", "UK", "EU"}


def _names(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """`count` distinct plausible names, none already in `taken` (lower-cased)."""
    patterns = [
        lambda: f"{rng.choice(OPENINGS)} {rng.choice(CAUSES)}",
        lambda: f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {rng.choice(KINDS)}",
        lambda: f"{rng.choice(TOWNS)} {rng.choice(ADJECTIVES)} {rng.choice(KINDS)}",
        lambda: f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(NOUNS)} {rng.choice(KINDS)} of {rng.choice(TOWNS)}",
        lambda: f"{rng.choice(CAUSES)} {rng.choice(KINDS)}",
    ]
    names: list[str] = []
    while len(names) < count:
        name = rng.choice(patterns)()
        if name.lower() not in taken:
            taken.add(name.lower())
            names.append(name)
    return names


def _abbreviation(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"[A-Za-z][\w'-]*", name) if word[0].isupper())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-")


def build(count: int = DEFAULT_COUNT, seed: int = SEED) -> dict[str, Any]:
    """The shipped rules with synthetic organisations added up to `count` in all."""
    with default_rules_path().joinpath("labour-nec.yaml").open(encoding="utf-8") as stream:
        rules: dict[str, Any] = yaml.safe_load(stream)
    rng = random.Random(seed)
    real = rules["organisations"]
    taken = {str(n).lower() for n in rules.get("lookalikes", [])}
    abbreviations = set(RESERVED) | {str(n).upper() for n in rules.get("lookalikes", [])}
    for known in real:
        taken.add(known["name"].lower())
        for key in ("aliases", "abbreviations", "publications", "events"):
            for item in known.get(key, []):
                text = item["text"] if isinstance(item, dict) else item
                taken.add(str(text).lower())
                abbreviations.add(str(text).upper())
    context = real[0].get("context", [])  # the shipped group words
    for name in _names(rng, count - len(real), taken):
        slug = _slug(name)
        org: dict[str, Any] = {"id": slug, "name": name, "context": context}
        short = _abbreviation(name)
        if len(short) >= 3 and short not in abbreviations and rng.random() < 0.5:
            abbreviations.add(short)
            org["abbreviations"] = [short]
        org["websites"] = [slug.replace("-", "") + rng.choice(TLDS)]
        org["proscribed_on"] = dt.date(2021, 7, 20) + dt.timedelta(days=rng.randrange(1200))
        org["reason"] = "Synthetic organisation for the 500-organisation benchmark."
        real.append(org)
    return rules


def write(path: Path, count: int = DEFAULT_COUNT, seed: int = SEED) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(build(count, seed), sort_keys=False, allow_unicode=True, width=100)
    path.write_text(
        f"# {count} organisations: the shipped 7 and synthetic ones (benchmarks/rules500.py)\n"
        + text,
        encoding="utf-8",
    )


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    count = int(sys.argv[2]) if len(sys.argv) == 3 else DEFAULT_COUNT
    write(Path(sys.argv[1]), count)
    print(f"{sys.argv[1]}: {count} organisations")
