"""`xianjie corpus add-case FILE`: one case, either a corpus Markdown file (front matter) or a plain
judgment text whose sections and charges are parsed — with a clear error when they cannot be."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from ..charges import charges_in_text
from ..deid import deidentify_case
from ..frontmatter import CorpusError, Problem, dump_front_matter
from ..parse import parse_text
from .cases import cited_articles
from .write import write_validated

FACTS_MARKERS = ("经审理查明", "公诉机关指控", "检察院指控", "起诉书指控")
REASONING_MARKER = "本院认为"
RESULT_MARKERS = ("判决如下", "裁定如下")
TITLE_RE = re.compile(r"^(.{2,40}?(?:判决书|裁定书))")


def split_judgment(text: str, file: str) -> dict[str, str]:
    """首部 / 案件事实 / 本院认为 / 判决结果 from a plain judgment; CorpusError naming what is missing."""
    facts_at = min((i for i in (text.find(m) for m in FACTS_MARKERS) if i >= 0), default=-1)
    reasoning_at = text.find(REASONING_MARKER)
    result_at = min((i for i in (text.find(m) for m in RESULT_MARKERS) if i >= 0), default=-1)
    missing = [name for name, at in (("案件事实（经审理查明/公诉机关指控）", facts_at), ("本院认为", reasoning_at),
                                     ("判决如下/裁定如下", result_at)) if at < 0]
    if missing:
        raise CorpusError([Problem(file, 1, f"cannot find the section(s) {', '.join(missing)} in this judgment text")])
    if not facts_at < reasoning_at < result_at:
        raise CorpusError([Problem(file, 1, "sections are out of order: expected facts, then 本院认为, then 判决如下")])
    return {"首部": text[:facts_at].strip(), "案件事实": text[facts_at:reasoning_at].strip(),
            "本院认为": text[reasoning_at:result_at].strip(), "判决结果": text[result_at:].strip()}


def add_case(path: Path, corpus_dir: Path, replace: bool = False) -> Path:
    text = path.read_text(encoding="utf-8")
    shown = str(path)
    if text.lstrip().startswith("---"):
        doc = parse_text(text, shown)
        if doc.type != "case":
            raise CorpusError([Problem(shown, 1, f"field 'type' must be case for add-case, not '{doc.type}'")])
        doc_id, content = doc.id, text
    else:
        sections = split_judgment(text, shown)
        charges = charges_in_text(sections["本院认为"] + sections["判决结果"])
        if not charges:
            raise CorpusError([Problem(shown, 1, "no charge found in 本院认为/判决结果 (expected 犯…罪 or 构成…罪)")])
        sections, _ = deidentify_case(sections)
        title_match = TITLE_RE.match(sections["首部"] or "")
        doc_id = "case-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        fm = {"id": doc_id, "type": "case", "title": title_match.group(1) if title_match else f"{'、'.join(charges)}案",
              "issuer": "人民法院（裁判文书）", "status": "现行有效", "domains": [], "charges": charges,
              "articles": cited_articles(sections["本院认为"] + sections["判决结果"]), "names_masked": True,
              "source": {"dataset": "added by xianjie corpus add-case", "path": path.name,
                         "version_date": dt.date.today().isoformat()}}
        body = "\n\n".join([f"# {fm['title']}"] + [f"## {h}\n\n{t}" for h, t in sections.items() if t])
        content = dump_front_matter(fm, body)
        parse_text(content, shown)
    target = corpus_dir / "case" / f"{doc_id}.md"
    if target.exists() and not replace:
        raise CorpusError([Problem(shown, 1, f"a case with id '{doc_id}' is already in the corpus ({target}); use --replace")])
    write_validated(content, target)
    return target
