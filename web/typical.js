// Official cases (典型案例 / 指导性案例 / 参考案例): the reading view with the three sections, the
// "相关典型案例" list of offense pages and consultation answers, and the kind badge of lists.
// Section headings are kept as published; the role of each is read the way corpus/typical.py does.
"use strict";
(function () {
  const { esc } = window.xj;
  const KIND_LABELS = { typical: "典型案例", guiding: "指导性案例", reference: "参考案例" };
  const LINKAGE_LABELS = { forward: "正向衔接", reverse: "反向衔接" };
  // role → heading pattern, in this order (裁判要旨 is a gist, not a 裁判理由)
  const ROLES = [
    ["significance", /典型意义|指导意义/], ["gist", /要旨/], ["facts", /案情/],
    ["process", /履职|处理结果|裁判理由|裁判结果|诉讼|办理|指控与证明|调查|审查/],
  ];
  const SECTIONS = [["facts", "基本案情"], ["process", "履职过程"], ["significance", "典型意义"]];
  const roleOf = (label) => (ROLES.find(([, re]) => re.test(label || "")) || [null])[0];
  const isOfficial = (x) => !!x && !!KIND_LABELS[x.case_kind];
  const docHref = (id, unit) => `?doc=${encodeURIComponent(id)}${unit ? "&unit=" + encodeURIComponent(unit) : ""}`;

  // The label of a case kind for any list (search hits, similar cases); nothing for a judgment.
  function kindBadge(x) {
    if (!isOfficial(x)) return "";
    const label = x.kind_label || KIND_LABELS[x.case_kind];
    return `<span class="badge kind kind-${esc(x.case_kind)}">${esc(label)}</span>${x.jianli_no ? ` <span class="badge">${esc(x.jianli_no)}</span>` : ""}`;
  }

  // Where the text was transcribed from: the release's own page first.
  function sourceUrls(fm) {
    const urls = [...(fm.source && fm.source.url ? [fm.source.url] : []), ...(fm.source_urls || [])];
    return [...new Set(urls.filter((u) => /^https?:\/\//.test(u)))];
  }
  const hostOf = (u) => { try { return new URL(u).host; } catch (e) { return u; } };

  function transcriptionBadge(fm) {
    if (!fm.transcription) return "";
    const url = sourceUrls(fm)[0];
    const title = "据公开发布的官方文本转录，未与原件逐字核对" + (fm.source && fm.source.note ? "；" + fm.source.note : "");
    return url ? `<a class="badge transcribed" href="${esc(url)}" target="_blank" rel="noopener noreferrer" title="${esc(title)}">转录 · 查看来源</a>`
      : `<span class="badge transcribed" title="${esc(title)}">转录</span>`;
  }

  // "相关典型案例" on the offense page and in consultation answers: kind, title, issuer and release,
  // and the 典型意义 excerpt linked to its section.
  function typicalList(refs) {
    if (!refs || !refs.length) return "";
    return `<ul class="typical-list">${refs.map((t) => {
      const sig = t.significance || {};
      return `<li>${kindBadge(t)} <a href="${docHref(t.id)}">${esc(t.title)}</a>${t.transcription ? ' <span class="badge transcribed">转录</span>' : ""}
        <span class="note">${[t.issuer, t.released].filter(Boolean).map(esc).join(" · ")}</span>
        ${sig.excerpt ? `<blockquote class="significance"><a href="${docHref(t.id, sig.unit_id)}">${esc(sig.label || "典型意义")}</a>：${esc(sig.excerpt)}</blockquote>` : ""}</li>`;
    }).join("")}</ul>`;
  }

  // The same list as plain lines, for 复制为文本 and exports.
  const typicalLines = (refs, indent = "") => (refs || []).map((t) =>
    `${indent}${t.kind_label || KIND_LABELS[t.case_kind] || ""}：${t.title}（${[t.issuer, t.released].filter(Boolean).join("，")}）` +
    (t.significance && t.significance.excerpt ? `；${t.significance.label || "典型意义"}：${t.significance.excerpt}` : ""));

  // The reading view: kind, 检例号, issuer and date, the 转录 badge with its source, then 要旨 and
  // the three sections by role; any other section follows under its own heading.
  function renderOfficialCase(d, unitId, docEl, tocEl) {
    const fm = d.front_matter;
    const units = d.units.filter((u) => u.text);
    const byRole = {};
    units.forEach((u) => { const r = roleOf(u.label); if (r && !byRole[r]) byRole[r] = u; });
    if (!byRole.significance && byRole.gist) { byRole.significance = byRole.gist; delete byRole.gist; }   // 参考案例: 裁判要旨
    const placed = new Set(Object.values(byRole));
    const section = (u, heading, role) => {
      const published = u.label && u.label !== heading ? `<span class="note published">（原文：${esc(u.label)}）</span>` : "";
      return `<section class="case-section role-${role}${u.id === unitId ? " target" : ""}" id="u-${esc(u.id)}">
        <h2>${esc(heading)}${published}</h2>${u.text.split(/\n+/).map((p) => `<p>${esc(p)}</p>`).join("")}</section>`;
    };
    const meta = [fm.issuer, fm.promulgated ? "发布 " + fm.promulgated : "", fm.release].filter(Boolean);
    const urls = sourceUrls(fm);
    let html = `<p class="case-kind">${kindBadge(fm)} ${transcriptionBadge(fm)}
        ${(fm.linkage || []).map((l) => `<span class="badge">${esc(LINKAGE_LABELS[l] || l)}</span>`).join("")}</p>
      <h1>${esc(fm.title)}</h1>
      <div class="provenance">${[
        meta.map(esc).join(" · "),
        (fm.domains || []).length ? `领域：${fm.domains.map(esc).join("、")}` : "",
        (fm.charges || []).length ? `罪名：${fm.charges.map((c) => `<a class="chip" href="?offense=${encodeURIComponent(c)}">${esc(c)}</a>`).join("")}${fm.charges_note && fm.charges_note !== fm.charges.join("、") ? ` <span class="note">${esc(fm.charges_note)}</span>` : ""}` : "",
        (fm.admin_provisions || []).length ? `涉及行政规定：${fm.admin_provisions.map(esc).join("、")}` : "",
        fm.admin_basis ? `<span class="note">行政处罚依据：${esc(fm.admin_basis)}</span>` : "",
        (fm.keywords || []).length ? `关键词：${fm.keywords.map((k) => `<span class="badge">${esc(k)}</span>`).join(" ")}` : "",
      ].filter(Boolean).map((line) => `<div>${line}</div>`).join("")}</div>`;
    if (fm.transcription) {
      html += `<div class="transcription-note">本文据公开发布的官方文本转录，引用前请核对原文${urls.length ? "：" + urls.map((u) =>
        `<a href="${esc(u)}" target="_blank" rel="noopener noreferrer">${esc(hostOf(u))}</a>`).join("、") : ""}${
        fm.source && fm.source.note ? `<details><summary>来源说明</summary><p class="note">${esc(fm.source.note)}</p></details>` : ""}</div>`;
    }
    let toc = "";
    if (byRole.gist) { html += section(byRole.gist, "要旨", "gist"); toc += `<a class="lvl1" href="#u-${esc(byRole.gist.id)}">要旨</a>`; }
    SECTIONS.forEach(([role, heading]) => {
      const u = byRole[role];
      if (!u) return;
      html += section(u, heading, role);
      toc += `<a class="lvl1" href="#u-${esc(u.id)}">${esc(heading)}</a>`;
    });
    units.filter((u) => !placed.has(u)).forEach((u) => {
      html += section(u, u.label || "正文", "other");
      toc += `<a class="lvl2" href="#u-${esc(u.id)}">${esc(u.label || "正文")}</a>`;
    });
    docEl.innerHTML = html;
    tocEl.innerHTML = toc || "<p>（无章节）</p>";
  }

  window.xjTypical = { KIND_LABELS, kindBadge, isOfficial, typicalList, typicalLines, renderOfficialCase, roleOf };
})();
