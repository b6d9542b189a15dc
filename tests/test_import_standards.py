"""scripts/import_standards.py: a supplement adds articles the shared compilation lacks, in article order, each with
its own status; an article in both stops the import."""
import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_standards.py"
spec = importlib.util.spec_from_file_location("import_standards", SCRIPT)
import_standards = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_standards)

META = {"id": "x", "type": "standard", "title": "标准", "version_date": "2022-04-06"}
TSV_HEAD = "article\tstatus\turls\tnote\n"


def _write(folder: Path, articles: str, tsv_rows: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "std.md").write_text(articles, encoding="utf-8")
    (folder / "std.sources.tsv").write_text(TSV_HEAD + tsv_rows, encoding="utf-8")
    return folder / "std.md"


def test_supplement_articles_join_in_order_with_their_status(tmp_path):
    src = _write(tmp_path / "shared", "第二条　〔甲案〕甲，应予立案追诉。\n\n第七十一条　〔丙案〕丙，应予立案追诉。\n",
                 "第二条\tconfirmed\thttp://a http://b\t\n第七十一条\tconfirmed\thttp://a http://b\t\n")
    _write(tmp_path / "extra", "第二十一条　〔乙案〕乙，应予立案追诉。\n\n第三十条　〔丁案〕丁，应予立案追诉。\n",
           "第二十一条\tconfirmed\thttp://c http://d\t\n第三十条\t待核\thttp://e\tsingle source\n")
    text, counts = import_standards.convert(src, META, tmp_path / "extra")
    body = text.split("---", 2)[2]
    assert [line[:5] for line in body.split("\n") if line.startswith("第")] == ["第二条　〔", "第二十一条", "第三十条　", "第七十一条"]
    assert "〔待核：single source〕" in body and counts["supplemented"] == 2 and counts["待核"] == 1
    assert "另有2条据公开网页补充汇编" in text


def test_an_article_in_both_stops_the_import(tmp_path):
    src = _write(tmp_path / "shared", "第二条　〔甲案〕甲，应予立案追诉。\n", "第二条\tconfirmed\thttp://a http://b\t\n")
    _write(tmp_path / "extra", "第二条　〔甲案〕甲，应予立案追诉。\n", "第二条\tconfirmed\thttp://c http://d\t\n")
    with pytest.raises(SystemExit, match="第二条 also in"):
        import_standards.convert(src, META, tmp_path / "extra")
