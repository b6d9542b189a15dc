// 正向衔接事项清单: for a chosen domain, the administrative violations that may be crimes, with the
// penalty provision, offense, 刑法 article, filing threshold, competent agency and the link's source;
// downloadable as CSV and Word from the same API (GET /api/linkage/list).
"use strict";
(function () {
  const { esc, call } = window.xj;
  const $ = (id) => document.getElementById(id);
  const API = "/api/linkage/list";
  const unitLink = (c) => c.unit_id
    ? `<a href="?doc=${encodeURIComponent(c.unit_id.split(":")[0])}&unit=${encodeURIComponent(c.unit_id)}">${esc(c.citation)}</a>` : esc(c.citation);
  const query = (domain, format) => `${API}?${new URLSearchParams([...(domain ? [["domain", domain]] : []), ...(format ? [["format", format]] : [])])}`;

  function standardsHtml(list, note) {
    if (!list.length) return `<span class='note'>${esc(note || "")}</span>`;     // the server says why (standards_note)
    return list.map((s) => `<details class="std"><summary>${unitLink(s)}（${esc(s.term)}）${s.review ? ' <span class="badge s-待核">待核</span>' : ""}</summary>${
      s.quote ? `<p class="note">${esc(s.quote)}</p>` : ""}</details>`).join("");
  }

  function rowHtml(r) {
    const p = r.provenance;
    return `<tr><td>${r.no}</td><td>${esc(r.violation)}${r.note ? `<div class="note">${esc(r.note)}</div>` : ""}</td>
      <td>${r.penalty_provisions.map(unitLink).join("、")}</td>
      <td><a href="?offense=${encodeURIComponent(r.offense)}">${esc(r.offense)}</a></td>
      <td>${r.criminal_articles.map(unitLink).join("、")}</td>
      <td>${standardsHtml(r.standards, r.standards_note)}</td><td>${r.agencies.map(esc).join("、")}</td>
      <td><span class="badge${p.method === "derived" ? " s-待核" : ""}"${p.method === "derived" ? ` title="${esc(p.label)}"` : ""}>${esc(p.status)}</span>${
        p.method === "derived" ? `<div class="note">${esc(p.label)}</div>` : ""}${p.basis.length ? `<div class="note">${p.basis.map(unitLink).join("、")}</div>` : ""}</td></tr>`;
  }

  window.openLinkage = async function (domain) {
    const el = $("linkage-view");
    el.innerHTML = "<h1>正向衔接事项清单</h1><p class='loading-text'>载入中…</p>";
    let r;
    try { r = await call(query(domain)); }
    catch (e) { el.innerHTML = `<h1>正向衔接事项清单</h1><p class="error">${esc(e.message)}</p><p><a href="?linkage=">查看全部领域</a></p>`; return; }
    document.title = r.title + " · 衔接";
    const options = r.domains.map((d) => `<option value="${esc(d.name)}"${d.name === r.domain ? " selected" : ""}>${esc(d.name)}（${d.count}）</option>`).join("");
    el.innerHTML = `<h1>${esc(r.title)}</h1>
      <p class="note">可能涉嫌犯罪、达到标准应当移送公安机关的行政违法行为。依据知识库中的法律法规、司法解释、立案追诉标准和衔接关系生成，共 ${r.count} 项：“已审核”为人工审核的衔接关系，“自动推导”由行政法规条文与罪名用语推导（附得分与依据），未经审核，仅供参考。</p>
      <form id="linkage-form" class="consult-actions"><label>领域 <select id="ldomain"><option value="">全部领域</option>${options}</select></label>
        <a id="lcsv" class="button-link" href="${esc(query(r.domain, "csv"))}" download>下载 CSV</a>
        <a id="ldocx" class="button-link" href="${esc(query(r.domain, "docx"))}" download>下载 Word</a></form>
      ${r.rows.length ? `<div class="table-scroll"><table class="sheet linkage"><thead><tr>${r.columns.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead>
        <tbody>${r.rows.map(rowHtml).join("")}</tbody></table></div>` : "<p class='empty'>该领域暂无正向衔接事项。</p>"}`;
    $("ldomain").addEventListener("change", () => {
      const d = $("ldomain").value;
      history.pushState(null, "", "?linkage=" + encodeURIComponent(d));
      window.openLinkage(d);
    });
  };
})();
