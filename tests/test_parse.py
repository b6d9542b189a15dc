from pathlib import Path

import pytest

from corpus.frontmatter import CorpusError
from corpus.loader import load_corpus
from corpus.parse import parse_text

from .conftest import FIXTURE_CORPUS

GOOD_FM = """---
id: t1
type: statute
title: 测试法
issuer: 全国人民代表大会常务委员会
promulgated: 2020-01-01
effective: 2020-03-01
status: 现行有效
domains: [安全生产]
source: {dataset: test, path: t.md, version_date: 2020-01-01}
---
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(CorpusError) as exc:
        parse_text(text, "t.md")
    return [str(p) for p in exc.value.problems]


def test_articles_paths_and_zhiyi():
    doc = parse_text(GOOD_FM + """
# 测试法

## 第一章 总则

第一条 为了测试，制定本法。

第二条 本法适用于测试。

第二款内容。

## 第二章 法律责任

### 第一节 罚则

第二条之一 新增条文。
""", "t.md")
    arts = [u for u in doc.units if u.kind == "article"]
    assert [(u.article_no, u.article_suffix, u.label) for u in arts] == [
        (1, 0, "第一条"), (2, 0, "第二条"), (2, 1, "第二条之一")]
    assert arts[1].text.endswith("第二款内容。")
    assert arts[2].path == ["第二章 法律责任", "第一节 罚则"]
    assert arts[2].id == "t1:art2-1"
    assert arts[0].line == 17   # 1-based line in the file


def test_missing_front_matter_names_line_one():
    assert problems_of("# 无元数据\n\n第一条 x") == ["t.md:1: missing front matter: the file must start with '---'"]


def test_unknown_field_and_bad_date_name_their_lines():
    text = GOOD_FM.replace("promulgated: 2020-01-01", "promulgated: 2020-13-45").replace(
        "status: 现行有效", "status: 现行有效\ncolour: red")
    found = problems_of(text + "\n第一条 x\n")
    assert "t.md:9: unknown field 'colour'" in found
    assert any(p.startswith("t.md:6: field 'promulgated' is not a valid date") for p in found)


def test_missing_field_and_bad_enum():
    text = GOOD_FM.replace("issuer: 全国人民代表大会常务委员会\n", "")
    assert "t.md:1: missing field 'issuer'" in problems_of(text + "\n第一条 x\n")
    text = GOOD_FM.replace("type: statute", "type: novel")
    assert any("t.md:3: field 'type' must be one of" in p for p in problems_of(text + "\n第一条 x\n"))


def test_duplicate_article_and_unparsable_heading():
    found = problems_of(GOOD_FM + "\n# 测试法\n\n## 杂项说明\n\n第一条 a\n\n第一条 b\n")
    assert "t.md:15: unparsable heading '杂项说明': expected 第X编/章/节 or a numbered section" in found
    assert "t.md:19: duplicate article number 第一条 (first at line 17)" in found


def test_invalid_yaml_reports_line():
    found = problems_of("---\nid: [unclosed\ntype: statute\n---\n第一条 x\n")
    assert found[0].startswith("t.md:3: invalid YAML") or found[0].startswith("t.md:2: invalid YAML")


def test_case_sections():
    doc = parse_text(GOOD_FM.replace("type: statute", "type: case") + "\n# 案\n\n## 案件事实\n\n甲。\n\n乙。\n\n## 本院认为\n\n丙。\n", "t.md")
    assert [(u.kind, u.label, u.text) for u in doc.units] == [("section", "案件事实", "甲。\n乙。"), ("section", "本院认为", "丙。")]


def test_duplicate_ids_across_files(tmp_path: Path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(GOOD_FM + "\n第一条 x\n", encoding="utf-8")
    result = load_corpus(tmp_path)
    assert [str(p) for p in result.problems] == ["b.md:1: duplicate id 't1' (also in a.md)"]


def test_fixture_and_bundled_corpus_are_valid():
    from corpus.loader import BUNDLED_CORPUS
    assert load_corpus(FIXTURE_CORPUS).ok
    bundled = load_corpus(BUNDLED_CORPUS)
    assert bundled.ok, bundled.problems[:5]
    xingfa = next(d for d in bundled.documents if d.id == "xingfa")
    labels = {u.label for u in xingfa.units if u.kind == "article"}
    assert "第一百三十四条之一" in labels and "第二百六十四条" in labels
    assert sum(1 for u in xingfa.units if u.kind == "article") >= 500


def test_an_opinions_numbered_parts_are_its_articles():
    """An 意见 numbers its parts 一、关于… and is cited by them (《意见》第二条): each part is one article unit."""
    doc = parse_text(GOOD_FM.replace("type: statute", "type: interpretation") + """
# 测试意见

各省、自治区、直辖市高级人民法院：

为依法惩治测试犯罪，现提出如下意见：

一、关于测试行为的性质认定

实施测试行为的，应当认定为刑法第一条规定的行为。

二、关于测试的定罪处罚标准

具有下列情形之一的，应当按照刑法第一条定罪处罚：
（一）测试10台以上的；
""", "t.md")
    assert [(u.kind, u.id, u.article_no) for u in doc.units] == [
        ("preamble", "t1:pre0", None), ("article", "t1:art1", 1), ("article", "t1:art2", 2)]
    assert doc.units[2].label == "二、关于测试的定罪处罚标准"
    assert doc.units[2].text.endswith("（一）测试10台以上的；")
    assert "为依法惩治测试犯罪" in doc.units[0].text


def test_a_list_item_is_no_numbered_part():
    """一、 followed by a sentence (a list in a statute's text) is no part heading: without 第X条 the text is paragraphs."""
    doc = parse_text(GOOD_FM + "\n# 测试法\n\n一、测试人员应当遵守本法。\n\n二、测试单位应当配合。\n", "t.md")
    assert {u.kind for u in doc.units} == {"paragraph"}
