"""Every ranking weight and limit in one place, with the measurement that chose each value.

The composition root (api.runtime.open_service) builds one RankingConfig — these defaults, then
an optional YAML file of overrides (XIANJIE_RANKING_FILE), then an eval script's `--set name=value`
— and the search service carries it: search, consultation and similar cases read their knobs from
`service.ranking`, the build manifest records the config a build was made with, and
/api/health shows the one in effect, so every answer can be traced to its knobs.

Figures quoted are from the eval scripts named; "dev" is eval/search_dev.yaml or
eval/consult_dev.yaml, "LeCaRD" the LeCaRD query facts, "full base" the 14,499-case import.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SearchFusion(_Group):
    """Hybrid search (indexer.search): keyword and vector lists fused by reciprocal rank fusion."""
    candidates: int = 100           # depth of each ranked list, and of the list the case prior re-sorts
    facet_depth: int = 100          # facet counts cover the best this many candidates
    rrf_k: int = 60                 # Σ 1 / (k + rank) (Cormack, Clarke & Büttcher 2009)
    # Judgments restate the conduct, charge and articles, so unfiltered they outrank the governing
    # articles; their fused score is multiplied by this unless the request filters by type.
    # Dev hybrid+graph MRR with a 1,071-case subset: 1.0 → 0.768, 0.8 → 0.787, 0.6/0.4 → 0.787
    # (plain hybrid 0.412 / 0.512 / 0.562 / 0.564); shipped 1,271 cases at 0.6: 0.562 / 0.802.
    case_prior: float = 0.6
    # Equal weight for the text and graph lists: dev MRR 0.804 against 0.774 with text counted twice.
    text_list_weight: float = 1.0
    graph_list_weight: float = 1.0
    hit_offenses: int = 8           # offenses listed per hit (consultation votes with them)


class GraphEvidence(_Group):
    """The graph list (indexer.graph_boost): offenses named in the query or behind the top hits
    vote for the 刑法 articles that define them."""
    seed_depth: int = 30            # top fused hits whose offenses vote (each 1 / rank)
    max_articles: int = 50          # length of the graph list
    named_offense_vote: float = 1.0
    interprets_weight: float = 0.5  # an interpretation's vote for the article it explains
    # Articles with less than this share of the top article's votes stay out of the graph list: one
    # case seed charged with something else (逃税, 397) put its articles above a pasted 非法采矿 fact's
    # interpretation. Search dev hybrid+graph MRR 0: 0.791, 0.1: 0.804, 0.2: 0.810, 0.3: 0.816,
    # 0.5: 0.802; consult dev hit@1/@3 0.794/0.941 → 0.824/0.971 at 0.3; LeCaRD statute MRR with the
    # predictor 0.665 → 0.661 (hit@1 0.557 → 0.566), i.e. unchanged on facts.
    min_vote_share: float = 0.3


class Predictor(_Group):
    """What search does with the charge predictor (indexer.predict) on fact-like queries."""
    enabled: bool = True            # False: search, consultation and similar cases ignore the predictor
    articles: int = 5               # predicted 刑法 articles asked for
    article_vote: float = 2.0       # a predicted article votes probability × this in the graph list …
    article_vote_min_p: float = 0.3  # … when its probability reaches this
    list_weight: float = 1.0        # predicted articles ≥ list_min_p also form their own fused list (0: off)
    # 0.1 → 0.3: an officer's description is not a judgment, and there the predictor's low scores are
    # noise (fire-alarm facts: 第二百七十一条 p 0.29, which put 职务侵占罪 first in the consultation).
    # Measured at 0.1 / 0.3 / 0.5 (both thresholds): LeCaRD statute MRR 0.661 / 0.619 / 0.584 (hit@1
    # 0.566 / 0.547 / 0.528); consult dev hit@1/@3 0.824/0.971 at all three.
    list_min_p: float = 0.3
    # Consultation names a pair of charges the predictor confuses (corpus/data/charge_distinctions.yaml)
    # and asks for the deciding fact when both are among its top undecided_top_k and the weaker has
    # p ≥ undecided_min_p. On the 236 LeCaRDv2 development facts, min p .1/.15/.2/.3 flags 50/38/35/24
    # answers; at .2 the flagged pair holds the right charge for .80 and the first guess is right for
    # .60 (four in ten wrong, which the answer should not hide; with the 27 pairs now listed: 36, .81,
    # .61). A ratio to the top charge's p (≥ .1)
    # instead flagged plain theft facts with 抢劫罪 at p .12. LeCaRD v1 query facts (test) at .2: 29 of
    # 106 flagged, pair holds the right charge .90, first guess right .59.
    undecided_top_k: int = 3
    undecided_min_p: float = 0.2
    # The 可能涉嫌罪名 panel folds its list under "把握不足" when the first charge's p is below this.
    # First guess right below / at or above .5: LeCaRDv2 dev facts 25/64 / 119/172, LeCaRD v1 query
    # facts 4/18 / 57/88, the 17 official linkage cases 0/9 / 7/8 (危险作业 facts: 强奸罪 .32).
    sure_min_p: float = 0.5


class LinkWeights(_Group):
    """How much a search hit's offense counts in consultation, by how the hit links to it."""
    defines: float = 1.0
    administrative_counterpart: float = 0.9
    charged: float = 0.7
    interprets: float = 0.6


class QuestionWeights(_Group):
    """Candidate weights for a question (graph/name_words.is_question: up to 100 characters), per
    feature of api.candidates; a narrative of facts keeps the weights of `Consultation` (measured on
    the official cases and LeCaRD). A question's evidence differs from a judgment's: no case restates
    it, and what it shares with the answer is the offense's words: the law's, and those of officers'
    questions about it (indexer.offense_profiles, corpus/data/officer_questions/).

    Fitted by scripts/learn_consult.py --narratives 60 (conditional logit, weights ≥ 0, L2 .01) on the
    513 officers' questions and accounts (each scored against profiles built without its fifth, so its
    own words do not find its offense), consult dev (96), probe 1 (50) and 60 LeCaRDv2 facts; the
    name's weight is not fitted (the officers' questions never name the offense). eval_consult.py
    hit@1 / hit@3: hand weights without profiles (3f1a8b6) → law-only profiles (f40c4ec) → these:
    dev .979/.979 → .969/.979 → .969/.979; probe 1 .80/.94 → .84/.96 → .92/1.0; probe 2 read
    .533/.733 → .667/.833 → .867/.967; held out, each scored once per setting: probe 2 never read
    .433/.800 → .467/.800 → .867/1.0, probe 3 .475/.650 → .625/.700 → .775/.950; sure-and-wrong first
    on those two .40 / .45 → .433 / .35 → .067 / .225. Official cases .882/.941 → .941/1.0; LeCaRD
    .575/.887 → .575/.877. The probes were written by other helpers in the same manner as the
    officers' questions (no item shares more than .38 of its character pairs with one of them).
    Held-out probe 4, written after this fit: session start .575/.675 → these .825/.975.
    A second round of 413 officers' questions (less typical scenarios; 926 in all) then joined the
    profiles with these weights kept (a refit lost dev .969 → .948 and official cases .941 → .882):
    probe 1 .92 → .90, probe 2 read .867 → .90; held out, scored once: probe 2 never read .867/1.0
    both, probe 3 .775/.950 → .850/.925, probe 4 .825/.975 → .825/.925."""
    enabled: bool = True
    # Also weigh this way an account over 100 characters without a court's words (api.candidates.officer_text):
    # an officer's longer account, not a judgment. Measured at f40c4ec (law-only profiles, weights fitted on questions only), they then score the
    # 225 longer training accounts: all 513 training items plus dev, probe 1 and 60 LeCaRDv2 facts hit@1
    # .519 → .538; official cases top-3 .941 → 1.000 (top-1 .882 both); LeCaRD top-3 .887 → .877 (one
    # of its 4% without court words), top-1 .575 both; LeCaRDv2's held-back facts .780 both.
    officer_narratives: bool = True
    # Weigh as a narrative a short text in a court's words that asks nothing (api.candidates.officer_text): the
    # first sentences (≤100 characters) of the predictor's 300 held-out CAIL facts, consult charge top-1/top-3
    # .253/.414 weighed as questions → .695/.788 as narratives (scripts/eval_consult.py --short-accounts). No item of
    # the officers' questions or the consult probes is such a text, so none of their figures can move.
    court_accounts_as_narratives: bool = True
    # And a short text that names a person (张某, 李某甲) and asks nothing: the same accounts in an officer's words (the
    # court's 被告人/被害人 left out, eval_consult.py --short-accounts): .233/.408 weighed as questions → .630/.760. No
    # question of consult dev, probe 1 or probe 2's read half that moves changes its answer (dev: 5 move, .969 both);
    # LeCaRDv2's held-back facts' short accounts .308/.453 → .444/.726. A refit of the question weights with 119 such
    # accounts added to their training did not help (.233 → .209): their features do not tell these texts apart.
    named_accounts_as_narratives: bool = True
    named_by_act: float = 0.0
    predicted: float = 0.727
    case_vote: float = 0.29
    defines: float = 0.873
    administrative_counterpart: float = 0.476
    charged: float = 0.0
    interprets: float = 0.787
    other_link: float = 0.0
    profile: float = 2.04
    profile_rank: float = 1.72


class Consultation(_Group):
    """Offense candidates of a consultation (api.consult)."""
    named_offense_weight: float = 2.0    # a narrative of facts names the offense
    # A question (graph/name_words.is_question: up to 100 characters) that names the offense, by name or
    # by an act phrase, states the conduct asked about: the predictor's guess for a sibling offense
    # (滥伐 .73 for 偷砍他人种植的树木; 虚开 .93 for 购买增值税专用发票) should not outvote it. Consult dev
    # hit@1 at 2 / 3 / 4 / 6: .948 / .958 / .969 / .969, no question lost; official cases (narratives)
    # .882 at each; LeCaRD consult .575 at 2 and 4. Narratives keep 2.0: there 2.5 cost official .882 → .824.
    named_in_question_weight: float = 4.0
    named_by_act_weight: float = 0.0     # added when an act phrase, not the name, named it
    search_depth: int = 30               # hybrid hits whose offenses vote (link weight / rank)
    link_weights: LinkWeights = LinkWeights()
    other_link_weight: float = 0.5       # a link kind not in link_weights
    top_offenses: int = 5
    nearest_cases: int = 10              # similar cases listed as evidence (and voting, below)
    # Nearest cases' votes (weight / rank), full base, 0 against 0.5: dev hit@1 0.794 / 0.765,
    # hit@3 0.941 both; LeCaRD top-1 0.604 / 0.613, top-3 0.915 / 0.868 (the 1,271-case subset:
    # LeCaRD 0.585/0.915 at 0 against 0.519/0.774). One case gained at top-1, five lost at top-3: off.
    case_vote_weight: float = 0.0
    predicted_charges: int = 5           # charges asked of the predictor (candidates and the panel)
    # A predicted charge joins with weight × probability (eval_consult.py --sweep with 0,1.5,3):
    # dev hit@1/hit@3 0.765/0.971, 0.794/0.941, 0.765/0.941; LeCaRD top-1/top-3 0.500/0.858,
    # 0.519/0.858, 0.509/0.858. Overconfident outside its case base (LeCaRD ECE 0.27): the small weight.
    predicted_charge_weight: float = 1.5
    # Consultation takes the predictor's charges (candidates) and articles (in its searches, in place
    # of predictor.list_min_p) only at p ≥ these. The predictor learned from criminal judgments; on the
    # 17 official forward-linkage cases (eval_consult.py "typical": agencies' facts, the text officers
    # bring) its unsure guesses (滥用职权罪 .50 for 重大责任事故 facts, 污染环境罪 .38–.45 for 提供虚假证明
    # 文件 facts) put the wrong offense first. Charge top-1/top-3 there: .1 and .3 (before) .588/.824;
    # .5 .765/.941; .6 .765/.941 hit@1 13/17; predictor off .706/.941. Consult dev .824/.971 at .3 and
    # .5 (.794 off); LeCaRD consultation top-1/top-3 .538/.887 → .547/.877. Search keeps .3: there .5
    # cost LeCaRD statute MRR .649 → .603.
    predicted_charge_min_p: float = 0.5
    predicted_article_min_p: float = 0.5
    # Two of the first pair_top_k offenses that the law divides by one fact (charge_distinctions.yaml),
    # the weaker scoring at least pair_min_score of the first: the answer names the pair and asks that
    # fact, since the order between them is no finding (重大责任事故 / 重大劳动安全事故, 盗伐 / 滥伐).
    # Wrong first answers not so named (sure-and-wrong) at .2 / .3 / .5: consult probe 1 .14 / .16 / .16,
    # probe 2's readable half .333 / .333 / .400 (none of either flagged before: .20 and .467), dev .021.
    # Offenses scored against the text's words (indexer.offense_profiles): each of the best profile_depth
    # becomes a candidate. A question weighs them by `question`; a narrative by these (0: judgments'
    # facts are long and name many things, and the weights were not fitted on them).
    profile_depth: int = 10
    profile_weight: float = 0.0          # × score ÷ the best score
    profile_rank_weight: float = 0.0     # × 1 / rank
    question: QuestionWeights = QuestionWeights()
    pair_top_k: int = 3
    pair_min_score: float = 0.2


class SimilarCases(_Group):
    """Analogous-case ranking (api.cases): text rank plus visible factors."""
    candidates: int = 60                 # case hits re-ranked per request
    text_weight: float = 1.0             # × 1 / (text rank + 1)
    same_offense_weight: float = 1.2     # × the shared offense's vote / the top vote
    shared_element_weight: float = 0.05  # per shared key element …
    max_elements: int = 6                # … counting at most this many
    amount_weight: float = 0.2           # × the closest amounts' min/max ratio …
    amount_min_ratio: float = 0.5        # … when it reaches this
    domain_weight: float = 0.1
    named_offense_vote: float = 2.0      # the facts name the offense
    statute_hits: int = 10               # statute/interpretation hits whose offenses vote (1 / rank)
    # The predictor's top charges ≥ min_p vote vote × probability. Chosen with same_offense_weight
    # on the LeCaRDv2 dev facts, each query's own judgment kept out (top-1 shares a charge / P@5):
    # same-offense 0.6 with vote 1 / 3: .682/.630 / .703/.636; 1.2: .703/.632 / .703/.639;
    # 2.5: .699/.631 / .686/.640; 0.9 and 1.2 with vote 2 or 4: .691–.699. (Earlier figures here
    # let each query find its own judgment, which the bundled corpus holds, and ranked it first.)
    predicted_charges: int = 3
    predicted_min_p: float = 0.1
    predicted_vote: float = 3.0
    # More candidates, ranked after the text ones: the best matches of the query vector among the
    # cases judged for the predictor's likeliest offense when its p ≥ min_p (0: none). Top-1 shares
    # a charge / P@5, LeCaRDv2 dev (236): none .725/.655; 5 at min p .1/.2/.3/.5: .725/.686, .725/.686,
    # .725/.686, .725/.671. LeCaRD v1 test: none .632/.606, 5 at .3 .651/.625. Measured before
    # graph.offenses stopped folding 放火罪 etc. into 投放危险物质罪 (dev none .703/.639 then): 5, 10
    # or 20 cases alike; the second likeliest offense too changed nothing; ranked by their own text
    # rank (× .25/.5/1 of text_weight) instead of after the text candidates, dev top-1 fell to
    # .682/.669/.648; hybrid search in place of the vector (already encoded) found the same on dev,
    # .642/.621 on test, at +22 ms p50 of similar cases against +8 ms (scripts/bench.py).
    offense_candidates: int = 5
    offense_candidates_min_p: float = 0.3


class QueryLengths(_Group):
    """How much of a query each step reads."""
    # Longer queries (pasted facts) keep only bigrams in the n-gram field: single characters match
    # nearly every judgment (a 4,000-character query took ~180 ms per keyword search against ~50).
    long_query_chars: int = 200
    fact_query_chars: int = 50           # queries this long are read as facts by the predictor
    # Similar cases search the opening of the facts (elements and amounts come from all of them).
    # Full base, 100 queries, nDCG@10 text/combined: 4,000 chars 0.700/0.787, 2,000 0.702/0.779.
    facts_search_chars: int = 2000
    # Leading tokens of the facts the query vector reads (0: the model's 512). Two cores: ~65 ms at
    # 128, ~165 at 256, ~400 at 512; full base combined nDCG@10 0.762 / 0.767 / 0.782 at 512/256/128.
    facts_query_tokens: int = 128
    # The same for a search query longer than long_query_chars (0: the model's 512). Statute search
    # (type statute, with the predictor) on the LeCaRDv2 dev facts (236), 256 / 192 / 128 tokens:
    # MRR 0.667 / 0.670 / 0.666, hit@5 0.716 / 0.712 / 0.720, p50/p95 99/130 / 87/126 / 60/77 ms.
    # The predicted articles carry what the longer read added when it was chosen (0.623 → 0.649).
    search_query_tokens: int = 128
    # The same for consultation's two searches, where the answer matters more than 50 ms: forward
    # consultation of the LeCaRDv2 dev facts (each query's own judgment kept out), charge
    # top-1/top-3 at 256 / 192 / 128 tokens .716/.919 / .712/.907 / .703/.903. The 17 official
    # cases put 192 one case ahead (top-1 .824 against .765); the larger dev set decides.
    consult_query_tokens: int = 256


class RankingConfig(_Group):
    search: SearchFusion = SearchFusion()
    graph: GraphEvidence = GraphEvidence()
    predictor: Predictor = Predictor()
    consult: Consultation = Consultation()
    cases: SimilarCases = SimilarCases()
    lengths: QueryLengths = QueryLengths()

    def flat(self) -> dict[str, Any]:
        """Dotted field name → value (search.case_prior → 0.6), the names overrides use."""
        return dict(_flatten(self.model_dump()))

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "overrides") -> RankingConfig:
        """A copy with fields replaced; `overrides` is nested ({search: {case_prior: 0.8}}) or
        dotted ({"search.case_prior": 0.8}). An unknown or ill-typed field is a ValueError
        naming it and `source`."""
        changes = dict(_flatten(overrides))
        known = self.flat()
        for name in changes:
            if name not in known:
                group = name.split(".")[0] + "."
                nearby = [k for k in known if k.startswith(group)] or sorted({k.split(".")[0] for k in known})
                raise ValueError(f"{source}: unknown ranking field '{name}' (known: {', '.join(nearby)})")
        data = self.model_dump()
        for name, value in changes.items():
            *groups, leaf = name.split(".")
            target = data
            for g in groups:
                target = target[g]
            target[leaf] = value
        try:
            return RankingConfig.model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ValueError(f"{source}: invalid ranking value — {problems}") from None


DEFAULT_RANKING = RankingConfig()


def _flatten(tree: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            yield from _flatten(value, name + ".")
        else:
            yield name, value


def parse_assignments(assignments: Iterable[str]) -> dict[str, Any]:
    """`name=value` strings (a command line's --set) → {name: value}; values read as YAML scalars
    (0.8, 60, false)."""
    out = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--set expects name=value, got '{item}'")
        out[name.strip()] = yaml.safe_load(value) if value.strip() else None
    return out


def load_overrides(path: Path) -> dict[str, Any]:
    """A YAML file of field overrides (nested or dotted names); empty file: none."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a ranking file holds a mapping of field names to values")
    return dict(data)
