// bilatsim explorer: the page's state is the scenario's name, the events removed and added, and the
// values changed; every change is sent to the server, which loads it through the model's own loader
// and re-runs the replications. Nothing here computes a result.
"use strict";
(function () {
  const session = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const state = { scenario: null, removed: [], added: [], values: {}, replications: 100 };
  let info = null;            // the scenario's controls and levers, from /api/scenario
  let original = {};          // path -> the value as loaded
  let runToken = 0;           // the newest run; older polls stop
  let charts = {};
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    children.forEach((c) => e.append(c));
    return e;
  };
  const million = (usd) => usd / 1e6;
  const money = (usd) => {
    const a = Math.abs(usd);
    if (a >= 1e9) return "$" + (usd / 1e9).toFixed(2) + "B";
    if (a >= 1e6) return "$" + (usd / 1e6).toFixed(1) + "M";
    if (a >= 1e3) return "$" + (usd / 1e3).toFixed(0) + "k";
    return "$" + usd.toFixed(0);
  };
  // An effect of less than a dollar is no effect ("+$0", not "−$0k").
  const signed = (usd) => (Math.abs(usd) < 0.5 ? "" : usd > 0 ? "+" : "−") + money(Math.abs(usd));
  const pct = (p) => (100 * p).toFixed(p > 0 && p < 0.01 ? 1 : 0) + " %";

  function body() {
    return JSON.stringify({ scenario: state.scenario, removed: state.removed, added: state.added,
      values: state.values, replications: state.replications, session, seq: runToken });
  }

  async function post(url) {
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: body() });
    return r;
  }

  function status(text, kind) {
    const s = $("status");
    s.textContent = text;
    s.className = kind || "";
  }

  function clearProblems() {
    document.querySelectorAll(".problem").forEach((p) => { p.textContent = ""; });
    document.querySelectorAll(".control.bad").forEach((c) => c.classList.remove("bad"));
  }

  function showProblem(problem) {
    const slot = problem.path && document.querySelector('.problem[data-path="' + CSS.escape(problem.path) + '"]');
    if (slot) {
      slot.textContent = problem.message;
      slot.closest(".control").classList.add("bad");
      let d = slot.closest("details");
      while (d) { d.open = true; d = d.parentElement.closest("details"); }
      status("The model did not run: a value is not allowed (see the red message on the left).", "error");
    } else {
      status(problem.message, "error");
    }
  }

  async function loadScenario() {
    clearProblems();
    const r = await post("/api/scenario");
    const data = await r.json();
    if (!r.ok) { showProblem(data.problem); return false; }
    info = data;
    $("description").textContent = data.description;
    renderControls();
    return true;
  }

  // The duty policy controls (dated duty events); base-period duties are a folded calibration section.
  const POLICY_SECTION = "Duty policy from a month";

  function renderControls() {
    const box = $("controls");
    const openBefore = new Set([...box.querySelectorAll("details[open]")].map((d) => d.dataset.section));
    box.replaceChildren();
    original = {};
    const sections = new Map();
    for (const g of info.groups) {
      if (!sections.has(g.section)) sections.set(g.section, []);
      sections.get(g.section).push(g);
    }
    if (!sections.has("Dated policy events")) sections.set("Dated policy events", []);
    for (const [name, groups] of sections) {
      const d = el("details", { "data-section": name, class: "section" }, el("summary", { text: name + " (" + groups.length + ")" }));
      d.open = openBefore.size ? openBefore.has(name) : [POLICY_SECTION, "Dated policy events"].includes(name);
      const note = (info.sectionNotes || {})[name];
      if (note) d.append(el("p", { class: "note section-note", text: note }));
      if (name === "Dated policy events") d.append(addEventForm());
      for (const g of groups) d.append(renderGroup(g));
      box.append(d);
    }
  }

  function renderGroup(g) {
    const head = el("div", { class: "group-head" }, el("span", { class: "group-title", text: g.title }));
    if (g.removePath) {
      const b = el("button", { type: "button", class: "remove", "data-remove": g.removePath, text: "Remove",
        title: "Remove this event from the scenario" });
      b.addEventListener("click", () => removeEvent(g.removePath));
      head.append(b);
    }
    const div = el("div", { class: "group" }, head);
    if (g.note) div.append(el("p", { class: "source", text: g.note, title: g.note }));
    const defaults = g.controls.filter((c) => c.mark === "DEFAULT");
    for (const c of g.controls) if (c.mark !== "DEFAULT") div.append(renderControl(c));
    if (defaults.length) {
      const more = el("details", { class: "more" }, el("summary", { text: "Not set in the file: " + defaults.map((c) => c.label).join(", ") }));
      defaults.forEach((c) => more.append(renderControl(c)));
      more.open = defaults.some((c) => c.path in state.values);
      div.append(more);
    }
    return div;
  }

  function readout(c, v) {
    if (c.kind !== "number") return "";
    const x = Number(v);
    if (!Number.isFinite(x)) return "";
    if (c.percent) return (100 * x).toFixed(1).replace(/\.0$/, "") + " %";
    if (c.unit === "US$") return money(x);
    return "";
  }

  function renderControl(c) {
    original[c.path] = c.value;
    const current = c.path in state.values ? state.values[c.path] : c.value;
    const row = el("div", { class: "control", "data-control": c.path });
    const label = el("label", { class: "label", title: c.help },
      el("span", { text: c.label }), el("span", { class: "mark " + c.mark, text: c.mark.toLowerCase(), title: c.source || "no comment on this line of the file" }));
    row.append(label);
    const inputs = el("div", { class: "inputs" });
    const number = el("input", { type: c.kind === "month" ? "month" : "text", class: "value", "data-path": c.path,
      value: current, "aria-label": c.label, inputmode: "decimal" });
    const out = el("span", { class: "readout", text: readout(c, current) });
    if (c.kind === "number") {
      const slider = el("input", { type: "range", min: c.min, max: c.max, step: c.step, value: current,
        "data-path": c.path, "aria-label": c.label + " slider" });
      slider.addEventListener("input", () => { number.value = slider.value; out.textContent = readout(c, slider.value); change(c.path, slider.value); });
      number.addEventListener("change", () => { slider.value = number.value; out.textContent = readout(c, number.value); change(c.path, number.value); });
      inputs.append(slider);
    } else {
      number.min = c.min; number.max = c.max;
      number.addEventListener("change", () => change(c.path, number.value));
    }
    inputs.append(number, out);
    row.append(inputs);
    // A policy control is not a line of the file: it starts at today's value and adds an event when moved.
    const shown = (c.value === "" ? "—" : c.value) + (readout(c, c.value) ? " (" + readout(c, c.value) + ")" : "");
    row.append(el("div", { class: "meta", text: (c.unit ? c.unit + " · " : "") + (c.mark === "POLICY"
      ? (c.kind === "month" ? "adds a duty event from this month" : "at the start: " + shown + "; move it to add the event")
      : "in the file: " + shown) }));
    row.append(el("div", { class: "problem", "data-path": c.path }));
    if (current !== c.value) row.classList.add("changed");
    return row;
  }

  function addEventForm() {
    const form = el("div", { class: "add-event" });
    const lever = el("select", { id: "add-lever", "aria-label": "kind of event" });
    const target = el("select", { id: "add-target", "aria-label": "what it acts on" });
    const date = el("input", { id: "add-date", type: "month", value: info.firstDate, min: info.start, max: info.end, "aria-label": "month" });
    info.levers.forEach((l, i) => lever.append(el("option", { value: String(i), text: l.label })));
    const fill = () => {
      target.replaceChildren();
      const l = info.levers[Number(lever.value)];
      l.targets.forEach((t, i) => target.append(el("option", { value: String(i), text: t.label })));
      help.textContent = l.help;
    };
    const help = el("p", { class: "note" });
    lever.addEventListener("change", fill);
    const add = el("button", { type: "button", id: "add-event", text: "Add event" });
    add.addEventListener("click", async () => {
      const l = info.levers[Number(lever.value)];
      state.added.push({ type: l.type, target: Number(target.value), date: date.value });
      if (await loadScenario()) run(); else state.added.pop();
    });
    form.append(el("p", { class: "add-title", text: "Add an event" }), lever, target, date, add, help);
    if (info.levers.length) fill();
    return form;
  }

  async function removeEvent(path) {
    const [kind, index] = path.split(".");
    const i = Number(index);
    const drop = (prefix) => { for (const k of Object.keys(state.values)) if (k === prefix || k.startsWith(prefix + ".")) delete state.values[k]; };
    if (kind === "events") {
      state.removed.push(i);
      drop(path);
    } else {
      state.added.splice(i, 1);
      // Added events after this one move up by one: so do their changed values.
      const moved = {};
      for (const [k, v] of Object.entries(state.values)) {
        const m = /^added\.(\d+)(\..*)$/.exec(k);
        if (!m) { moved[k] = v; continue; }
        const j = Number(m[1]);
        if (j < i) moved[k] = v; else if (j > i) moved["added." + (j - 1) + m[2]] = v;
      }
      state.values = moved;
    }
    if (await loadScenario()) run();
  }

  function change(path, value) {
    if (String(value) === String(original[path])) delete state.values[path]; else state.values[path] = String(value);
    const row = document.querySelector('.control[data-control="' + CSS.escape(path) + '"]');
    if (row) row.classList.toggle("changed", path in state.values);
    run();
  }

  async function run() {
    const token = ++runToken;
    clearProblems();
    const r = await post("/api/run");
    const data = await r.json();
    if (token !== runToken) return;
    if (!r.ok) { showProblem(data.problem); return; }
    let seen = 0;
    for (;;) {
      const p = await fetch("/api/jobs/" + data.job + "?seen=" + seen);
      if (token !== runToken) return;
      if (!p.ok) { status("The computation was lost; change a value to run again.", "error"); return; }
      const snap = await p.json();
      if (token !== runToken) return;
      if (snap.result) render(snap, token);
      seen = snap.done;
      if (snap.state !== "running") {
        if (snap.state === "failed") status("The model stopped: " + snap.error, "error");
        return;
      }
    }
  }

  // token: the run this answer belongs to; explorer.newestRun says whether it is the answer to the
  // latest change (a slider that moves twice starts two runs, and the first may finish before the second).
  function render(snap, token) {
    const res = snap.result;
    snap.run = token;
    window.explorer.last = snap;
    const years = res.years;
    const last = years.length - 1;
    const t = res.total, b = res.baselineTotal, d = res.difference;
    const changed = !snap.unchanged;
    const doneText = snap.done + " of " + snap.replications + " runs";
    status(snap.state === "running" ? "Running… " + doneText + " so far (the numbers sharpen as runs finish)"
      : doneText + " in " + Math.round(snap.elapsedMs) + " ms · " + (changed ? Object.keys(state.values).length + " value(s) changed, "
        + state.added.length + " event(s) added, " + state.removed.length + " removed" : "the scenario as loaded"), snap.state === "running" ? "running" : "ok");
    const reached = res.medianReachedYear;
    const card = (title, value, sub, id) => el("div", { class: "card", id }, el("div", { class: "card-title", text: title }),
      el("div", { class: "card-value", text: value }), el("div", { class: "card-sub", text: sub }));
    $("headline").replaceChildren(
      card("Two-way trade in " + years[last] + " (median run)", money(t.p50[last]), "90 % of runs: " + money(t.p5[last]) + " to " + money(t.p95[last]), "card-total"),
      card("Target " + money(res.targetUsd), reached ? "reached in " + reached : "not reached by " + years[last],
        reached ? "the median run reaches it that year" : "the median run stays " + money(res.targetUsd - t.p50[last]) + " short", "card-target"),
      card("Chance of reaching the target by " + years[last], pct(res.probability[last]),
        "share of the runs · as loaded: " + pct(res.baselineProbability[last]), "card-probability"),
      card("Effect of your changes in " + years[last], changed ? signed(d.p50[last]) : "no change yet",
        changed ? "90 % of runs: " + signed(d.p5[last]) + " to " + signed(d.p95[last]) + largest(years, d.p50, last) : "move a control on the left", "card-effect"));
    const x = years;
    const m = (a) => a.map(million);
    const top = Math.max(...t.p95, ...b.p95);
    const showTarget = res.targetUsd <= 3 * top;
    $("target-note").textContent = showTarget ? "The red line is the target." : "The " + money(res.targetUsd) + " target is off this chart: "
      + (res.targetUsd / t.p50[last]).toFixed(0) + " times the median of " + years[last] + ".";
    const totalSeries = [x, m(t.p5), m(t.p95), m(t.p25), m(t.p75), m(t.p50), m(b.p50)];
    if (showTarget) totalSeries.push(x.map(() => million(res.targetUsd)));
    plot("chart-total", totalSeries, [
      { label: "5 %", stroke: "transparent" }, { label: "95 %", stroke: "transparent" },
      { label: "25 %", stroke: "transparent" }, { label: "75 %", stroke: "transparent" },
      { label: "median", stroke: "#1f4e79", width: 2.5 },
      { label: "as loaded (before your changes)", stroke: "#555", dash: [6, 4], width: 1.5 }]
      .concat(showTarget ? [{ label: "target " + money(res.targetUsd), stroke: "#c0392b", width: 1.5 }] : []),
      [{ series: [2, 1], fill: "rgba(31,78,121,0.15)" }, { series: [4, 3], fill: "rgba(31,78,121,0.30)" }], 320,
      [{ label: "half of the runs", fill: "rgba(31,78,121,0.45)" }, { label: "90 % of the runs", fill: "rgba(31,78,121,0.15)" }]);
    plot("chart-difference", [x, m(d.p5), m(d.p95), m(d.p50), x.map(() => 0)], [
      { label: "5 %", stroke: "transparent" }, { label: "95 %", stroke: "transparent" },
      { label: "median difference", stroke: "#7d3c98", width: 2.5 }, { label: "no effect", stroke: "#999", width: 1 }],
      [{ series: [2, 1], fill: "rgba(125,60,152,0.2)" }], 200, [{ label: "90 % of the runs", fill: "rgba(125,60,152,0.2)" }], true);
    const f = res.forward, k = res.backward, pair = res.pair;
    plot("chart-directions", [x, m(f.p50), m(f.p5), m(f.p95), m(k.p50), m(k.p5), m(k.p95)], [
      { label: pair[0] + " → " + pair[1], stroke: "#117a65", width: 2 }, { label: "5 %", stroke: "rgba(17,122,101,0.4)", dash: [3, 3] },
      { label: "95 %", stroke: "rgba(17,122,101,0.4)", dash: [3, 3] },
      { label: pair[1] + " → " + pair[0], stroke: "#b9770e", width: 2 }, { label: "5 %", stroke: "rgba(185,119,14,0.4)", dash: [3, 3] },
      { label: "95 %", stroke: "rgba(185,119,14,0.4)", dash: [3, 3] }], [], 200);
    table("probability", ["", ...years], [["this scenario", ...res.probability.map(pct)], ["as loaded", ...res.baselineProbability.map(pct)]]);
    const pick = [0, Math.max(0, years.indexOf(2030)), last].filter((v, i, a) => a.indexOf(v) === i);
    const flowRows = (rows) => rows.map((r) => [r.label, ...pick.map((i) => million(r.median[i]).toFixed(2)),
      (r.median[last] - r.baselineMedian[last] >= 0 ? "+" : "") + million(r.median[last] - r.baselineMedian[last]).toFixed(2)]);
    const heads = ["", ...pick.map((i) => String(years[i])), "effect in " + years[last]];
    table("products", heads, flowRows(res.products));
    table("revenue", heads, flowRows(res.revenue));
  }

  // The year of the largest median effect, when it is not the last year (an effect that fades by then).
  function largest(years, median, last) {
    let k = last;
    median.forEach((v, i) => { if (Math.abs(v) > Math.abs(median[k])) k = i; });
    return k === last || Math.abs(median[k]) < 0.5 ? "" : "; largest in " + years[k] + ": " + signed(median[k]);
  }

  function table(id, heads, rows) {
    const t = el("table", {}, el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", { text: h })))));
    const tb = el("tbody");
    rows.forEach((r) => tb.append(el("tr", {}, ...r.map((c, i) => el(i === 0 ? "th" : "td", { text: String(c) })))));
    t.append(tb);
    $(id).replaceChildren(t);
  }

  // A tick label with as many decimals as the spacing of the ticks needs: 20, 40, 60 or 0.5, 1.0, 1.5.
  function tick(y, step) {
    const decimals = Math.max(0, Math.min(3, -Math.floor(Math.log10(step || 1) + 1e-9)));
    return y.toFixed(decimals);
  }

  // The effect chart keeps zero in view, and with no effect at all shows ±1 rather than an empty 0–100.
  function withZero(u, lo, hi) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
    return hi - lo < 1e-9 ? [-1, 1] : uPlot.rangeNum(lo, hi, 0.1, true);
  }

  function plot(id, data, series, bands, height, bandKey, zeroInView) {
    const box = $(id);
    const width = Math.max(320, box.clientWidth || 640);
    const key = id + ":" + series.map((s) => s.label).join("|");
    if (charts[id] && charts[id].key === key) {
      charts[id].plot.setData(data);
      return;
    }
    if (charts[id]) charts[id].plot.destroy();
    box.replaceChildren();
    const opts = {
      width, height,
      scales: zeroInView ? { x: { time: false }, y: { range: withZero } } : { x: { time: false } },
      axes: [{ values: (u, v) => v.map((y) => String(y)) },
        { size: 70, label: "US$ million", values: (u, v, axis, space, step) => v.map((y) => tick(y, step)) }],
      series: [{ label: "year" }].concat(series.map((s) => Object.assign({ points: { show: false } }, s))),
      bands,
      legend: { show: false },
    };
    charts[id] = { key, plot: new uPlot(opts, data, box) };
    const keyLine = el("p", { class: "key" });
    series.filter((s) => s.stroke !== "transparent" && !/^(5|95) %$/.test(s.label)).forEach((s) => keyLine.append(
      el("span", { class: "swatch" + (s.dash ? " dashed" : ""), "data-colour": s.stroke }), el("span", { text: s.label })));
    (bandKey || []).forEach((b) => keyLine.append(el("span", { class: "swatch band", "data-fill": b.fill }), el("span", { text: b.label })));
    keyLine.querySelectorAll(".swatch").forEach((w) => {
      if (w.dataset.fill) w.style.background = w.dataset.fill; else w.style.borderTopColor = w.dataset.colour;
    });
    box.append(keyLine);
  }

  async function chooseScenario(id) {
    Object.assign(state, { scenario: id, removed: [], added: [], values: {} });
    for (const c of Object.values(charts)) c.plot.destroy();
    charts = {};
    document.querySelectorAll(".chart").forEach((c) => c.replaceChildren());
    $("controls").replaceChildren();
    if (await loadScenario()) run();
  }

  async function download() {
    const r = await post("/api/download");
    if (!r.ok) { showProblem((await r.json()).problem); return; }
    const blob = new Blob([await r.text()], { type: "application/yaml" });
    const a = el("a", { href: URL.createObjectURL(blob), download: info.downloadName });
    document.body.append(a);
    a.click();
    a.remove();
    status("Downloaded " + info.downloadName + ": run it with ./bilatsim run " + info.downloadName + " -n " + state.replications
      + " to get these numbers again (same seed).", "ok");
  }

  async function report() {
    status("Writing the full report (" + state.replications + " runs, charts, report.html)…", "running");
    const r = await post("/api/report");
    const data = await r.json();
    if (!r.ok) { showProblem(data.problem); return; }
    status("Full report written: " + data.report, "ok");
  }

  async function start() {
    const r = await fetch("/api/scenarios");
    const data = await r.json();
    const pick = $("scenario");
    data.scenarios.forEach((s) => pick.append(el("option", { value: s, text: s })));
    const reps = $("replications");
    reps.max = data.maxReplications;
    // ?runs=N opens the page with N replications (the browser test uses it to stay short).
    const asked = Number(new URLSearchParams(location.search).get("runs"));
    state.replications = asked >= 1 && asked <= data.maxReplications ? Math.round(asked) : data.replications;
    reps.value = state.replications;
    pick.addEventListener("change", () => chooseScenario(pick.value));
    reps.addEventListener("change", () => { state.replications = Number(reps.value); run(); });
    $("reset").addEventListener("click", () => chooseScenario(state.scenario));
    $("download").addEventListener("click", download);
    $("report").addEventListener("click", report);
    await chooseScenario(data.scenarios[0]);
  }

  window.explorer = { state, last: null, get info() { return info; }, get newestRun() { return runToken; } };
  start();
})();
