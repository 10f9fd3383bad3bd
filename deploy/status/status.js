// The status page: programme progress against the 2027 targets and the event pipeline's health,
// read through the gateway that serves this page (same origin, so no CORS). No build step and no
// library: the charts are SVG drawn here. services.json (make gateway) lists the services.
"use strict";

const TOKEN_KEY = "mic-status-token"; // sessionStorage: gone when the tab closes
const REFRESH_MS = 30000;
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text = "") {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== "") node.textContent = String(text);
  return node;
}

async function getJson(path, token) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}`, "Accept-Language": "zh-CN" } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${body.detail || body.title || ""}`);
  return body;
}

// Prometheus text format: `name{label="value",...} number` per line; comments skipped.
function parseMetrics(text) {
  const samples = [];
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels = {};
    for (const [, key, value] of (match[2] || "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

function total(samples, name, labels = {}, combine = (a, b) => a + b) {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => combine(sum, s.value), 0);
}

// One horizontal bar per entry, scaled to the largest value (or to `max`), the value beside it.
function barChart(entries, { max, labels = {} } = {}) {
  const width = 360, row = 22, labelWidth = 110, barSpace = width - labelWidth - 40;
  const top = Math.max(max || 0, ...entries.map(([, v]) => v), 1);
  const svg = el("svg:svg", { width, height: Math.max(row, entries.length * row), role: "img" });
  entries.forEach(([key, value], i) => {
    const y = i * row;
    svg.append(el("svg:text", { x: 0, y: y + 15 }, labels[key] || key));
    svg.append(el("svg:rect", { x: labelWidth, y: y + 4, height: 14, width: (value / top) * barSpace, fill: "#3e7bfa" }));
    svg.append(el("svg:text", { x: labelWidth + (value / top) * barSpace + 6, y: y + 15, "data-key": key }, value));
  });
  if (entries.length === 0) svg.append(el("svg:text", { x: 0, y: 15 }, "—"));
  return svg;
}

// A target: a bar to the target's length, filled to the actual count, the numbers beside it.
function targetBlock(target) {
  const block = el("div", { class: "target", "data-code": target.code });
  const numbers = el("span", { class: "numbers" });
  numbers.append(el("b", { class: "actual" }, target.actual), " / ", el("span", { class: "goal" }, target.target));
  numbers.append(` (${target.percent}%) · ${target.deadline} · ${target.clause}`);
  const title = el("div", {}, `${target.title_zh} — ${target.title_en} `);
  title.append(numbers);
  if (target.met) title.append(el("span", { class: "met" }, " ✓ 已达成 met"));
  const width = 480, filled = Math.min(1, target.actual / Math.max(target.target, 1)) * width;
  const svg = el("svg:svg", { width, height: 16, role: "img", "aria-label": `${target.actual} of ${target.target}` });
  svg.append(el("svg:rect", { x: 0, y: 2, width, height: 12, fill: "#e4e7eb" }));
  svg.append(el("svg:rect", { x: 0, y: 2, width: filled, height: 12, fill: target.met ? "#12b76a" : "#3e7bfa" }));
  block.append(title, svg);
  return block;
}

function labelsOf(enums, name) {
  return Object.fromEntries((enums[name] || []).map((v) => [v.value, v.zh]));
}

async function showProgramme(token) {
  const [progress, enums] = await Promise.all([
    getJson("/api/v1/programme/progress", token),
    getJson("/api/v1/meta/enums", token).catch(() => ({})),
  ]);
  document.getElementById("as-of").textContent = progress.as_of;
  document.getElementById("total-centers").textContent = progress.total_centers;
  document.getElementById("targets").replaceChildren(...progress.targets.map(targetBlock));
  const sorted = (counts) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  document.getElementById("by-tier").replaceChildren(barChart(sorted(progress.by_tier), { labels: labelsOf(enums, "tier") }));
  document.getElementById("by-status").replaceChildren(
    barChart(sorted(progress.by_status), { labels: labelsOf(enums, "center_status") }),
  );
  document.getElementById("by-district").replaceChildren(barChart(sorted(progress.by_district)));
}

async function pipelineRow(service) {
  const row = el("tr", { "data-service": service });
  row.append(el("td", {}, service));
  let samples;
  try {
    const response = await fetch(`/${service}/metrics`);
    if (!response.ok) throw new Error(String(response.status));
    samples = parseMetrics(await response.text());
  } catch (error) {
    row.append(el("td", { class: "bad", colspan: 4 }, `unreachable (${error.message})`));
    return row;
  }
  const figures = {
    backlog: total(samples, "mic_outbox_backlog"),
    oldest: total(samples, "mic_outbox_oldest_unsent_age_seconds", {}, Math.max),
    lag: total(samples, "mic_consumer_lag"),
    dead: total(samples, "mic_events_consumed_total", { outcome: "dead_lettered" }),
  };
  for (const [name, value] of Object.entries(figures)) {
    const shown = name === "oldest" ? value.toFixed(1) : value;
    row.append(el("td", { "data-figure": name, class: value > 0 && name !== "lag" ? "bad" : "" }, shown));
  }
  return row;
}

async function showPipeline() {
  const services = await (await fetch("services.json")).json();
  const rows = await Promise.all(services.map(pipelineRow));
  document.getElementById("pipeline-rows").replaceChildren(...rows);
}

async function refresh() {
  const message = document.getElementById("message");
  const token = sessionStorage.getItem(TOKEN_KEY);
  const work = [showPipeline()];
  if (token) work.push(showProgramme(token));
  else message.textContent = "粘贴令牌以显示目标进度 · paste a token to see the programme's progress";
  const results = await Promise.allSettled(work);
  const failed = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
  if (token) message.textContent = failed.join(" · ");
  document.body.dataset.state = failed.length ? "error" : token ? "ready" : "pipeline-only";
}

document.getElementById("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("token");
  sessionStorage.setItem(TOKEN_KEY, input.value.trim());
  input.value = "";
  document.body.dataset.state = "loading";
  refresh();
});
refresh();
setInterval(refresh, REFRESH_MS);
