"""Import the compiled 立案追诉标准 texts (../shared/data/standards) as `type: standard` documents.

Each article keeps the status its .sources.tsv gives it: a 待核 article carries a 〔待核：…〕 line
(added from the tsv note when the text lacks one), which the threshold parser reads as its review
note; a confirmed article carries none. Re-running rewrites the same files.

Articles the shared compilation lacks may be added, compiled the same way, in corpus/data/standards_supplement/
under the same file name, each with its sources in the supplement's own .sources.tsv; an article in both is an
error, so a newer shared compilation cannot be shadowed unnoticed.

Usage: python scripts/import_standards.py [--src ../shared/data/standards] [--out corpus/documents/standard]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.frontmatter import dump_front_matter  # noqa: E402
from corpus.model import REVIEW_MARK_RE  # noqa: E402
from corpus.numerals import parse_ordinal  # noqa: E402
from corpus.parse import CASE_TYPE_RE  # noqa: E402

SUPPLEMENT = ROOT / "corpus" / "data" / "standards_supplement"
ARTICLE_RE = re.compile(r"^(第[零一二三四五六七八九十百]+条(?:之[一二三四五六七八九十])?)")
DOCUMENTS = {
    "lian-zhuisu-1.md": {
        "id": "lian-zhuisu-biaozhun-1", "type": "standard",
        "title": "最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（一）",
        "issuer": "最高人民检察院、公安部", "doc_number": "公通字〔2008〕36号",
        "promulgated": "2008-06-25", "effective": "2008-06-25", "status": "现行有效",
        "domains": ["安全生产", "市场监管", "生态环境", "自然资源", "林业与野生动物", "卫生健康", "公安与网信"],
        "history": ["2008-06-25 公通字〔2008〕36号发布施行",
                    "2017-04-27 公通字〔2017〕12号补充规定修改（第十五条之一、第三十四条之一等）"],
        "version_date": "2017-04-27",
    },
    "lian-zhuisu-2-2022.md": {
        "id": "lian-zhuisu-biaozhun-2", "type": "standard",
        "title": "最高人民检察院 公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）",
        "issuer": "最高人民检察院、公安部", "doc_number": "公通字〔2022〕12号",
        "promulgated": "2022-04-06", "effective": "2022-05-15", "status": "现行有效",
        "domains": ["市场监管", "人社与金融", "自然资源", "税务"],
        "history": ["2010-05-07 公通字〔2010〕23号发布", "2022-04-06 公通字〔2022〕12号修订，2022-05-15施行"],
        "version_date": "2022-04-06",
    },
}
# Articles left out: their offense no longer exists, so no current offense can carry the threshold.
LEFT_OUT = {("lian-zhuisu-1.md", "第八十一条"): "嫖宿幼女罪已由刑法修正案（九）（2015-11-01施行）删除"}
SOURCE_NOTE = ("据公开网页对官方文本的逐字引用汇编（官方法律文本不受著作权保护，著作权法第五条）；各条来源与核对状态见 "
               "{tsv}；status 为 待核 的条文末尾有〔待核：…〕说明")


def article_statuses(tsv: Path) -> dict[str, tuple[str, str]]:
    with tsv.open(encoding="utf-8") as f:
        return {row["article"]: (row["status"], row.get("note", "")) for row in csv.DictReader(f, delimiter="\t")}


def blocks(text: str) -> list[str]:
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def _article_number(name: str) -> tuple[int, int]:
    """第七十一条 → (71, 0); 第十五条之一 → (15, 1): the order articles stand in."""
    m = re.match(r"第(.+?)条(?:之(.+))?$", name)
    return parse_ordinal(m.group(1)), parse_ordinal(m.group(2)) if m.group(2) else 0


def _checked_blocks(src: Path, counts: dict[str, int]) -> dict[str, str]:
    """Article name → its block, with the status its .sources.tsv gives it marked."""
    statuses = article_statuses(src.with_name(src.stem + ".sources.tsv"))
    out = {}
    for block in blocks(src.read_text(encoding="utf-8")):
        m = ARTICLE_RE.match(block)
        if not m:
            raise SystemExit(f"{src}: block does not start with 第X条: {block[:30]}")
        if (src.name, m.group(1)) in LEFT_OUT:
            print(f"{src.name} {m.group(1)} left out: {LEFT_OUT[(src.name, m.group(1))]}")
            continue
        status, note = statuses.get(m.group(1), ("待核", "not listed in the sources file"))
        has_marker = bool(REVIEW_MARK_RE.search(block))
        if status == "confirmed" and has_marker:
            raise SystemExit(f"{src}: {m.group(1)} is confirmed but carries a 待核 note")
        if status != "confirmed":
            counts["待核"] += 1
            if not has_marker:
                block += f"\n〔待核：{note or '来源未能核实'}〕"
                counts["marker_added"] += 1
        else:
            counts["confirmed"] += 1
        out[m.group(1)] = block
    return out


def convert(src: Path, meta: dict, supplement: Path = SUPPLEMENT) -> tuple[str, dict[str, int]]:
    tsv = src.with_name(src.stem + ".sources.tsv")
    counts = {"confirmed": 0, "待核": 0, "marker_added": 0, "supplemented": 0}
    articles = _checked_blocks(src, counts)
    extra = supplement / src.name
    if extra.exists():
        added = _checked_blocks(extra, counts)
        if both := sorted(set(added) & set(articles)):
            raise SystemExit(f"{extra}: {'、'.join(both)} also in {src}: drop it from the supplement")
        articles.update(added)
        counts["supplemented"] = len(added)
    out = [articles[name] for name in sorted(articles, key=_article_number)]
    fm = {k: v for k, v in meta.items() if k != "version_date"}
    left_out = [f"{a}（{why}）" for (f, a), why in LEFT_OUT.items() if f == src.name]
    fm["source"] = {"dataset": "shared/data/standards（立案追诉标准汇编）", "path": f"standards/{src.name}",
                    "version_date": meta["version_date"], "note": SOURCE_NOTE.format(tsv=tsv.name)
                    + (f"；未收录：{'、'.join(left_out)}" if left_out else "")
                    + (f"；另有{counts['supplemented']}条据公开网页补充汇编，见 corpus/data/standards_supplement/{src.name}"
                       f"（来源与核对状态见同目录 {tsv.name}）" if counts["supplemented"] else "")}
    body = f"# {meta['title']}\n\n" + "\n\n".join(out)
    return dump_front_matter(fm, body), counts


# Compiled only here, in parts and case types (一、渎职犯罪案件 …（十二）徇私舞弊不移交刑事案件案（第四百零二条）): the
# supplement's file holds the body, its .sources.tsv each case type's status (item 一（十二）).
CASE_TYPE_DOCUMENTS = {
    "duzhi-qinquan-2006.md": {
        "id": "duzhi-qinquan-lian-biaozhun", "type": "standard",
        "title": "最高人民检察院关于渎职侵权犯罪案件立案标准的规定",
        "issuer": "最高人民检察院", "doc_number": "高检发释字〔2006〕2号",
        "promulgated": "2006-07-26", "effective": "2006-07-26", "status": "现行有效",
        "domains": ["行刑衔接"],
        "history": ["2005-12-29 最高人民检察院第十届检察委员会第四十九次会议通过", "2006-07-26 公布施行"],
        "version_date": "2006-07-26",
        "left_out": "一（十三）滥用管理公司、证券职权案（第5项残缺）、一（十五）至（十八）、一（二十二）、一（三十三）（残片）、"
                    "一（三十四）、二（四）暴力取证案（未找到2006年文本的逐字引用）",
    },
}
PART_RE = re.compile(r"^#+\s*([一二三四五六七八九十]+)、")


def convert_case_types(src: Path, meta: dict) -> tuple[str, dict[str, int]]:
    """A supplement-only 立案标准 cited by part and case type: each case block keeps the status its .sources.tsv
    gives it (a 待核 one ends with its 〔待核：…〕 line), and a case type the tsv does not list is refused."""
    tsv = src.with_name(src.stem + ".sources.tsv")
    with tsv.open(encoding="utf-8") as f:
        statuses = {row["item"]: (row["status"], row.get("note", "")) for row in csv.DictReader(f, delimiter="\t")}
    counts = {"confirmed": 0, "待核": 0, "marker_added": 0, "supplemented": 0}
    part, out = "", []
    for block in blocks(src.read_text(encoding="utf-8")):
        if m := PART_RE.match(block):
            part = m.group(1)
        elif m := CASE_TYPE_RE.match(block):
            item = f"{part}（{m['number']}）"
            if item not in statuses:
                raise SystemExit(f"{src}: {item} is not in {tsv.name}")
            status, note = statuses[item]
            has_marker = bool(REVIEW_MARK_RE.search(block))
            if status == "confirmed" and has_marker:
                raise SystemExit(f"{src}: {item} is confirmed but carries a 待核 note")
            if status == "confirmed":
                counts["confirmed"] += 1
            else:
                counts["待核"] += 1
                if not has_marker:
                    block += f"\n〔待核：{note or '来源未能核实'}〕"
                    counts["marker_added"] += 1
        out.append(block)
    fm = {k: v for k, v in meta.items() if k not in ("version_date", "left_out")}
    fm["source"] = {"dataset": "corpus/data/standards_supplement（据公开网页汇编）", "path": f"standards_supplement/{src.name}",
                    "version_date": meta["version_date"], "note": SOURCE_NOTE.format(tsv=tsv.name)
                    + (f"；未收录：{meta['left_out']}" if meta.get("left_out") else "")}
    return dump_front_matter(fm, f"# {meta['title']}\n\n" + "\n\n".join(out)), counts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--src", type=Path, default=ROOT.parent / "shared" / "data" / "standards")
    p.add_argument("--out", type=Path, default=ROOT / "corpus" / "documents" / "standard")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, meta in DOCUMENTS.items():
        text, counts = convert(args.src / name, meta)
        target = args.out / f"{meta['id']}.md"
        target.write_text(text, encoding="utf-8")
        print(f"{target}: {counts['confirmed']} confirmed, {counts['待核']} 待核 ({counts['marker_added']} notes added from the tsv), "
              f"{counts['supplemented']} from the supplement")
    for name, meta in CASE_TYPE_DOCUMENTS.items():
        text, counts = convert_case_types(SUPPLEMENT / name, meta)
        target = args.out / f"{meta['id']}.md"
        target.write_text(text, encoding="utf-8")
        print(f"{target}: {counts['confirmed']} confirmed, {counts['待核']} 待核 ({counts['marker_added']} notes added from the tsv)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
