// The dashboard: reads the deployments API with the maintainer's session cookie and keeps the page current by
// polling — the list every few seconds, an open running deployment and its log every second.
"use strict";

const LIST_EVERY_MS = 2000;
const OPEN_EVERY_MS = 1000;
const STORE_EVERY_MS = 60000;
const FINAL = new Set(["succeeded", "failed", "cancelled"]);

const state = { selected: null, logShown: false };

const $ = (selector) => document.querySelector(selector);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  }
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: "same-origin", ...options });
  if (response.status === 401) {
    location.assign("/auth/login?return=" + encodeURIComponent(location.pathname));
    throw new Error("not logged in");
  }
  if (!response.ok) {
    let message = response.status + " " + response.statusText;
    try { message = (await response.json()).error || message; } catch (ignored) { /* a non-JSON error body */ }
    throw new Error(path + ": " + message);
  }
  const type = response.headers.get("content-type") || "";
  return type.includes("json") ? response.json() : response.text();
}

function showProblem(error) {
  const problem = $("#problem");
  problem.hidden = !error;
  problem.textContent = error ? String(error.message || error) : "";
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : "—";
}

function ago(iso) {
  if (!iso) return "—";
  const seconds = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
  if (seconds < 90) return Math.round(seconds) + " s ago";
  if (seconds < 5400) return Math.round(seconds / 60) + " min ago";
  if (seconds < 129600) return Math.round(seconds / 3600) + " h ago";
  return Math.round(seconds / 86400) + " days ago";
}

function durationMs(deployment) {
  if (!deployment.startedAt) return null;
  const end = deployment.finishedAt ? new Date(deployment.finishedAt) : new Date();
  return end - new Date(deployment.startedAt);
}

function formatDuration(ms) {
  if (ms === null || ms === undefined) return "—";
  if (ms < 1000) return ms + " ms";
  if (ms < 120000) return (ms / 1000).toFixed(1) + " s";
  return Math.floor(ms / 60000) + " min " + Math.round((ms % 60000) / 1000) + " s";
}

function shortHash(hash) {
  return hash ? hash.slice(0, 7) : "—";
}

function revision(deployment) {
  if (deployment.fromHash && deployment.toHash && deployment.fromHash !== deployment.toHash) {
    return shortHash(deployment.fromHash) + " → " + shortHash(deployment.toHash);
  }
  return shortHash(deployment.toHash || deployment.ref);
}

function statusBadge(status) {
  return el("span", { class: "status " + status }, status.replace("_", " "));
}

function renderTargets(targets) {
  const cards = targets.map((target) => el("div", { class: "card", "data-target": target.name },
    el("h3", {}, target.name, " ", target.lock ? el("span", { class: "status failed" }, "locked") : ""),
    el("div", {}, "running ", el("code", {}, shortHash(target.running && target.running.hash)),
      target.running ? " · up since " + when(target.running.since) : ""),
    el("div", { class: "muted" }, "last: ",
      target.last ? statusBadge(target.last.status) : "no deployment yet",
      target.last ? " " + ago(target.last.createdAt) : ""),
    el("div", { class: "muted" }, "agent: " + (target.agent || "unknown"))));
  $("#targets").replaceChildren(...cards);
}

/** A person by name, their id (or the token, …) on hover: the API keeps the id and adds the name beside it. */
function who(id, name) {
  return el("span", { class: "who", title: name && name !== id ? id : null }, name || id);
}

function renderDeployments(deployments) {
  const rows = deployments.map((deployment) => {
    const row = el("tr", { "data-id": deployment.id, class: deployment.id === state.selected ? "selected" : null },
      el("td", {}, el("code", {}, deployment.id.slice(0, 8))), el("td", {}, deployment.target),
      el("td", {}, statusBadge(deployment.status)), el("td", {}, who(deployment.requestedBy, deployment.requestedByName)),
      el("td", {}, el("code", {}, revision(deployment))), el("td", {}, formatDuration(durationMs(deployment))),
      el("td", {}, ago(deployment.createdAt)));
    row.addEventListener("click", () => open(deployment.id));
    return row;
  });
  $("#deployments tbody").replaceChildren(...rows);
  renderChart(deployments.filter((deployment) => FINAL.has(deployment.status) && deployment.startedAt));
}

// One dot per finished deployment: time along x, duration up y, colour by outcome.
function renderChart(finished) {
  const svg = $("#chart");
  const ns = "http://www.w3.org/2000/svg";
  const shape = (tag, attributes) => {
    const node = document.createElementNS(ns, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  };
  const left = 44, right = 470, top = 10, bottom = 180;
  const nodes = [shape("line", { x1: left, y1: bottom, x2: right, y2: bottom, class: "axis" }),
    shape("line", { x1: left, y1: top, x2: left, y2: bottom, class: "axis" })];
  if (finished.length === 0) {
    const empty = shape("text", { x: left + 10, y: 100 });
    empty.textContent = "no finished deployments yet";
    svg.replaceChildren(...nodes, empty);
    return;
  }
  const times = finished.map((deployment) => new Date(deployment.finishedAt).getTime());
  const durations = finished.map(durationMs);
  const first = Math.min(...times), last = Math.max(...times), longest = Math.max(...durations, 1);
  const x = (time) => last === first ? (left + right) / 2 : left + (time - first) / (last - first) * (right - left);
  const y = (ms) => bottom - ms / longest * (bottom - top);
  const label = shape("text", { x: 2, y: top + 8 });
  label.textContent = formatDuration(longest);
  nodes.push(label);
  finished.forEach((deployment, index) => {
    const dot = shape("circle", { cx: x(times[index]), cy: y(durations[index]), r: 4, class: deployment.status });
    const title = document.createElementNS(ns, "title");
    title.textContent = deployment.target + " " + deployment.status + " in " + formatDuration(durations[index]);
    dot.append(title);
    nodes.push(dot);
  });
  svg.replaceChildren(...nodes);
}

function renderLocks(locks) {
  $("#locks tbody").replaceChildren(...locks.map((lock) => el("tr", {},
    el("td", {}, lock.target), el("td", {}, who(lock.holder, lock.holderName)), el("td", {}, lock.reason),
    el("td", {}, when(lock.since)))));
}

function renderAudit(entries) {
  $("#audit tbody").replaceChildren(...entries.map((entry) => el("tr", {},
    el("td", {}, when(entry.at)), el("td", {}, who(entry.actor, entry.actorName)), el("td", {}, el("code", {}, entry.action)),
    el("td", {}, entry.target), el("td", {}, entry.detail))));
}

// The store's size as /metrics shows it: the service counts rows there at most once a minute, so the page does not
// ask the store again. Prometheus ends a label list with a comma.
function storeSize(metrics) {
  const rows = [];
  let fileBytes = null;
  for (const line of metrics.split("\n")) {
    const table = line.match(/^synckit_store_rows\{table="([^"]+)",?\} (\S+)$/);
    if (table) rows.push([table[1], Number(table[2])]);
    const file = line.match(/^synckit_store_file_bytes (\S+)$/);
    if (file) fileBytes = Number(file[1]);
  }
  return { rows, fileBytes };
}

function renderStore({ rows, fileBytes }) {
  const lines = rows.map(([table, count]) => el("tr", { "data-table": table },
    el("td", {}, el("code", {}, table)), el("td", {}, count.toLocaleString("en"))));
  if (fileBytes !== null) {
    lines.push(el("tr", { "data-table": "h2-file" }, el("td", {}, "H2 database file"),
      el("td", {}, (fileBytes / 1048576).toFixed(1) + " MB")));
  }
  $("#store tbody").replaceChildren(...lines);
}

async function refreshStore() {
  try {
    renderStore(storeSize(await api("/metrics")));
  } catch (error) {
    showProblem(error);
  }
}

function renderTokens(tokens) {
  $("#tokens tbody").replaceChildren(...tokens.map((token) => {
    let action = "revoked " + ago(token.revokedAt);
    if (!token.revokedAt) {
      action = el("button", { type: "button" }, "Revoke");
      action.addEventListener("click", () => revokeToken(token));
    }
    return el("tr", { "data-token": token.name },
      el("td", {}, token.name), el("td", {}, token.targets.join(", ")), el("td", {}, token.actions.join(", ")),
      el("td", {}, token.lastUsedAt ? ago(token.lastUsedAt) : "never"), el("td", {}, action));
  }));
}

function renderDetail(deployment) {
  $("#detail").hidden = false;
  $("#detail-id").textContent = deployment.id.slice(0, 8) + " · " + deployment.target;
  $("#detail-status").replaceChildren(statusBadge(deployment.status));
  $("#detail-status").dataset.status = deployment.status;
  $("#detail-summary").textContent = "requested by " + (deployment.requestedByName || deployment.requestedBy)
    + (deployment.reason ? " (" + deployment.reason + ")" : "") + " · " + revision(deployment)
    + " · " + formatDuration(durationMs(deployment)) + (deployment.error ? " · " + deployment.error : "");
  $("#detail-steps").replaceChildren(...deployment.steps.map((step) => el("li", { "data-step": step.name },
    step.name, " ", statusBadge(step.status), " ", formatDuration(step.durationMs),
    step.tail && step.status !== "succeeded" ? el("pre", {}, step.tail) : "")));
}

async function open(id) {
  state.selected = id;
  state.logShown = false;
  $("#log").hidden = true;
  document.querySelectorAll("#deployments tr.selected").forEach((row) => row.classList.remove("selected"));
  const row = document.querySelector(`#deployments tr[data-id="${CSS.escape(id)}"]`);
  if (row) row.classList.add("selected");
  await refreshOpen();
}

async function refreshOpen() {
  if (!state.selected) return;
  const deployment = await api("/api/v1/deployments/" + encodeURIComponent(state.selected));
  renderDetail(deployment);
  if (state.logShown) {
    $("#log").textContent = await api("/api/v1/deployments/" + encodeURIComponent(state.selected) + "/log");
  }
}

async function showLog() {
  state.logShown = true;
  $("#log").hidden = false;
  await refreshOpen();
}

async function createToken(event) {
  event.preventDefault();
  const form = event.target;
  const targets = form.targets.value.split(",").map((target) => target.trim()).filter(Boolean);
  const body = {
    name: form.name.value.trim(),
    targets,
    actions: [...form.querySelectorAll("input[name=action]:checked")].map((box) => box.value),
  };
  try {
    const created = await api("/api/v1/tokens", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const shown = $("#new-token");
    shown.hidden = false;
    shown.replaceChildren("Token ", el("strong", {}, created.name), " (shown once, copy it now): ",
      el("code", {}, created.token));
    form.reset();
    showProblem(null);
    renderTokens(await api("/api/v1/tokens"));
  } catch (error) {
    showProblem(error);
  }
}

async function revokeToken(token) {
  if (!confirm("Revoke the token " + token.name + "? Anything using it is refused at once.")) return;
  try {
    await api("/api/v1/tokens/" + encodeURIComponent(token.id), { method: "DELETE" });
    renderTokens(await api("/api/v1/tokens"));
  } catch (error) {
    showProblem(error);
  }
}

async function refresh() {
  try {
    const [targets, deployments, locks, audit, tokens] = await Promise.all([api("/api/v1/targets"),
      api("/api/v1/deployments?limit=50"), api("/api/v1/locks"), api("/api/v1/audit?limit=50"),
      api("/api/v1/tokens")]);
    renderTargets(targets);
    renderDeployments(deployments);
    renderLocks(locks);
    renderAudit(audit);
    renderTokens(tokens);
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

// While the open deployment runs, follow it every second; otherwise the lists every few seconds are enough.
async function tick() {
  let running = false;
  try {
    if (state.selected) {
      await refreshOpen();
      running = !FINAL.has($("#detail-status").dataset.status);
    }
  } catch (error) {
    showProblem(error);
  }
  setTimeout(tick, running ? OPEN_EVERY_MS : LIST_EVERY_MS);
}

async function start() {
  const me = await api("/auth/me");
  $("#who").textContent = me.username;
  $("#logout").addEventListener("click", async () => {
    await fetch("/auth/logout", { method: "POST", credentials: "same-origin" });
    location.assign("/");
  });
  $("#show-log").addEventListener("click", () => showLog().catch(showProblem));
  $("#token-form").addEventListener("submit", createToken);
  await refresh();
  setInterval(refresh, LIST_EVERY_MS);
  refreshStore();
  setInterval(refreshStore, STORE_EVERY_MS);
  tick();
}

start().catch(showProblem);
