"""Which offenses a search hit is linked to, and how (defines / charged / administrative
counterpart / interprets): the answer every result page shows, computed from batch reads. The
embedded store answers with it; the Neo4j store answers the same in one Cypher query."""
from __future__ import annotations

from .schema import article_id, case_id

# A bound on what one hit carries (and the Neo4j store caches); how many a page shows is the
# ranking config's search.hit_offenses.
LINKS_PER_HIT = 50


def offense_links(store, units: list[tuple[str, str, str]]) -> list[list[dict]]:
    """For each (unit id, doc id, doc type) of a result page, the offenses it is linked to: the
    offense an article defines, a case's charges, the offense an administrative penalty article
    escalates to, or the offense of a 刑法 article an interpretation article refers to. Written
    against the batch reads of any GraphStore: five reads for the whole page, whatever its length."""
    cases = [case_id(d) for _, d, t in units if t == "case"]
    arts = [article_id(u) for u, _, t in units if t != "case"]
    out_edges = store.edges_from_many(cases + arts, ("CHARGED_WITH", "REFERS_TO")) if cases or arts else {}
    in_edges = store.edges_to_many(arts, ("DEFINED_BY", "PENALIZED_BY")) if arts else {}
    violations = [e.src for a in arts for e in in_edges[a] if e.kind == "PENALIZED_BY"]
    referred = [e.dst for a in arts for e in out_edges[a] if e.kind == "REFERS_TO"]
    escalates = store.edges_from_many(violations, ("ESCALATES_TO",)) if violations else {}
    defined = store.edges_to_many(referred, ("DEFINED_BY",)) if referred else {}
    found_per_unit = []
    for unit_id, doc_id, doc_type in units:
        found: dict[str, str] = {}
        if doc_type == "case":
            for e in out_edges[case_id(doc_id)]:
                if e.kind == "CHARGED_WITH":
                    found[e.dst] = "charged"
        else:
            art = article_id(unit_id)
            for e in in_edges[art]:
                if e.kind == "DEFINED_BY":
                    found.setdefault(e.src, "defines")
            for e in in_edges[art]:
                if e.kind == "PENALIZED_BY":
                    for esc in escalates[e.src]:
                        found.setdefault(esc.dst, "administrative_counterpart")
            for e in out_edges[art]:
                if e.kind == "REFERS_TO":
                    for d in defined[e.dst]:
                        found.setdefault(d.src, "interprets")
        found_per_unit.append(found)
    nodes = store.nodes_by_id({oid for found in found_per_unit for oid in found})
    return [[{"id": oid, "name": nodes[oid].label, "link": how} for oid, how in found.items() if oid in nodes][:LINKS_PER_HIT]
            for found in found_per_unit]
