// Xianjie web app: search and document reader. Plain JS, no build step.
"use strict";
const TYPE_LABELS = { statute: "法律法规", interpretation: "司法解释", standard: "立案追诉标准", guidance: "指导文件", case: "案例" };
// 效力级别 of a hit: LawRefBook files sit in folders by rank (行政法规/部门规章/司法解释/DLC = local
// rules; the rest are 法律 by subject), our own documents by type.
const LEVEL_BY_FOLDER = { "行政法规": "行政法规", "部门规章": "部门规章", "司法解释": "司法解释", "DLC": "地方性法规" };
const LEVEL_BY_TYPE = { standard: "立案追诉标准", guidance: "规范性文件", interpretation: "司法解释", case: "案例", statute: "法律" };
function levelOf(h) {
  const src = h.source || {};
  if (h.type !== "case" && src.dataset === "LawRefBook/Laws" && src.path) {
    return LEVEL_BY_FOLDER[src.path.split("/")[0]] || "法律";
  }
  return LEVEL_BY_TYPE[h.type] || TYPE_LABELS[h.type] || h.type;
}
// Rank of each 效力级别 for the "效力级别（高→低）" sort: the law first, then the interpretations that
// bind its application, administrative regulations, the filing standards, rules, local rules, other
// normative documents, cases.
const LEVEL_ORDER = ["法律", "司法解释", "行政法规", "立案追诉标准", "部门规章", "地方性法规", "规范性文件", "案例"];
const levelRank = (h) => { const i = LEVEL_ORDER.indexOf(levelOf(h)); return i < 0 ? LEVEL_ORDER.length : i; };
const $ = (id) => document.getElementById(id);
const { esc, call: api, copyText, watchLength, clip, isTyping, caseIdentity } = window.xj;
const PAGE_SIZE = 20;
const MAX_K = 100;            // the API's bound for k on /api/search
let activeHit = -1;

function provenance(src) {
  if (!src) return "";
  return `来源：${esc(src.dataset)} · ${esc(src.path)}${src.row ? " · " + esc(src.row) : ""} · 版本日期 ${esc(src.version_date)}` +
    (src.revised ? ` · <strong class="revised">${esc(src.revised)}</strong>` : "");
}

async function loadFacets() {
  try {
    const f = await api("/api/facets");
    const fill = (sel, values, label) => values.forEach((v) => sel.insertAdjacentHTML("beforeend", `<option value="${esc(v)}">${esc(label ? label(v) : v)}</option>`));
    fill($("f-type"), f.type, (v) => TYPE_LABELS[v] || v);
    fill($("f-domain"), f.domain);
    fill($("f-status"), f.status);
    const kinds = f.case_kind || {};
    fill($("f-kind"), Object.keys(kinds), (k) => kinds[k]);
    $("f-kind").closest("label").hidden = !Object.keys(kinds).length;
  } catch (e) { $("summary").innerHTML = `<span class="error">筛选项载入失败：${esc(e.message)}</span>`; }
}

// The URL holds the query, filters, sort and page, so a result list can be bookmarked and shared.
function currentParams() {
  const p = new URLSearchParams();
  const q = $("q").value.trim();
  if (q) p.set("q", q);
  for (const [id, key] of [["f-type", "type"], ["f-domain", "domain"], ["f-status", "status"], ["f-kind", "case_kind"]]) if ($(id).value) p.set(key, $(id).value);
  if ($("f-mode").value !== "hybrid") p.set("mode", $("f-mode").value);
  if ($("f-sort").value !== "relevance") p.set("sort", $("f-sort").value);
  if ($("f-level").value) p.set("level", $("f-level").value);
  return p;
}

// One fetch serves every page, sort and 效力级别 of the same query: the first page asks for 20 hits,
// anything beyond (or a sort or level filter, which must see every candidate) for the API's maximum.
let searchCache = { key: "", k: 0, result: null };
let searchSeq = 0;

// The date a hit sorts by: its own date fields when the API gives them, else the text's version
// date; a case's source date is only the day it was imported, so an undated case sorts last.
function hitDate(h) {
  const own = h.effective || h.promulgated || h.judged || h.date;
  if (own) return own;
  return h.type === "case" ? "" : (h.source && h.source.version_date) || "";
}

// Parameters the page applies to the fetched candidates itself; the API never sees them.
const LOCAL_PARAMS = ["page", "sort", "level"];
async function fetchHits(p, need) {
  const key = new URLSearchParams([...p].filter(([k]) => !LOCAL_PARAMS.includes(k))).toString();
  const c = searchCache;
  if (c.key === key && c.result && (c.k >= need || c.result.hits.length < c.k)) return { r: c.result, cached: true };
  const q = clip(p.get("q"));
  let r;
  if (q.length > 300) {      // a pasted fact description: too long for a URL
    const body = { q, k: need, mode: p.get("mode") || "hybrid" };
    for (const f of ["type", "domain", "status", "case_kind"]) if (p.get(f)) body[f] = p.get(f);
    r = await api("/api/search", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } else {
    const g = new URLSearchParams([...p].filter(([k]) => !LOCAL_PARAMS.includes(k)));
    g.set("q", q); g.set("k", String(need));
    r = await api("/api/search?" + g.toString());
  }
  searchCache = { key, k: need, result: r };
  return { r, cached: false };
}

async function runSearch(push, page = 1) {
  const p = currentParams();
  if (!p.get("q")) return;
  if (page > 1) p.set("page", String(page));
  if (push) {
    const q = p.get("q");
    const shown = new URLSearchParams(p);
    if (q.length > URL_TEXT_MAX) { shown.delete("q"); shown.set("pasted", "1"); }
    history.pushState({ q }, "", "?" + shown.toString());
    window.xjHistory.remember(p);
  }
  showView("search");
  $("welcome").hidden = true;
  const sort = p.get("sort") || "relevance";
  const level = p.get("level") || "";
  const need = sort === "relevance" && page === 1 && !level ? PAGE_SIZE : MAX_K;
  const seq = ++searchSeq;
  const t0 = performance.now();
  const button = $("search-form").querySelector("button");
  button.disabled = true;
  $("results").classList.add("stale");
  $("rfilter").value = "";
  $("summary").innerHTML = "<span class='loading-text'>检索中…</span>";
  try {
    const { r } = await fetchHits(p, need);
    if (seq === searchSeq) renderResults(r, performance.now() - t0, page, sort, level);
  } catch (e) {
    if (seq !== searchSeq) return;
    $("results").innerHTML = "";
    $("predicted-panel").innerHTML = "";
    $("pager").innerHTML = "";
    $("summary").innerHTML = `<span class="error">检索失败：${esc(e.message)}</span>`;
  } finally {
    if (seq === searchSeq) { button.disabled = false; $("results").classList.remove("stale"); }
  }
}

// Counts come from the top candidates of the last search: a zero there does not mean the filter
// finds nothing, and the filtered facet itself only counts its own value, so neither is shown.
function showFacetCounts(facets) {
  for (const [id, key] of [["f-type", "type"], ["f-domain", "domain"], ["f-status", "status"]]) {
    const active = !!$(id).value;
    for (const opt of $(id).options) {
      if (!opt.value) continue;
      const base = opt.dataset.label || (opt.dataset.label = opt.textContent);
      const n = !active && facets && facets[key] ? facets[key][opt.value] || 0 : 0;
      opt.textContent = n > 0 ? `${base}（${n}）` : base;
    }
  }
}

// The candidates a page shows from: those of the chosen 效力级别, in the chosen order (ties keep
// their relevance order).
function sortedHits(hits, sort, level = "") {
  const kept = level ? hits.filter((h) => levelOf(h) === level) : hits;
  const by = sort === "date" ? (x, y) => hitDate(y).localeCompare(hitDate(x))
    : sort === "level" ? (x, y) => levelRank(x) - levelRank(y) : null;
  if (!by) return kept;
  return kept.map((h, i) => [h, i]).sort((x, y) => by(x[0], y[0]) || x[1] - y[1]).map(([h]) => h);
}

function pagerHtml(page, pages) {
  if (pages <= 1) return "";
  const link = (n, text, cls = "") => `<a href="#" data-page="${n}" class="${cls}"${n === page ? ' aria-current="page"' : ""}>${text}</a>`;
  let html = page > 1 ? link(page - 1, "上一页", "prev") : "";
  for (let n = 1; n <= pages; n++) html += link(n, String(n), n === page ? "current" : "");
  if (page < pages) html += link(page + 1, "下一页", "next");
  return html;
}

// The words to mark in a document opened from the results: what the search marked in its
// snippets (the index's own terms) and the query's space-separated words; bounded for the URL.
function highlightTerms(r, q) {
  const box = document.createElement("div");
  const terms = new Set(q.split(/\s+/).filter((w) => w.length >= 2 && w.length <= 20));
  for (const h of r.hits) {
    if (!h.highlight) continue;
    box.innerHTML = h.highlight;
    box.querySelectorAll("mark").forEach((m) => { const t = m.textContent.trim(); if (t.length >= 2 && t.length <= 20) terms.add(t); });
  }
  const out = [];
  for (const t of [...terms].sort((x, y) => y.length - x.length)) {
    if (out.length >= 20 || out.join(" ").length + t.length > 200) break;
    out.push(t);
  }
  return out.join(" ");
}

// Hides the shown hits that do not contain the words typed in 在结果中查找 (all of them, any case).
function filterShown() {
  const words = $("rfilter").value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [...document.querySelectorAll("#results .hit")];
  let shown = 0;
  for (const h of hits) {
    const text = h.textContent.toLowerCase();
    h.hidden = !words.every((w) => text.includes(w));
    if (!h.hidden) shown++;
  }
  document.querySelectorAll("#results .group-head").forEach((g) => {
    g.hidden = !document.querySelector(`#results .hit[data-group="${CSS.escape(g.dataset.group)}"]:not([hidden])`);
  });
  $("rfilter-count").textContent = words.length ? `本页 ${hits.length} 条中 ${shown} 条含“${words.join(" ")}”` : "";
}

// Hits of one document together under its title, in the order the document first ranks.
function groupedByDocument(hits) {
  const groups = new Map();
  hits.forEach((h, i) => { if (!groups.has(h.doc_id)) groups.set(h.doc_id, []); groups.get(h.doc_id).push([h, i]); });
  return [...groups.values()];
}

let lastRender = null;

const SORT_NOTES = { date: " · 按日期排序（新→旧）", level: " · 按效力级别排序（高→低）" };

function renderResults(r, ms, page = 1, sort = "relevance", level = "") {
  lastRender = { r, ms, page, sort, level };
  showFacetCounts(r.facets);
  $("predicted-panel").innerHTML = page === 1 ? window.xjPredicted(r.predicted) : "";
  activeHit = -1;
  const ordered = sortedHits(r.hits, sort, level);
  const reachable = level ? ordered.length : Math.min(r.total, MAX_K);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  page = Math.min(Math.max(1, page), pages);
  const hits = ordered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const from = (page - 1) * PAGE_SIZE + 1;
  if (level && r.hits.length && !hits.length) {
    $("summary").textContent = `前 ${r.hits.length} 条候选中没有效力级别为“${level}”的结果 · 服务端 ${r.took_ms} 毫秒`;
    $("results").innerHTML = `<li class="empty">可将效力级别改为“全部”，或修改检索词。</li>`;
    $("pager").innerHTML = "";
    $("results-tools").hidden = true;
    return;
  }
  if (!r.hits.length) {
    $("summary").textContent = `服务端 ${r.took_ms} 毫秒 · 页面 ${Math.round(ms)} 毫秒`;
    $("results").innerHTML = `<li class="empty">未找到与“${esc(clip($("q").value.trim()).slice(0, 40))}”相关的条文或案例。可减少关键词、去掉筛选条件，或将检索方式改为“语义”。</li>`;
    $("pager").innerHTML = "";
    $("results-tools").hidden = true;
    return;
  }
  $("results-tools").hidden = false;
  const scope = level ? `前 ${r.hits.length} 条候选中效力级别为“${level}”的 ${ordered.length} 条`
    : `共 ${r.total} 条候选${r.total > MAX_K ? `（可翻阅前 ${MAX_K} 条）` : ""}`;
  $("summary").textContent = `${scope}，第 ${from}–${from + hits.length - 1} 条` +
    `${SORT_NOTES[sort] || ""} · 服务端 ${r.took_ms} 毫秒 · 页面 ${Math.round(ms)} 毫秒`;
  $("results").start = from;
  const hl = highlightTerms(r, clip($("q").value.trim()));
  const hitHtml = (h, i) => {
    const title = `${esc(h.doc_title)}${h.label ? " " + esc(h.label) : ""}`;
    const href = `?doc=${encodeURIComponent(h.doc_id)}&unit=${encodeURIComponent(h.id)}${hl ? "&hl=" + encodeURIComponent(hl) : ""}`;
    const isCase = h.type === "case";
    return `<li class="hit" value="${from + i}" data-group="${esc(h.doc_id)}" data-href="${href}" data-date="${esc(hitDate(h))}" id="hit-${i}">
      <h2><a href="${href}" data-doc="${esc(h.doc_id)}" data-unit="${esc(h.id)}" data-hl="${esc(hl)}">${title}</a></h2>
      ${isCase ? caseIdentity(h) : ""}
      <div class="text">${h.highlight ?? esc(h.text)}</div>
      <div class="meta"><span class="badge level" title="效力级别">${esc(levelOf(h))}</span>${window.xjTypical.kindBadge(h)}
        ${isCase ? "" : `<span class="badge s-${esc(h.status)}">${esc(h.status)}</span>`}
        ${h.path && h.path.length ? `<span>${esc(h.path.join(" › "))}</span>` : ""}
        ${h.domains.map((d) => `<span class="badge">${esc(d)}</span>`).join("")}
        ${(h.offenses || []).map((o) => `<a class="chip" href="?offense=${encodeURIComponent(o.name)}" title="罪名页">${esc(o.name)}</a>`).join("")}
        <span>${provenance(h.source)}</span></div></li>`;
  };
  $("results").classList.toggle("grouped", $("f-group").checked);
  $("results").innerHTML = $("f-group").checked
    ? groupedByDocument(hits).map((g) => `<li class="group-head" data-group="${esc(g[0][0].doc_id)}"><h2>${esc(g[0][0].doc_title)}</h2>
        <span class="note">${g.length} 条命中</span></li>${g.map(([h, i]) => hitHtml(h, i)).join("")}`).join("")
    : hits.map(hitHtml).join("");
  filterShown();
  $("pager").innerHTML = pagerHtml(page, pages);
}

// The result list as it is ordered and filtered now, every loaded candidate (up to the API's 100),
// to Word: an officer files the list with the case.
async function exportResults(button) {
  const p = currentParams();
  if (!p.get("q")) return;
  let r;
  try { ({ r } = await fetchHits(p, MAX_K)); } catch (e) { alert("导出失败：" + e.message); return; }
  const sort = p.get("sort") || "relevance", level = p.get("level") || "";
  const hits = sortedHits(r.hits, sort, level);
  const pick = (id) => { const sel = $(id); return sel.value ? sel.options[sel.selectedIndex].dataset.label || sel.options[sel.selectedIndex].textContent : ""; };
  const conditions = [["类型", pick("f-type")], ["领域", pick("f-domain")], ["效力状态", pick("f-status")], ["案例类别", pick("f-kind")],
    ["效力级别", level], ["检索方式", MODE_LABELS[p.get("mode") || "hybrid"]], ["排序", SORT_LABELS[sort]]]
    .filter(([, v]) => v).map(([k, v]) => `${k}：${v}`);
  conditions.push(`导出 ${hits.length} 条（候选共 ${r.total} 条）`);
  const q = clip(p.get("q"));
  await window.xjExport.exportDocx({ title: `检索结果：${q.length > 40 ? q.slice(0, 40) + "…" : q}`, filename: `检索结果-${q.slice(0, 20)}`,
    landscape: true, blocks: window.xjExport.resultBlocks(q, conditions, hits, levelOf) }, button);
}

async function openDoc(docId, unitId, push, hl = "") {
  hl = String(hl || "").slice(0, 200);
  if (push) history.pushState(null, "", `?doc=${encodeURIComponent(docId)}${unitId ? "&unit=" + encodeURIComponent(unitId) : ""}${hl ? "&hl=" + encodeURIComponent(hl) : ""}`);
  showView("doc");
  $("doc").innerHTML = "载入中…";
  try {
    const d = await api("/api/documents/" + encodeURIComponent(docId));
    renderDoc(d, unitId, hl.split(/\s+/).filter((t) => t.length >= 2).slice(0, 20));
  } catch (e) { $("doc").textContent = "无法打开文档：" + e.message; }
}

function renderDoc(d, unitId, terms = []) {
  const fm = d.front_matter;
  if (fm.type === "case" && window.xjTypical.isOfficial(fm)) {
    window.xjTypical.renderOfficialCase(d, unitId, $("doc"), $("toc"));
    document.title = fm.title + " · 衔接";
    if (unitId) { const el = document.getElementById("u-" + unitId); if (el) el.scrollIntoView({ block: "start" }); }
    showSimilar(fm.id, fm.title);
    return;
  }
  let html = `<h1>${esc(fm.title)}</h1>${fm.type === "case" ? caseIdentity(fm) : ""}
    <div class="provenance">${fm.type === "case" ? "" : esc(fm.issuer)}${fm.doc_number ? " · " + esc(fm.doc_number) : ""}
      ${fm.promulgated ? " · 公布 " + esc(fm.promulgated) : ""}${fm.effective ? " · 施行 " + esc(fm.effective) : ""}
      ${fm.type === "case" ? "" : `· <span class="badge s-${esc(fm.status)}">${esc(fm.status)}</span>`}
      ${fm.charges ? " · 罪名：" + fm.charges.map(esc).join("、") : ""}<br>${provenance(fm.source)}</div>`;
  let toc = "";
  let lastPath = [];
  const labels = Object.fromEntries(d.units.filter((u) => u.kind === "article").map((u) => [u.label, u.id]));
  d.units.forEach((u) => {
    u.path.forEach((p, level) => {
      if (lastPath[level] !== p) {
        const anchor = "h-" + u.id + "-" + level;
        html += `<h3 id="${esc(anchor)}">${esc(p)}</h3>`;
        toc += `<a class="lvl${Math.min(level + 1, 3)}" href="#${esc(anchor)}">${esc(p)}</a>`;
      }
    });
    lastPath = u.path;
    const cite = `《${fm.title}》${u.label || ""}（${fm.effective ? "施行日期 " + fm.effective + "，" : ""}${fm.status}）`;
    html += `<div class="unit${u.id === unitId ? " target" : ""}" id="u-${esc(u.id)}">${window.xj.markTerms(linkReferences(esc(u.text), labels), terms)}${
      u.kind === "article" ? ` <button class="cite" data-cite="${esc(cite)}" title="复制引用：标题、条号、施行日期">复制引用</button>` : ""}${
      (u.refers_to || []).filter((r) => r.unit_id && r.unit_id.split(":")[0] !== d.id).length
        ? `<div class="note refs">参见：${u.refers_to.filter((r) => r.unit_id.split(":")[0] !== d.id).map((r) => unitLink(r.unit_id, r.label)).join("、")}</div>` : ""}</div>`;
  });
  $("doc").innerHTML = html;
  $("doc").querySelectorAll("button.cite").forEach((b) => b.addEventListener("click", () => {
    copyText(b.dataset.cite, b);
  }));
  $("toc").innerHTML = toc || "<p>（无章节）</p>";
  document.title = fm.title + " · 衔接";
  if (unitId) { const el = document.getElementById("u-" + unitId); if (el) el.scrollIntoView({ block: "center" }); }
  if (fm.type === "case") showSimilar(fm.id, fm.title);
}

async function showSimilar(caseId, title) {
  const box = document.createElement("section");
  box.className = "similar";
  box.innerHTML = "<h2>相似案例</h2><p class='loading-text'>检索中…</p>";
  $("doc").appendChild(box);
  try {
    const r = await api(`/api/cases/${encodeURIComponent(caseId)}/similar?k=8`);
    const seen = new Map();
    const own = window.xj.judgmentKey({ title });
    if (own) seen.set(own, "本案");
    box.innerHTML = "<h2>相似案例</h2>" + (r.cases.length ? "<ol>" + r.cases.map((c) => `<li>${window.xjTypical.kindBadge(c)} <a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a>
      <span class="note">（${c.charges.map(esc).join("、")}）</span>
      <a class="compare-link" href="?compare=${encodeURIComponent(caseId)}&with=${encodeURIComponent(c.id)}">并排对比</a>
      ${window.xj.whyList(c, seen)}</li>`).join("") + "</ol>" : "<p class='empty'>未找到相似案例</p>");
  } catch (e) { box.innerHTML = `<h2>相似案例</h2><p class="error">${esc(e.message)}</p>`; }
}

// Two cases side by side; what they share (terms, amounts) is marked in both texts.
async function openCompare(a, b) {
  showView("compare");
  $("compare").innerHTML = "载入中…";
  let r;
  try { r = await api(`/api/cases/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`); }
  catch (e) { $("compare").textContent = "无法对比：" + e.message; return; }
  const sh = r.shared;
  const marks = [...sh.elements, ...sh.amounts.flatMap((x) => [x.a, x.b])].filter(Boolean).sort((x, y) => y.length - x.length);
  const markText = (text) => window.xj.markTerms(esc(text), marks, "shared");
  const side = (c) => `<div class="compare-side"><h2><a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a></h2>
    <p class="note">罪名：${c.charges.map((x) => sh.charges.includes(x) ? `<mark class="shared">${esc(x)}</mark>` : esc(x)).join("、") || "—"}
    ｜引用条文：${c.articles.map((x) => sh.articles.includes(x) ? `<mark class="shared">${esc(x)}</mark>` : esc(x)).join("、") || "—"}</p>
    <p class="provenance">${provenance(c.source)}</p>
    ${c.sections.map((s) => `<h3>${esc(s.label || "")}</h3><p>${markText(s.text)}</p>`).join("")}</div>`;
  $("compare").innerHTML = `<h1>两案对比</h1>
    <div class="compare-shared"><b>共同点</b>：罪名 ${sh.charges.map(esc).join("、") || "无"}；引用条文 ${sh.articles.map(esc).join("、") || "无"}；
    领域 ${sh.domains.map(esc).join("、") || "无"}；要素 ${sh.elements.map((x) => `<mark class="shared">${esc(x)}</mark>`).join(" ") || "无"}；
    相近数额 ${sh.amounts.map((x) => esc(x.a) + " ≈ " + esc(x.b)).join("；") || "无"}</div>
    <div class="compare-grid">${side(r.a)}${side(r.b)}</div>`;
  document.title = "两案对比 · 衔接";
}

// "本法第六十三条" / "第二百零一条之一" inside a document → a link to that article in the same document
function linkReferences(escaped, labels) {
  return escaped.replace(/(本法|本条例|本办法|本规定)(第[零一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十])?)/g, (m, law, label) =>
    labels[label] ? `${law}<a class="xref" href="#u-${esc(labels[label])}">${label}</a>` : m);
}

function showView(which) {
  for (const v of ["search", "doc", "offense", "offenses", "consult", "cases", "training", "compare", "linkage"]) $(v + "-view").hidden = which !== v;
}

function unitLink(unitId, label) {
  if (!unitId) return esc(label);
  const doc = unitId.split(":")[0];
  return `<a href="?doc=${encodeURIComponent(doc)}&unit=${encodeURIComponent(unitId)}">${esc(label)}</a>`;
}

async function openOffense(name) {
  showView("offense");
  const el = $("offense-view");
  el.innerHTML = "载入中…";
  let v;
  try { v = await api("/api/offenses/" + encodeURIComponent(name)); } catch (e) { el.textContent = "无法打开罪名：" + e.message; return; }
  document.title = v.name + " · 衔接";
  // reviewed links (corpus/data/linkage.yaml) first; derived candidates (graph/linkage_derive.py) folded below, each with its score and evidence
  const linkBadge = (l) => !l ? "" : l.status === "derived"
    ? `<span class="badge s-待核 link-derived" title="${esc(l.label)}">自动推导 ${Number(l.score).toFixed(2)}</span>` : `<span class="badge link-reviewed">已审核</span>`;
  const violationItem = (x) => `<li>${linkBadge(x.link)} <strong>${esc(x.name)}</strong>
      ${x.penalty_articles.map((p) => unitLink(p.unit_id, p.label)).join("、")}${x.agencies.length ? " · 主管机关：" + x.agencies.map(esc).join("、") : ""}
      ${x.link && x.link.status === "derived" ? `<div class="note">${esc(x.link.label)}${x.link.evidence.clause ? "：“" + esc(x.link.evidence.clause) + "”" : ""}</div>` : ""}
      ${x.basis && x.basis.length ? `<div class="note">依据：${x.basis.map((b) => unitLink(b.unit_id, b.label)).join("、")}${x.note ? "；" + esc(x.note) : ""}</div>` : ""}</li>`;
  const violations = (list, empty) => {
    const reviewed = list.filter((x) => !x.link || x.link.status !== "derived");
    const derived = list.filter((x) => x.link && x.link.status === "derived").sort((a, b) => b.link.score - a.link.score);
    if (!list.length) return `<p class="note">${empty}</p>`;
    return (reviewed.length ? `<ul>${reviewed.map(violationItem).join("")}</ul>` : `<p class="note">${empty}（仅有自动推导的候选）</p>`)
      + (derived.length ? `<details class="derived-links"${reviewed.length ? "" : " open"}><summary>自动推导的候选 ${derived.length} 条（由行政法规条文与罪名用语推导，未经审核）</summary><ul>${derived.map(violationItem).join("")}</ul></details>` : "");
  };
  el.innerHTML = `<p class="page-actions"><button type="button" id="oexport">导出 Word</button> ${window.xjPrint.BUTTON}</p><p class="note">罪名${v.aliases.length ? " · 曾用名：" + v.aliases.map(esc).join("、") : ""}${v.domains.length ? " · 领域：" + v.domains.map(esc).join("、") : ""}</p>
    <h1>${esc(v.name)}</h1>
    <section><h2>刑法条文</h2>${v.articles.map((a) => `<div><h3>${unitLink(a.unit_id, a.label)}${a.clauses.length ? "（第" + a.clauses.join("、") + "款）" : ""}</h3>
      <div class="article-text">${esc(a.text || "")}</div><div class="note">罪名依据：${esc(a.provenance.source_title)}</div></div>`).join("") || "<p class='note'>无</p>"}</section>
    <section><h2>立案追诉标准 / 数额标准</h2>${v.amendment_note ? `<p class="note">${esc(v.amendment_note)}</p>` : ""}${v.standards.length ? v.standards.map((s) => `<div><h3>“${esc(s.term)}” — ${unitLink(s.source.unit_id, s.source.doc_title + s.source.label.replace(s.source.doc_title, ""))}</h3>
      ${s.applied_by ? `<p class="note">依照${unitLink(s.applied_by.unit_id, s.applied_by.label)}适用：${esc(s.applied_by.quote)}。</p>` : ""}
      ${s.scope ? `<p class="note">本条限于“${esc(s.scope.quote)}”（${esc(s.scope.kind)}），不适用于其他对象。</p>` : ""}
      <ul>${s.alternatives.map((a) => `<li>${esc(a.text)}${a.conditions.length ? ` <span class="note">（${a.conditions.map((c) => esc(c.metric + " " + (c.op === ">=" ? "≥" : c.op) + " " + c.value + c.unit + (c.upper ? "（至 " + c.upper + c.unit + "，由各地确定）" : ""))).join("；")}）</span>` : ""}</li>`).join("")}</ul></div>`).join("") : `<p class="note">${esc(v.standards_note)}</p>`}</section>
    <section><h2>正向衔接：达到追诉标准应移送的行政违法行为</h2>${violations(v.forward_violations, "语料中暂无与该罪名对应的行政处罚规定。")}</section>
    <section><h2>反向衔接：不起诉或免予刑事处罚后可适用的行政处罚</h2>${violations(v.reverse_violations, "语料中暂无可适用的行政处罚规定。")}</section>
    <section class="typical-cases"><h2>相关典型案例</h2>${window.xjTypical.typicalList(v.typical_cases) || "<p class='note'>暂无收录的典型案例、指导性案例。</p>"}</section>
    <section><h2>案例（共 ${v.cases.count} 件）</h2>${v.cases.top.length ? "<ul>" + v.cases.top.map((c) => `<li>${window.xjTypical.kindBadge(c)} <a href="?doc=${encodeURIComponent(c.doc_id)}">${esc(c.title)}</a></li>`).join("") + "</ul>" : "<p class='note'>暂无案例</p>"}</section>
    <section><h2>关系图</h2><div id="graph"></div></section>`;
  $("oexport").addEventListener("click", () => window.xjExport.exportDocx(
    { title: v.name, filename: v.name + "-罪名要览", blocks: window.xjExport.offenseBlocks(v) }, $("oexport")));
  const gv = new GraphView($("graph"), (n) => {
    if (n.kind === "Offense") location.search = "?offense=" + encodeURIComponent(n.label);
    else if (n.kind === "Article" && n.props) location.search = `?doc=${encodeURIComponent(n.props.doc_id)}&unit=${encodeURIComponent(n.props.unit_id)}`;
    else if ((n.kind === "Case" || n.kind === "Document") && n.props) location.search = "?doc=" + encodeURIComponent(n.props.doc_id);
  }, { caseCounts: { [v.id]: v.cases.count },
    docTitles: Object.fromEntries([...v.standards.filter((x) => x.source.unit_id).map((x) => [x.source.unit_id.split(":")[0], x.source.doc_title]),
      ...v.cases.top.map((c) => [c.doc_id, c.title])]) });
  gv.load(v.id);
}

let lastConsultText = "";

async function runConsult(text, dir) {
  showView("consult");
  $("ct").value = text; $("cdir").value = dir || "auto";
  $("ct").dispatchEvent(new Event("input"));
  $("ccopy").disabled = true; $("cexport").disabled = true; $("cprint").disabled = true;
  if (!text) { $("consult-result").innerHTML = "<p class='empty'>描述案情或问题后点击“咨询”。例如：无证开采河道砂石，矿产品价值三十五万元，要不要移送公安？</p>"; return; }
  $("consult-result").innerHTML = "<p class='loading-text'>分析中…</p>";
  let r;
  try { r = await api("/api/consult", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: clip(text), direction: dir || "auto" }) }); }
  catch (e) { $("consult-result").innerHTML = `<p class="error">咨询失败：${esc(e.message)}</p>`; return; }
  lastConsultText = window.renderConsult(r, clip(text), $("consult-result"));
  $("ccopy").disabled = false; $("cexport").disabled = false; $("cprint").disabled = false;
}

async function listOffenses(q) {
  showView("offenses");
  $("oq").value = q || "";
  if (!q) { $("offense-list").innerHTML = "<p class='note'>输入罪名关键词查找，例如“危险作业”“虚开”“非法行医”。</p>"; return; }
  $("offense-list").innerHTML = "<p class='loading-text'>查找中…</p>";
  try {
    const r = await api("/api/offenses?limit=100&q=" + encodeURIComponent(q));
    $("offense-list").innerHTML = r.offenses.map((o) => `<a href="?offense=${encodeURIComponent(o.name)}">${esc(o.name)}</a>`).join("") ||
      `<p class="empty">未找到与“${esc(q)}”相关的罪名，可换用罪名中的关键词（如“采矿”“发票”）。</p>`;
  } catch (e) { $("offense-list").innerHTML = `<p class="error">查找失败：${esc(e.message)}</p>`; }
}

// A pasted fact description is too long for a URL (the server refuses request lines past ~16 KB
// on reload): the URL says "pasted" and the text rides in the history entry, which survives reload.
const URL_TEXT_MAX = 500;
const fromState = (key) => (history.state && typeof history.state[key] === "string" ? history.state[key] : "");

// Puts a search's query and filters into the form (from the URL or a history entry).
function applyParams(p) {
  $("q").value = p.get("q") || "";
  $("q").dispatchEvent(new Event("input"));
  $("f-type").value = p.get("type") || ""; $("f-domain").value = p.get("domain") || "";
  $("f-status").value = p.get("status") || ""; $("f-kind").value = p.get("case_kind") || ""; $("f-mode").value = p.get("mode") || "hybrid";
  $("f-sort").value = ["date", "level"].includes(p.get("sort")) ? p.get("sort") : "relevance";
  $("f-level").value = LEVEL_ORDER.includes(p.get("level")) ? p.get("level") : "";
}

function syncFromUrl(search) {
  const p = new URLSearchParams(location.search);
  if (p.get("doc")) { openDoc(p.get("doc"), p.get("unit"), false, p.get("hl")); return; }
  if (p.get("compare")) { openCompare(p.get("compare"), p.get("with") || ""); return; }
  if (p.get("offense")) { openOffense(p.get("offense")); return; }
  if (p.has("consult")) { runConsult(p.get("consult") || fromState("consult"), p.get("direction")); return; }
  if (p.has("cases")) { showView("cases"); document.title = "类案检索 · 衔接"; window.openCases(); return; }
  if (p.has("training")) { showView("training"); window.openTraining(p); return; }
  if (p.has("offenses")) { listOffenses(p.get("offenses")); return; }
  if (p.has("linkage")) { showView("linkage"); window.openLinkage(p.get("linkage")); return; }
  if (!p.get("q") && p.has("pasted") && fromState("q")) p.set("q", fromState("q"));
  applyParams(p);
  showView("search");
  if (search !== false && p.get("q")) runSearch(false, Math.max(1, parseInt(p.get("page") || "1", 10) || 1));
  if (!p.get("q")) {
    $("welcome").hidden = false;
    for (const id of ["results", "predicted-panel", "pager"]) $(id).innerHTML = "";
    $("summary").textContent = "";
  }
}

let suggestTimer = null;
$("q").addEventListener("input", () => {
  clearTimeout(suggestTimer);
  const q = $("q").value.trim();
  if (!q || q.length > 20) return;
  suggestTimer = setTimeout(async () => {
    try {
      const r = await api("/api/suggest?q=" + encodeURIComponent(q));
      $("suggestions").innerHTML = r.suggestions.map((s) => `<option value="${esc(s.text)}">${s.kind === "offense" ? "罪名" : "文件"}</option>`).join("");
    } catch (e) { /* suggestions are optional */ }
  }, 120);
});
watchLength($("q"), $("q-warn"));
const SORT_LABELS = { date: "日期", relevance: "相关度", level: "效力级别" }, MODE_LABELS = { keyword: "关键词", vector: "语义", hybrid: "混合" };
window.xjHistory.attach($("q"), $("q-history"), (p) => { applyParams(p); $("q").blur(); runSearch(true); },
  (key, v) => (key === "type" ? TYPE_LABELS : key === "sort" ? SORT_LABELS : key === "mode" ? MODE_LABELS : {})[v] || v);
watchLength($("ct"), $("ct-warn"), "分析");
$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  $("q").blur();                // j / k move through the results right after a search, not into the box
  $("results").focus({ preventScroll: true });
  runSearch(true);
});
for (const id of ["f-type", "f-domain", "f-status", "f-kind", "f-mode", "f-sort", "f-level"]) $(id).addEventListener("change", () => runSearch(true));
$("rfilter").addEventListener("input", filterShown);
$("rexport").addEventListener("click", (e) => exportResults(e.currentTarget));
$("f-group").addEventListener("change", () => {
  try { localStorage.setItem("xj.groupByDoc", $("f-group").checked ? "1" : ""); } catch (e) { /* no storage */ }
  if (lastRender) renderResults(lastRender.r, lastRender.ms, lastRender.page, lastRender.sort, lastRender.level);
});
try { $("f-group").checked = localStorage.getItem("xj.groupByDoc") === "1"; } catch (e) { /* no storage */ }
$("results").addEventListener("click", (e) => {
  const a = e.target.closest("a[data-doc]");
  if (a) { e.preventDefault(); openDoc(a.dataset.doc, a.dataset.unit, true, a.dataset.hl); }
});
$("pager").addEventListener("click", (e) => {
  const a = e.target.closest("a[data-page]");
  if (!a) return;
  e.preventDefault();
  runSearch(true, +a.dataset.page);
  $("summary").scrollIntoView({ block: "nearest" });
});
$("consult-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("ct").value.trim(), dir = $("cdir").value;
  const long = text.length > URL_TEXT_MAX;
  history.pushState({ consult: clip(text) }, "", `?consult=${long ? "&pasted=1" : encodeURIComponent(text)}&direction=${dir}`);
  window.xj.whileBusy($("consult-form"), () => runConsult(text, dir));
});
$("ccopy").addEventListener("click", () => copyText(lastConsultText, $("ccopy")));
$("cexport").addEventListener("click", () => {
  const lines = lastConsultText.split("\n");
  const asked = lines[0].replace(/^【咨询】/, "");
  window.xjExport.exportDocx({ title: "双向咨询意见", filename: "咨询意见-" + asked.slice(0, 20), blocks: window.xjExport.blocksFromLines(lines) }, $("cexport"));
});
$("offense-form").addEventListener("submit", (e) => { e.preventDefault(); history.pushState(null, "", "?offenses=" + encodeURIComponent($("oq").value.trim())); listOffenses($("oq").value.trim()); });
$("back").addEventListener("click", (e) => { e.preventDefault(); history.back(); });
document.querySelectorAll(".back-link").forEach((a) => a.addEventListener("click", (e) => { e.preventDefault(); history.back(); }));
window.addEventListener("popstate", () => syncFromUrl());
// Shortcuts: "/" to the search box, j / k (or arrows) through the results, Enter to open.
// None of them fires while the officer types in a field (a date like 2023/5/1 stays in the text).
document.addEventListener("keydown", (e) => {
  if (isTyping(e.target)) { if (e.key === "Escape" && e.target.blur) e.target.blur(); return; }
  if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  if (e.key === "/") { e.preventDefault(); $("q").focus(); return; }
  const hits = document.querySelectorAll("#results .hit:not([hidden])");
  if (!hits.length || $("search-view").hidden) return;
  if (e.key === "j" || e.key === "ArrowDown") activeHit = Math.min(hits.length - 1, activeHit + 1);
  else if (e.key === "k" || e.key === "ArrowUp") activeHit = Math.max(0, activeHit - 1);
  else if (e.key === "Enter" && activeHit >= 0) { hits[activeHit].querySelector("a").click(); return; }
  else return;
  e.preventDefault();
  hits.forEach((h, i) => h.classList.toggle("active", i === activeHit));
  hits[activeHit].scrollIntoView({ block: "nearest" });
});
loadFacets().then(() => syncFromUrl());
