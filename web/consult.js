// 双向咨询 page: renders POST /api/consult so an officer can check every step — each condition
// beside the fact it was compared with, the questions that would decide an open verdict, and only
// the offenses with real support (the rest folded). Fields the API may add later render when present.
"use strict";
(function () {
  const { esc } = window.xj;
  const STATUS_LABELS = { met: "已达到", not_met: "未达到", unknown: "无法判断", not_applicable: "不适用" };
  const TRANSFER_LABELS = { indicated: "应当移送（已达到下列标准之一）", not_indicated: "依所给事实未达到标准",
    undetermined: "依所给事实无法判断，需补充事实" };
  // the question names the offense, or states one of the acts its name lists (问题所述“盗窃炸药”…)
  const NAMED = (w) => w === "问题中直接提到该罪名" || w.startsWith("问题所述“");
  // An offense is shown in full when it leads, is named in the question, or scores at least this
  // share of the leader; the rest go under "其他可能罪名". A threshold "met" is no support by itself:
  // 造成一人死亡 meets 重大劳动安全事故罪's clause in a 非法行医 question (measured on the bundled
  // corpus: the runners-up that belong score 0.87 of the leader, the unrelated ones 0.58 and below).
  const SUPPORT_SHARE = 0.75;

  const dirLabel = (d) => d === "forward" ? "正向衔接（行政执法→刑事司法）" : "反向衔接（刑事司法→行政处罚）";
  const statusLabel = (s) => STATUS_LABELS[s] || s || "";
  const uniq = (xs) => [...new Set(xs.filter(Boolean))];

  function supported(o, i, top) {
    if (typeof o.supported === "boolean") return o.supported;          // the API's own cut-off, when it gives one
    return i === 0 || (o.why || []).some(NAMED) || (top > 0 && o.score / top >= SUPPORT_SHARE);
  }

  // A condition's fact: a plain string, or {text|raw|value, unit}, or a subject.
  function factText(c) {
    const f = c.fact;
    if (!f) return "";
    if (typeof f === "string") return f;
    const base = f.raw || f.text || (f.value !== undefined ? `${f.value}${f.unit || ""}` : "");
    return (f.negated ? "否定：" : "") + base;
  }

  function citationsOf(r) {
    const cit = Object.fromEntries((r.citations || []).map((c) => [c.unit_id, c]));
    // standard citation form, as officers write it in a document: 《刑法》第三百四十三条
    const title = (u) => { const c = cit[u]; return c ? window.xjExport.citation(c.doc_title, c.label) : u; };
    const flag = (u) => { const c = cit[u]; return c && c.status && c.status !== "现行有效" ? `<span class="badge s-${esc(c.status)}">${esc(c.status)}</span>` : ""; };
    const link = (u) => {
      if (!u) return "";
      const doc = u.split(":")[0];
      return `<a href="?doc=${encodeURIComponent(doc)}&unit=${encodeURIComponent(u)}">${esc(title(u))}</a>${flag(u)}`;
    };
    return { title, link };
  }

  function conditionRows(alt) {
    const conds = alt.conditions || [];
    if (!conds.length) return alt.note ? `<p class="note">${esc(alt.note)}</p>` : "";
    return `<table class="conds"><thead><tr><th>标准条件</th><th>案情事实</th><th>比较</th><th>结果</th></tr></thead><tbody>${conds.map((c) => `
      <tr class="cond status-row-${esc(c.status)}"><td>${esc(c.text || c.metric || "")}</td>
        <td class="fact">${esc(factText(c)) || "<span class='note'>未说明</span>"}</td>
        <td class="compared">${esc(c.compared || "")}${c.question ? `<div class="question">待查明：${esc(c.question)}</div>` : ""}</td>
        <td><span class="status-${esc(c.status)}">${esc(statusLabel(c.status))}</span></td></tr>`).join("")}</tbody></table>`;
  }

  function standardHtml(s, cite) {
    const review = s.review ? `<span class="badge s-待核" title="${esc(s.review)}">待核</span>` : "";
    const superseded = s.superseded_by ? `<span class="note">（已由较新的标准取代）</span>` : "";
    const scope = s.scope ? `<span class="note">（限于${esc(s.scope.kind)}）</span>` : "";
    const tier = s.tier === "aggravating" ? "加重情节" : "入罪标准";
    const alts = (s.alternatives || []).filter((a) => (a.conditions || []).length || a.status !== "unknown" || a.note);
    const body = `${alts.map((a) => `<li class="alt"><span class="status-${esc(a.status)}">${esc(statusLabel(a.status))}</span>
        ${a.label && !(a.text || "").startsWith(a.label) ? `<b>${esc(a.label)}</b> ` : ""}${esc(a.text)}${conditionRows(a)}</li>`).join("")}`;
    const notes = (s.notes || []).map((n) => `<p class="note">${esc(n)}</p>`).join("");
    const head = `<span class="status-${esc(s.status)}">${esc(statusLabel(s.status))}</span>
      ${esc(tier)}“${esc(s.clause)}” — ${cite.link(s.source && s.source.unit_id)} ${review}${superseded}${scope}`;
    if (!alts.length) return `<div class="standard flat">${head}${notes}</div>`;     // nothing to compare item by item
    const open = s.governing !== false && s.tier !== "aggravating";
    return `<details class="standard"${open ? " open" : ""}><summary>${head}</summary><ul class="alts">${body}</ul>${notes}</details>`;
  }

  function questionsOf(o) {
    const v = o.verdict || {};
    if (v.status === "met" || v.element) return [];     // an element ruled out decides, whatever the clauses ask
    return uniq([...(v.questions || []), ...(o.questions || []), ...(o.standards || []).filter((s) => s.governing).flatMap((s) => s.questions || [])]);
  }

  function offenseHtml(o, i, r, cite) {
    const v = o.verdict || {};
    const qs = questionsOf(o);
    let html = `<section class="brief"><h2>${i + 1}. <a href="?offense=${encodeURIComponent(o.name)}">${esc(o.name)}</a>
      <span class="note">（${(o.articles || []).map(cite.link).join("、")}）</span></h2>`;
    if (r.direction === "forward" && o.transfer) html += `<p class="verdict">移送判断：<strong class="status-${esc(v.status)}">${esc(TRANSFER_LABELS[o.transfer] || "")}</strong></p>`;
    else if (v.status && (o.standards || []).length) html += `<p class="verdict">追诉标准：<strong class="status-${esc(v.status)}">${esc(statusLabel(v.status))}</strong></p>`;
    if (v.conduct && v.conduct.stated) html += `<p class="note conduct">本罪行为“${esc(v.conduct.text)}”（${cite.link(v.conduct.unit)}）：案情写明“${esc(v.conduct.stated)}”</p>`;
    if (qs.length) html += `<div class="questions"><b>需查明的事实</b>（查明后可作出判断）：<ol>${qs.map((q) => `<li>${esc(q)}</li>`).join("")}</ol></div>`;
    if ((o.standards || []).length) (v.notes || []).forEach((n) => { html += `<p class="note">${esc(n)}</p>`; });   // else standards_note says it
    if ((o.why || []).length) html += `<p class="note">候选依据：${o.why.map(esc).join("；")}</p>`;
    const stds = o.standards || [];
    if (stds.length) {
      const main = stds.filter((s) => s.governing !== false && s.tier !== "aggravating");
      const rest = stds.filter((s) => !main.includes(s));
      html += main.map((s) => standardHtml(s, cite)).join("");
      if (rest.length) html += `<details class="more-standards"><summary>其他标准（加重情节、旧标准）${rest.length} 条</summary>${rest.map((s) => standardHtml(s, cite)).join("")}</details>`;
    } else if (o.standards_note) html += `<p class="note">${esc(o.standards_note)}</p>`;
    if ((o.admin_provisions || []).length) {
      html += `<p>${r.direction === "forward" ? "对应行政处罚规定" : "可适用的行政处罚规定"}：</p><ul>` + o.admin_provisions.map((p) =>
        `<li>${p.link && p.link.status === "derived" ? `<span class="badge s-待核" title="${esc(p.link.label)}">自动推导 ${Number(p.link.score).toFixed(2)}</span> ` : '<span class="badge">已审核</span> '}${esc(p.violation)}：${p.articles.map(cite.link).join("、")}${(p.agencies || []).length ? "；主管机关：" + p.agencies.map(esc).join("、") : ""}</li>`).join("") + "</ul>";
    }
    if ((o.related_typical_cases || []).length) html += `<div class="typical-cases"><b>相关典型案例</b>${window.xjTypical.typicalList(o.related_typical_cases)}</div>`;
    if ((o.cases || []).length) html += `<p class="note">相似案例：${o.cases.map((c) => `<a href="?doc=${encodeURIComponent(c.id)}">${esc(c.title)}</a>`).join("；")}</p>`;
    return html + "</section>";
  }

  function offenseLines(o, i, r, cite) {
    const v = o.verdict || {};
    const lines = [`${i + 1}. ${o.name}（${(o.article_nos || []).map(window.xjExport.citeLabel).join("、")}）`];
    if (r.direction === "forward" && o.transfer) lines.push(`   移送判断：${TRANSFER_LABELS[o.transfer] || ""}`);
    else if (v.status && (o.standards || []).length) lines.push(`   追诉标准：${statusLabel(v.status)}`);
    (o.standards || []).filter((s) => s.governing !== false && s.tier !== "aggravating").forEach((s) => {
      lines.push(`   标准“${s.clause}”：${statusLabel(s.status)}（${cite.title(s.source && s.source.unit_id)}${s.review ? "，待核" : ""}）`);
      (s.alternatives || []).forEach((a) => (a.conditions || []).forEach((c) => {
        if (c.status === "unknown" && !factText(c)) return;
        lines.push(`     · ${c.text || ""}：${factText(c) || "未说明"}${c.compared ? "（" + c.compared + "）" : ""} → ${statusLabel(c.status)}`);
      }));
    });
    if (!(o.standards || []).length && o.standards_note) lines.push(`   ${o.standards_note}`);
    const qs = questionsOf(o);
    if (qs.length) lines.push(`   需查明：${qs.join("；")}`);
    const typical = window.xjTypical.typicalLines(o.related_typical_cases, "     · ");
    if (typical.length) lines.push("   相关典型案例：", ...typical);
    (o.admin_provisions || []).forEach((p) => lines.push(`   行政处罚：${p.violation}（${p.articles.map(cite.title).join("、")}${(p.agencies || []).length ? "；" + p.agencies.join("、") : ""}）${p.link ? "〔" + p.link.label + "〕" : ""}`));
    return lines;
  }

  function foldedHtml(rest) {
    if (!rest.length) return "";
    return `<details class="other-offenses"><summary>其他可能罪名（${rest.length}）：依据较弱，仅供参考</summary><ul>${rest.map((o) => {
      const v = o.verdict || {};
      return `<li><a href="?offense=${encodeURIComponent(o.name)}">${esc(o.name)}</a> <span class="note">${esc((o.why || [])[0] || "")}${v.status ? " · " + esc(statusLabel(v.status)) : ""}</span></li>`;
    }).join("")}</ul></details>`;
  }

  // The trained predictor's reading of the facts: charges and 刑法 articles with probabilities,
  // labelled as a model's estimate so nobody mistakes it for a verdict.
  const articleLabel = (a) => {           // "133-1" → 133条之一
    const [n, suffix] = String(a).split("-");
    return `${n}条${suffix ? "之" + ("一二三四五六七八九"[Number(suffix) - 1] || suffix) : ""}`;
  };

  function predictedHtml(p) {
    if (!p || !((p.charges || []).length || (p.articles || []).length)) return "";
    const pct = (x) => `${Math.round(x * 100)}%`;
    const charges = (p.charges || []).filter((c) => c.p >= 0.05).map((c) => c.offense_id
      ? `<a href="?offense=${encodeURIComponent(c.name)}">${esc(c.name)}</a> <span class="note">${pct(c.p)}</span>`
      : `${esc(c.name)} <span class="note">${pct(c.p)}</span>`);
    const articles = (p.articles || []).filter((a) => a.p >= 0.05).map((a) =>
      `<a href="?doc=xingfa&unit=${encodeURIComponent(a.unit_id)}">刑法第${esc(articleLabel(a.article))}</a> <span class="note">${pct(a.p)}</span>`);
    if (!charges.length && !articles.length) return "";
    // a pair the model confuses, both near the top: its first guess is a coin flip, so ask for the deciding fact
    const undecided = (p.undecided || []).map((u) =>
      `<p class="undecided">模型难以区分${u.charges.map((c) => `<a href="?offense=${encodeURIComponent(c)}">${esc(c)}</a>`).join("与")}` +
      `（此类情形下模型首选约四成有误）。需查明：${esc(u.question)}</p>`);
    const lists = (charges.length ? `<p>可能涉嫌罪名：${charges.join("；")}</p>` : "") +
      (articles.length ? `<p>可能适用条文：${articles.join("；")}</p>` : "") + undecided.join("");
    const top = (p.charges || []).length ? p.charges[0].p : 0;
    if (p.sure === false) {       // below the API's sure_min_p the first guess is wrong more often than right
      return `<section class="predicted unsure"><p class="note">模型预测：把握不足（首选罪名概率仅 ${pct(top)}，` +
        `此时模型的首选多数有误），请以检索结果与咨询结论为准。</p>` +
        `<details><summary>查看模型的低把握预测</summary>${lists}</details></section>`;
    }
    return `<section class="predicted"><p class="note">模型预测（依据约 1.4 万件裁判文书训练，仅供参考，不作为是否移送的结论）：</p>` +
      lists + `</section>`;
  }

  // Renders the answer into `el`; returns the plain text for 复制为文本 (shown offenses only, no dataset tags).
  function renderConsult(r, text, el) {
    const cite = citationsOf(r);
    const offenses = r.offenses || [];
    const top = offenses.length ? Math.max(...offenses.map((o) => o.score || 0)) : 0;
    const shown = offenses.filter((o, i) => supported(o, i, top));
    const rest = offenses.filter((o) => !shown.includes(o));
    const facts = (r.extracted_facts || []).map((f) => f.kind === "subject" ? "主体 " + f.value : f.text || f.raw || "").filter(Boolean);
    let html = `<p class="note">方向：${dirLabel(r.direction)} · 提取事实：${facts.map(esc).join("，") || "无"}${r.took_ms !== undefined ? ` · ${Math.round(r.took_ms)} 毫秒` : ""}</p>`;
    const lines = [`【咨询】${text}`, `【方向】${dirLabel(r.direction)}`, `【提取事实】${facts.join("，") || "无"}`];
    html += predictedHtml(r.predicted);
    // two listed offenses the law divides by one fact: their order is no finding, so ask the fact first
    (r.distinguish || []).forEach((d) => {
      html += `<p class="undecided distinguish">需区分${d.offenses.map((c) => `<a href="?offense=${encodeURIComponent(c)}">${esc(c)}</a>`).join("与")}` +
        `（排序先后不是结论）。需查明：${esc(d.question)}</p>`;
      lines.push(`【需区分】${d.offenses.join("与")}：${d.question}`);
    });
    if (!offenses.length) html += "<p class='empty'>未找到相关罪名。请补充行为方式、对象、数额等事实后重试。</p>";
    shown.forEach((o, i) => { html += offenseHtml(o, i, r, cite); lines.push(...offenseLines(o, i, r, cite)); });
    html += foldedHtml(rest);
    if (r.time_limit) {
      const t = r.time_limit;
      const span = t.limit_label || "二年";
      const verdict = t.within_limit === null ? `是否超过${span}待核实` : (t.within_limit ? `未超过${span}` : `已超过${span}`);
      const upto = t.reference_kind === "discovered" ? "发现日期" : (t.reference_kind === "latest" ? "案情所述最晚日期" : "今日");
      html += `<section class="brief"><h2>处罚时效</h2><p>行为日期 ${esc(t.act_date)}，至${upto} ${esc(t.reference_date)} 已过 ${esc(t.elapsed_days)} 日：<strong>${verdict}</strong>（${cite.link(t.citation)}）。${esc(t.note)}</p></section>`;
      lines.push(`【时效】${verdict}（${cite.title(t.citation)}）`);
    }
    (r.route_closed || []).forEach((c) => {
      html += `<section class="brief"><h2>刑事程序的结果：${esc(c.label)}</h2><p>${esc(c.note)}（${c.citations.map(cite.link).join("、")}）</p></section>`;
      lines.push(`【${c.label}】${c.note}`);
    });
    if (r.transfer_rules) html += `<p class="note">移送依据：${r.transfer_rules.map(cite.link).join("、")}</p>`;
    const used = new Set();
    const collect = (u) => { if (u) used.add(u); };
    shown.forEach((o) => {
      (o.articles || []).forEach(collect);
      (o.standards || []).forEach((s) => collect(s.source && s.source.unit_id));
      (o.admin_provisions || []).forEach((p) => p.articles.forEach(collect));
    });
    (r.transfer_rules || []).forEach(collect);
    if (r.time_limit) collect(r.time_limit.citation);
    (r.route_closed || []).forEach((c) => c.citations.forEach(collect));
    const cited = (r.citations || []).filter((c) => used.has(c.unit_id));
    if (cited.length) lines.push("【引用】" + cited.map((c) => `${window.xjExport.citation(c.doc_title, c.label)}${c.status ? "（" + c.status + "）" : ""}`).join("；"));
    el.innerHTML = html;
    return lines.join("\n");
  }

  window.renderConsult = renderConsult;
  window.xjPredicted = predictedHtml;         // the search page shows the same panel for fact-like queries
})();
