// 类案检索 page: the officer pastes the facts of a case (POST /api/cases/similar) and gets the
// nearest cases, each with its reasons, a link to the case and a side-by-side comparison.
"use strict";
(function () {
  const { esc, call, whileBusy, watchLength, clip, caseIdentity, whyList } = window.xj;
  const $ = (id) => document.getElementById(id);
  const selected = [];

  function compareBar() {
    const bar = $("cases-compare");
    if (!bar) return;
    bar.hidden = selected.length === 0;
    const [a, b] = selected;
    bar.innerHTML = selected.length === 2
      ? `已选两案：<a class="compare-link" href="?compare=${encodeURIComponent(a)}&with=${encodeURIComponent(b)}">并排对比所选两案</a>`
      : "已选一案，再勾选一案即可并排对比";
  }

  function render(r) {
    const list = $("cases-result");
    if (!r.cases.length) {
      list.innerHTML = "<p class='empty'>未找到相似案例。可补充行为、数额、后果等要素，或去掉罪名、领域筛选后重试。</p>";
      return;
    }
    const first = r.cases[0].id;
    const seen = new Map();
    list.innerHTML = `<p class="summary">找到 ${r.cases.length} 件相似案例 · ${Math.round(r.took_ms)} 毫秒</p><ol class="results">` + r.cases.map((c) => `
      <li class="hit case-hit" data-id="${esc(c.id)}">
        <h2>${window.xjTypical.kindBadge(c)} <a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a></h2>
        ${window.xjTypical.isOfficial(c) ? `<p class="case-id">${[c.issuer].filter(Boolean).map(esc).join(" · ")}</p>` : caseIdentity(c)}
        <p class="note">罪名：${c.charges.map(esc).join("、") || "—"}</p>
        ${c.snippet ? `<div class="text snippet">${c.snippet}</div>` : ""}
        ${whyList(c, seen)}
        <div class="meta"><a href="?doc=${encodeURIComponent(c.id)}">打开案例</a>
          ${c.id !== first ? `<a class="compare-link" href="?compare=${encodeURIComponent(first)}&with=${encodeURIComponent(c.id)}">与第 1 件并排对比</a>` : ""}
          <label><input type="checkbox" class="pick" value="${esc(c.id)}"${selected.includes(c.id) ? " checked" : ""}> 选入对比</label></div>
      </li>`).join("") + "</ol>";
  }

  async function search(facts, k, offense) {
    const box = $("cases-result");
    box.innerHTML = "<p class='loading-text'>检索中…</p>";
    selected.length = 0; compareBar();
    try {
      const body = { facts: clip(facts), k };
      if (offense) body.filters = { offense };
      render(await call("/api/cases/similar", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }));
    } catch (e) { box.innerHTML = `<p class="error">类案检索失败：${esc(e.message)}</p>`; }
  }

  function setup() {
    const form = $("cases-form");
    watchLength($("cf"), $("cf-warn"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const facts = $("cf").value.trim();
      if (facts.length < 4) { $("cases-result").innerHTML = "<p class='error'>请粘贴至少 4 个字的案情。</p>"; return; }
      whileBusy(form, () => search(facts, +$("ck").value, $("coff").value.trim()));
    });
    $("cases-result").addEventListener("change", (e) => {
      const box = e.target.closest("input.pick");
      if (!box) return;
      const i = selected.indexOf(box.value);
      if (box.checked && i < 0) { selected.push(box.value); if (selected.length > 2) selected.shift(); }
      if (!box.checked && i >= 0) selected.splice(i, 1);
      $("cases-result").querySelectorAll("input.pick").forEach((x) => { x.checked = selected.includes(x.value); });
      compareBar();
    });
  }

  // Called by the router; the pasted text stays in the page (not the URL: facts can be long).
  window.openCases = function () {
    if (!$("cases-result").innerHTML) $("cases-result").innerHTML = "<p class='empty'>粘贴案件事实（如查明的行为、数额、后果），点击“检索类案”。</p>";
  };
  setup();
})();
