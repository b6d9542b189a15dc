// Xianjie web app: search and document reader. Plain JS, no build step.
"use strict";
const TYPE_LABELS = { statute: "法律法规", interpretation: "司法解释", standard: "立案追诉标准", guidance: "指导文件", case: "案例" };
const $ = (id) => document.getElementById(id);
let activeHit = -1;

function esc(s) { return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }

function provenance(src) {
  if (!src) return "";
  return `来源：${esc(src.dataset)} · ${esc(src.path)}${src.row ? " · " + esc(src.row) : ""} · 版本日期 ${esc(src.version_date)}`;
}

async function api(path, opts) {
  const res = await fetch(path, opts);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ? body.error.message : `HTTP ${res.status}`);
  return body;
}

async function loadFacets() {
  try {
    const f = await api("/api/facets");
    const fill = (sel, values, label) => values.forEach((v) => sel.insertAdjacentHTML("beforeend", `<option value="${esc(v)}">${esc(label ? label(v) : v)}</option>`));
    fill($("f-type"), f.type, (v) => TYPE_LABELS[v] || v);
    fill($("f-domain"), f.domain);
    fill($("f-status"), f.status);
    syncFromUrl(false);
  } catch (e) { $("summary").textContent = "索引不可用：" + e.message; }
}

function currentParams() {
  const p = new URLSearchParams();
  const q = $("q").value.trim();
  if (q) p.set("q", q);
  for (const [id, key] of [["f-type", "type"], ["f-domain", "domain"], ["f-status", "status"]]) if ($(id).value) p.set(key, $(id).value);
  if ($("f-mode").value !== "hybrid") p.set("mode", $("f-mode").value);
  return p;
}

async function runSearch(push) {
  const p = currentParams();
  if (!p.get("q")) return;
  if (push) history.pushState(null, "", "?" + p.toString());
  showView("search");
  $("welcome").hidden = true;
  p.set("k", "20");
  const t0 = performance.now();
  try {
    const r = await api("/api/search?" + p.toString());
    renderResults(r, performance.now() - t0);
  } catch (e) {
    $("results").innerHTML = "";
    $("summary").textContent = "检索失败：" + e.message;
  }
}

function renderResults(r, ms) {
  $("summary").textContent = `共 ${r.total} 条候选，显示前 ${r.hits.length} 条 · 服务端 ${r.took_ms} 毫秒 · 页面 ${Math.round(ms)} 毫秒`;
  activeHit = -1;
  $("results").innerHTML = r.hits.map((h, i) => {
    const title = `${esc(h.doc_title)}${h.label ? " " + esc(h.label) : ""}`;
    const href = `?doc=${encodeURIComponent(h.doc_id)}&unit=${encodeURIComponent(h.id)}`;
    return `<li class="hit" data-href="${href}" id="hit-${i}">
      <h2><a href="${href}" data-doc="${esc(h.doc_id)}" data-unit="${esc(h.id)}">${title}</a></h2>
      <div class="text">${h.highlight}</div>
      <div class="meta"><span class="badge">${esc(TYPE_LABELS[h.type] || h.type)}</span>
        <span class="badge s-${esc(h.status)}">${esc(h.status)}</span>
        ${h.path && h.path.length ? `<span>${esc(h.path.join(" › "))}</span>` : ""}
        ${h.domains.map((d) => `<span class="badge">${esc(d)}</span>`).join("")}
        <span>${provenance(h.source)}</span></div></li>`;
  }).join("");
}

async function openDoc(docId, unitId, push) {
  if (push) history.pushState(null, "", `?doc=${encodeURIComponent(docId)}${unitId ? "&unit=" + encodeURIComponent(unitId) : ""}`);
  showView("doc");
  $("doc").innerHTML = "载入中…";
  try {
    const d = await api("/api/documents/" + encodeURIComponent(docId));
    renderDoc(d, unitId);
  } catch (e) { $("doc").textContent = "无法打开文档：" + e.message; }
}

function renderDoc(d, unitId) {
  const fm = d.front_matter;
  let html = `<h1>${esc(fm.title)}</h1>
    <div class="provenance">${esc(fm.issuer)}${fm.doc_number ? " · " + esc(fm.doc_number) : ""}
      ${fm.promulgated ? " · 公布 " + esc(fm.promulgated) : ""}${fm.effective ? " · 施行 " + esc(fm.effective) : ""}
      · <span class="badge s-${esc(fm.status)}">${esc(fm.status)}</span>
      ${fm.charges ? " · 罪名：" + fm.charges.map(esc).join("、") : ""}<br>${provenance(fm.source)}</div>`;
  let toc = "";
  let lastPath = [];
  d.units.forEach((u) => {
    u.path.forEach((p, level) => {
      if (lastPath[level] !== p) {
        const anchor = "h-" + u.id + "-" + level;
        html += `<h3 id="${esc(anchor)}">${esc(p)}</h3>`;
        toc += `<a class="lvl${Math.min(level + 1, 3)}" href="#${esc(anchor)}">${esc(p)}</a>`;
      }
    });
    lastPath = u.path;
    html += `<div class="unit${u.id === unitId ? " target" : ""}" id="u-${esc(u.id)}">${esc(u.text)}</div>`;
  });
  $("doc").innerHTML = html;
  $("toc").innerHTML = toc || "<p>（无章节）</p>";
  document.title = fm.title + " · 衔接";
  if (unitId) { const el = document.getElementById("u-" + unitId); if (el) el.scrollIntoView({ block: "center" }); }
}

function showView(which) {
  $("search-view").hidden = which !== "search";
  $("doc-view").hidden = which !== "doc";
}

function syncFromUrl(search) {
  const p = new URLSearchParams(location.search);
  if (p.get("doc")) { openDoc(p.get("doc"), p.get("unit"), false); return; }
  $("q").value = p.get("q") || "";
  $("f-type").value = p.get("type") || ""; $("f-domain").value = p.get("domain") || "";
  $("f-status").value = p.get("status") || ""; $("f-mode").value = p.get("mode") || "hybrid";
  showView("search");
  if (search !== false && p.get("q")) runSearch(false);
  if (!p.get("q")) { $("welcome").hidden = false; $("results").innerHTML = ""; $("summary").textContent = ""; }
}

$("search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch(true); });
for (const id of ["f-type", "f-domain", "f-status", "f-mode"]) $(id).addEventListener("change", () => runSearch(true));
$("results").addEventListener("click", (e) => {
  const a = e.target.closest("a[data-doc]");
  if (a) { e.preventDefault(); openDoc(a.dataset.doc, a.dataset.unit, true); }
});
$("back").addEventListener("click", (e) => { e.preventDefault(); history.back(); });
window.addEventListener("popstate", () => syncFromUrl());
document.addEventListener("keydown", (e) => {
  if (e.target.tagName === "INPUT" || e.target.tagName === "SELECT") { if (e.key === "Escape") e.target.blur(); return; }
  const hits = document.querySelectorAll(".hit");
  if (e.key === "/") { e.preventDefault(); $("q").focus(); return; }
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
