"""What the charge predictor reads from a text: the facts without the verdict's words, as
rjieba words and Chinese character bigrams/trigrams. One function serves training and inference
so the two can never drift apart."""
from __future__ import annotations

import re

import rjieba

from corpus.denial import DENIAL

# A judgment's 事实 section also names the charge ("其行为构成盗窃罪") and the articles
# ("依照《中华人民共和国刑法》第二百六十四条"); a user pasting facts usually does not. Sentences
# that do are dropped before training and prediction, so the model learns the conduct, not the
# prosecutor's conclusion. 罪犯/罪证/罪行/犯罪 are ordinary fact words and stay.
VERDICT_SENTENCE_RE = re.compile(r"(?<!犯)罪(?![犯证行嫌])|刑法|第[一二三四五六七八九十百零〇\d]+条")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[。；！？\n])")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# A denied act that decides between charges (没有贩卖毒品的证据, 辩称没有盗窃) is dropped, its denial
# kept: bag-of-words features cannot read the denial and read 贩卖毒品. 180 of the 14,135 training
# texts have one, mostly a defence the court did not accept; 销售/出售 are not here (尚未销售的伪劣产品 is
# the goods' value, not a denial).
DENIED_ACT_RE = re.compile(f"({DENIAL})(?:贩卖|运输|走私|制造|持有|盗窃|抢劫|抢夺|买卖|收购)")
MAX_CHARS = 2000        # long judgments: the prosecution's account and the facts found come first
NGRAM_SIZES = (2, 3)    # what _char_ngrams emits; part of the artifact's feature signature


def fact_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """The text without sentences that state a charge or cite an article, cut to max_chars, and
    without the act of a denial (没有贩卖毒品 → 没有毒品)."""
    kept = [s for s in SENTENCE_SPLIT_RE.split(text) if s and not VERDICT_SENTENCE_RE.search(s)]
    return DENIED_ACT_RE.sub(r"\1", "".join(kept)[:max_chars])


def _words(text: str) -> list[str]:
    """rjieba words of two or more characters that contain a Chinese character; numbers collapse
    to one token per digit count (the amount's order of magnitude)."""
    out = []
    for w in rjieba.cut(text):
        if len(w) < 2:
            continue
        if HAN_RE.search(w):
            out.append("w:" + w)
        elif w.isdigit():
            out.append(f"#num{min(len(w), 6)}")
    return out


def _char_ngrams(text: str) -> list[str]:
    out = []
    for run in HAN_RUN_RE.findall(text):
        out += [a + b for a, b in zip(run, run[1:])]
        out += [a + b + c for a, b, c in zip(run, run[1:], run[2:])]
    return out


def features(text: str) -> list[str]:
    """Feature strings of an already cleaned text (see fact_text): words, then character n-grams."""
    return _words(text) + _char_ngrams(text)
