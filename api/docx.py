"""A minimal Word (.docx) writer on the standard library: headings, paragraphs and tables in one
WordprocessingML part. Officers file exports (正向衔接事项清单, consultation answers, offense pages) as
Word documents; a few paragraphs and a bordered table need no third-party package."""
from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# XML 1.0 forbids most control characters; a stray one in a source text would make Word refuse the file.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>'
# A4 in twentieths of a point; landscape swaps width and height.
A4 = (11906, 16838)
MARGIN = 1134      # 2 cm


def _text(value: object) -> str:
    return escape(_INVALID_XML.sub("", str(value if value is not None else "")))


def _run(text: str, bold: bool = False, size_pt: float | None = None) -> str:
    props = FONT + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{round(size_pt * 2)}"/><w:szCs w:val="{round(size_pt * 2)}"/>' if size_pt else "")
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{_text(text)}</w:t></w:r>'


def _paragraph(text: str, bold: bool = False, size_pt: float | None = None, align: str | None = None, keep_next: bool = False) -> str:
    props = (f'<w:jc w:val="{align}"/>' if align else "") + ("<w:keepNext/>" if keep_next else "")
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{_run(text, bold, size_pt)}</w:p>"


class DocxWriter:
    """Append blocks in reading order, then `to_bytes()`. Each table cell may hold several lines."""

    def __init__(self, landscape: bool = False):
        self.landscape = landscape
        self._body: list[str] = []

    def title(self, text: str) -> "DocxWriter":
        self._body.append(_paragraph(text, bold=True, size_pt=16, align="center"))
        return self

    def heading(self, text: str) -> "DocxWriter":
        self._body.append(_paragraph(text, bold=True, size_pt=13, keep_next=True))
        return self

    def paragraph(self, text: str, bold: bool = False, size_pt: float | None = None) -> "DocxWriter":
        for line in str(text).split("\n"):
            self._body.append(_paragraph(line, bold=bold, size_pt=size_pt))
        return self

    def table(self, header: list[str], rows: list[list[object]], widths: list[int] | None = None, size_pt: float = 9) -> "DocxWriter":
        """A bordered table; the header row repeats on every page. `widths` are relative column widths."""
        page_w = (A4[1] if self.landscape else A4[0]) - 2 * MARGIN
        weights = widths or [1] * len(header)
        grid = [round(page_w * w / sum(weights)) for w in weights]
        border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                         for side in ("top", "left", "bottom", "right", "insideH", "insideV"))

        def cell(value: object, width: int, bold: bool) -> str:
            lines = str(value if value is not None else "").split("\n") or [""]
            paras = "".join(_paragraph(line, bold=bold, size_pt=size_pt) for line in lines)
            return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'

        def row(values: list[object], head: bool) -> str:
            props = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if head else "<w:trPr><w:cantSplit/></w:trPr>"
            return f"<w:tr>{props}{''.join(cell(v, w, head) for v, w in zip(values, grid))}</w:tr>"

        cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
        body = "".join(row(list(r), False) for r in rows)
        self._body.append(
            f'<w:tbl><w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:tblBorders>{border}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{cols}</w:tblGrid>{row(header, True)}{body}</w:tbl>')
        self._body.append("<w:p/>")        # Word wants a paragraph after a table before the section end
        return self

    def document_xml(self) -> str:
        w, h = (A4[1], A4[0]) if self.landscape else A4
        orient = ' w:orient="landscape"' if self.landscape else ""
        sect = (f'<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
                f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(self._body)}{sect}</w:body></w:document>')

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", CONTENT_TYPES)
            z.writestr("_rels/.rels", PACKAGE_RELS)
            z.writestr("word/document.xml", self.document_xml())
        return out.getvalue()


def content_disposition(filename: str, fallback: str) -> str:
    """An attachment header that carries a Chinese file name (RFC 5987) with an ASCII fallback."""
    from urllib.parse import quote
    return f"attachment; filename={fallback}; filename*=UTF-8''{quote(filename)}"
