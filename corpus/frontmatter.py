"""Split a Markdown file into YAML front matter and body, keeping line numbers for messages."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a corpus file, printed as `file:line: message`."""
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class CorpusError(Exception):
    """Raised when a document cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class SplitFile:
    data: dict[str, Any]
    field_lines: dict[str, int]    # front matter key → 1-based line in the file
    body: str
    body_line: int                 # 1-based line where the body starts


class _DateKeepingLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader (libyaml's C parser where PyYAML has it: reading the bundled corpus's front
    matter took ~25 s of a fresh build in pure Python) that leaves dates as text, so a bad date
    is reported by field and line instead of failing inside the YAML parser."""


_DateKeepingLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str, file: str) -> SplitFile:
    """Parse the leading `---` block; raise CorpusError naming the line when it is missing or bad."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise CorpusError([Problem(file, 1, "missing front matter: the file must start with '---'")])
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise CorpusError([Problem(file, 1, "front matter is not closed by a '---' line")])
    fm_text = "\n".join(lines[1:end])
    loader = _DateKeepingLoader(fm_text)
    try:    # composed once: the nodes give each field's line, the same nodes its value
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        raise CorpusError([Problem(file, line, f"invalid YAML in front matter: {reason}")]) from None
    finally:
        loader.dispose()
    if data is None:
        data, node = {}, None
    if not isinstance(data, dict):
        raise CorpusError([Problem(file, 2, "front matter must be a mapping of field: value")])
    field_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            field_lines[str(key_node.value)] = key_node.start_mark.line + 2
    body = "\n".join(lines[end + 1:])
    return SplitFile(data=data, field_lines=field_lines, body=body, body_line=end + 2)


def dump_front_matter(data: dict[str, Any], body: str) -> str:
    """Serialize front matter + body the way the importers write corpus files."""
    fm = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{fm}---\n\n{body.strip()}\n"
