// Shared helpers for every page: escaping, API calls with Chinese error messages and a loading
// indicator, copying that works on plain-HTTP intranets, and the 4,000-character paste warning.
"use strict";
(function () {
  const MAX_CHARS = 4000;
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  // Chinese enough to show as is: Chinese characters and no English phrase ("the number '3万元' is …").
  const readsChinese = (s) => /[\u4e00-\u9fa5]/.test(s || "") && !/[A-Za-z]{3,} [A-Za-z]{2,}/.test(s);

  // The API answers some errors in English; officers read Chinese. Codes first, then known phrases.
  const CODE_MESSAGES = {
    unauthorized: "该操作需要管理员令牌", forbidden: "无权执行该操作", not_found: "未找到所请求的内容",
    method_not_allowed: "不支持的请求方式", conflict: "操作冲突，请刷新后重试", invalid_filter: "筛选条件无效",
    invalid_request: "请求内容有误", index_unavailable: "索引不可用，请联系管理员重建索引",
    engine_unavailable: "检索引擎暂时不可用，请稍后重试", overloaded: "服务繁忙，请稍后重试",
    internal_error: "服务器内部错误，请稍后重试或联系管理员", rate_limited: "请求过于频繁，请稍后重试",
  };
  const STATUS_MESSAGES = { 400: "请求内容有误", 401: "该操作需要管理员令牌", 403: "无权执行该操作", 404: "未找到所请求的内容",
    409: "操作冲突，请刷新后重试", 413: "提交的内容过长", 422: "请求内容有误", 429: "请求过于频繁，请稍后重试",
    500: "服务器内部错误，请稍后重试或联系管理员", 502: "服务暂时不可用，请稍后重试", 503: "服务繁忙，请稍后重试",
    504: "服务响应超时，请稍后重试" };
  const FIELD_NAMES = { q: "检索内容", text: "咨询内容", facts: "案情", k: "条数", type: "类型", domain: "领域", status: "效力",
    mode: "检索方式", direction: "方向", name: "姓名", answer: "答案", request: "请求", a: "案例一", b: "案例二",
    "filters.offense": "罪名", "filters.domain": "领域" };
  const PHRASES = [
    [/at least (\d+) characters?/i, (m) => `至少 ${m[1]} 个字`], [/at most (\d+) characters?/i, (m) => `最多 ${m[1]} 个字`],
    [/Field required/i, () => "必须填写"], [/unknown (field|parameter)/i, () => "不支持该参数"],
    [/must not be blank/i, () => "不能为空"], [/less than or equal to (\d+)/i, (m) => `不能大于 ${m[1]}`],
    [/greater than or equal to (\d+)/i, (m) => `不能小于 ${m[1]}`], [/number '([^']*)' is too large/i, (m) => `数字“${m[1]}”过大，不像真实的数额或数量`],
    [/valid integer/i, () => "应为整数"], [/valid date/i, () => "应为日期"], [/Input should be/i, () => "取值无效"],
    [/unknown (document type|status|node kind)/i, () => "取值无效"],
  ];

  // An API message's parts ("k: …; q: …") as [field, text]; the field is "" where none is named.
  function messageParts(message) {
    return message.split(/;\s*/).map((part) => {
      const i = part.indexOf(": ");
      return i > 0 ? [part.slice(0, i), part.slice(i + 2)] : ["", part];
    });
  }

  function translateDetail(message) {
    return messageParts(message).map(([field, rest]) => {
      const hit = PHRASES.find(([re]) => re.test(rest));
      if (!hit) return null;
      const name = FIELD_NAMES[field] || field;
      return (name ? name + "：" : "") + hit[1](rest.match(hit[0]));
    }).filter(Boolean).join("；");
  }

  // The API's Chinese message with each part's field name ("text: 数字…过大") in the page's words.
  function namedFields(message) {
    return messageParts(message).map(([field, rest]) => (FIELD_NAMES[field] ? `${FIELD_NAMES[field]}：${rest}` : field ? `${field}: ${rest}` : rest)).join("；");
  }

  // One Chinese sentence for a failed response: the API's own words when they are Chinese.
  function zhError(status, body, retryAfter) {
    const err = (body && body.error) || {};
    const msg = err.message || (typeof body === "string" ? body : "");
    let text;
    if (status === 503 && err.code !== "index_unavailable" && err.code !== "engine_unavailable") text = STATUS_MESSAGES[503];
    else if (readsChinese(msg)) text = namedFields(msg);
    else {
      const base = CODE_MESSAGES[err.code] || STATUS_MESSAGES[status] || `请求失败（HTTP ${status}）`;
      const detail = msg ? translateDetail(msg) : "";
      text = detail ? `${base}：${detail}` : base;
    }
    if (retryAfter && /^\d+$/.test(retryAfter) && (status === 503 || status === 429)) text += `（约 ${retryAfter} 秒后）`;
    return text;
  }

  // A thin bar at the top of the page while any request runs.
  let inflight = 0;
  function busy(delta) {
    inflight = Math.max(0, inflight + delta);
    const bar = document.getElementById("loading");
    if (bar) bar.hidden = inflight === 0;
    document.body.classList.toggle("is-busy", inflight > 0);
  }

  async function call(path, opts = {}) {
    busy(+1);
    let res;
    try { res = await fetch(path, opts); }
    catch (e) { throw new Error("无法连接服务器，请检查网络后重试"); }
    finally { busy(-1); }
    const json = (res.headers.get("content-type") || "").includes("json");
    const body = json ? await res.json().catch(() => ({})) : await res.text();
    if (!res.ok) {
      const e = new Error(zhError(res.status, body, res.headers.get("Retry-After")));
      e.status = res.status;
      e.code = body && body.error ? body.error.code : undefined;
      e.retryAfter = res.headers.get("Retry-After");
      throw e;
    }
    return body;
  }

  // Runs `work` with the form's submit buttons disabled, so a second click cannot race the first.
  async function whileBusy(form, work) {
    const buttons = [...form.querySelectorAll("button[type=submit], button:not([type])")];
    buttons.forEach((b) => { b.disabled = true; });
    try { return await work(); } finally { buttons.forEach((b) => { b.disabled = false; }); }
  }

  function legacyCopy(text) {
    const ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.cssText = "position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;";
    document.body.appendChild(ta);
    const active = document.activeElement;
    ta.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    ta.remove();
    if (active && active.focus) active.focus();
    return ok;
  }

  // Last resort: a dialog with the text selected, so the officer can press Ctrl+C.
  function showCopyDialog(text) {
    let dlg = document.getElementById("copy-dialog");
    if (!dlg) {
      dlg = document.createElement("dialog");
      dlg.id = "copy-dialog";
      dlg.innerHTML = `<p>浏览器不允许自动复制，请按 Ctrl+C（苹果电脑 ⌘+C）复制下列文字：</p>
        <textarea readonly rows="10"></textarea><p><button type="button" class="close">关闭</button></p>`;
      document.body.appendChild(dlg);
      dlg.querySelector(".close").addEventListener("click", () => dlg.close());
    }
    const ta = dlg.querySelector("textarea");
    ta.value = text;
    if (dlg.showModal) dlg.showModal(); else dlg.setAttribute("open", "");
    ta.focus(); ta.select();
  }

  function toast(message) {
    let el = document.getElementById("toast");
    if (!el) { el = document.createElement("div"); el.id = "toast"; el.setAttribute("role", "status"); document.body.appendChild(el); }
    el.textContent = message;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, 2000);
  }

  // Clipboard API where the page is a secure context; execCommand on plain-HTTP intranets;
  // a selectable dialog when both are refused. The button says "已复制" when it worked.
  async function copyText(text, button) {
    let ok = false;
    if (navigator.clipboard && window.isSecureContext) {
      try { await navigator.clipboard.writeText(text); ok = true; } catch (e) { ok = false; }
    }
    if (!ok) ok = legacyCopy(text);
    if (!ok) { showCopyDialog(text); return false; }
    toast("已复制");
    if (button) {
      const label = button.dataset.label || (button.dataset.label = button.textContent);
      button.textContent = "已复制";
      clearTimeout(button.copyTimer);
      button.copyTimer = setTimeout(() => { button.textContent = label; }, 1800);
    }
    return true;
  }

  // Shows "超过 4000 字，仅检索前 4000 字" under a field while its text is longer than the API reads.
  function watchLength(field, warning, verb = "检索") {
    const update = () => {
      const n = field.value.length;
      warning.hidden = n <= MAX_CHARS;
      warning.textContent = n > MAX_CHARS ? `超过 ${MAX_CHARS} 字（当前 ${n} 字），仅${verb}前 ${MAX_CHARS} 字` : "";
    };
    field.addEventListener("input", update);
    update();
    return update;
  }
  const clip = (text) => text.slice(0, MAX_CHARS);

  // Keyboard shortcuts belong to the page, never to a field the officer is typing in.
  const isTyping = (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  // Court, 案号, date and 审级 of a case where the API gives them; the 案号 may also be read from
  // the title the API gives ("…刑事判决书（2020）浙0702刑初662号"), and the 审级 from the 案号.
  const CASE_NO = /[（(]\d{4}[）)][\u4e00-\u9fa5\d]{1,12}?(刑|民|行)(初|终|再|监|申)[\u4e00-\u9fa5]{0,2}?\d+号/;
  const LEVELS = { 初: "一审", 终: "二审", 再: "再审", 监: "审判监督", 申: "申请再审审查" };
  const caseNumber = (x) => x.case_number || x.doc_number || ((x.title || x.doc_title || "").match(CASE_NO) || [""])[0];
  function caseIdentity(x) {
    const number = caseNumber(x);
    const n = number.match(CASE_NO);
    const level = x.trial_level || (n ? LEVELS[n[2]] : "");
    const parts = [x.court, number, x.judged || x.date || x.promulgated, level].filter(Boolean);
    return parts.length ? `<p class="case-id">${parts.map(esc).join(" · ")}</p>` : "";
  }

  // Why a case is similar, as badges; the same judgment held twice (LeCaRDv2 has some under two
  // subsets) is labelled by its 案号 rather than offered as a new precedent.
  const WHY_LABELS = { text: "文本", same_offense: "同罪名", shared_element: "共同要素", amount: "数额", domain: "领域" };
  // The judgment's identity: its 案号, else the same title with the same LeCaRDv2 query number.
  function judgmentKey(c) {
    const number = caseNumber(c);
    if (number) return number;
    const m = (c.title || "").match(/^(.*)（LeCaRDv2 \S*?案例 (\d+)）$/);
    return m ? `${m[1]}#${m[2]}` : "";
  }
  function whyList(c, seen) {
    const key = judgmentKey(c);
    const twin = key && seen ? seen.get(key) : null;
    if (key && seen && !twin) seen.set(key, c.title);
    return `<ul class="why">${twin ? `<li><span class="badge dup">同一判决</span> 与“${esc(twin)}”为同一判决的另一份收录${
      caseNumber(c) ? "（案号 " + esc(caseNumber(c)) + "）" : ""}</li>` : ""}${
      c.why.map((w) => `<li><span class="badge">${esc(WHY_LABELS[w.kind] || w.kind)}</span> ${esc(w.detail)}</li>`).join("")}</ul>`;
  }

  // Wraps the terms in <mark> inside already escaped HTML, in text only (never inside a tag or
  // an attribute); terms are plain text and are escaped here, longest first.
  function markTerms(html, terms, cls = "") {
    const list = [...new Set(terms.filter(Boolean))].sort((x, y) => y.length - x.length);
    if (!list.length) return html;
    const re = new RegExp(list.map((t) => esc(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
    const open = cls ? `<mark class="${esc(cls)}">` : "<mark>";
    return html.split(/(<[^>]*>)/).map((part) => (part.startsWith("<") ? part : part.replace(re, (m) => open + m + "</mark>"))).join("");
  }

  window.xj = { esc, call, zhError, whileBusy, copyText, watchLength, clip, isTyping, caseIdentity, judgmentKey, whyList, markTerms, MAX_CHARS };
})();
