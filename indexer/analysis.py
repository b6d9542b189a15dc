"""One tokenizer for indexing and queries, on every backend.

jieba (rjieba, search mode, so long words also yield their parts) with a user dictionary of offense names
and legal terms, plus CJK character 1–2-grams for recall on words jieba splits differently.
"""
from __future__ import annotations

import bisect
import html
import re
import threading
from functools import lru_cache

from corpus.charges import official_charges
from corpus.loader import BUNDLED_CORPUS

ANALYSIS_VERSION = 3   # 3: rjieba. Bump when tokens change, so existing indexes are rebuilt
TERMS_FILE = BUNDLED_CORPUS.parent / "data" / "legal_terms.txt"
STOPWORDS = frozenset("的 了 和 与 及 或 或者 是 在 对 为 以 之 其 等 被 把 由 从 而 并 也 就 都 这 那 有 将 于 向 上 下 中 个 时 后 前".split())
TOKEN_OK_RE = re.compile(r"[\w]", re.UNICODE)
CJK_RE = re.compile(r"[\u3400-\u9fff]")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def legal_terms() -> tuple[str, ...]:
    """The legal dictionary plus official charge names and their parts; read once per process
    (similar-case ranking asks for it for every candidate)."""
    terms = [ln.strip() for ln in TERMS_FILE.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    for charge in official_charges():
        terms.append(charge)
        for part in charge.removesuffix("罪").split("、"):
            if len(part) >= 2:
                terms.append(part)
        terms.append(charge.removesuffix("罪").replace("、", ""))
    return tuple(sorted(set(terms)))


@lru_cache(maxsize=1)
def _term_set() -> frozenset[str]:
    return frozenset(legal_terms())


@lru_cache(maxsize=1)
def _longest_term() -> int:
    return max(map(len, legal_terms()), default=0)


def _dictionary_parts(word: str) -> list[str]:
    """Legal terms inside a long word (虚开增值税专用发票 → 增值税专用发票), which jieba's
    search mode misses when they are longer than three characters. Only spans up to the longest
    term are looked up: a 4,000-letter run without spaces is one jieba word, and building every
    substring of it took seconds (quadratic); this is linear in the word's length."""
    terms, longest, n = _term_set(), _longest_term(), len(word)
    return [word[i:j] for i in range(n) for j in range(i + 4, min(n + (i > 0), i + longest + 1))
            if word[i:j] in terms and word[i:j] != word]


@lru_cache(maxsize=1)
def _jieba():
    """rjieba (jieba's dictionary and algorithm in Rust): tokenizing the bundled corpus took ~85%
    of a fresh machine's index build with Python jieba; rjieba is ~16x faster, and its words
    are the same for 95% of units (99.9% of tokens; it keeps digit runs such as 1-8-350 whole).
    Index and queries share it, on every backend."""
    import rjieba
    tok = rjieba.Jieba()
    for term in legal_terms():
        tok.add_word(term, 200_000, None)
    return tok


def warm_up() -> None:
    """Load the dictionary now (about a second) rather than on the first query."""
    _jieba()


def tokenize(text: str) -> list[str]:
    """Words for the BM25 word field: lower-cased, punctuation and stopwords dropped."""
    return list(_recent_tokens(text))


@lru_cache(maxsize=64)
def _recent_tokens(text: str) -> tuple[str, ...]:
    """Recent texts' tokens: an analogous-case request tokenizes the same pasted facts three times
    (case search, statute search, snippets), ~8 ms each for a long facts section."""
    tok = _jieba()
    with _lock:   # one tokenizer shared by the server's threads
        words = tok.cut_for_search(text, True)
    words += [part for w in words if len(w) > 4 for part in _dictionary_parts(w)]
    return tuple(w.lower() for w in (w.strip() for w in words)
                 if w and TOKEN_OK_RE.search(w) and w not in STOPWORDS)


def char_ngrams(text: str) -> list[str]:
    """CJK unigrams and bigrams, plus alphanumeric runs, for the n-gram field."""
    grams: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+|[a-zA-Z0-9]+", text.lower()):
        if CJK_RE.match(run):
            grams.extend(run)
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
        else:
            grams.append(run)
    return grams


HIGHLIGHT_MAX_TERMS = 64


def _occurrences(text: str, term: str):
    i = text.find(term)
    while i >= 0:
        yield i
        i = text.find(term, i + 1)


@lru_cache(maxsize=64)
def _highlight_terms(terms: tuple[str, ...]) -> tuple[re.Pattern | None, frozenset[str]]:
    """The marking pattern and the lower-cased terms to look for, once per query: a snippet is
    made for each of up to 10 hits, and choosing among a pasted facts section's ~600 tokens took
    ~0.25 ms each time."""
    # the longest terms only, for a pasted facts section's hundreds: longer words are the
    # specific ones, and scanning a long judgment for every term took ~35 ms per snippet
    chosen = sorted({t for t in terms if len(t) >= 2 or (CJK_RE.match(t) is None and t)},
                    key=lambda t: (-len(t), t))[:HIGHLIGHT_MAX_TERMS]
    if not chosen:
        return None, frozenset()
    return re.compile("|".join(re.escape(t) for t in chosen), re.IGNORECASE), frozenset(t.lower() for t in chosen)


def highlight(text: str, terms: list[str], width: int = 180, within: int = 0) -> str:
    """HTML-escaped snippet around the densest match, with query terms in <mark>; `within` > 0
    looks for matches in the text's first `within` characters only (scanning time grows with
    the text, and a judgment section can run to 60,000 characters)."""
    pattern, lowered = _highlight_terms(tuple(terms))
    if pattern is None:
        return html.escape(text[:width])
    # match starts by plain substring search per term: one regex alternation of a pasted facts
    # section's hundreds of terms run over a long judgment took ~40 ms per snippet
    scanned = text[:within] if within > 0 else text
    folded = scanned.lower()
    if len(folded) != len(scanned):    # a character whose lower case is longer: keep offsets true
        folded = scanned
    starts = sorted({i for t in lowered for i in _occurrences(folded, t)})
    if not starts:
        return html.escape(text[:width]) + ("…" if len(text) > width else "")
    # densest window by binary search over the sorted match starts: long queries (a pasted case
    # facts section) give thousands of matches, and counting them pairwise took ~0.6 s per snippet
    best_start, best_count = 0, -1
    for s in starts:
        start = max(0, s - 20)
        count = bisect.bisect_left(starts, start + width) - bisect.bisect_left(starts, start)
        if count > best_count:
            best_start, best_count = start, count
    window = text[best_start:best_start + width]
    out, last = [], 0
    for m in pattern.finditer(window):
        out.append(html.escape(window[last:m.start()]))
        out.append(f"<mark>{html.escape(m.group(0))}</mark>")
        last = m.end()
    out.append(html.escape(window[last:]))
    prefix = "…" if best_start > 0 else ""
    suffix = "…" if best_start + width < len(text) else ""
    return prefix + "".join(out) + suffix
