"""The other ways a member's given name is written: "Seun" for Oluwaseun, "Joe" for
Joseph, "Abi" for Abigail.

Records name people as others know them, not as the membership system does. When a
listing says "Chair: Seun Adebayo" in Oluwaseun Adebayo's record, reading "Seun" as
a different person (a namesake) loses the member's own part; reading any given name
as the member's would make a brother's act theirs. So a variant counts only when it
is a known short form, or for a long name its last letters (as "Seun" of Oluwaseun,
"Mide" of Olumide); not any opening of the name ("Dan" is not Danielle).
"""

from __future__ import annotations

from functools import lru_cache

# Short forms that are not the name's own first letters.
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "joseph": ("joe", "jo"),
    "josephine": ("jo", "josie"),
    "robert": ("bob", "bobby", "rob", "robbie"),
    "william": ("bill", "billy", "will", "liam"),
    "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny"),
    "catherine": ("kate", "katie", "cath", "cathy"),
    "katherine": ("kate", "katie", "kath", "kathy"),
    "kathleen": ("kath", "kathy"),
    "elizabeth": ("liz", "lizzie", "beth", "betty", "libby"),
    "margaret": ("maggie", "meg", "peggy", "mags"),
    "richard": ("rick", "dick", "rich", "richie"),
    "edward": ("ted", "ed", "eddie", "ned"),
    "susan": ("sue", "susie"),
    "anthony": ("tony", "ant"),
    "antony": ("tony", "ant"),
    "michael": ("mike", "mick", "micky"),
    "david": ("dave", "davy"),
    "stephen": ("steve",),
    "steven": ("steve",),
    "andrew": ("andy", "drew"),
    "nicholas": ("nick", "nicky"),
    "patrick": ("pat", "paddy"),
    "patricia": ("pat", "trish", "patsy"),
    "rebecca": ("becky", "becca", "bex"),
    "victoria": ("vicky", "vicki", "tori"),
    "amanda": ("mandy",),
    "bernadette": ("bernie",),
    "deborah": ("debbie", "deb"),
    "jennifer": ("jen", "jenny"),
    "alexander": ("alex", "sandy"),
    "alexandra": ("alex", "sandra", "sandy"),
    "christopher": ("chris", "kit"),
    "christine": ("chris", "chrissie"),
    "mohammed": ("mo",),
    "muhammad": ("mo",),
    "mohammad": ("mo",),
    "maureen": ("mo",),
    "gillian": ("gill", "jill"),
    "frances": ("fran",),
    "francis": ("frank",),
    "henry": ("harry", "hal"),
    "charles": ("charlie", "chas"),
    "charlotte": ("charlie", "lottie"),
    "abigail": ("abi", "abbie", "abby", "gail"),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "thomas": ("tom", "tommy"),
    "benjamin": ("ben", "benny"),
    "daniel": ("dan", "danny"),
    "matthew": ("matt",),
    "timothy": ("tim",),
    "peter": ("pete",),
    "gerald": ("gerry",),
    "gerard": ("gerry",),
    "terence": ("terry",),
    "terrence": ("terry",),
    "leonard": ("len", "lenny"),
    "raymond": ("ray",),
    "ronald": ("ron", "ronnie"),
    "kenneth": ("ken", "kenny"),
    "geoffrey": ("geoff",),
    "jacqueline": ("jackie",),
    "philip": ("phil",),
    "phillip": ("phil",),
    "desmond": ("des", "dessie"),
    "oliver": ("ollie", "olly"),
    "dominic": ("dom",),
    "jonathan": ("jon", "jonny"),
    "nathan": ("nat",),
    "joshua": ("josh",),
    "gregory": ("greg",),
    "douglas": ("doug", "dougie"),
    "frederick": ("fred", "freddie"),
    "lawrence": ("laurie", "larry"),
    "laurence": ("laurie", "larry"),
    "eleanor": ("ellie", "nell"),
    "colin": ("col",),
    "callum": ("cal",),
    "jeremy": ("jez",),
    "theodore": ("theo",),
    "harriet": ("hattie",),
    "gareth": ("gaz",),
    "darren": ("daz",),
}
_SUFFIX = 4  # least letters of a long name's ending ("Seun" of Oluwaseun)
_LONG = 7  # letters from which a name is shortened from its end


@lru_cache(maxsize=4096)
def given_name_forms(given: str) -> frozenset[str]:
    """The folded given name and the forms it is also written in."""
    forms = {given, *_SHORT_FORMS.get(given, ())}
    if len(given) >= _LONG:
        forms.update(given[-k:] for k in range(_SUFFIX, len(given)))
    return frozenset(forms)
