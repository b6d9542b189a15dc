// Word export of what a page shows (POST /api/export/docx lays it out): citations in standard form
// (《刑法》第一百三十四条之一), the consultation answer and the offense page as headings, paragraphs and tables.
"use strict";
(function () {
  const ARTICLE = /^(.*?)(第[零〇一二三四五六七八九十百千\d]+条(?:之[一二三四五六七八九十]+)?.*)$/;
  const shortTitle = (title) => String(title || "").replace(/^《|》$/g, "").replace(/^中华人民共和国/, "");

  // 《short title》第X条 from a document title and an article label ("第三条" or "刑法第三条").
  function citation(title, label) {
    const m = String(label || "").match(ARTICLE);
    return `《${shortTitle(title)}》${m ? m[2] : label || ""}`;
  }
  // The same from a label that carries its law's short title ("安全生产法第一百零二条").
  function citeLabel(label) {
    const m = String(label || "").match(ARTICLE);
    return m && m[1] ? `《${shortTitle(m[1])}》${m[2]}` : String(label || "");
  }

  async function exportDocx(payload, button) {
    const label = button ? button.textContent : "";
    if (button) { button.disabled = true; button.textContent = "导出中…"; }
    try {
      const res = await fetch("/api/export/docx", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
      if (!res.ok) {
        const body = (res.headers.get("content-type") || "").includes("json") ? await res.json().catch(() => ({})) : {};
        throw new Error(window.xj.zhError(res.status, body, res.headers.get("Retry-After")));
      }
      const blob = await res.blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = (payload.filename || payload.title) + ".docx";
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
      return true;
    } catch (e) {
      alert("导出失败：" + (e.message || e));
      return false;
    } finally {
      if (button) { button.disabled = false; button.textContent = label; }
    }
  }

  // The copy text of a consultation ("【咨询】…", "1. 罪名（…）", indented detail lines) as blocks.
  const HEADINGS = { 咨询: "咨询内容", 方向: "衔接方向", 时效: "处罚时效", 引用: "引用依据" };
  function blocksFromLines(lines) {
    const blocks = [];
    lines.forEach((line) => {
      const head = line.match(/^【([^】]+)】(.*)$/);
      if (head) { blocks.push({ type: "heading", text: HEADINGS[head[1]] || head[1] }); if (head[2]) blocks.push({ type: "paragraph", text: head[2] }); }
      else if (/^\d+\. /.test(line)) blocks.push({ type: "heading", text: line });
      else blocks.push({ type: "paragraph", text: line.trim() });
    });
    return blocks;
  }

  // The offense page (GET /api/offenses/{name}) as blocks: articles, standards, both linkage
  // directions as tables, typical cases and cases.
  function offenseBlocks(v) {
    const b = [];
    const p = (text) => b.push({ type: "paragraph", text });
    b.push({ type: "heading", text: "刑法条文" });
    v.articles.forEach((a) => p(`${citeLabel(a.label)}${a.clauses.length ? "（第" + a.clauses.join("、") + "款）" : ""}：${a.text || ""}`));
    b.push({ type: "heading", text: "立案追诉标准 / 数额标准" });
    if (v.amendment_note) p(v.amendment_note);
    if (v.standards.length) {
      b.push({ type: "table", header: ["标准", "出处", "情形"], widths: [14, 30, 56], rows: v.standards.map((s) => [
        s.term + (s.tier === "aggravating" ? "（加重情节）" : "") + (s.review ? "（待核）" : "") + (s.superseded_by ? "（已被取代）" : "") + (s.scope ? "（限于" + s.scope.kind + "）" : ""),
        citation(s.source.doc_title, s.source.label), s.alternatives.map((a) => a.text).join("\n")]) });
    } else p(v.standards_note || "无");
    const violations = (list, heading) => {
      b.push({ type: "heading", text: heading });
      if (!list.length) { p("语料中暂无对应的行政处罚规定。"); return; }
      b.push({ type: "table", header: ["行政违法行为", "行政处罚依据", "主管机关", "衔接依据"], widths: [30, 20, 18, 32], rows: list.map((x) => [
        x.name, x.penalty_articles.map((a) => citeLabel(a.label)).join("、"), x.agencies.join("、"),
        (x.link ? x.link.label + "；" : "") + (x.basis || []).map((a) => citeLabel(a.label)).join("、") + (x.note ? "；" + x.note : "")]) });
    };
    violations(v.forward_violations, "正向衔接：达到追诉标准应移送的行政违法行为");
    violations(v.reverse_violations, "反向衔接：不起诉或免予刑事处罚后可适用的行政处罚");
    if ((v.typical_cases || []).length) {
      b.push({ type: "heading", text: "相关典型案例" });
      window.xjTypical.typicalLines(v.typical_cases).forEach(p);
    }
    b.push({ type: "heading", text: `案例（共 ${v.cases.count} 件，列前 ${v.cases.top.length} 件）` });
    v.cases.top.forEach((c, i) => p(`${i + 1}. ${c.title}`));
    return b;
  }

  // A search result list as blocks: what was asked (query, filters, order), then one table row per
  // hit with its 效力级别, citation, an excerpt and its provenance.
  function resultBlocks(query, conditions, hits, levelOf) {
    const rows = hits.map((h, i) => {
      const src = h.source || {};
      const cite = h.type === "case" ? `${h.doc_title}${h.label ? " " + h.label : ""}` : citation(h.doc_title, h.label);
      const text = String(h.text || "").replace(/\s+/g, " ");
      return [String(i + 1), levelOf(h), cite + (h.type !== "case" && h.status ? `（${h.status}）` : ""),
        text.length > 300 ? text.slice(0, 300) + "…" : text,
        `${src.dataset || ""} ${src.path || ""}${src.version_date ? " · " + src.version_date : ""}`.trim()];
    });
    return [
      { type: "paragraph", text: `检索词：${query.length > 200 ? query.slice(0, 200) + "…" : query}` },
      ...(conditions.length ? [{ type: "paragraph", text: `条件：${conditions.join("；")}` }] : []),
      { type: "table", header: ["序号", "效力级别", "出处", "内容摘要", "来源"], widths: [6, 11, 25, 42, 16], rows },
    ];
  }

  window.xjExport = { citation, citeLabel, exportDocx, blocksFromLines, offenseBlocks, resultBlocks };
})();
