from indexer.analysis import char_ngrams, highlight, tokenize


def test_legal_terms_stay_whole():
    words = tokenize("无证经营烟花爆竹，要移送吗？")
    assert "烟花爆竹" in words and "移送" in words
    assert "，" not in words and "？" not in words


def test_charge_names_from_dictionary():
    assert "非法行医" in tokenize("某人非法行医造成就诊人死亡")
    assert "增值税专用发票" in tokenize("虚开增值税专用发票")


def test_stopwords_dropped_and_lowercase():
    words = tokenize("的 和 ABC")
    assert words == ["abc"]


def test_char_ngrams():
    assert char_ngrams("盗窃罪 AB") == ["盗", "窃", "罪", "盗窃", "窃罪", "ab"]


def test_highlight_marks_terms_and_escapes():
    out = highlight("<b>违反</b>安全管理规定，发生重大伤亡事故", ["重大伤亡事故", "安全管理"])
    assert "<mark>重大伤亡事故</mark>" in out and "<mark>安全管理</mark>" in out
    assert "&lt;b&gt;" in out


def test_highlight_picks_the_densest_window_of_a_long_text():
    from indexer.analysis import highlight
    text = "盗窃" + "无关内容" * 400 + "盗窃财物，盗窃数额较大，多次盗窃" + "无关内容" * 400
    snippet = highlight(text, ["盗窃", "数额较大"], width=60)
    assert "<mark>数额较大</mark>" in snippet and snippet.count("<mark>盗窃</mark>") == 3


def test_highlight_within_the_opening_of_a_long_text():
    """Snippets of long judgments look only at the opening; the snippet still says when the text
    goes on beyond it."""
    text = "被告人驾驶货车运输。" * 50 + "非法采矿并销售矿产品。" + "其他经过。" * 50
    assert "<mark>非法采矿</mark>" in highlight(text, ["非法采矿"], width=60)
    opening = highlight(text, ["非法采矿", "货车"], width=60, within=100)
    assert "非法采矿" not in opening and "<mark>货车</mark>" in opening and opening.endswith("…")


def _all_substring_parts(word: str) -> list[str]:
    """The former unbounded lookup, as the reference the bounded one must equal."""
    from indexer.analysis import _term_set
    terms = _term_set()
    return [word[i:j] for i in range(len(word)) for j in range(i + 4, len(word) + (i > 0))
            if word[i:j] in terms and word[i:j] != word]


def test_dictionary_parts_equal_the_unbounded_lookup():
    import random

    from indexer.analysis import _dictionary_parts, legal_terms
    rng = random.Random(3)
    terms = [t for t in legal_terms() if len(t) >= 4]
    words = ["虚开增值税专用发票", "非法经营烟花爆竹罪", "生产销售伪劣产品罪", *terms[:200]]
    words += ["".join(rng.sample(terms, 3)) for _ in range(200)]      # terms glued together
    for w in words:
        assert _dictionary_parts(w) == _all_substring_parts(w), w


def test_long_unspaced_text_tokenizes_in_linear_time():
    """A 4,000-letter query without spaces took ~4 s (every substring of the one long word)."""
    import random
    import time
    rng = random.Random(1)
    text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(4000))
    t0 = time.perf_counter()
    tokenize(text)
    assert time.perf_counter() - t0 < 1.5
    assert tokenize("虚开增值税专用发票" * 300)      # long CJK runs still yield their terms
