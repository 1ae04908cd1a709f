"""YAML rules files → a validated RuleSet, or every problem with its file:line:col.

Rule authors edit these files by hand, so a typo must not pass silently: unknown keys,
duplicate keys and ids, bad dates and empty lists are errors that point at the line.
PyYAML gives syntax errors a position but loses it once the data is built, so the file
is composed into nodes (which keep their marks) and read node by node here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from exclcheck.normalize import fold_phrase
from exclcheck.ruleset import (
    Alias,
    AliasKind,
    Criterion,
    Direction,
    Example,
    Examples,
    Exclusion,
    Frame,
    Lookalike,
    Organisation,
    RuleSet,
    Scope,
    Settings,
)
from exclcheck.yamlfile import Abort, NodeReader, Problem, YamlFileError, compose, problem_at

SUPPORTED_VERSION = 1
MAX_RULES_BYTES = 2_000_000  # a rules file is hand-written; anything bigger is a mistake
RULES_ENV = "EXCLCHECK_RULES"

T = TypeVar("T")


class RulesError(YamlFileError):
    """The rules could not be loaded; carries every problem found, not just the first."""


_ORG_KEYS = (
    "id",
    "name",
    "match_name",
    "aliases",
    "abbreviations",
    "publications",
    "websites",
    "events",
    "context",
    "threshold",
    "proscribed_on",
    "retrospective",
    "reason",
    "source",
    "successor_of",
    "merged_from",
    "notes",
    "examples",
)
_ALIAS_KEYS = (
    "text",
    "threshold",
    "case_sensitive",
    "needs_context",
    "context",
    "party_label",
)
_CRITERION_KEYS = (
    "id",
    "description",
    "cues",
    "reach",
    "kinds",
    "scope",
    "markers",
    "organised_by",
    "direction",
    "own_event_only",
    "label",
    "examples",
)
_EXCLUSION_KEYS = (
    "id",
    "description",
    "cues",
    "scope",
    "reach",
    "direction",
    "frame",
    "after_name",
    "unless_name_follows",
    "unless_member_named",
    "unless_joint",
    "unless_another_subject",
    "corrects_before",
    "not_as_label",
    "unless_before",
    "unless_after",
    "unless_object",
    "unless_its_own",
    "unless_later",
    "nearest_only",
    "spares_own_act",
    "spares_later_statement",
    "spares_other_clauses",
    "spares_its_side",
    "examples",
)
_FRAME_KEYS = ("before", "after", "unless")
_SETTINGS_KEYS = ("fuzzy_threshold", "exact_below", "support_reach", "exclusion_reach")
_TOP_KEYS = (
    "version",
    "settings",
    "organisations",
    "criteria",
    "exclusions",
    "findings",
    "lookalikes",
)

# How each list of names is matched unless an entry says otherwise.
_KIND_KEYS = {
    "aliases": AliasKind.ALIAS,
    "abbreviations": AliasKind.ABBREVIATION,
    "publications": AliasKind.PUBLICATION,
    "websites": AliasKind.WEBSITE,
    "events": AliasKind.EVENT,
}


@dataclass(frozen=True, slots=True)
class _Pending:
    """An organisation read from one file, before links and dates are resolved."""

    org: Organisation
    proscribed_on_given: bool
    path: str
    node: yaml.Node


class _FileRules:
    """What one file contributes to the merged rule set."""

    def __init__(self) -> None:
        self.organisations: list[_Pending] = []
        self.criteria: list[tuple[Criterion, yaml.Node]] = []
        self.exclusions: list[tuple[Exclusion, yaml.Node]] = []
        self.lookalikes: list[Lookalike] = []
        self.findings: list[str] = []
        self.settings: Settings | None = None  # None: this file leaves them alone


def _read_alias(
    reader: NodeReader,
    node: yaml.Node,
    kind: AliasKind,
    settings: Settings,
    org_threshold: float | None,
    org_context: tuple[str, ...],
) -> Alias:
    options: dict[str, yaml.Node] = {}
    if isinstance(node, yaml.MappingNode):
        options = reader.mapping(node, f"an entry of {kind.value}s", _ALIAS_KEYS, ("text",))
        if "text" not in options:
            raise Abort
        text = reader.string(options["text"], f"the text of a {kind.value}")
    else:
        text = reader.string(node, f"a {kind.value}")
    letters = sum(c.isalnum() for c in text)
    exact = kind in (AliasKind.ABBREVIATION, AliasKind.WEBSITE) or letters < settings.exact_below
    threshold = 100.0 if exact else (org_threshold or settings.fuzzy_threshold)
    if "threshold" in options:
        threshold = reader.number(options["threshold"], "threshold", 0, 100)
    case_sensitive = kind is AliasKind.ABBREVIATION
    if "case_sensitive" in options:
        case_sensitive = reader.boolean(options["case_sensitive"], "case_sensitive")
    needs_context = False
    if "needs_context" in options:
        needs_context = reader.boolean(options["needs_context"], "needs_context")
    context = org_context
    if "context" in options:
        context = tuple(reader.strings(options["context"], "context"))
    if needs_context and not context:
        reader.problem(node, f"'{text}' needs context but no context words are given")
    party_label = False
    if "party_label" in options:
        party_label = reader.boolean(options["party_label"], "party_label")
        words = len(text.split())
        if party_label and (not needs_context or words != 1):
            reader.problem(
                options["party_label"],
                f"party_label is for a one-word name that needs context, not '{text}'",
            )
    return Alias(
        text=text,
        kind=kind,
        threshold=threshold,
        case_sensitive=case_sensitive,
        needs_context=needs_context,
        context=context,
        party_label=party_label,
        line=node.start_mark.line + 1,
    )


def _read_examples(reader: NodeReader, node: yaml.Node) -> Examples:
    keys = reader.mapping(node, "examples", ("flag", "ignore"))

    def example(item: yaml.Node) -> Example:
        if isinstance(item, yaml.MappingNode):
            fields = reader.mapping(item, "an example", ("text", "date"), ("text",))
            if "text" not in fields:
                raise Abort
            text = reader.string(fields["text"], "the text of an example")
            date = (
                reader.date(fields["date"], "the date of an example") if "date" in fields else None
            )
            return Example(text=text, date=date, line=item.start_mark.line + 1, path=reader.path)
        return Example(
            text=reader.string(item, "an example"),
            date=None,
            line=item.start_mark.line + 1,
            path=reader.path,
        )

    flag = reader.each(reader.sequence(keys["flag"], "flag"), example) if "flag" in keys else []
    ignore = (
        reader.each(reader.sequence(keys["ignore"], "ignore"), example) if "ignore" in keys else []
    )
    return Examples(flag=tuple(flag), ignore=tuple(ignore))


def _read_organisation(reader: NodeReader, node: yaml.Node, settings: Settings) -> _Pending:
    keys = reader.mapping(node, "an organisation", _ORG_KEYS, ("id", "name"))
    if "id" not in keys or "name" not in keys:
        raise Abort
    org_id = reader.string(keys["id"], "id")
    name = reader.string(keys["name"], f"the name of '{org_id}'")
    org_threshold = None
    if "threshold" in keys:
        org_threshold = reader.number(keys["threshold"], "threshold", 0, 100)
    context = _phrases(reader, keys, "context")
    # The display name is matched too, unless it is a common word ("Resist") that
    # the author lists again among the aliases with the care it needs.
    match_name = reader.boolean(keys["match_name"], "match_name") if "match_name" in keys else True
    aliases = []
    if match_name:
        aliases.append(
            Alias(
                text=name,
                kind=AliasKind.NAME,
                threshold=org_threshold or settings.fuzzy_threshold,
                case_sensitive=False,
                needs_context=False,
                # A name in lower case in a capitalised text counts only with these.
                context=context,
                line=keys["name"].start_mark.line + 1,
            )
        )
    for key, kind in _KIND_KEYS.items():
        if key in keys:
            for item in reader.sequence(keys[key], key):
                try:
                    aliases.append(
                        _read_alias(reader, item, kind, settings, org_threshold, context)
                    )
                except Abort:
                    continue
    given = "proscribed_on" in keys
    proscribed_on = reader.date(keys["proscribed_on"], "proscribed_on") if given else dt.date.max
    org = Organisation(
        id=org_id,
        name=name,
        aliases=tuple(aliases),
        proscribed_on=proscribed_on,
        retrospective=reader.boolean(keys["retrospective"], "retrospective")
        if "retrospective" in keys
        else False,
        reason=reader.string(keys["reason"], "reason", empty_ok=True) if "reason" in keys else "",
        source=reader.string(keys["source"], "source", empty_ok=True) if "source" in keys else "",
        successor_of=tuple(reader.ids(keys["successor_of"], "successor_of"))
        if "successor_of" in keys
        else (),
        merged_from=tuple(reader.ids(keys["merged_from"], "merged_from"))
        if "merged_from" in keys
        else (),
        notes=reader.string(keys["notes"], "notes", empty_ok=True) if "notes" in keys else "",
        examples=_read_examples(reader, keys["examples"]) if "examples" in keys else Examples(),
        line=node.start_mark.line + 1,
    )
    return _Pending(org=org, proscribed_on_given=given, path=reader.path, node=node)


def _read_direction(reader: NodeReader, keys: dict[str, yaml.Node]) -> Direction:
    if "direction" not in keys:
        return Direction.EITHER
    direction_text = reader.string(keys["direction"], "direction")
    try:
        return Direction(direction_text)
    except ValueError:
        choices = ", ".join(d.value for d in Direction)
        reader.fail(
            keys["direction"], f"direction must be one of {choices}, not '{direction_text}'"
        )


def _read_criterion(reader: NodeReader, node: yaml.Node, settings: Settings) -> Criterion:
    keys = reader.mapping(node, "a criterion", _CRITERION_KEYS, ("id", "cues"))
    if "id" not in keys or "cues" not in keys:
        raise Abort
    crit_id = reader.string(keys["id"], "id")
    kinds: list[AliasKind] = []
    if "kinds" in keys:
        for item in reader.sequence(keys["kinds"], "kinds"):
            kind_text = reader.string(item, "a kind")
            try:
                kinds.append(AliasKind(kind_text))
            except ValueError:
                choices = ", ".join(k.value for k in AliasKind)
                reader.problem(item, f"kind must be one of {choices}, not '{kind_text}'")
    scope = Scope.CLAUSE
    if "scope" in keys:
        scope = _read_scope(reader, keys["scope"], (Scope.CLAUSE, Scope.RECORD))
    markers = _phrases(reader, keys, "markers")
    organised_by = _phrases(reader, keys, "organised_by")
    if scope is Scope.RECORD and not (markers or organised_by):
        reader.problem(node, f"criterion '{crit_id}' has scope record but no markers")
    return Criterion(
        id=crit_id,
        kinds=tuple(kinds),
        scope=scope,
        markers=markers,
        organised_by=organised_by,
        direction=_read_direction(reader, keys),
        own_event_only=_flag(reader, keys, "own_event_only"),
        label=_flag(reader, keys, "label"),
        description=reader.string(keys["description"], "description", empty_ok=True)
        if "description" in keys
        else "",
        cues=_cues(reader, keys["cues"], f"the cues of '{crit_id}'"),
        reach=int(reader.number(keys["reach"], "reach", 0, 100))
        if "reach" in keys
        else settings.support_reach,
        examples=_read_examples(reader, keys["examples"]) if "examples" in keys else Examples(),
        line=node.start_mark.line + 1,
    )


def _read_scope(reader: NodeReader, node: yaml.Node, allowed: Sequence[Scope]) -> Scope:
    text = reader.string(node, "scope")
    if text not in {s.value for s in allowed}:
        choices = ", ".join(s.value for s in allowed)
        reader.fail(node, f"scope must be one of {choices}, not '{text}'")
    return Scope(text)


def _flag(reader: NodeReader, keys: dict[str, yaml.Node], name: str) -> bool:
    """An optional yes/no key of a rule (absent: no)."""
    return reader.boolean(keys[name], name) if name in keys else False


def _phrases(
    reader: NodeReader,
    keys: dict[str, yaml.Node],
    name: str,
    *,
    non_empty: bool = False,
    plain: bool = False,
) -> tuple[str, ...]:
    """An optional list of phrases of a rule (absent: none). With `plain`, words only:
    there the cue conveniences (`a|b`, `x*`, `...`) would be read as letters and match
    nothing."""
    if name not in keys:
        return ()
    node = keys[name]
    phrases = tuple(reader.strings(node, name, non_empty=non_empty))
    if not plain:
        return phrases
    for item, phrase in _scalar_items(node):
        if "|" in phrase or "*" in phrase or "..." in phrase:
            reader.problem(
                item,
                f"{name} phrase '{phrase}' is plain words: '|', '*' and '...' work in cues "
                "only (write each alternative as a phrase of its own)",
            )
    return phrases


def _words(
    reader: NodeReader,
    keys: dict[str, yaml.Node],
    name: str,
    what: str = "the noun that ends the object",
) -> tuple[str, ...]:
    """An optional list of single plain words (absent: none): a phrase or a cue
    convenience would never match one word, so the loader refuses it."""
    words = _phrases(reader, keys, name, plain=True)
    if name in keys:
        for item, word in _scalar_items(keys[name]):
            if len(fold_phrase(word)) != 1:
                reader.problem(item, f"{name} '{word}' is one word ({what})")
    return words


def _scalar_items(node: yaml.Node) -> list[tuple[yaml.Node, str]]:
    """A sequence's items that are plain strings, each with its own node: checked one
    by one, so that a broken item (reported by the reader) puts none out of step."""
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    return [
        (i, i.value) for i in items if isinstance(i, yaml.ScalarNode) and isinstance(i.value, str)
    ]


def _cues(reader: NodeReader, node: yaml.Node, what: str) -> tuple[str, ...]:
    """A rule's cues. `a|b` offers one word for another, so "couldn t|could not make
    it" reads as "couldn" then "t" or "could" ... and matches nothing: a contraction's
    "t" as an alternative is refused, with the way to write it."""
    cues = tuple(reader.strings(node, what, non_empty=True))
    for item, cue in _scalar_items(node):
        if any("t" in word.split("|") for word in cue.split() if "|" in word):
            reader.problem(
                item,
                f"cue '{cue}' splits a contraction: 'a|b' offers one word for another "
                '(write, say, "couldn\'t|can\'t make it" and "could not make it" as two cues)',
            )
    return cues


def _read_exclusion(reader: NodeReader, node: yaml.Node, settings: Settings) -> Exclusion:
    keys = reader.mapping(node, "an exclusion", _EXCLUSION_KEYS, ("id",))
    if "id" not in keys:
        raise Abort
    excl_id = reader.string(keys["id"], "id")
    frame = None
    if "frame" in keys:
        parts = reader.mapping(keys["frame"], "frame", _FRAME_KEYS, ("before", "after"))
        frame = Frame(
            before=_phrases(reader, parts, "before", non_empty=True),
            after=_phrases(reader, parts, "after", non_empty=True),
            unless=_phrases(reader, parts, "unless"),
        )
    elif "cues" not in keys:
        reader.fail(node, f"exclusion '{excl_id}' needs cues (or a frame)")
    scope = Scope.CLAUSE
    if "scope" in keys:
        scope = _read_scope(reader, keys["scope"], tuple(Scope))
    return Exclusion(
        id=excl_id,
        direction=_read_direction(reader, keys),
        description=reader.string(keys["description"], "description", empty_ok=True)
        if "description" in keys
        else "",
        cues=_cues(reader, keys["cues"], f"the cues of '{excl_id}'") if "cues" in keys else (),
        scope=scope,
        frame=frame,
        after_name=_flag(reader, keys, "after_name"),
        unless_name_follows=_flag(reader, keys, "unless_name_follows"),
        unless_member_named=_flag(reader, keys, "unless_member_named"),
        unless_joint=_flag(reader, keys, "unless_joint"),
        unless_another_subject=_flag(reader, keys, "unless_another_subject"),
        corrects_before=_flag(reader, keys, "corrects_before"),
        not_as_label=_flag(reader, keys, "not_as_label"),
        unless_before=_phrases(reader, keys, "unless_before", plain=True),
        unless_after=_phrases(reader, keys, "unless_after", plain=True),
        unless_object=_words(reader, keys, "unless_object"),
        unless_its_own=_words(
            reader, keys, "unless_its_own", "the noun the group's name stands before"
        ),
        unless_later=_phrases(reader, keys, "unless_later", plain=True),
        nearest_only=_flag(reader, keys, "nearest_only"),
        spares_own_act=_flag(reader, keys, "spares_own_act"),
        spares_later_statement=_flag(reader, keys, "spares_later_statement"),
        spares_other_clauses=_flag(reader, keys, "spares_other_clauses"),
        spares_its_side=_flag(reader, keys, "spares_its_side"),
        reach=int(reader.number(keys["reach"], "reach", 0, 100))
        if "reach" in keys
        else settings.exclusion_reach,
        examples=_read_examples(reader, keys["examples"]) if "examples" in keys else Examples(),
        line=node.start_mark.line + 1,
    )


def _read_settings(reader: NodeReader, node: yaml.Node) -> Settings:
    keys = reader.mapping(node, "settings", _SETTINGS_KEYS)
    base = Settings()
    return Settings(
        fuzzy_threshold=reader.number(keys["fuzzy_threshold"], "fuzzy_threshold", 50, 100)
        if "fuzzy_threshold" in keys
        else base.fuzzy_threshold,
        exact_below=int(reader.number(keys["exact_below"], "exact_below", 0, 100))
        if "exact_below" in keys
        else base.exact_below,
        support_reach=int(reader.number(keys["support_reach"], "support_reach", 0, 100))
        if "support_reach" in keys
        else base.support_reach,
        exclusion_reach=int(reader.number(keys["exclusion_reach"], "exclusion_reach", 0, 100))
        if "exclusion_reach" in keys
        else base.exclusion_reach,
    )


def _read_file(path: str, text: str) -> _FileRules:
    try:
        node, loader = compose(path, text)
    except YamlFileError as error:
        raise RulesError(error.problems) from None
    file_rules = _FileRules()
    if node is None:
        raise RulesError([Problem(path, 1, 1, "the rules file is empty")])
    reader = NodeReader(path, loader)
    try:
        top = reader.mapping(node, "the rules file", _TOP_KEYS, ("version",))
        if "version" in top:
            version = reader.scalar(top["version"], "version")
            if version != SUPPORTED_VERSION:
                reader.fail(
                    top["version"],
                    f"version {version!r} is not supported (this exclcheck reads version 1)",
                )
        if "settings" in top:
            file_rules.settings = _read_settings(reader, top["settings"])
        settings = file_rules.settings or Settings()
        file_rules.organisations = reader.each(
            reader.sequence(top["organisations"], "organisations")
            if "organisations" in top
            else [],
            lambda n: _read_organisation(reader, n, settings),
        )
        file_rules.criteria = [
            (c, n)
            for n in (reader.sequence(top["criteria"], "criteria") if "criteria" in top else [])
            for c in reader.each([n], lambda n: _read_criterion(reader, n, settings))
        ]
        file_rules.exclusions = [
            (e, n)
            for n in (
                reader.sequence(top["exclusions"], "exclusions") if "exclusions" in top else []
            )
            for e in reader.each([n], lambda n: _read_exclusion(reader, n, settings))
        ]
        file_rules.findings = (
            reader.strings(top["findings"], "findings", non_empty=True) if "findings" in top else []
        )
        file_rules.lookalikes = [
            Lookalike(name=reader.string(n, "a lookalike"), line=n.start_mark.line + 1)
            for n in (
                reader.sequence(top["lookalikes"], "lookalikes") if "lookalikes" in top else []
            )
        ]
    except Abort:
        pass
    if reader.problems:
        raise RulesError(reader.problems)
    return file_rules


def _resolve(files: list[tuple[str, _FileRules]]) -> tuple[tuple[Organisation, ...], list[Problem]]:
    """Merge organisations across files: unique ids, known links, no successor cycles."""
    problems: list[Problem] = []
    pending: dict[str, _Pending] = {}
    for _path, file_rules in files:
        for item in file_rules.organisations:
            if item.org.id in pending:
                first = pending[item.org.id]
                problems.append(
                    problem_at(
                        item.path,
                        item.node,
                        f"duplicate organisation id '{item.org.id}' "
                        f"(first at {first.path}:{first.node.start_mark.line + 1})",
                    )
                )
                continue
            pending[item.org.id] = item
    for item in pending.values():
        for link in (*item.org.successor_of, *item.org.merged_from):
            if link not in pending:
                hint = difflib.get_close_matches(link, list(pending), n=1)
                suffix = f"; did you mean '{hint[0]}'?" if hint else ""
                problems.append(
                    problem_at(
                        item.path,
                        item.node,
                        f"'{item.org.id}' links to unknown organisation '{link}'{suffix}",
                    )
                )
    if problems:
        return (), problems

    def date_of(org_id: str, trail: tuple[str, ...]) -> dt.date | None:
        item = pending[org_id]
        if item.proscribed_on_given:
            return item.org.proscribed_on
        if org_id in trail:
            return None
        dates = [date_of(p, (*trail, org_id)) for p in item.org.successor_of]
        known = [d for d in dates if d is not None]
        return min(known) if known else None

    for org_id, item in pending.items():
        if _has_cycle(org_id, pending):
            problems.append(
                problem_at(item.path, item.node, f"successor links of '{org_id}' form a cycle")
            )
    if problems:
        return (), problems

    resolved: list[Organisation] = []
    for org_id, item in pending.items():
        date = date_of(org_id, ())
        if date is None:
            problems.append(
                problem_at(
                    item.path,
                    item.node,
                    f"'{org_id}' has no proscribed_on (and is no successor of one that has)",
                )
            )
            continue
        org = item.org
        resolved.append(
            Organisation(
                id=org.id,
                name=org.name,
                aliases=org.aliases,
                proscribed_on=date,
                retrospective=org.retrospective,
                reason=org.reason,
                source=org.source,
                successor_of=org.successor_of,
                merged_from=org.merged_from,
                notes=org.notes,
                examples=org.examples,
                line=org.line,
            )
        )
    return tuple(resolved), problems


def _has_cycle(start: str, pending: dict[str, _Pending]) -> bool:
    seen: set[str] = set()
    frontier = list(pending[start].org.successor_of)
    while frontier:
        current = frontier.pop()
        if current == start:
            return True
        if current in seen or current not in pending:
            continue
        seen.add(current)
        frontier.extend(pending[current].org.successor_of)
    return False


def _unique(items: list[tuple[str, Any, yaml.Node]], what: str) -> list[Problem]:
    problems = []
    seen: dict[str, tuple[str, yaml.Node]] = {}
    for path, item, node in items:
        if item.id in seen:
            first_path, first_node = seen[item.id]
            problems.append(
                problem_at(
                    path,
                    node,
                    f"duplicate {what} id '{item.id}' "
                    f"(first at {first_path}:{first_node.start_mark.line + 1})",
                )
            )
        else:
            seen[item.id] = (path, node)
    return problems


def rules_files(paths: Sequence[Path]) -> list[Path]:
    """Expand directories to their *.yaml files, sorted, so merges are reproducible."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise RulesError([Problem(str(path), 1, 1, "no *.yaml rules files in this folder")])
            files.extend(found)
        else:
            files.append(path)
    return files


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_RULES_BYTES:
            raise RulesError(
                [
                    Problem(
                        str(path),
                        1,
                        1,
                        f"rules file is too large ({size} bytes; limit {MAX_RULES_BYTES})",
                    )
                ]
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise RulesError([Problem(str(path), 1, 1, "no such rules file")]) from None
    except IsADirectoryError:
        raise RulesError([Problem(str(path), 1, 1, "is a folder, not a rules file")]) from None
    except OSError as error:
        raise RulesError([Problem(str(path), 1, 1, f"cannot read: {error.strerror}")]) from None


def load_rules(paths: Sequence[Path | str]) -> RuleSet:
    """Load and merge rules files (or folders of them) into one validated RuleSet."""
    files = rules_files([Path(p) for p in paths])
    digest = hashlib.sha256()
    read: list[tuple[str, _FileRules]] = []
    problems: list[Problem] = []
    for path in files:
        data = _read_bytes(path)
        digest.update(data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            problems.append(Problem(str(path), 1, 1, f"not UTF-8 text (byte {error.start})"))
            continue
        try:
            read.append((str(path), _read_file(str(path), text)))
        except RulesError as error:
            problems.extend(error.problems)
    if problems:
        raise RulesError(problems)

    organisations, problems = _resolve(read)
    criteria = [(p, c, n) for p, f in read for c, n in f.criteria]
    exclusions = [(p, e, n) for p, f in read for e, n in f.exclusions]
    problems += _unique(criteria, "criterion")
    problems += _unique(exclusions, "exclusion")
    if not problems and not organisations:
        problems.append(Problem(str(files[0]), 1, 1, "no organisations in the rules"))
    if not problems and not criteria:
        problems.append(Problem(str(files[0]), 1, 1, "no support criteria in the rules"))
    if problems:
        raise RulesError(problems)
    # A later file's settings replace an earlier file's, as with any override.
    settings = Settings()
    for _path, file_rules in read:
        settings = file_rules.settings or settings
    return RuleSet(
        organisations=organisations,
        criteria=tuple(c for _, c, _ in criteria),
        exclusions=tuple(e for _, e, _ in exclusions),
        lookalikes=tuple(lk for _, f in read for lk in f.lookalikes),
        settings=settings,
        sources=tuple(str(p) for p in files),
        sha256=digest.hexdigest(),
        findings=tuple(dict.fromkeys(phrase for _, f in read for phrase in f.findings)),
    )


def default_rules_path() -> Path:
    """The rules shipped with exclcheck.

    An installed wheel carries them as package data (`exclcheck/rules`); a source
    checkout keeps the one copy in the top-level `rules/` folder.
    """
    packaged = Path(str(resources.files("exclcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def rules_paths(given: Sequence[Path | str]) -> list[Path]:
    """Which rules to load: --rules, else $EXCLCHECK_RULES, else the shipped ones."""
    if given:
        return [Path(p) for p in given]
    from_env = os.environ.get(RULES_ENV, "").strip()
    if from_env:
        return [Path(p) for p in from_env.split(os.pathsep) if p]
    return [default_rules_path()]
