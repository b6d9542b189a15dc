// Recent searches (query + filters), kept in this browser only, offered under the search box
// when it is focused and empty, so an officer can rerun yesterday's search in one click.
"use strict";
(() => {
  const KEY = "xj.searchHistory";
  const MAX = 20;
  const FILTER_NAMES = { type: "类型", domain: "领域", status: "效力", case_kind: "案例类别", mode: "方式", sort: "排序" };
  const esc = window.xj.esc;

  function load() {
    try {
      const list = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter((e) => e && typeof e.q === "string" && typeof e.params === "string").slice(0, MAX) : [];
    } catch (e) { return []; }
  }

  function save(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX))); } catch (e) { /* private mode: no history */ }
  }

  // params: URLSearchParams of the search as run (q, filters, sort; no page)
  function remember(params) {
    const p = new URLSearchParams(params);
    p.delete("page");
    const q = (p.get("q") || "").slice(0, 4000);
    if (!q) return;
    p.set("q", q);
    const key = p.toString();
    save([{ q, params: key }, ...load().filter((e) => e.params !== key)]);
  }

  let valueLabel = (key, value) => value;

  function filtersText(params) {
    const p = new URLSearchParams(params);
    return Object.keys(FILTER_NAMES).filter((k) => p.get(k)).map((k) => `${FILTER_NAMES[k]}：${valueLabel(k, p.get(k))}`).join(" · ");
  }

  // Shows the list while the input is focused and empty; onPick(URLSearchParams) reruns a search;
  // label(key, value) names a filter value as the form does.
  function attach(input, box, onPick, label) {
    if (label) valueLabel = label;
    const render = () => {
      const list = load();
      if (document.activeElement !== input || input.value.trim() || !list.length) { box.hidden = true; return; }
      box.innerHTML = `<div class="history-head">最近检索 <button type="button" class="history-clear">清除</button></div><ul>${
        list.map((e, i) => `<li><a href="#" data-i="${i}"><span class="history-q">${esc(e.q.length > 60 ? e.q.slice(0, 59) + "…" : e.q)}</span>${
          filtersText(e.params) ? ` <span class="note">${esc(filtersText(e.params))}</span>` : ""}</a></li>`).join("")}</ul>`;
      box.hidden = false;
    };
    box.addEventListener("mousedown", (e) => e.preventDefault());      // keep focus in the box while clicking
    box.addEventListener("click", (e) => {
      if (e.target.closest(".history-clear")) { save([]); box.hidden = true; return; }
      const a = e.target.closest("a[data-i]");
      if (!a) return;
      e.preventDefault();
      const entry = load()[+a.dataset.i];
      box.hidden = true;
      if (entry) onPick(new URLSearchParams(entry.params));
    });
    input.addEventListener("focus", render);
    input.addEventListener("input", render);
    input.addEventListener("blur", () => { box.hidden = true; });
  }

  window.xjHistory = { load, remember, attach };
})();
