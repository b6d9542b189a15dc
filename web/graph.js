// Small interactive graph view (SVG, force layout): pan by dragging the background, zoom with the
// wheel, click a node to expand its neighbours, double-click to open its page, filter by kind.
"use strict";
const KIND_COLORS = { Offense: "#8a1c1c", Article: "#2f5d8a", Document: "#6b7280", Case: "#7a5c12", Violation: "#1f7a4d",
  Domain: "#6d3f9e", Agency: "#0e7490", Standard: "#b45309", More: "#a8a29e" };
const KIND_LABELS = { Offense: "罪名", Article: "条文", Document: "文件", Case: "案例", Violation: "行政违法行为", Domain: "领域",
  Agency: "主管机关", Standard: "标准" };

const CASE_CAP = 12;          // case nodes shown around one node; the rest wait behind "+N 件案例"
const CN_DIGITS = "零一二三四五六七八九";

// 3 → 三, 13 → 十三, 125 → 一百二十五: article numbers as the documents write them.
function cnNumber(n) {
  if (!(n > 0 && n < 1000)) return String(n);
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  let s = h ? CN_DIGITS[h] + "百" : "";
  if (t) s += (t === 1 && !h ? "" : CN_DIGITS[t]) + "十";
  else if (h && u) s += "零";
  return s + (u ? CN_DIGITS[u] : "");
}

// "最高人民法院、最高人民检察院关于办理非法采矿、破坏性采矿刑事案件适用法律若干问题的解释" → "办理非法采矿、破坏性采矿刑事案件…解释"
function shortTitle(t) {
  const s = String(t || "").replace(/^((最高人民法院|最高人民检察院|公安部|国务院)[、，]?)+关于/, "").replace(/^中华人民共和国/, "");
  return s.length > 16 ? s.slice(0, 12) + "…" + s.slice(-3) : s;
}

// "jieshi-feifa-caikuang-2016:art3" → "第三条" (with 之一 for art3_1); a case type of a 立案标准 cited by part and
// number, "duzhi-qinquan-lian-biaozhun:c1-12" → "一（十二）"; "" when the id says nothing readable
function articleLabel(unitId) {
  const id = String(unitId || "");
  const c = /:c(\d+)-(\d+)$/.exec(id);
  if (c) return `${cnNumber(+c[1])}（${cnNumber(+c[2])}）`;
  const m = /:art(\d+)(?:[_-](\d+))?/.exec(id);
  return m ? `第${cnNumber(+m[1])}条${m[2] ? "之" + cnNumber(+m[2]) : ""}` : "";
}

const INTERNAL_SUFFIX = /[（(]\s*[A-Za-z0-9][A-Za-z0-9:_.\-]*\s*[)）]$/;

class GraphView {
  // opts.docTitles: doc_id → title known to the page; opts.caseCounts: node id → how many cases it has
  constructor(container, onOpen, opts = {}) {
    this.container = container; this.onOpen = onOpen;
    this.docTitles = new Map(Object.entries(opts.docTitles || {})); this.caseCounts = opts.caseCounts || {};
    this.waiting = new Map();       // node id → case nodes not yet shown around it
    this.nodes = new Map(); this.edges = new Map(); this.hidden = new Set(["Document"]);
    this.view = { x: 0, y: 0, k: 1 };
    container.innerHTML = `<div class="graph-tools" role="group" aria-label="按类型筛选">${Object.keys(KIND_COLORS).filter((k) => k !== "More").map((k) =>
      `<label><input type="checkbox" data-kind="${k}" ${this.hidden.has(k) ? "" : "checked"}> <span style="color:${KIND_COLORS[k]}">●</span> ${KIND_LABELS[k]}</label>`).join("")}
      <span class="hint">拖动平移（可触摸） · 滚轮缩放 · 单击展开 · 双击打开</span></div>
      <svg class="graph-svg" role="img" aria-label="罪名关系图"><g class="viewport"><g class="edges"></g><g class="nodes"></g></g></svg>`;
    this.svg = container.querySelector("svg"); this.vp = container.querySelector(".viewport");
    container.querySelectorAll("input[data-kind]").forEach((cb) => cb.addEventListener("change", () => {
      cb.checked ? this.hidden.delete(cb.dataset.kind) : this.hidden.add(cb.dataset.kind); this.render(); }));
    this._bindPanZoom();
  }
  async load(nodeId) { await this.expand(nodeId, true); }
  async expand(nodeId, center) {
    const r = await fetch(`/api/graph/neighborhood?node=${encodeURIComponent(nodeId)}&depth=1&limit=60`);
    if (!r.ok) return;
    const g = await r.json();
    const origin = this.nodes.get(nodeId);
    g.nodes.forEach((n) => {       // documents and articles name the titles the other labels use
      const title = n.kind === "Document" ? n.label : n.kind === "Article" ? n.label.replace(/第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?$/, "") : "";
      if (title && n.props && n.props.doc_id && !this.docTitles.has(n.props.doc_id)) this.docTitles.set(n.props.doc_id, title);
    });
    const cases = g.nodes.filter((n) => n.kind === "Case" && n.id !== nodeId && !this.nodes.has(n.id));
    const shownCases = [...this.nodes.values()].filter((n) => n.kind === "Case" && g.edges.some((e) => (e.src === nodeId && e.dst === n.id) || (e.dst === nodeId && e.src === n.id))).length;
    const room = Math.max(0, CASE_CAP - shownCases);
    const held = new Set(cases.slice(room).map((n) => n.id));
    if (held.size || this.caseCounts[nodeId] > shownCases + cases.length) {
      this.waiting.set(nodeId, { nodes: cases.slice(room), edges: g.edges.filter((e) => held.has(e.src) || held.has(e.dst)) });
    }
    g.nodes = g.nodes.filter((n) => !held.has(n.id));
    g.edges = g.edges.filter((e) => !held.has(e.src) && !held.has(e.dst));
    this._placeMore(nodeId, shownCases + Math.min(room, cases.length), g);
    g.nodes.forEach((n, i) => {
      if (!this.nodes.has(n.id)) {
        const a = (i / g.nodes.length) * Math.PI * 2;
        const ox = origin ? origin.x : 0, oy = origin ? origin.y : 0;
        this.nodes.set(n.id, { ...n, x: ox + Math.cos(a) * 120 * Math.random() + (center && n.id === nodeId ? 0 : 1),
          y: oy + Math.sin(a) * 120 * Math.random(), vx: 0, vy: 0, pinned: center && n.id === nodeId });
      }
    });
    g.edges.forEach((e) => this.edges.set(`${e.src}|${e.kind}|${e.dst}`, e));
    this.simulate(200); this.render();
  }
  // The "+N 件案例" node: N counts the cases around the node not drawn (the page's own count when
  // it gave one, else those fetched); clicking it draws the next CASE_CAP.
  _placeMore(nodeId, shown, g) {
    const moreId = "more:" + nodeId;
    const wait = this.waiting.get(nodeId);
    const fetched = shown + (wait ? wait.nodes.length : 0);
    const n = Math.max(fetched, this.caseCounts[nodeId] || 0) - shown;
    this.nodes.delete(moreId);
    for (const k of [...this.edges.keys()]) if (k.endsWith("|" + moreId)) this.edges.delete(k);
    if (n <= 0 || !wait) return;
    g.nodes.push({ id: moreId, kind: "More", label: `+${n} 件案例`, owner: nodeId });
    g.edges.push({ src: nodeId, dst: moreId, kind: "MORE", provenance: { method: "界面", source: "未展开的案例" } });
  }
  showMore(nodeId) {
    const wait = this.waiting.get(nodeId);
    if (!wait) return;
    const next = wait.nodes.splice(0, CASE_CAP), ids = new Set(next.map((n) => n.id));
    const origin = this.nodes.get(nodeId) || { x: 0, y: 0 };
    next.forEach((n, i) => this.nodes.set(n.id, { ...n, x: origin.x + Math.cos(i) * 100, y: origin.y + Math.sin(i) * 100, vx: 0, vy: 0 }));
    wait.edges.filter((e) => ids.has(e.src) || ids.has(e.dst)).forEach((e) => this.edges.set(`${e.src}|${e.kind}|${e.dst}`, e));
    if (!wait.nodes.length) this.waiting.delete(nodeId);
    const shown = [...this.nodes.values()].filter((n) => n.kind === "Case").length;
    const g = { nodes: [], edges: [] };
    this._placeMore(nodeId, shown, g);
    g.nodes.forEach((n) => this.nodes.set(n.id, { ...n, x: origin.x + 60, y: origin.y + 60, vx: 0, vy: 0 }));
    g.edges.forEach((e) => this.edges.set(`${e.src}|${e.kind}|${e.dst}`, e));
    this.simulate(120); this.render();
  }
  // What a node is called on screen: never an internal id.
  displayLabel(n) {
    const props = n.props || {};
    const doc = props.doc_id ? shortTitle(this.docTitles.get(props.doc_id) || "") : "";
    if (n.kind === "Standard") {
      const term = props.term || n.label.replace(INTERNAL_SUFFIX, "");
      return doc ? `${term}（${doc}${articleLabel(props.unit_id)}）` : term;
    }
    if (n.kind === "Article") {
      const own = n.label.replace(INTERNAL_SUFFIX, "");
      return /[:]/.test(own) || !own ? (doc + articleLabel(props.unit_id) || "条文") : own;
    }
    if (n.kind === "Case") {
      const title = props.doc_id && this.docTitles.get(props.doc_id);
      if (title && !INTERNAL_SUFFIX.test(title)) return title;
      const charges = (props.charges || []).join("、");
      return (charges ? charges.replace(/罪$/, "") + "案" : n.label.replace(INTERNAL_SUFFIX, "")) || "案例";
    }
    return n.label.replace(INTERNAL_SUFFIX, "") || KIND_LABELS[n.kind] || "节点";
  }
  visible(n) { return !this.hidden.has(n.kind === "More" ? "Case" : n.kind); }
  simulate(steps) {
    const nodes = [...this.nodes.values()];
    for (let s = 0; s < steps; s++) {
      for (const a of nodes) for (const b of nodes) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        const f = 1800 / d2; a.vx += dx * f / Math.sqrt(d2); a.vy += dy * f / Math.sqrt(d2);
      }
      for (const e of this.edges.values()) {
        const a = this.nodes.get(e.src), b = this.nodes.get(e.dst); if (!a || !b) continue;
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = (d - 90) * 0.02;
        a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
      }
      for (const n of nodes) { if (n.pinned) { n.vx = n.vy = 0; continue; } n.x += n.vx * 0.5; n.y += n.vy * 0.5; n.vx *= 0.6; n.vy *= 0.6; }
    }
  }
  render() {
    const rect = this.svg.getBoundingClientRect(), w = rect.width || 800, h = rect.height || 480;
    this.vp.setAttribute("transform", `translate(${w / 2 + this.view.x},${h / 2 + this.view.y}) scale(${this.view.k})`);
    const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
    this.vp.querySelector(".edges").innerHTML = [...this.edges.values()].map((e) => {
      const a = this.nodes.get(e.src), b = this.nodes.get(e.dst);
      if (!a || !b || !this.visible(a) || !this.visible(b)) return "";
      return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"><title>${esc(e.kind)}（${esc(e.provenance.method)}：${esc(e.provenance.source)}）</title></line>`;
    }).join("");
    this.vp.querySelector(".nodes").innerHTML = [...this.nodes.values()].filter((n) => this.visible(n)).map((n) => {
      const full = this.displayLabel(n);
      const label = full.length > 16 ? full.slice(0, 15) + "…" : full;
      return `<g class="node${n.kind === "More" ? " more" : ""}" data-id="${esc(n.id)}" data-kind="${esc(n.kind)}" transform="translate(${n.x},${n.y})" tabindex="0">
        <circle r="${n.kind === "Offense" ? 9 : 6}" fill="${KIND_COLORS[n.kind] || "#444"}"></circle>
        <text x="11" y="4">${esc(label)}</text><title>${esc(KIND_LABELS[n.kind] || "")}${KIND_LABELS[n.kind] ? "：" : ""}${esc(full)}</title></g>`;
    }).join("");
    this.vp.querySelectorAll(".node").forEach((el) => {
      el.addEventListener("click", (ev) => {
        ev.stopPropagation();
        const n = this.nodes.get(el.dataset.id);
        if (n && n.kind === "More") this.showMore(n.owner); else this.expand(el.dataset.id);
      });
      el.addEventListener("dblclick", (ev) => { ev.stopPropagation(); this.onOpen(this.nodes.get(el.dataset.id)); });
      el.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onOpen(this.nodes.get(el.dataset.id)); });
    });
  }
  _bindPanZoom() {
    // pointer events: the same code pans with a mouse, a pen or a finger (touch-action: none in CSS)
    let drag = null;
    this.svg.addEventListener("pointerdown", (e) => {
      if (!e.isPrimary) return;
      drag = { id: e.pointerId, x: e.clientX - this.view.x, y: e.clientY - this.view.y, x0: e.clientX, y0: e.clientY, moved: false };
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (!drag || e.pointerId !== drag.id) return;
      if (!drag.moved && Math.hypot(e.clientX - drag.x0, e.clientY - drag.y0) < 4) return;     // a tap stays a click
      if (!drag.moved) { drag.moved = true; try { this.svg.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ } }
      this.view.x = e.clientX - drag.x; this.view.y = e.clientY - drag.y; this.render();
    });
    const end = (e) => { if (drag && e.pointerId === drag.id) drag = null; };
    this.svg.addEventListener("pointerup", end);
    this.svg.addEventListener("pointercancel", end);
    this.svg.addEventListener("wheel", (e) => { e.preventDefault(); this.view.k = Math.min(4, Math.max(0.2, this.view.k * (e.deltaY < 0 ? 1.1 : 0.9))); this.render(); }, { passive: false });
  }
}
window.GraphView = GraphView;
