"""Word export of what a page shows (issue 19 item 8): the consultation answer and the offense page
send their headings, paragraphs and tables, already in standard citation form, and get a .docx back.
The page decides what is shown (supported offenses, governing standards), so the file matches it; the
server only lays it out, with bounded input and no state."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .docx import MEDIA_TYPE, DocxWriter, content_disposition

Cell = Annotated[str, StringConstraints(max_length=4000)]

router = APIRouter(prefix="/api/export", tags=["export 导出"])


class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["heading", "paragraph", "table"]
    text: str = Field(default="", max_length=8000)
    header: list[Annotated[str, StringConstraints(max_length=200)]] = Field(default_factory=list, max_length=10)
    rows: list[Annotated[list[Cell], Field(max_length=10)]] = Field(default_factory=list, max_length=300)
    widths: list[Annotated[int, Field(ge=1, le=100)]] | None = Field(default=None, max_length=10)


class ExportBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=200)
    filename: str = Field(default="", max_length=80, description="下载文件名（不含扩展名）；空则用标题")
    blocks: list[Block] = Field(max_length=400)
    landscape: bool = False


def render(body: ExportBody) -> bytes:
    doc = DocxWriter(landscape=body.landscape).title(body.title)
    doc.paragraph(f"导出日期 {dt.date.today().isoformat()} · 衔接 行刑衔接知识库", size_pt=9)
    for b in body.blocks:
        if b.type == "heading":
            doc.heading(b.text)
        elif b.type == "paragraph":
            doc.paragraph(b.text)
        elif b.header or b.rows:
            width = len(b.header) or max(len(r) for r in b.rows)
            if width == 0:
                continue
            rows = [list(r) + [""] * (width - len(r)) for r in b.rows]
            widths = b.widths if b.widths and len(b.widths) == width else None
            doc.table(list(b.header) or [""] * width, [r[:width] for r in rows], widths=widths)
    return doc.to_bytes()


def safe_filename(name: str) -> str:
    """A file name without path separators or characters Windows refuses."""
    cleaned = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:80] or "导出"


@router.post("/docx", summary="导出 Word：页面内容（标题、段落、表格）排版为 .docx",
             response_class=Response, responses={200: {"content": {MEDIA_TYPE: {}}, "description": "Word 文档"}})
def export_docx(body: ExportBody):
    name = safe_filename(body.filename or body.title)
    return Response(render(body), media_type=MEDIA_TYPE,
                    headers={"Content-Disposition": content_disposition(name + ".docx", "export.docx")})
