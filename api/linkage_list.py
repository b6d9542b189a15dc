"""正向衔接事项清单 (issue 16 item 4): for one enforcement domain, the administrative violations that may
be crimes — 行政违法行为 / 行政处罚依据 / 涉嫌罪名 / 刑法条文 / 立案追诉标准 / 主管机关 — read from the graph
(Violation -ESCALATES_TO-> Offense, with the edge's provenance), as JSON, CSV or Word.

Agencies compile this list by hand for their officers; here it follows the knowledge base, so a new
threshold or linkage entry shows up in the next build."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from graph.citations import normalize_title
from graph.linkage_derive import link_status
from graph.queries import standard_view
from graph.schema import domain_id
from graph.statutory_threshold import short_missing_standard_note

from .docx import MEDIA_TYPE, DocxWriter, content_disposition
from .error_responses import NOT_FOUND
from .models.linkage import LinkageList

ARTICLE_PART = re.compile(r"第[零〇一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十]+款)?$")
METHOD_LABELS = {"curated": "已审核", "reviewed": "已审核", "derived": "自动推导", "parsed": "自动解析"}
COLUMNS = ("序号", "行政违法行为", "行政处罚依据", "涉嫌罪名", "刑法条文", "立案追诉标准", "主管机关", "来源")
QUOTE_CHARS = 300

router = APIRouter(prefix="/api/linkage", tags=["linkage 正向衔接事项清单"])


def cite(graph, unit_id: str | None) -> dict:
    """One article in standard citation form: 《刑法》第一百三十四条之一 (中华人民共和国 dropped, as officers write it)."""
    if not unit_id:
        return {"unit_id": None, "citation": ""}
    doc_id = unit_id.split(":")[0]
    doc = graph.node(f"doc:{doc_id}")
    art = graph.node(f"article:{unit_id}")
    title = normalize_title(doc.label) if doc else doc_id
    label = art.label if art else unit_id
    m = ARTICLE_PART.search(label)
    return {"unit_id": unit_id, "doc_id": doc_id, "citation": f"《{title}》{m.group(0) if m else label}"}


def _standards(graph, offense_node: str) -> list[dict]:
    """The filing thresholds (入罪) in force for an offense, one per source clause; aggravating tiers
    and superseded texts are left out, as the list answers only "when must this be transferred"."""
    views = [standard_view(graph, e.dst) for e in graph.edges_from(offense_node, ("HAS_STANDARD",)) if graph.node(e.dst)]
    filing = [s for s in views if s.get("tier", "filing") == "filing"]
    governing = [s for s in filing if s.get("governing")] or filing
    out, seen = [], set()
    for s in governing:
        key = (s["source"]["unit_id"], s["term"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"term": s["term"], "review": s.get("review"), **cite(graph, s["source"]["unit_id"]), "quote": _quote(s.get("quote"))})
        for unit_id in graph.node(s["id"]).props.get("see", []):      # 刑法 conditions: the interpretation of their terms
            if (unit_id, "术语解释") not in seen:
                seen.add((unit_id, "术语解释"))
                out.append({"term": "术语解释", "review": None, **cite(graph, unit_id), "quote": ""})
    return out


def _quote(text: str | None) -> str:
    quote = re.sub(r"^第[^条]{1,12}条\s*", "", text or "").strip()
    return quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"


def _basis_clauses(graph, basis: list[str], text_of) -> list[dict]:
    """Where the graph holds no threshold clause for the offense (危险作业罪: the 刑法 article itself
    states the conditions), the interpretations and filing standards the link rests on stand in."""
    out = []
    for unit_id in basis:
        doc = graph.node(f"doc:{unit_id.split(':')[0]}")
        if doc and doc.props.get("type") in ("interpretation", "standard"):
            out.append({"term": "追诉依据", "review": None, **cite(graph, unit_id), "quote": _quote(text_of(unit_id) if text_of else "")})
    return out


def domains(graph) -> list[dict]:
    """Domains that have at least one administrative violation escalating to an offense, with counts."""
    counts: dict[str, int] = {}
    for v in graph.nodes_of_kind("Violation"):
        if graph.edges_from(v.id, ("ESCALATES_TO",)):
            for e in graph.edges_from(v.id, ("IN_DOMAIN",)):
                d = graph.node(e.dst)
                name = d.label if d else e.dst.removeprefix("domain:")
                counts[name] = counts.get(name, 0) + 1
    return [{"name": k, "count": n} for k, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]


def linkage_rows(graph, domain: str | None = None, text_of=None) -> list[dict]:
    """One row per (violation, offense) link in `domain` (all domains when None); `text_of(unit_id)`
    supplies the wording of a clause the graph only names."""
    if domain:
        violations = [graph.node(e.src) for e in graph.edges_to(domain_id(domain), ("IN_DOMAIN",)) if e.src.startswith("violation:")]
    else:
        violations = graph.nodes_of_kind("Violation")
    rows = []
    # reviewed links first, then the derived candidates (graph.linkage_derive), best score first; by domain
    # only in the list of all domains (a derived violation of 危险化学品安全管理条例 is in 安全生产 too)
    def order(v):
        best = max((e.props.get("score") or 0 for e in graph.edges_from(v.id, ("ESCALATES_TO",))), default=0)
        return ("" if domain else v.props.get("domain") or "", bool(v.props.get("derived")), -best, v.id)
    for v in sorted((v for v in violations if v), key=order):
        penalties = [cite(graph, (graph.node(e.dst).props.get("unit_id") if graph.node(e.dst) else e.dst.removeprefix("article:")))
                     for e in graph.edges_from(v.id, ("PENALIZED_BY",))]
        agencies = [graph.node(e.dst).label for e in graph.edges_from(v.id, ("COMPETENT",)) if graph.node(e.dst)]
        agencies = agencies or ([v.props["agency"]] if v.props.get("agency") else [])
        for esc in graph.edges_from(v.id, ("ESCALATES_TO",)):
            offense = graph.node(esc.dst)
            if offense is None:
                continue
            articles = [cite(graph, graph.node(e.dst).props.get("unit_id")) for e in graph.edges_from(esc.dst, ("DEFINED_BY",))
                        if graph.node(e.dst) and graph.node(e.dst).props.get("unit_id")]
            basis = [cite(graph, u) for u in esc.props.get("basis", [])]
            standards = _standards(graph, esc.dst) or _basis_clauses(graph, esc.props.get("basis", []), text_of)
            rows.append({
                "domain": v.props.get("domain") or domain, "violation": v.label, "violation_id": v.id,
                "penalty_provisions": penalties, "offense": offense.label, "criminal_articles": articles,
                "standards": standards,
                "standards_note": None if standards else short_missing_standard_note(offense.props.get("statutory_threshold")),
                "agencies": agencies,
                "note": esc.props.get("note"),
                "provenance": {"method": esc.method, "status": METHOD_LABELS.get(esc.method, esc.method),
                               "label": link_status(esc)["label"], "source": esc.source, "basis": basis,
                               **({"evidence": esc.props["evidence"]} if esc.props.get("evidence") else {}),
                               **({"score": esc.props["score"]} if esc.props.get("score") is not None else {})},
            })
    for i, r in enumerate(rows, 1):
        r["no"] = i
    return rows


def row_cells(r: dict) -> list[str]:
    """The eight columns of one row as plain text (CSV and Word)."""
    standards = "\n".join(f"{s['citation']}（{s['term']}{'，待核' if s.get('review') else ''}）" + (f"：{s['quote']}" if s["quote"] else "")
                          for s in r["standards"])
    p = r["provenance"]
    status = p["label"] if p["method"] == "derived" else p["status"]     # 自动推导（得分 0.xx，依据…）
    source = status + ("：" + "、".join(b["citation"] for b in p["basis"]) if p["basis"] else "")
    return [str(r["no"]), r["violation"] + (f"\n（{r['note']}）" if r.get("note") else ""),
            "、".join(p["citation"] for p in r["penalty_provisions"]), r["offense"],
            "、".join(a["citation"] for a in r["criminal_articles"]),
            standards or r["standards_note"], "、".join(r["agencies"]), source]


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow(row_cells(r))
    return "\ufeff" + out.getvalue()          # BOM: Excel on Chinese Windows reads UTF-8 only with it


def to_docx(rows: list[dict], title: str) -> bytes:
    doc = DocxWriter(landscape=True).title(title)
    doc.paragraph(f"共 {len(rows)} 项 · 生成日期 {dt.date.today().isoformat()} · 依据：衔接知识库（法律法规、司法解释、立案追诉标准及已审核的衔接关系）", size_pt=9)
    doc.table(list(COLUMNS), [row_cells(r) for r in rows], widths=[3, 14, 12, 9, 10, 26, 10, 14])
    doc.paragraph("说明：“已审核”为人工审核的衔接关系；“自动推导”由行政法规条文（构成犯罪的依法追究刑事责任等）与罪名用语推导，"
                  "附得分与依据，未经审核，仅供参考；“待核”为尚未与官方文本逐字核对的条文，不作为唯一定案依据。", size_pt=9)
    return doc.to_bytes()


def list_title(domain: str | None) -> str:
    return f"{domain or '各领域'}正向衔接事项清单"


@router.get("/list", summary="正向衔接事项清单：某领域可能涉嫌犯罪的行政违法行为（JSON / CSV / Word）",
            responses={200: {"description": "清单（format=json）、CSV 或 Word 文档", "model": LinkageList,
                             "content": {"application/json": {}, "text/csv": {}, MEDIA_TYPE: {}}}, **NOT_FOUND})
def linkage_list(request: Request,
                 domain: Annotated[str | None, Query(min_length=1, max_length=40, description="领域，如 安全生产；省略为全部领域")] = None,
                 format: Annotated[Literal["json", "csv", "docx"], Query(description="json | csv | docx")] = "json"):
    graph = request.app.state.search.graph
    known = domains(graph)
    if domain is not None:
        domain = domain.strip()
        if domain not in {d["name"] for d in known}:
            names = "、".join(d["name"] for d in known) or "无"
            raise HTTPException(404, f"领域“{domain}”暂无正向衔接事项（现有领域：{names}）")
    units = request.app.state.search.units
    rows = linkage_rows(graph, domain, lambda unit_id: (units.unit(unit_id) or {}).get("text"))
    title = list_title(domain)
    stem = f"{domain or '全部领域'}-正向衔接事项清单"
    if format == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": content_disposition(stem + ".csv", "linkage-list.csv")})
    if format == "docx":
        return Response(to_docx(rows, title), media_type=MEDIA_TYPE,
                        headers={"Content-Disposition": content_disposition(stem + ".docx", "linkage-list.docx")})
    return {"title": title, "domain": domain, "columns": list(COLUMNS), "count": len(rows), "domains": known, "rows": rows}
