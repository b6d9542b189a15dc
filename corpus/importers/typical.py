"""`xianjie corpus import-typical FILE...`: official typical / guiding cases in the release Markdown
format (one file per release or per case) → one `type: case` document per case under typical/.

The format: `## title`, a bullet list (发布 / 来源 / 领域 / 涉及罪名, optional 衔接方向), an optional
【关键词】 line, then `### ` sections (基本案情, 检察机关履职过程 or 处理结果 / 裁判理由, 典型意义 or 要旨).
Everything before the first `## ` is the compiler's note. Every file is checked before anything is
written; each problem is reported as `file:line: message`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..charges import canonical_charge
from ..frontmatter import CorpusError, Problem, dump_front_matter
from ..numerals import NUMBER_PATTERN, article_label, parse_ordinal
from ..typical import section_role
from .write import write_validated

BULLETS_REQUIRED = ("发布", "来源", "领域", "涉及罪名")
BULLETS_OPTIONAL = ("衔接方向",)
REQUIRED_ROLES = (("facts", "基本案情（或 简要案情）"), ("process", "检察机关履职过程（或 处理结果 / 裁判理由 / 诉讼过程）"))
SIGNIFICANCE_ROLES = ("significance", "gist")
# the editor's 领域 labels → the corpus's enforcement domains (an unknown label is kept as written)
DOMAIN_NAMES = {"非法占用农用地": "自然资源", "污染环境": "生态环境", "生态环境执法": "生态环境",
                "危害食品安全": "食品安全", "食品": "食品安全", "非法行医": "卫生健康", "非法采矿": "矿产资源",
                "非法采砂": "矿产资源"}
DIRECTION_WORDS = {"正向": "forward", "反向": "reverse"}
FORWARD_RE = re.compile(r"移送|立案监督|行刑衔接|行政违法[^。]{0,60}(?:界限|界分)")   # 界限: where a violation becomes a crime
REVERSE_RE = re.compile(r"反向|检察意见|行政违法线索|(?:不起诉|不予追究刑事责任|免予刑事处罚)[^。]{0,80}行政处罚")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{4})-(\d{2})-(\d{2})")
URL_RE = re.compile(r"(?:https?://|github\.com/)[^\s，；、（）()]+")
JIANLI_RE = re.compile(r"检例第(\d+)号")
CRIMINAL_ARTICLE_RE = re.compile(rf"(?:《中华人民共和国刑法》|《刑法》|刑法)第({NUMBER_PATTERN})条(?:之({NUMBER_PATTERN}))?")
TITLE_IN_BOOK_RE = re.compile(r"《([^》]{2,60})》(第[^，。；、《》]{1,12}?条)?")
NOT_A_PROVISION_RE = re.compile(r"刑法|刑事|书$|报告$|笔录$|判决$|裁定$|证$|意见$")   # licences, case papers
PAREN_RE = re.compile(r"（[^（）]*）")


@dataclass
class RawCase:
    """One `## ` block as written, with the line of each part for messages."""
    title: str
    line: int
    bullets: dict[str, tuple[str, int]] = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)
    sections: list[tuple[str, int, list[str]]] = field(default_factory=list)   # heading, line, paragraphs


@dataclass
class TypicalImportReport:
    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def parse_release(text: str, file: str) -> tuple[str | None, list[RawCase], list[Problem]]:
    """The release's `# ` title (if any), its cases, and what is malformed in them."""
    problems: list[Problem] = []
    cases: list[RawCase] = []
    release_title = None
    current: RawCase | None = None
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line.startswith("## "):
            current = RawCase(line[3:].strip(), n)
            cases.append(current)
            continue
        if current is None:                   # the compiler's note before the first case
            if line.startswith("# ") and release_title is None:
                release_title = line[2:].strip()
            continue
        if not line or line == "---":
            continue
        if line.startswith("### "):
            current.sections.append((line[4:].strip(), n, []))
        elif line.startswith("#"):
            problems.append(Problem(file, n, f"unexpected heading '{line[:30]}': cases are '## ', sections '### '"))
        elif current.sections:
            current.sections[-1][2].append(line)
        elif line.startswith("- "):
            _bullet(current, line[2:], n, file, problems)
        elif line.startswith("【关键词】"):
            current.keywords = [k for k in re.split(r"[\s/／]+", line.removeprefix("【关键词】")) if k]
        else:
            problems.append(Problem(file, n, "text between the bullet list and the first '### ' section "
                                             "(only '- 名称：内容' items and a 【关键词】 line belong there)"))
    if not cases:
        problems.append(Problem(file, 1, "no case found: each case starts with a '## title' line"))
    return release_title, cases, problems


def _bullet(case: RawCase, item: str, n: int, file: str, problems: list[Problem]) -> None:
    name, sep, value = item.partition("：")
    name = name.strip()
    if not sep or not value.strip():
        problems.append(Problem(file, n, f"list item '{item[:30]}' must be '名称：内容'"))
    elif name not in BULLETS_REQUIRED + BULLETS_OPTIONAL:
        problems.append(Problem(file, n, f"unknown list item '{name}' (expected {'、'.join(BULLETS_REQUIRED + BULLETS_OPTIONAL)})"))
    elif name in case.bullets:
        problems.append(Problem(file, n, f"'{name}' given twice (first at line {case.bullets[name][1]})"))
    else:
        case.bullets[name] = (value.strip(), n)


def release_date(value: str) -> str | None:
    """The date a case was published: the one written just before 发布, else the official page's
    date (YYYY-MM-DD), else the last full date in the 发布 item."""
    found = []
    for m in DATE_RE.finditer(value):
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        try:
            found.append((dt.date(int(y), int(mo), int(d)).isoformat(), m))
        except ValueError:
            continue
    if not found:
        return None
    for date, m in found:
        if value[m.end():m.end() + 2] == "发布":
            return date
    iso = [date for date, m in found if m.group(4)]
    return iso[0] if iso else found[-1][0]


def criminal_articles(text: str) -> list[str]:
    """刑法 article labels named in the text (刑法第134条之一, 《中华人民共和国刑法》第三百四十二条)."""
    out = []
    for m in CRIMINAL_ARTICLE_RE.finditer(text):
        label = article_label(parse_ordinal(m.group(1)), parse_ordinal(m.group(2)) if m.group(2) else 0)
        if label not in out:
            out.append(label)
    return out


def admin_provisions(text: str) -> list[str]:
    """Administrative rules the text names in 《》 (with the article when one follows); criminal
    law, interpretations and case papers (决定书, 报告, 判决) are not administrative provisions."""
    out: list[str] = []
    for m in TITLE_IN_BOOK_RE.finditer(text):
        name = m.group(1).removeprefix("中华人民共和国")
        if NOT_A_PROVISION_RE.search(name):
            continue
        item = f"《{name}》" + (m.group(2) or "")
        if not any(o.startswith(item) for o in out):      # 《X》 after 《X》第3条 adds nothing
            out = [o for o in out if not item.startswith(o)] + [item]
    return out


def source_urls(sources: str) -> list[str]:
    """Every address in the 来源 item, as links (github.com/… gets its https://)."""
    urls = [u.rstrip("。.，") for u in URL_RE.findall(sources)]
    return [u if u.startswith("http") else f"https://{u}" for u in urls]


def primary_url(urls: list[str], sources: str) -> str:
    """The official page (*.gov.cn) when listed, else the full-text archive (存档全文), else the first."""
    official = [u for u in urls if ".gov.cn/" in u]
    if official:
        return official[0]
    _, marker, rest = sources.partition("存档全文：")
    archive = source_urls(rest) if marker else []
    return archive[0] if archive else urls[0]


def _charges(value: str, line: int, file: str, offenses: frozenset[str], problems: list[Problem]) -> list[str]:
    written = [c for c in re.split(r"(?<=罪)[、，,]", PAREN_RE.sub("", value)) if c.strip()]
    out = []
    for c in (c.strip() for c in written):
        name = c if c in offenses else canonical_charge(c)
        if not name or (offenses and name not in offenses):
            problems.append(Problem(file, line, f"涉及罪名: '{c}' is not a current 罪名 (罪名 determinations in the corpus)"))
        elif name not in out:
            out.append(name)
    if not written:
        problems.append(Problem(file, line, "涉及罪名: no charge given"))
    return out


def _domains(value: str) -> list[str]:
    label = re.split(r"[（(；;]", value)[0]
    names = [DOMAIN_NAMES.get(p.strip(), p.strip()) for p in re.split(r"[/／、]", label) if p.strip()]
    return list(dict.fromkeys(names))


def _linkage(case: RawCase, text: str, file: str, problems: list[Problem]) -> list[str]:
    if "衔接方向" in case.bullets:
        value, n = case.bullets["衔接方向"]
        found = [d for word, d in DIRECTION_WORDS.items() if word in value]
        if not found:
            problems.append(Problem(file, n, f"衔接方向 must name 正向 and/or 反向, not '{value}'"))
        return found
    found = [d for d, pattern in (("forward", FORWARD_RE), ("reverse", REVERSE_RE)) if pattern.search(text)]
    if not found:
        problems.append(Problem(file, case.line, "cannot tell the linkage direction from the text: add "
                                                 f"'- 衔接方向：{'、'.join(w for w in DIRECTION_WORDS)}'"))
    return found


def case_id(case: RawCase, jianli: str | None, date: str) -> str:
    if jianli:
        return f"jianli-{jianli}"
    return f"typical-{date}-{hashlib.sha1(case.title.encode('utf-8')).hexdigest()[:8]}"


def convert(case: RawCase, file: str, source: dict, offenses: frozenset[str]) -> tuple[dict, str, list[Problem]]:
    """Front matter and body of one case, and the problems that keep it out."""
    problems: list[Problem] = []
    for name in BULLETS_REQUIRED:
        if name not in case.bullets:
            problems.append(Problem(file, case.line, f"case '{case.title}' lacks the list item '- {name}：…'"))
    roles: dict[str, str] = {}
    seen: dict[str, int] = {}
    for heading, n, paragraphs in case.sections:
        if heading in seen:
            problems.append(Problem(file, n, f"section '{heading}' given twice (first at line {seen[heading]})"))
        seen[heading] = n
        if not paragraphs:
            problems.append(Problem(file, n, f"section '{heading}' is empty"))
        role = section_role(heading)
        if role:
            roles.setdefault(role, heading)
    for role, wanted in REQUIRED_ROLES:
        if role not in roles:
            problems.append(Problem(file, case.line, f"case '{case.title}' has no section '### {wanted}'"))
    if not any(r in roles for r in SIGNIFICANCE_ROLES):
        problems.append(Problem(file, case.line, f"case '{case.title}' has no section '### 典型意义（或 指导意义 / 要旨）'"))
    if problems:
        return {}, "", problems

    published, published_line = case.bullets["发布"]
    date = release_date(published)
    if date is None:
        problems.append(Problem(file, published_line, "发布: no full release date (YYYY年M月D日 or YYYY-MM-DD)"))
    issuer, _, release = published.partition("，")
    sources, sources_line = case.bullets["来源"]
    urls = source_urls(sources)
    if not urls:
        problems.append(Problem(file, sources_line, "来源: no address (http(s)://… or github.com/…) to link the source"))
    charges_value, charges_line = case.bullets["涉及罪名"]
    charges_part, _, admin_part = charges_value.partition("；")
    admin_basis = admin_part.removeprefix("行政违法依据：").strip()
    charges = _charges(charges_part, charges_line, file, offenses, problems)
    body_text = "\n".join(p for _, _, paragraphs in case.sections for p in paragraphs)
    linkage = _linkage(case, f"{case.bullets['领域'][0]}\n{body_text}", file, problems)
    if problems:
        return {}, "", problems

    jianli = JIANLI_RE.search(case.title) or JIANLI_RE.search(published)
    kind = ("guiding" if jianli or "指导性案例" in published else
            "reference" if "参考案例" in published else "typical")
    fm: dict = {"id": case_id(case, jianli.group(1) if jianli else None, date), "type": "case", "case_kind": kind}
    if jianli:
        fm["jianli_no"] = jianli.group(0)
    fm.update({"title": case.title, "issuer": issuer.strip(), "promulgated": date, "status": "现行有效",
               "domains": _domains(case.bullets["领域"][0]), "charges": charges})
    if PAREN_RE.search(charges_part):
        fm["charges_note"] = charges_part.strip()
    fm["articles"] = criminal_articles(f"{charges_value}\n{body_text}")
    fm["linkage"] = linkage
    fm["admin_provisions"] = admin_provisions(f"{admin_basis}\n{body_text}")
    if admin_basis:
        fm["admin_basis"] = admin_basis
    fm.update({"domain_note": case.bullets["领域"][0], "release": release.strip()})
    if case.keywords:
        fm["keywords"] = case.keywords
    fm.update({"source_urls": urls, "transcription": True,
               "source": {**source, "row": f"line {case.line}", "url": primary_url(urls, sources), "note": f"来源：{sources}"}})
    body = "\n\n".join([f"# {case.title}"] + [f"## {heading}\n\n" + "\n\n".join(paragraphs)
                                              for heading, _, paragraphs in case.sections])
    return fm, body, []


def known_offenses(corpus_dir: Path) -> frozenset[str]:
    """Current 罪名 from the determinations in the corpus (危险作业罪 and other names newer than the
    LeCaRD list); empty when the corpus holds none, then the LeCaRD list alone decides."""
    from graph.offenses import extract_offenses
    from ..parse import parse_file
    docs = []
    for path in sorted(corpus_dir.glob("**/zuiming-*.md")):
        try:
            docs.append(parse_file(path, corpus_dir))
        except CorpusError:
            continue
    return frozenset(o.name for o in extract_offenses(docs))


def stamp_compilation_date(front_matters: list[dict]) -> None:
    """A compilation carries no date of its own, and a file's mtime changes with every copy of the
    data, so its version is the newest release it holds: the same release always imports the same."""
    if not front_matters:
        return
    newest = max(fm["promulgated"] for fm in front_matters)
    for fm in front_matters:
        source = dict(fm["source"])
        fm["source"] = {"dataset": source.pop("dataset"), "path": source.pop("path"), "version_date": newest,
                        **source, "note": source["note"] + f"；汇编版本日期取所收案例的最新发布日期（{newest}）"}


def import_typical(files: list[Path], out_dir: Path, offenses: frozenset[str] = frozenset()) -> TypicalImportReport:
    """Check every file; write `out_dir/typical/<id>.md` for each case only when all are sound."""
    report = TypicalImportReport()
    converted: list[tuple[dict, str, str, int]] = []
    for path in files:
        shown = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            report.problems.append(Problem(shown, 1, f"cannot read the file: {exc}"))
            continue
        release_title, cases, problems = parse_release(text, shown)
        report.problems += problems
        source = {"dataset": release_title or path.stem, "path": f"{path.parent.name}/{path.name}"}
        from_file = []
        for case in cases:
            fm, body, problems = convert(case, shown, source, offenses)
            report.problems += problems
            if fm:
                from_file.append((fm, body, shown, case.line))
        stamp_compilation_date([fm for fm, *_ in from_file])
        converted += from_file
    first: dict[str, str] = {}
    for fm, _, shown, line in converted:
        if fm["id"] in first:
            report.problems.append(Problem(shown, line, f"case id '{fm['id']}' also made from {first[fm['id']]}"))
        first.setdefault(fm["id"], f"{shown}:{line}")
    if report.problems:
        return report
    for fm, body, shown, line in converted:
        target = out_dir / "typical" / f"{fm['id']}.md"
        try:
            write_validated(dump_front_matter(fm, body), target)
        except CorpusError as exc:       # the corpus parser's own objection, pointed at the source case
            report.problems += [Problem(shown, line, f"{p.file}:{p.line}: {p.message}") for p in exc.problems]
            continue
        report.written.append(target)
    return report


__all__ = ["import_typical", "known_offenses", "parse_release", "convert"]
