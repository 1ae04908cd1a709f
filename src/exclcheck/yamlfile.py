"""Strict reading of hand-edited YAML files, keeping every value's file:line:col.

PyYAML gives syntax errors a position but loses it once the data is built, so a file
is composed into nodes (which keep their marks) and read node by node here. Only
plain YAML values are accepted: a tag that would construct an object is refused, and
so is an alias-expansion bomb (the reader counts the nodes it visits). Problems are
collected rather than raised one at a time, so an author sees all of them at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import yaml

MAX_NODES = 200_000  # refuses alias-expansion bombs ("billion laughs")
# What composes a file and builds its scalars (libyaml's loader exists only where
# PyYAML was built with it).
if TYPE_CHECKING:
    Loader = yaml.SafeLoader | yaml.CSafeLoader
else:
    Loader = yaml.SafeLoader

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a rules file, where a rule author can find it."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class YamlFileError(Exception):
    """A file could not be read; carries every problem found, not just the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class Abort(Exception):
    """A problem that makes the rest of a node unreadable (already recorded)."""


_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


class NodeReader:
    """Reads one composed YAML document, recording problems instead of stopping."""

    def __init__(self, path: str, loader: Loader) -> None:
        self.path = path
        self.loader = loader
        self.problems: list[Problem] = []
        self.visited = 0

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def fail(self, node: yaml.Node, message: str) -> NoReturn:
        self.problem(node, message)
        raise Abort

    def _count(self, node: yaml.Node) -> None:
        self.visited += 1
        if self.visited > MAX_NODES:
            self.problems = [p for p in self.problems if not p.message.startswith("too many")]
            self.fail(node, f"too many YAML nodes (over {MAX_NODES}); aliases expanding?")
        if node.tag not in _PLAIN_TAGS and not isinstance(node, yaml.ScalarNode):
            # Scalars are refused by the safe constructor; lists and mappings are read
            # node by node here, so a tag on them must be refused explicitly.
            self.fail(node, f"the tag {node.tag} is not allowed (only plain YAML values)")

    def mapping(
        self,
        node: yaml.Node,
        what: str,
        allowed: Sequence[str],
        required: Sequence[str] = (),
    ) -> dict[str, yaml.Node]:
        self._count(node)
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping of keys to values")
        result: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node, f"a key in {what}")
            if not isinstance(key, str):
                self.problem(key_node, f"{what}: keys must be words, not {key!r}")
                continue
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suffix = f"; did you mean '{hint[0]}'?" if hint else ""
                expected = ", ".join(allowed)
                self.problem(
                    key_node, f"unknown key '{key}' in {what}{suffix} (expected: {expected})"
                )
                continue
            if key in result:
                self.problem(key_node, f"duplicate key '{key}' in {what}")
                continue
            result[key] = value_node
        for key in required:
            if key not in result:
                self.problem(node, f"{what} is missing '{key}'")
        return result

    def scalar(self, node: yaml.Node, what: str) -> Any:
        self._count(node)
        if not isinstance(node, yaml.ScalarNode):
            self.fail(node, f"{what} must be a single value, not a list or mapping")
        try:
            return self.loader.construct_object(node)
        except yaml.constructor.ConstructorError as error:
            problem = error.problem or "cannot be read"
            self.fail(node, f"{what}: {problem} (only plain YAML values are allowed)")
        except (ValueError, TypeError) as error:
            self.fail(node, f"{what}: {error}")

    def string(self, node: yaml.Node, what: str, *, empty_ok: bool = False) -> str:
        value = self.scalar(node, what)
        if value is None and empty_ok:
            return ""
        if not isinstance(value, str):
            self.fail(node, f"{what} must be text, not {_describe(value)}")
        if not value.strip() and not empty_ok:
            self.fail(node, f"{what} must not be empty")
        return value.strip()

    def boolean(self, node: yaml.Node, what: str) -> bool:
        value = self.scalar(node, what)
        if not isinstance(value, bool):
            self.fail(node, f"{what} must be true or false, not {_describe(value)}")
        return value

    def number(self, node: yaml.Node, what: str, low: float, high: float) -> float:
        value = self.scalar(node, what)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(node, f"{what} must be a number, not {_describe(value)}")
        if not low <= value <= high:
            self.fail(node, f"{what} must be between {low:g} and {high:g}, not {value}")
        return float(value)

    def date(self, node: yaml.Node, what: str) -> dt.date:
        value = self.scalar(node, what)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(node, f"{what} must be a date as YYYY-MM-DD, not {value!r}")

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        self._count(node)
        if isinstance(node, yaml.ScalarNode) and self.scalar(node, what) is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
        return list(node.value)

    def each(self, nodes: Iterable[yaml.Node], read: Callable[[yaml.Node], T]) -> list[T]:
        """Read every item, keeping the good ones when some are broken."""
        items: list[T] = []
        for item in nodes:
            try:
                items.append(read(item))
            except Abort:
                continue
        return items

    def strings(self, node: yaml.Node, what: str, *, non_empty: bool = False) -> list[str]:
        items = self.each(self.sequence(node, what), lambda n: self.string(n, f"an item of {what}"))
        if non_empty and not items:
            self.fail(node, f"{what} must list at least one item")
        return items

    def ids(self, node: yaml.Node, what: str) -> list[str]:
        if isinstance(node, yaml.ScalarNode):
            value = self.scalar(node, what)
            if value is None:
                return []
            return [self.string(node, what)]
        return self.strings(node, what)


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


# libyaml's loader, where PyYAML was built with it (its wheels are): it composes the
# same nodes with the same marks, about ten times faster (the shipped rules: 0.13 s to
# 0.01 s of every run's start-up). A file it refuses, or holding a character the
# pure-Python reader refuses, is composed again by that reader, whose error messages
# and positions are the ones users see.
_FAST_LOADER: type[Loader] | None = getattr(yaml, "CSafeLoader", None)
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


def compose(path: str, text: str) -> tuple[yaml.Node | None, Loader]:
    if _FAST_LOADER is not None and not _NON_PRINTABLE.search(text):
        try:
            fast = _FAST_LOADER(text)
            return fast.get_single_node(), fast
        except (yaml.YAMLError, RecursionError, ValueError):
            pass  # UnicodeError is a ValueError
    try:
        loader = yaml.SafeLoader(text)
        return loader.get_single_node(), loader
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise YamlFileError(
            [Problem(path, line, column, f"character {error.character!r} is not allowed in YAML")]
        ) from None
    except RecursionError:
        raise YamlFileError([Problem(path, 1, 1, "YAML nested too deeply")]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = error.problem or error.context or "not valid YAML"
        raise YamlFileError([Problem(path, line, column, f"YAML syntax: {message}")]) from None
    except yaml.YAMLError as error:
        raise YamlFileError([Problem(path, 1, 1, f"YAML: {error}")]) from None


def problem_at(path: str, node: yaml.Node, message: str) -> Problem:
    return Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, message)
