"""Parse one corpus file (front matter + Markdown) into a Document with its units.

Statutes, interpretations and standards are split into articles (第X条, 第X条之一), with the
编/章/节 headings above each article as its path; cases into sections; guidance into articles
when it has them, else into paragraphs under their headings.
"""
from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from .frontmatter import CorpusError, Problem, split_front_matter
from .model import (CASE_OPTIONAL_FIELDS, DOC_TYPES, OPTIONAL_FIELDS, REQUIRED_FIELDS, SOURCE_FIELDS_OPTIONAL,
                    SOURCE_FIELDS_REQUIRED, STATUSES, Document, Source, Unit, field_problem, iso_date)
from .numerals import CHINESE_NUMBER_CHARS, NUMBER_PATTERN, parse_article_label, parse_ordinal

ARTICLE_TYPES = {"statute", "interpretation", "standard"}
STRUCTURE_HEADING_RE = re.compile(
    rf"^(第({NUMBER_PATTERN})(编|分编|章|节)|附\s*则|序\s*言|总\s*则|分\s*则|附\s*录|附\s*件|附表"
    rf"|[{CHINESE_NUMBER_CHARS}]+、|（[{CHINESE_NUMBER_CHARS}]+）)"
)
# a part of an 意见: 二、关于利用赌博机开设赌场的定罪处罚标准 (a heading line, not a sentence)
SECTION_LABEL_RE = re.compile(rf"^([{CHINESE_NUMBER_CHARS}]+)、(?=关于)[^。；：:]{{2,40}}$")
# a case type of a 立案标准 that numbers its cases under parts (一、渎职犯罪案件 …（十二）徇私舞弊不移交刑事案件案（第四百零二条）)
# instead of articles: the 渎职侵权 立案标准 (2006) is cited by part and case, 第一部分第（十二）项
CASE_TYPE_RE = re.compile(rf"^（(?P<number>[{CHINESE_NUMBER_CHARS}]+)）(?P<name>[^。，；\n]{{2,40}}?案)"
                          rf"（(?:刑法)?(?P<article>第[^）\n]+条[^）\n]*)）$", re.M)
# (graph/standards.py reads the head with it, scripts/import_standards.py the blocks)
PART_HEADING_RE = re.compile(rf"^([{CHINESE_NUMBER_CHARS}]+)、")
_md = MarkdownIt("commonmark")


def parse_file(path: Path, root: Path | None = None) -> Document:
    """Read and parse one file; raise CorpusError with every problem found."""
    shown = str(path.relative_to(root)) if root else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError([Problem(shown, 1, f"not UTF-8 text: {exc.reason}")]) from None
    return parse_text(text, shown)


def parse_text(text: str, file: str) -> Document:
    split = split_front_matter(text, file)
    problems: list[Problem] = []
    doc = _document_from_front_matter(split.data, split.field_lines, file, problems)
    if doc is None:
        raise CorpusError(problems)
    doc.units = _parse_body(doc, split.body, split.body_line, file, problems)
    if not doc.units:
        problems.append(Problem(file, split.body_line, "document has no text after the front matter"))
    if problems:
        raise CorpusError(problems)
    return doc


def _document_from_front_matter(data, lines, file, problems) -> Document | None:
    def line_of(key: str) -> int:
        return lines.get(key, 1)

    for key in data:
        if key not in REQUIRED_FIELDS and key not in OPTIONAL_FIELDS:
            problems.append(Problem(file, line_of(key), f"unknown field '{key}'"))
        elif field_problem(key, data[key]):
            problems.append(Problem(file, line_of(key), field_problem(key, data[key])))
    missing = False
    for key in REQUIRED_FIELDS:
        if data.get("type") == "case" and key in CASE_OPTIONAL_FIELDS:
            continue
        if key not in data or data[key] in (None, "", []) and key != "domains":
            problems.append(Problem(file, 1, f"missing field '{key}'"))
            missing = True
    if missing:
        return None

    def text_field(key: str) -> str:
        value = data[key]
        if not isinstance(value, (str, int)):
            problems.append(Problem(file, line_of(key), f"field '{key}' must be text"))
            return ""
        return str(value).strip()

    doc_type = text_field("type")
    if doc_type not in DOC_TYPES:
        problems.append(Problem(file, line_of("type"),
                                f"field 'type' must be one of {', '.join(DOC_TYPES)}, not '{doc_type}'"))
    status = text_field("status")
    if status not in STATUSES:
        problems.append(Problem(file, line_of("status"),
                                f"field 'status' must be one of {'、'.join(STATUSES)}, not '{status}'"))
    dates = {}
    for key in ("promulgated", "effective"):
        if data.get(key) in (None, "") and doc_type == "case":
            dates[key] = None
            continue
        try:
            dates[key] = iso_date(data[key])
        except ValueError:
            problems.append(Problem(file, line_of(key), f"field '{key}' is not a valid date (YYYY-MM-DD): {data[key]!r}"))
    domains = data["domains"]
    if not isinstance(domains, list) or not all(isinstance(d, str) and d.strip() for d in domains):
        problems.append(Problem(file, line_of("domains"), "field 'domains' must be a list of names"))
        domains = []
    source = _source(data["source"], line_of("source"), file, problems)
    doc_id = text_field("id")
    if doc_id and not re.fullmatch(r"[\w\-.（）()]+", doc_id):
        problems.append(Problem(file, line_of("id"), f"field 'id' may hold letters, digits, '-', '_' and '.' only: '{doc_id}'"))
    if problems or source is None:
        return None
    meta = {k: data[k] for k in OPTIONAL_FIELDS if k in data and k != "doc_number"}
    doc_number = data.get("doc_number")
    return Document(id=doc_id, type=doc_type, title=text_field("title"), issuer=text_field("issuer"),
                    promulgated=dates["promulgated"], effective=dates["effective"], status=status,
                    domains=[d.strip() for d in domains], source=source, file=file,
                    doc_number=str(doc_number).strip() if doc_number else None, meta=meta)


def _source(value, line: int, file: str, problems: list[Problem]) -> Source | None:
    if not isinstance(value, dict):
        problems.append(Problem(file, line, "field 'source' must be a mapping with dataset, path, version_date"))
        return None
    for key in value:
        if key not in SOURCE_FIELDS_REQUIRED and key not in SOURCE_FIELDS_OPTIONAL:
            problems.append(Problem(file, line, f"unknown field 'source.{key}'"))
    for key in SOURCE_FIELDS_REQUIRED:
        if not value.get(key):
            problems.append(Problem(file, line, f"missing field 'source.{key}'"))
    if problems:
        return None
    try:
        version = iso_date(value["version_date"])
    except ValueError:
        problems.append(Problem(file, line, f"field 'source.version_date' is not a valid date: {value['version_date']!r}"))
        return None
    extra = {k: str(value[k]) for k in SOURCE_FIELDS_OPTIONAL if value.get(k) is not None}
    return Source(dataset=str(value["dataset"]), path=str(value["path"]), version_date=version, **extra)


def _blocks(body: str, body_line: int):
    """Yield (kind, level, text, line) for headings and paragraphs, via markdown-it tokens."""
    tokens = _md.parse(body)
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            yield "heading", int(tok.tag[1]), tokens[i + 1].content.strip(), body_line + tok.map[0]
        elif tok.type == "paragraph_open":
            yield "paragraph", 0, tokens[i + 1].content.strip(), body_line + tok.map[0]
        elif tok.type in ("fence", "code_block", "html_block") and tok.content.strip() and not tok.content.lstrip().startswith("<!--"):
            yield "paragraph", 0, tok.content.strip(), body_line + tok.map[0]


def _parse_body(doc: Document, body: str, body_line: int, file: str, problems: list[Problem]) -> list[Unit]:
    blocks = list(_blocks(body, body_line))
    has_articles = any(kind == "paragraph" and parse_article_label(text) for kind, _, text, _ in blocks)
    if doc.type == "case":
        return _sections(doc, blocks)
    if has_articles:
        return _articles(doc, blocks, file, problems, strict_headings=doc.type in ARTICLE_TYPES)
    if doc.type == "standard" and any(kind == "paragraph" and CASE_TYPE_RE.match(text.split("\n")[0]) for kind, _, text, _ in blocks):
        return _case_types(doc, blocks, file, problems)
    if doc.type in ARTICLE_TYPES and any(kind == "paragraph" and SECTION_LABEL_RE.match(text) for kind, _, text, _ in blocks):
        return _numbered_sections(doc, blocks)
    return _paragraphs(doc, blocks)


def _update_path(path_by_level: dict[int, str], level: int, text: str) -> list[str]:
    for deeper in [lvl for lvl in path_by_level if lvl >= level]:
        del path_by_level[deeper]
    path_by_level[level] = text
    return [path_by_level[lvl] for lvl in sorted(path_by_level)]


def _articles(doc, blocks, file, problems, strict_headings: bool) -> list[Unit]:
    units: list[Unit] = []
    path_by_level: dict[int, str] = {}
    path: list[str] = []
    seen: dict[tuple[int, int], int] = {}
    current: Unit | None = None
    preamble: Unit | None = None
    for kind, level, text, line in blocks:
        if kind == "heading":
            if level == 1:
                continue   # the document title
            if strict_headings and not STRUCTURE_HEADING_RE.match(text):
                problems.append(Problem(file, line, f"unparsable heading '{text}': expected 第X编/章/节 or a numbered section"))
            path = _update_path(path_by_level, level, text)
            current = None
            continue
        parsed = parse_article_label(text)
        if parsed:
            number, suffix, label = parsed
            if (number, suffix) in seen:
                problems.append(Problem(file, line, f"duplicate article number {label} (first at line {seen[(number, suffix)]})"))
            seen[(number, suffix)] = line
            uid = f"{doc.id}:art{number}" + (f"-{suffix}" if suffix else "")
            current = Unit(id=uid, doc_id=doc.id, kind="article", ordinal=len(units), text=text, line=line,
                           path=list(path), article_no=number, article_suffix=suffix, label=label)
            units.append(current)
        elif current is not None:
            current.text += "\n" + text
        elif not units or units[-1].kind != "preamble" or preamble is None:
            preamble = Unit(id=f"{doc.id}:pre{len(units)}", doc_id=doc.id, kind="preamble",
                            ordinal=len(units), text=text, line=line, path=list(path), label="序言")
            units.append(preamble)
        else:
            preamble.text += "\n" + text
    return units


def _numbered_sections(doc, blocks) -> list[Unit]:
    """An 意见 numbers its parts 一、关于… 二、关于… instead of 第X条, and is cited by them (《意见》第二条):
    each part is one article unit (art2 for 二、), its heading line first; text before the first part
    is the preamble."""
    units: list[Unit] = []
    current: Unit | None = None
    for kind, level, text, line in blocks:
        if kind == "heading":
            continue
        m = SECTION_LABEL_RE.match(text)
        if m:
            number = parse_ordinal(m.group(1))
            current = Unit(id=f"{doc.id}:art{number}", doc_id=doc.id, kind="article", ordinal=len(units), text=text,
                           line=line, article_no=number, label=text)
            units.append(current)
        elif current is not None:
            current.text += "\n" + text
        else:
            _add_to_preamble(doc, units, text, line)
    return units


def _add_to_preamble(doc, units: list[Unit], text: str, line: int) -> None:
    """Text before the first part: one preamble unit, begun or continued."""
    if units and units[-1].kind == "preamble":
        units[-1].text += "\n" + text
    else:
        units.append(Unit(id=f"{doc.id}:pre{len(units)}", doc_id=doc.id, kind="preamble", ordinal=len(units),
                          text=text, line=line, label="序言"))


def _case_types(doc, blocks, file, problems) -> list[Unit]:
    """A 立案标准 in parts and numbered case types: each case type is one article unit (id c1-12 for part 一's
    （十二）, label 一（十二）), the part heading above it; a part without case types (三、附则) is one unit of its own,
    and text before the first part is the preamble."""
    units: list[Unit] = []
    current: Unit | None = None
    part, part_label, seen = 0, "", {}
    for kind, level, text, line in blocks:
        if kind == "heading":
            if level == 1:
                continue
            m = PART_HEADING_RE.match(text)
            if not m:
                problems.append(Problem(file, line, f"unparsable heading '{text}': expected a part 一、…"))
                continue
            part, part_label, current = parse_ordinal(m.group(1)), text, None
            continue
        first = text.split("\n")[0]
        case = CASE_TYPE_RE.match(first)
        if case:
            key = (part, parse_ordinal(case["number"]))
            if key in seen:
                problems.append(Problem(file, line, f"duplicate case type {first} in part {part_label} (first at line {seen[key]})"))
            seen[key] = line
            current = Unit(id=f"{doc.id}:c{key[0]}-{key[1]}", doc_id=doc.id, kind="article", ordinal=len(units), text=text,
                           line=line, path=[part_label] if part_label else [],
                           label=f"{PART_HEADING_RE.match(part_label).group(1) if part_label else ''}（{case['number']}）")
            units.append(current)
        elif current is not None:
            current.text += "\n" + text
        elif part:
            current = Unit(id=f"{doc.id}:c{part}", doc_id=doc.id, kind="article", ordinal=len(units),
                           text=f"{part_label}\n{text}", line=line, path=[part_label], label=part_label)
            units.append(current)
        else:
            _add_to_preamble(doc, units, text, line)
    return units


def _sections(doc, blocks) -> list[Unit]:
    units: list[Unit] = []
    current: Unit | None = None
    for kind, level, text, line in blocks:
        if kind == "heading":
            if level == 1:
                continue
            current = Unit(id=f"{doc.id}:s{len(units)}", doc_id=doc.id, kind="section", ordinal=len(units),
                           text="", line=line, path=[text], label=text)
            units.append(current)
            continue
        if current is None:
            current = Unit(id=f"{doc.id}:s{len(units)}", doc_id=doc.id, kind="section", ordinal=len(units),
                           text="", line=line, path=[], label="正文")
            units.append(current)
        current.text = f"{current.text}\n{text}" if current.text else text
    return [u for u in units if u.text]


def _paragraphs(doc, blocks) -> list[Unit]:
    units: list[Unit] = []
    path_by_level: dict[int, str] = {}
    path: list[str] = []
    for kind, level, text, line in blocks:
        if kind == "heading":
            if level > 1:
                path = _update_path(path_by_level, level, text)
            continue
        units.append(Unit(id=f"{doc.id}:p{len(units)}", doc_id=doc.id, kind="paragraph", ordinal=len(units),
                          text=text, line=line, path=list(path), label=path[-1] if path else None))
    return units
