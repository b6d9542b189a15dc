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

function showFacetCounts(facets) {
  for (const [id, key] of [["f-type", "type"], ["f-domain", "domain"], ["f-status", "status"]]) {
    for (const opt of $(id).options) {
      if (!opt.value) continue;
      const base = opt.dataset.label || (opt.dataset.label = opt.textContent);
      const n = facets && facets[key] ? facets[key][opt.value] || 0 : null;
      opt.textContent = n === null ? base : `${base}（${n}）`;
    }
  }
}

function renderResults(r, ms) {
  showFacetCounts(r.facets);
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
        ${(h.offenses || []).map((o) => `<a class="chip" href="?offense=${encodeURIComponent(o.name)}" title="罪名页">${esc(o.name)}</a>`).join("")}
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
    html += `<div class="unit${u.id === unitId ? " target" : ""}" id="u-${esc(u.id)}">${linkReferences(esc(u.text), labels)}${
      u.kind === "article" ? ` <button class="cite" data-cite="${esc(cite)}" title="复制引用：标题、条号、施行日期">复制引用</button>` : ""}${
      (u.refers_to || []).filter((r) => r.unit_id && r.unit_id.split(":")[0] !== d.id).length
        ? `<div class="note refs">参见：${u.refers_to.filter((r) => r.unit_id.split(":")[0] !== d.id).map((r) => unitLink(r.unit_id, r.label)).join("、")}</div>` : ""}</div>`;
  });
  $("doc").innerHTML = html;
  $("doc").querySelectorAll("button.cite").forEach((b) => b.addEventListener("click", () => {
    navigator.clipboard.writeText(b.dataset.cite).then(() => { b.textContent = "已复制"; setTimeout(() => { b.textContent = "复制引用"; }, 1500); });
  }));
  $("toc").innerHTML = toc || "<p>（无章节）</p>";
  document.title = fm.title + " · 衔接";
  if (unitId) { const el = document.getElementById("u-" + unitId); if (el) el.scrollIntoView({ block: "center" }); }
  if (fm.type === "case") showSimilar(fm.id);
}

const WHY_LABELS = { text: "文本", same_offense: "同罪名", shared_element: "共同要素", amount: "数额", domain: "领域" };

async function showSimilar(caseId) {
  const box = document.createElement("section");
  box.className = "similar";
  box.innerHTML = "<h2>相似案例</h2><p class='note'>检索中…</p>";
  $("doc").appendChild(box);
  try {
    const r = await api(`/api/cases/${encodeURIComponent(caseId)}/similar?k=8`);
    box.innerHTML = "<h2>相似案例</h2>" + (r.cases.length ? "<ol>" + r.cases.map((c) => `<li><a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a>
      <span class="note">（${c.charges.map(esc).join("、")}；得分 ${c.score}）</span>
      <a class="compare-link" href="?compare=${encodeURIComponent(caseId)}&with=${encodeURIComponent(c.id)}">并排对比</a>
      <ul class="why">${c.why.map((w) => `<li><span class="badge">${esc(WHY_LABELS[w.kind] || w.kind)}</span> ${esc(w.detail)}</li>`).join("")}</ul></li>`).join("") + "</ol>" : "<p class='note'>无</p>");
  } catch (e) { box.innerHTML = "<h2>相似案例</h2><p class='note'>" + esc(e.message) + "</p>"; }
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
  const markText = (text) => {
    let html = esc(text);
    if (!marks.length) return html;
    const re = new RegExp(marks.map((m) => esc(m).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    return html.replace(re, (m) => `<mark class="shared">${m}</mark>`);
  };
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
  for (const v of ["search", "doc", "offense", "offenses", "consult", "training", "compare"]) $(v + "-view").hidden = which !== v;
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
  const violations = (list, empty) => list.length ? `<ul>${list.map((x) => `<li><strong>${esc(x.name)}</strong>
      ${x.penalty_articles.map((p) => unitLink(p.unit_id, p.label)).join("、")}${x.agencies.length ? " · 主管机关：" + x.agencies.map(esc).join("、") : ""}
      ${x.basis && x.basis.length ? `<div class="note">依据：${x.basis.map((b) => unitLink(b.unit_id, b.label)).join("、")}${x.note ? "；" + esc(x.note) : ""}</div>` : ""}</li>`).join("")}</ul>` : `<p class="note">${empty}</p>`;
  el.innerHTML = `<p class="note">罪名${v.aliases.length ? " · 曾用名：" + v.aliases.map(esc).join("、") : ""}${v.domains.length ? " · 领域：" + v.domains.map(esc).join("、") : ""}</p>
    <h1>${esc(v.name)}</h1>
    <section><h2>刑法条文</h2>${v.articles.map((a) => `<div><h3>${unitLink(a.unit_id, a.label)}${a.clauses.length ? "（第" + a.clauses.join("、") + "款）" : ""}</h3>
      <div class="article-text">${esc(a.text || "")}</div><div class="note">罪名依据：${esc(a.provenance.source_title)}</div></div>`).join("") || "<p class='note'>无</p>"}</section>
    <section><h2>立案追诉标准 / 数额标准</h2>${v.standards.length ? v.standards.map((s) => `<div><h3>“${esc(s.term)}” — ${unitLink(s.source.unit_id, s.source.doc_title + s.source.label.replace(s.source.doc_title, ""))}</h3>
      <ul>${s.alternatives.map((a) => `<li>${esc(a.text)}${a.conditions.length ? ` <span class="note">（${a.conditions.map((c) => esc(c.metric + " " + (c.op === ">=" ? "≥" : c.op) + " " + c.value + c.unit + (c.upper ? "（至 " + c.upper + c.unit + "，由各地确定）" : ""))).join("；")}）</span>` : ""}</li>`).join("")}</ul></div>`).join("") : `<p class="note">${esc(v.standards_note)}</p>`}</section>
    <section><h2>正向衔接：达到追诉标准应移送的行政违法行为</h2>${violations(v.forward_violations, "语料中暂无与该罪名对应的行政处罚规定。")}</section>
    <section><h2>反向衔接：不起诉或免予刑事处罚后可适用的行政处罚</h2>${violations(v.reverse_violations, "语料中暂无可适用的行政处罚规定。")}</section>
    <section><h2>案例（共 ${v.cases.count} 件）</h2>${v.cases.top.length ? "<ul>" + v.cases.top.map((c) => `<li><a href="?doc=${encodeURIComponent(c.doc_id)}">${esc(c.title)}</a></li>`).join("") + "</ul>" : "<p class='note'>暂无案例</p>"}</section>
    <section><h2>关系图</h2><div id="graph"></div></section>`;
  const gv = new GraphView($("graph"), (n) => {
    if (n.kind === "Offense") location.search = "?offense=" + encodeURIComponent(n.label);
    else if (n.kind === "Article" && n.props) location.search = `?doc=${encodeURIComponent(n.props.doc_id)}&unit=${encodeURIComponent(n.props.unit_id)}`;
    else if ((n.kind === "Case" || n.kind === "Document") && n.props) location.search = "?doc=" + encodeURIComponent(n.props.doc_id);
  });
  gv.load(v.id);
}

const STATUS_LABELS = { met: "已达到", not_met: "未达到", unknown: "无法判断", not_applicable: "不适用" };
const TRANSFER_LABELS = { indicated: "应当移送（已达到下列标准之一）", not_indicated: "依所给事实未达到标准", undetermined: "依所给事实无法判断，需补充事实" };
let lastConsultText = "";

async function runConsult(text, dir) {
  showView("consult");
  $("ct").value = text; $("cdir").value = dir || "auto";
  if (!text) { $("consult-result").innerHTML = ""; return; }
  $("consult-result").innerHTML = "分析中…";
  let r;
  try { r = await api("/api/consult", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, direction: dir || "auto" }) }); }
  catch (e) { $("consult-result").textContent = "咨询失败：" + e.message; return; }
  const cit = Object.fromEntries(r.citations.map((c) => [c.unit_id, c]));
  const link = (u) => { const c = cit[u]; return c ? unitLink(u, c.doc_title + (c.label || "")) : esc(u); };
  const plain = (u) => { const c = cit[u]; return c ? c.doc_title + (c.label || "") : u; };
  const lines = [`【咨询】${text}`, `【方向】${r.direction === "forward" ? "正向衔接（行政执法→刑事司法）" : "反向衔接（刑事司法→行政处罚）"}`];
  let html = `<p class="note">方向：${r.direction === "forward" ? "正向衔接（行政执法→刑事司法）" : "反向衔接（刑事司法→行政处罚）"} · 提取事实：${
    r.extracted_facts.map((f) => f.kind === "subject" ? "主体 " + esc(f.value) : esc(f.text)).join("，") || "无"} · ${r.took_ms} 毫秒</p>`;
  r.offenses.forEach((o, i) => {
    lines.push(`${i + 1}. ${o.name}（${o.article_nos.join("、")}）`);
    html += `<section class="brief"><h2>${i + 1}. <a href="?offense=${encodeURIComponent(o.name)}">${esc(o.name)}</a>
      <span class="note">（${o.articles.map(link).join("、")}；相关度 ${o.score}）</span></h2>
      <p class="note">依据：${o.why.map(esc).join("；")}</p>`;
    if (r.direction === "forward") {
      html += `<p>移送判断：<strong>${esc(TRANSFER_LABELS[o.transfer] || "")}</strong></p>`;
      lines.push(`   移送判断：${TRANSFER_LABELS[o.transfer] || ""}`);
    }
    if (o.standards.length) {
      html += "<ul>" + o.standards.map((s) => `<li><span class="status-${s.status}">${STATUS_LABELS[s.status]}</span> “${esc(s.clause)}” — ${link(s.source.unit_id)}
        <ul>${s.alternatives.filter((a) => a.conditions.length || a.status !== "unknown").map((a) => `<li><span class="status-${a.status}">${STATUS_LABELS[a.status]}</span> ${esc(a.text)}</li>`).join("")}</ul></li>`).join("") + "</ul>";
      o.standards.forEach((s) => lines.push(`   标准“${s.clause}”：${STATUS_LABELS[s.status]}（${plain(s.source.unit_id)}）`));
    } else { html += `<p class="note">${esc(o.standards_note)}</p>`; lines.push(`   ${o.standards_note}`); }
    if (o.admin_provisions.length) {
      html += `<p>${r.direction === "forward" ? "对应行政处罚规定" : "可适用的行政处罚规定"}：</p><ul>` + o.admin_provisions.map((p) =>
        `<li>${esc(p.violation)}：${p.articles.map(link).join("、")}${p.agencies.length ? "；主管机关：" + p.agencies.map(esc).join("、") : ""}</li>`).join("") + "</ul>";
      o.admin_provisions.forEach((p) => lines.push(`   行政处罚：${p.violation}（${p.articles.map(plain).join("、")}；${p.agencies.join("、")}）`));
    }
    if (o.cases.length) html += `<p class="note">相似案例：${o.cases.map((c) => `<a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a>`).join("；")}</p>`;
    html += "</section>";
  });
  if (r.time_limit) {
    const t = r.time_limit;
    html += `<section><h2>处罚时效</h2><p>行为日期 ${esc(t.act_date)}，至 ${esc(t.reference_date)} 已过 ${t.elapsed_days} 日：<strong>${t.within_limit ? "未超过二年" : "已超过二年"}</strong>（${link(t.citation)}）。${esc(t.note)}</p></section>`;
    lines.push(`【时效】${t.within_limit ? "未超过二年" : "已超过二年"}（${plain(t.citation)}）`);
  }
  if (r.transfer_rules) html += `<p class="note">移送依据：${r.transfer_rules.map(link).join("、")}</p>`;
  lines.push("【引用】" + r.citations.map((c) => `${c.doc_title}${c.label || ""}（${c.status}，${c.source.dataset} ${c.source.version_date}）`).join("；"));
  $("consult-result").innerHTML = html;
  lastConsultText = lines.join("\n");
  $("ccopy").disabled = false;
}

async function listOffenses(q) {
  showView("offenses");
  $("oq").value = q || "";
  if (!q) { $("offense-list").innerHTML = "<p class='note'>输入罪名关键词查找，例如“危险作业”“虚开”“非法行医”。</p>"; return; }
  const r = await api("/api/offenses?limit=100&q=" + encodeURIComponent(q));
  $("offense-list").innerHTML = r.offenses.map((o) => `<a href="?offense=${encodeURIComponent(o.name)}">${esc(o.name)}</a>`).join("") || "未找到";
}

function syncFromUrl(search) {
  const p = new URLSearchParams(location.search);
  if (p.get("doc")) { openDoc(p.get("doc"), p.get("unit"), false); return; }
  if (p.get("compare")) { openCompare(p.get("compare"), p.get("with") || ""); return; }
  if (p.get("offense")) { openOffense(p.get("offense")); return; }
  if (p.has("consult")) { runConsult(p.get("consult"), p.get("direction")); return; }
  if (p.has("training")) { showView("training"); window.openTraining(p); return; }
  if (p.has("offenses")) { listOffenses(p.get("offenses")); return; }
  $("q").value = p.get("q") || "";
  $("f-type").value = p.get("type") || ""; $("f-domain").value = p.get("domain") || "";
  $("f-status").value = p.get("status") || ""; $("f-mode").value = p.get("mode") || "hybrid";
  showView("search");
  if (search !== false && p.get("q")) runSearch(false);
  if (!p.get("q")) { $("welcome").hidden = false; $("results").innerHTML = ""; $("summary").textContent = ""; }
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
$("search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch(true); });
for (const id of ["f-type", "f-domain", "f-status", "f-mode"]) $(id).addEventListener("change", () => runSearch(true));
$("results").addEventListener("click", (e) => {
  const a = e.target.closest("a[data-doc]");
  if (a) { e.preventDefault(); openDoc(a.dataset.doc, a.dataset.unit, true); }
});
$("consult-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("ct").value.trim(), dir = $("cdir").value;
  history.pushState(null, "", `?consult=${encodeURIComponent(text)}&direction=${dir}`);
  runConsult(text, dir);
});
$("ccopy").addEventListener("click", () => { navigator.clipboard.writeText(lastConsultText).then(() => { $("ccopy").textContent = "已复制"; setTimeout(() => { $("ccopy").textContent = "复制为文本"; }, 1500); }); });
$("offense-form").addEventListener("submit", (e) => { e.preventDefault(); history.pushState(null, "", "?offenses=" + encodeURIComponent($("oq").value.trim())); listOffenses($("oq").value.trim()); });
$("back").addEventListener("click", (e) => { e.preventDefault(); history.back(); });
document.querySelectorAll(".back-link").forEach((a) => a.addEventListener("click", (e) => { e.preventDefault(); history.back(); }));
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
