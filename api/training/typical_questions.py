"""Questions from official typical / guiding cases (典型案例 / 指导性案例) for 岗位练兵: "本案涉嫌什么罪名"
from the facts, and "本案为何移送" from the case's own 典型意义. The case is the source: every question
cites its facts and its 典型意义 section, and the explanation quotes the latter (flagged 转录).

Distractors are real: other offenses defined near the charge (never by the same article), and the
典型意义 of other official cases charged with other offenses.
"""
from __future__ import annotations

import random
import re

from corpus.typical import KIND_LABELS, OFFICIAL_KINDS, excerpt

from .questions import Question, Rejected, _options, _qid

KIND = "typical_case"
DIFFICULTY = "medium"
FACTS_CHARS = 600
OPTION_CHARS = 120
NEAR_ARTICLES = 20
# words of a 典型意义 sentence that says why a case goes to the criminal side: about the transfer
# itself first, else about where the criminal line runs
TRANSFER_WORDS = (frozenset(("移送", "涉嫌犯罪", "追究刑事责任", "以罚代刑", "行刑衔接", "立案")),
                  frozenset(("刑事责任", "构成", "入罪", "现实危险", "追诉", "犯罪", "界限", "认定")))
LEADING_CONNECTIVE_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是|同时|此外|另外|因此)[，,、]?")
MASK = "××"


class TypicalQuestions:
    """Builds the two questions of each official case node from the graph and the unit store."""

    def __init__(self, graph, units, rng: random.Random):
        self.graph = graph
        self.units = units
        self.rng = rng
        self.cases = [n for n in graph.nodes_of_kind("Case") if n.props.get("case_kind") in OFFICIAL_KINDS]

    def _charge(self, node):
        charged = self.graph.edges_from(node.id, ("CHARGED_WITH",))
        if len(charged) != 1:
            raise Rejected("official case with several charges")
        return self.graph.node(charged[0].dst)

    def _facts(self, node, offense) -> str:
        """The 基本案情 with the charge's names masked, cut to FACTS_CHARS."""
        unit = self.units.unit(node.props.get("facts_unit") or "")
        if unit is None:
            raise Rejected("official case without a facts section")
        text = unit["text"]
        for name in sorted([offense.label, *offense.props.get("aliases", [])], key=len, reverse=True):
            text = text.replace(name, MASK + "罪").replace(name.removesuffix("罪"), MASK)
        return text if len(text) <= FACTS_CHARS else text[:FACTS_CHARS] + "……"

    def _source_note(self, node) -> str:
        p = node.props
        kind = KIND_LABELS.get(p.get("case_kind"), "")
        released = f"，{p['released']}" if p.get("released") else ""
        return f"{node.label}（{p.get('issuer', '')}{kind}{released}；转录文本，未逐字核对）"

    def _defining_articles(self, offense_id: str) -> list:
        return [self.graph.node(e.dst) for e in self.graph.edges_from(offense_id, ("DEFINED_BY",)) if self.graph.node(e.dst)]

    def _distractor_offenses(self, offense) -> list[str]:
        """Offenses defined within NEAR_ARTICLES articles of the charge, none by the same article."""
        mine = self._defining_articles(offense.id)
        own = {a.id for a in mine}
        numbers = [a.props.get("article_no") or 0 for a in mine]
        pool = []
        for other in self.graph.nodes_of_kind("Offense"):
            if other.id == offense.id:
                continue
            arts = self._defining_articles(other.id)
            if any(a.id in own for a in arts):
                continue     # 出具证明文件重大失实罪 beside 提供虚假证明文件罪: same article, both defensible
            if any(abs((a.props.get("article_no") or 0) - n) <= NEAR_ARTICLES for a in arts for n in numbers):
                pool.append(other.label)
        return pool

    def charge_question(self, node) -> Question:
        """本案涉嫌什么罪名: the facts (charge masked) → the charge."""
        offense = self._charge(node)
        facts = self._facts(node, offense)
        kind = KIND_LABELS.get(node.props.get("case_kind"), "典型案例")
        stem = f"【{kind}】根据以下案情，本案涉嫌的罪名是（    ）。\n{facts}"
        significance = excerpt(node.props.get("significance") or "")
        return Question(_qid(KIND, stem), KIND, DIFFICULTY, stem,
                        _options(offense.label, self._distractor_offenses(offense), self.rng), offense.label,
                        f"{self._source_note(node)}认定为{offense.label}。"
                        f"{node.props.get('significance_label') or '典型意义'}：{significance}",
                        self._citations(node), self._domains(node, offense), offense.label)

    def transfer_question(self, node) -> Question:
        """本案为何移送: which 典型意义 sentence explains this case, among those of cases with other charges."""
        offense = self._charge(node)
        if "不起诉" in node.label:
            raise Rejected("not prosecuted: the case was not transferred for prosecution in the end")
        answer = self._reason(node)
        if answer is None:
            raise Rejected("典型意义 says nothing about transfer or the criminal line")
        pool = []
        for other in self.cases:
            if other.id == node.id or offense.id in {e.dst for e in self.graph.edges_from(other.id, ("CHARGED_WITH",))}:
                continue
            reason = self._reason(other)
            if reason:
                pool.append(reason)
        facts = self._facts(node, offense)
        stem = (f"根据以下案情，本案为何应当移送司法机关追究刑事责任（或为何由检察机关监督立案）？"
                f"下列出自典型案例“典型意义”的表述中，阐明本案道理的是（    ）。\n{facts}")
        return Question(_qid(KIND, stem), KIND, DIFFICULTY, stem, _options(answer, pool, self.rng), answer,
                        f"{self._source_note(node)}的{node.props.get('significance_label') or '典型意义'}：{answer}",
                        self._citations(node), self._domains(node, offense), offense.label)

    def _reason(self, node) -> str | None:
        """The 典型意义 sentence(s) most about transfer and the criminal line, or None."""
        text = node.props.get("significance") or ""
        for words in TRANSFER_WORDS:
            best = excerpt(text, words, OPTION_CHARS)
            if any(w in best for w in words):
                return LEADING_CONNECTIVE_RE.sub("", best)
        return None

    def _citations(self, node) -> list[str]:
        return [u for u in (node.props.get("facts_unit"), node.props.get("significance_unit")) if u]

    def _domains(self, node, offense) -> list[str]:
        offense_domains = [self.graph.node(e.dst).label for e in self.graph.edges_from(offense.id, ("IN_DOMAIN",))
                           if self.graph.node(e.dst)]
        return list(dict.fromkeys([*node.props.get("domains", []), *offense_domains]))

    def builders(self) -> list:
        """One thunk per (case, question form), for the generator's seeded interleaving."""
        return [(lambda n=n, build=build: [build(n)]) for n in self.cases
                for build in (self.charge_question, self.transfer_question)]
