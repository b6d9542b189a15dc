// Training pages: practice (one person, own pace), competition (join with a code, timed questions),
// trainer console (generate a set, open a round, advance, live leaderboard, CSV). Plain JS.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const esc = window.xj.esc;
  const KIND = { threshold: "追诉标准", threshold_cloze: "追诉标准填空", article_offense: "条文→罪名", offense_article: "罪名→条文", case_offense: "案情→罪名",
    penalty_provision: "行政处罚依据", agency: "主管机关", statute_cloze: "法条填空", typical_case: "典型案例" };
  const token = () => localStorage.getItem("xianjie-admin-token") || "";
  // Errors come back as Chinese sentences (xj.call), with the loading bar while a request runs.
  function call(path, opts = {}) {
    opts.headers = Object.assign({ "Content-Type": "application/json" }, opts.headers || {});
    return window.xj.call(path, opts);
  }
  const ROUND_STATES = { open: "等待开始", running: "进行中", finished: "已结束" };
  const admin = () => ({ Authorization: "Bearer " + token() });

  function questionHtml(q, name) {
    const opts = q.options && q.options.length
      ? q.options.map((o, i) => `<label class="opt"><input type="radio" name="${name}" value="${esc(o)}"> ${"ABCD"[i]}. ${esc(o)}</label>`).join("")
      : `<label>答案 <input name="${name}" class="fill" maxlength="200"></label>`;
    return `<p class="note">${esc(KIND[q.kind] || q.kind)} · 难度：${esc({ easy: "易", medium: "中", hard: "难" }[q.difficulty] || q.difficulty)}</p><p class="stem">${esc(q.stem).replace(/\n/g, "<br>")}</p>${opts}`;
  }
  const chosen = (name) => { const el = document.querySelector(`input[name="${name}"]:checked`) || document.querySelector(`input[name="${name}"].fill`); return el ? el.value.trim() : ""; };

  async function renderHome(el) {
    const sets = (await call("/api/training/sets")).sets;
    el.innerHTML = `<h1>岗位练兵 · 业务竞赛</h1>
      <section><h2>练习</h2>${sets.length ? "<ul>" + sets.map((s) => `<li>${esc(s.title)}（${s.questions} 题）
        ${s.locked ? `<span class="note">竞赛进行中，结束后可练习</span>` : `<a href="?training=practice&set=${encodeURIComponent(s.id)}">开始练习</a> · <a href="/api/training/sets/${encodeURIComponent(s.id)}/print" target="_blank">打印试卷</a>`}</li>`).join("") + "</ul>" : "<p class='note'>尚无题集，请培训管理员生成。</p>"}</section>
      <section><h2>参加竞赛</h2><form id="join-form"><label>加入码 <input id="jcode" maxlength="6" size="8" required></label>
        <label>姓名 <input id="jname" maxlength="30" required></label> <button>加入</button></form><p id="jmsg" class="note"></p></section>
      <section><h2>培训管理员</h2><form id="gen-form">
        <label>管理员令牌 <input id="tok" type="password" value="${esc(token())}" size="28"></label><br>
        <label>题集名称 <input id="gtitle" value="行刑衔接练兵题" maxlength="100"></label>
        <label>题数 <input id="gcount" type="number" min="1" max="100" value="20" style="width:4rem"></label>
        <label>领域 <input id="gdomain" placeholder="如 税务（可空）" maxlength="40" size="10"></label>
        <label>难度 <select id="gdiff"><option value="">不限</option><option value="easy">易</option><option value="medium">中</option><option value="hard">难</option></select></label>
        <button>生成题集</button></form><p id="gmsg" class="note"></p>
        <form id="round-form"><label>题集 <select id="rset">${sets.map((s) => `<option value="${esc(s.id)}">${esc(s.title)}</option>`).join("")}</select></label>
        <label>每题秒数 <input id="rsec" type="number" min="5" max="600" value="30" style="width:4rem"></label> <button>开设竞赛</button></form></section>`;
    $("join-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      try { const p = await call(`/api/training/join/${encodeURIComponent($("jcode").value.trim().toUpperCase())}`, { method: "POST", body: JSON.stringify({ name: $("jname").value.trim() }) });
        sessionStorage.setItem("xianjie-player", JSON.stringify({ ...p, code: $("jcode").value.trim().toUpperCase() }));
        location.search = "?training=play"; } catch (err) { $("jmsg").textContent = "加入失败：" + err.message; }
    });
    $("gen-form").addEventListener("submit", async (e) => {
      e.preventDefault(); localStorage.setItem("xianjie-admin-token", $("tok").value.trim());
      $("gmsg").textContent = "生成中…";
      try { const s = await call("/api/training/sets", { method: "POST", headers: admin(), body: JSON.stringify({ title: $("gtitle").value,
          count: +$("gcount").value, domain: $("gdomain").value.trim() || null, difficulty: $("gdiff").value || null }) });
        $("gmsg").textContent = `已生成 ${s.questions.length} 题（排除有歧义的候选 ${s.generation.rejected} 个）`; renderHome(el);
      } catch (err) { $("gmsg").textContent = "生成失败：" + err.message; }
    });
    $("round-form").addEventListener("submit", async (e) => {
      e.preventDefault(); localStorage.setItem("xianjie-admin-token", $("tok").value.trim());
      try { const r = await call("/api/training/rounds", { method: "POST", headers: admin(), body: JSON.stringify({ set_id: $("rset").value, seconds_per_question: +$("rsec").value }) });
        location.search = `?training=host&round=${encodeURIComponent(r.id)}&code=${r.code}`; } catch (err) { $("gmsg").textContent = "开设失败：" + err.message; }
    });
  }

  // A set in use by a competition answers 403 with the reason in Chinese: say it, offer the way back.
  const refusal = (err) => `<p class="error">${esc(err.message)}</p><p><a href="?training=">返回练兵首页</a></p>`;

  async function renderPractice(el, setId) {
    let set;
    try { set = await call(`/api/training/sets/${encodeURIComponent(setId)}`); }
    catch (err) { el.innerHTML = `<h1>练习</h1>${refusal(err)}`; return; }
    const answers = [];
    let i = 0;
    const show = () => {
      if (i >= set.questions.length) return finish();
      const q = set.questions[i];
      el.innerHTML = `<h1>${esc(set.title)}</h1><p class="note">第 ${i + 1} / ${set.questions.length} 题</p>
        <form id="pq">${questionHtml(q, "a")}<p><button>提交</button></p></form><div id="fb" aria-live="polite"></div>`;
      $("pq").addEventListener("submit", async (e) => {
        e.preventDefault();
        const a = chosen("a"); if (!a) return;
        let r;
        try { r = await window.xj.whileBusy($("pq"), () => call(`/api/training/sets/${encodeURIComponent(setId)}/check`, { method: "POST", body: JSON.stringify({ question_id: q.id, answer: a }) })); }
        catch (err) { $("fb").innerHTML = err.status === 403 ? refusal(err) : `<p class="error">${esc(err.message)}</p>`; return; }
        answers.push({ question_id: q.id, answer: a });
        $("fb").innerHTML = `<p class="${r.correct ? "status-met" : "status-not_met"}">${r.correct ? "回答正确" : "回答错误"}，正确答案：${esc(r.answer)}</p>
          <p class="note">${esc(r.explanation)}</p><p class="note">出处：${r.citations.map((c) => `<a href="?doc=${encodeURIComponent(c.unit_id.split(":")[0])}&unit=${encodeURIComponent(c.unit_id)}" target="_blank">${esc(c.label)}</a>`).join("、")}</p>
          <button id="nx">下一题</button>`;
        $("pq").querySelector("button").disabled = true;
        $("nx").addEventListener("click", () => { i++; show(); }); $("nx").focus();
      });
    };
    const finish = async () => {
      let s;
      try { s = await call(`/api/training/sets/${encodeURIComponent(setId)}/summary`, { method: "POST", body: JSON.stringify({ answers }) }); }
      catch (err) { el.innerHTML = `<h1>练习小结</h1>${refusal(err)}`; return; }
      el.innerHTML = `<h1>练习小结</h1><p>共 ${s.answered} 题，答对 ${s.correct} 题。</p>
        <h2>按题型</h2><ul>${s.by_kind.map((k) => `<li>${esc(k.name)}：${k.correct}/${k.total}</li>`).join("")}</ul>
        <h2>按领域</h2><ul>${s.by_domain.map((k) => `<li>${esc(k.name)}：${k.correct}/${k.total}</li>`).join("") || "<li>—</li>"}</ul>
        <p>${s.weak.length ? "建议加强：" + s.weak.map(esc).join("、") : "各部分掌握良好。"}</p><p><a href="?training=">返回</a></p>`;
    };
    show();
  }

  // A busy server (503 overloaded) or too many misses (429 rate_limited) say when to come back;
  // anything else transient is retried after a few seconds. Milliseconds to wait, or null: give up.
  function retryDelay(err) {
    if (err.status === 429 || err.status === 503) return 1000 * Math.min(60, Math.max(1, +err.retryAfter || 3));
    if (!err.status || err.status >= 500) return 3000;
    return null;
  }

  // The player's screen: polls the round with the participant token (the question's clock starts
  // when it reaches this player), answers once per question; right or wrong is only published
  // when the question closes, on the leaderboard.
  async function renderPlay(el, alive) {
    const me = JSON.parse(sessionStorage.getItem("xianjie-player") || "null");
    if (!me) { el.innerHTML = "<p>请先用加入码加入竞赛。<a href='?training='>返回</a></p>"; return; }
    el.innerHTML = `<div id="play-main"><h1>${esc(me.name)}，已加入</h1><p class="loading-text">连接中…</p></div><p id="play-status" class="note" role="status"></p>`;
    const main = $("play-main"), status = $("play-status");
    const code = encodeURIComponent(me.code);
    const headers = { "X-Participant-Token": me.token };
    let shown = null, deadline = 0, sent = false, timer = null;
    const later = (ms) => { clearTimeout(timer); if (alive()) timer = setTimeout(tick, ms); };
    const countdown = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      if ($("left")) $("left").textContent = left > 0 ? `剩余 ${left} 秒` : "本题时间已到";
      const button = $("cq") && $("cq").querySelector("button");
      if (button && left <= 0 && !sent) { button.disabled = true; $("cmsg").textContent = "本题时间已到，等待下一题……"; }
    };
    async function finished() {
      clearTimeout(timer);
      main.innerHTML = `<h1>竞赛结束</h1><div id="play-board"><p class="loading-text">载入排行榜…</p></div>
        <p><a href="?training=board&round=${encodeURIComponent(me.round_id)}">查看完整排行榜</a> · <a href="?training=">返回练兵首页</a></p>`;
      status.textContent = "";
      try {
        const b = await call(`/api/training/rounds/${encodeURIComponent(me.round_id)}/leaderboard`);
        const mine = b.leaderboard.find((p) => p.id === me.participant_id);
        $("play-board").innerHTML = (mine ? `<p class="final">${esc(me.name)}：第 ${mine.rank} 名，得分 ${mine.points}，答对 ${mine.correct} / ${mine.answered} 题</p>` : "") +
          boardTable(b.leaderboard, me.participant_id);
      } catch (err) { $("play-board").innerHTML = `<p class="error">${esc(err.message)}</p>`; }
    }
    async function tick() {
      let c;
      try { c = await call(`/api/training/play/${code}`, { headers }); }
      catch (err) {
        const wait = retryDelay(err);
        if (wait === null) {       // 404: the code is dead or the token unknown; nothing to retry
          main.innerHTML = `<h1>无法继续竞赛</h1><p class="error">${esc(err.message)}</p><p><a href="?training=">重新加入</a></p>`;
          status.textContent = ""; return;
        }
        status.textContent = `${err.message}。将在 ${Math.round(wait / 1000)} 秒后自动重试。`;
        later(wait); return;
      }
      status.textContent = "";
      if (c.state === "finished") { finished(); return; }
      if (c.state === "open") main.innerHTML = `<h1>${esc(me.name)}，已加入</h1><p>等待培训管理员开始……</p>`;
      else if (c.question && c.question.id !== shown) {
        shown = c.question.id; sent = false;
        main.innerHTML = `<h1>第 ${c.index + 1} 题 <span class="note" id="left"></span></h1><form id="cq">${questionHtml(c.question, "c")}<p><button>提交</button></p></form><p id="cmsg" aria-live="polite"></p>`;
        const qid = shown;
        $("cq").addEventListener("submit", async (e) => {
          e.preventDefault(); const a = chosen("c"); if (!a || sent) return;
          const button = $("cq").querySelector("button");
          button.disabled = true;
          try {
            const r = await call(`/api/training/play/${code}/answer`, { method: "POST", headers, body: JSON.stringify({ question_id: qid, answer: a }) });
            sent = true;
            $("cmsg").innerHTML = `<span class="submitted">已提交，本题结束后公布</span> <span class="note">（用时 ${(r.elapsed_ms / 1000).toFixed(1)} 秒）</span>`;
            $("cq").querySelectorAll("input").forEach((i) => { i.disabled = true; });
          } catch (err) {
            $("cmsg").textContent = err.message;
            button.disabled = retryDelay(err) === null || deadline <= Date.now();   // busy: the officer may try again
          }
        });
      }
      if (c.remaining_s !== undefined) { deadline = Date.now() + c.remaining_s * 1000; countdown(); }
      later(1000);
    }
    tick();
  }

  function boardTable(rows, mine) {
    return `<table class="sheet"><tr><th>名次</th><th>姓名</th><th>得分</th><th>答对</th><th>已答</th></tr>
      ${rows.map((p) => `<tr${p.id === mine ? ' class="mine"' : ""}><td>${p.rank}</td><td>${esc(p.name)}</td><td>${p.points}</td><td>${p.correct}</td><td>${p.answered}</td></tr>`).join("")}</table>`;
  }

  // The leaderboard, and for the host (who holds the join code) the controls: start, next, CSV.
  // It redraws every 3 s; a failed redraw keeps the last board and says why.
  async function renderBoard(el, roundId, code, alive) {
    const path = `/api/training/rounds/${encodeURIComponent(roundId)}`;
    let state = null, timer = null;
    const draw = async () => {
      let b;
      try { b = await call(`${path}/leaderboard`); }
      catch (err) {
        if (state === null) { el.innerHTML = `<h1>排行榜</h1>${refusal(err)}`; return; }
        $("board-status").textContent = err.message;
        return;
      }
      const r = b.round;
      state = r.state;
      el.innerHTML = `<h1>排行榜</h1>${code && r.state !== "finished" ? `<p>加入码：<strong class="join-code">${esc(code)}</strong></p>` : ""}
        <p class="note" id="round-state">状态：${esc(ROUND_STATES[r.state] || r.state)}${r.state === "running" ? ` · 当前第 ${r.current + 1} 题` : ""}</p>
        ${code ? `<p>${r.state !== "finished" ? `<button id="adv">${r.state === "open" ? "开始竞赛" : "下一题"}</button> ` : ""}<a id="csv" href="#">导出成绩 CSV</a></p>` : ""}
        ${boardTable(b.leaderboard)}<p id="board-status" class="note" role="status"></p>`;
      if (!code) return;
      if ($("adv")) $("adv").addEventListener("click", async () => {
        $("adv").disabled = true;
        try { await call(`${path}/next`, { method: "POST", headers: admin() }); } catch (err) { $("board-status").textContent = "操作失败：" + err.message; return; }
        draw();
      });
      $("csv").addEventListener("click", async (e) => {
        e.preventDefault();
        try {
          const text = await call(`${path}/results.csv`, { headers: admin() });
          const a = document.createElement("a"); a.href = URL.createObjectURL(new Blob([text], { type: "text/csv" })); a.download = roundId + ".csv"; a.click();
        } catch (err) { $("board-status").textContent = "导出失败：" + err.message; }
      });
    };
    await draw();
    timer = setInterval(() => {
      if (state === "finished" || !alive()) { clearInterval(timer); return; }
      if (!document.activeElement || document.activeElement.tagName !== "BUTTON") draw();
    }, 3000);
  }

  // Each opening of a page starts its own polling; the one before stops (back/forward, a reload of the view).
  let generation = 0;
  window.openTraining = async function (p) {
    const el = $("training-view");
    const mode = p.get("training");
    const gen = ++generation;
    const alive = () => gen === generation && !el.hidden;
    try {
      if (mode === "practice") await renderPractice(el, p.get("set"));
      else if (mode === "play") await renderPlay(el, alive);
      else if (mode === "host" || mode === "board") await renderBoard(el, p.get("round"), mode === "host" ? p.get("code") : null, alive);
      else await renderHome(el);
    } catch (e) { el.textContent = "出错：" + e.message; }
  };
})();
