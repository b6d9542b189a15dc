// Small interactive graph view (SVG, force layout): pan by dragging the background, zoom with the
// wheel, click a node to expand its neighbours, double-click to open its page, filter by kind.
"use strict";
const KIND_COLORS = { Offense: "#8a1c1c", Article: "#2f5d8a", Document: "#6b7280", Case: "#7a5c12", Violation: "#1f7a4d",
  Domain: "#6d3f9e", Agency: "#0e7490", Standard: "#b45309" };
const KIND_LABELS = { Offense: "罪名", Article: "条文", Document: "文件", Case: "案例", Violation: "行政违法行为", Domain: "领域",
  Agency: "主管机关", Standard: "标准" };

class GraphView {
  constructor(container, onOpen) {
    this.container = container; this.onOpen = onOpen;
    this.nodes = new Map(); this.edges = new Map(); this.hidden = new Set(["Document"]);
    this.view = { x: 0, y: 0, k: 1 };
    container.innerHTML = `<div class="graph-tools" role="group" aria-label="按类型筛选">${Object.keys(KIND_COLORS).map((k) =>
      `<label><input type="checkbox" data-kind="${k}" ${this.hidden.has(k) ? "" : "checked"}> <span style="color:${KIND_COLORS[k]}">●</span> ${KIND_LABELS[k]}</label>`).join("")}
      <span class="hint">拖动平移 · 滚轮缩放 · 单击展开 · 双击打开</span></div>
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
  visible(n) { return !this.hidden.has(n.kind); }
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
      const label = n.label.length > 16 ? n.label.slice(0, 15) + "…" : n.label;
      return `<g class="node" data-id="${esc(n.id)}" transform="translate(${n.x},${n.y})" tabindex="0">
        <circle r="${n.kind === "Offense" ? 9 : 6}" fill="${KIND_COLORS[n.kind] || "#444"}"></circle>
        <text x="11" y="4">${esc(label)}</text><title>${esc(KIND_LABELS[n.kind] || n.kind)}：${esc(n.label)}</title></g>`;
    }).join("");
    this.vp.querySelectorAll(".node").forEach((el) => {
      el.addEventListener("click", (ev) => { ev.stopPropagation(); this.expand(el.dataset.id); });
      el.addEventListener("dblclick", (ev) => { ev.stopPropagation(); this.onOpen(this.nodes.get(el.dataset.id)); });
      el.addEventListener("keydown", (ev) => { if (ev.key === "Enter") this.onOpen(this.nodes.get(el.dataset.id)); });
    });
  }
  _bindPanZoom() {
    let drag = null;
    this.svg.addEventListener("mousedown", (e) => { drag = { x: e.clientX - this.view.x, y: e.clientY - this.view.y }; });
    window.addEventListener("mousemove", (e) => { if (drag) { this.view.x = e.clientX - drag.x; this.view.y = e.clientY - drag.y; this.render(); } });
    window.addEventListener("mouseup", () => { drag = null; });
    this.svg.addEventListener("wheel", (e) => { e.preventDefault(); this.view.k = Math.min(4, Math.max(0.2, this.view.k * (e.deltaY < 0 ? 1.1 : 0.9))); this.render(); }, { passive: false });
  }
}
window.GraphView = GraphView;
