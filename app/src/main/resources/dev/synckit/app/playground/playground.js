// The synckit playground: a Discord channel view over the service's /playground/api (which forwards to the
// emulator): following its changes, the composer, channels, members and new versions. render.js draws messages.
"use strict";

const API = "/playground/api/";
const NO_ANSWER_MS = 3500;

const state = {
  session: null,
  channelId: null,
  member: null,
  commands: [],
  revision: -1,
  messages: [],
  interactions: [],          // what this page started: {id, channelId, member, label, at, answer}
  rendered: new Map(),       // message id -> {key, node}
  chosen: null,              // the command whose options are being filled in
};

const $ = (id) => document.getElementById(id);

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((json && json.message) || ("HTTP " + response.status));
  return json;
}

function notice(text, isError) {
  const box = $("notice");
  box.hidden = !text;
  box.textContent = text || "";
  box.classList.toggle("error", Boolean(isError));
}

/** The channel's messages and this member's private answers, oldest first, each with what identifies its look. */
function timeline() {
  const items = state.messages.map((message) => ({ id: message.id, message, ephemeral: false }));
  const usedBy = new Map();
  const privateAnswers = new Map();   // by id: a button on a private answer answers with that same message
  for (const interaction of state.interactions) {
    if (interaction.channelId !== state.channelId) continue;
    const answer = interaction.answer;
    if (interaction.kind === "command" && answer && answer.original) usedBy.set(answer.original.id, interaction);
    if (interaction.member !== state.member) continue;
    if (answer && answer.callbacks.length === 0 && Date.now() - interaction.at > NO_ANSWER_MS) {
      items.push({ id: interaction.id, noAnswer: interaction });
    }
    if (!answer) continue;
    for (const message of [answer.original, ...answer.follow_ups]) {
      if (message && ((message.flags || 0) & EPHEMERAL)) privateAnswers.set(message.id, message);
    }
  }
  for (const [id, message] of privateAnswers) items.push({ id, message, ephemeral: true });
  items.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  return items.map((item) => ({
    ...item,
    used: item.message ? usedBy.get(item.message.id) : null,
    key: item.noAnswer ? "no-answer" : JSON.stringify([item.message, item.ephemeral, Boolean(usedBy.get(item.id))]),
  }));
}

/** Re-renders only the messages whose content changed; keeps the view at the bottom when it was there. */
function render() {
  const list = $("messages");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  const wanted = timeline();
  const seen = new Set();
  let previous = null;
  for (const item of wanted) {
    seen.add(item.id);
    let entry = state.rendered.get(item.id);
    if (!entry || entry.key !== item.key) {
      const node = item.noAnswer ? renderNoAnswer(item.noAnswer, state.session.bot)
        : renderMessage(item.message, item.used, item.ephemeral, click);
      if (entry) entry.node.replaceWith(node);
      entry = { key: item.key, node };
      state.rendered.set(item.id, entry);
    }
    const expected = previous ? previous.nextSibling : list.firstChild;
    if (expected !== entry.node) list.insertBefore(entry.node, expected);
    previous = entry.node;
  }
  for (const [id, entry] of state.rendered) {
    if (!seen.has(id)) {
      entry.node.remove();
      state.rendered.delete(id);
    }
  }
  if (atBottom) list.scrollTop = list.scrollHeight;
}

// ---- following the emulator ----

async function refresh() {
  const [messages, commands] = await Promise.all([
    call("GET", "channels/" + state.channelId + "/messages"),
    state.commands.length ? Promise.resolve(state.commands) : call("GET", "commands"),
  ]);
  state.messages = messages;
  state.commands = commands;
  // an answer may still change (a deferred reply, a file added) while young; older ones are settled
  const recent = state.interactions.filter((interaction) => !interaction.answer || Date.now() - interaction.at < 120000);
  await Promise.all(recent.map(async (interaction) => {
    interaction.answer = await call("GET", "interactions/" + interaction.id);
  }));
  render();
}

async function follow() {
  for (;;) {
    try {
      const next = await call("GET", "revision?after=" + state.revision + "&wait_ms=15000");
      if (next.revision !== state.revision) {
        state.revision = next.revision;
        await refresh();
      }
      if ($("notice").classList.contains("error")) notice("");
    } catch (error) {
      notice("Lost the service (" + error.message + "); trying again…", true);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function remember(kind, label, answer) {
  state.interactions.push({ id: answer.interaction_id, kind, channelId: state.channelId, member: state.member,
    label, at: Date.now(), answer: null });
  // Discord says so when the bot does not answer in time; nothing else would wake the page then
  setTimeout(() => refresh().catch(() => {}), NO_ANSWER_MS + 100);
}

async function click(message, customId, label) {
  try {
    const answer = await call("POST", "interactions/buttons",
      { member: state.member, message_id: message.id, custom_id: customId });
    remember("button", label, answer);
  } catch (error) {
    notice(error.message, true);
  }
}

// ---- the composer: slash commands with their options ----

function optionInput(option) {
  const label = el("label", null, option.name + (option.required ? "*" : ""));
  label.title = option.description || "";
  let input;
  if (Array.isArray(option.choices) && option.choices.length) {
    input = el("select");
    if (!option.required) input.appendChild(el("option", null, ""));
    for (const choice of option.choices) {
      const item = el("option", null, choice.name);
      item.value = String(choice.value);
      input.appendChild(item);
    }
  } else if (option.type === 5) {
    input = el("select");
    for (const value of option.required ? ["true", "false"] : ["", "true", "false"]) input.appendChild(el("option", null, value));
  } else {
    input = el("input");
    input.type = option.type === 4 || option.type === 10 ? "number" : "text";
    input.placeholder = option.description || "";
  }
  input.dataset.option = option.name;
  input.dataset.type = option.type;
  label.appendChild(input);
  return label;
}

/** Runs {@code change} to the composer's height, keeping the channel scrolled to its newest message if it was. */
function keepingBottom(change) {
  const list = $("messages");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  change();
  if (atBottom) list.scrollTop = list.scrollHeight;
}

function showPicker(visible) {
  if ($("suggestions").hidden !== !visible) keepingBottom(() => { $("suggestions").hidden = !visible; });
}

function choose(command) {
  state.chosen = command;
  const box = $("command-options");
  box.replaceChildren(el("span", "command-chip", "/" + command.name));
  for (const option of command.options || []) {
    if (option.type === 3 || option.type === 4 || option.type === 5 || option.type === 10) box.appendChild(optionInput(option));
  }
  keepingBottom(() => { box.hidden = false; });
  $("composer-input").value = "/" + command.name;
  showPicker(false);
  const first = box.querySelector("input, select");
  (first || $("composer-input")).focus();
}

function suggest() {
  const text = $("composer-input").value;
  const list = $("suggestions");
  if (!text.startsWith("/") || (state.chosen && text === "/" + state.chosen.name)) {
    showPicker(false);
    return;
  }
  state.chosen = null;
  $("command-options").hidden = true;
  const prefix = text.slice(1).split(" ")[0];
  const matching = state.commands.filter((command) => command.name.startsWith(prefix));
  list.replaceChildren(...matching.map((command) => {
    const item = el("li");
    const button = el("button", null);
    button.type = "button";
    button.dataset.command = command.name;
    button.appendChild(el("span", "name", "/" + command.name));
    button.appendChild(el("span", "description", command.description || ""));
    button.addEventListener("click", () => choose(command));
    item.appendChild(button);
    return item;
  }));
  showPicker(matching.length > 0);
}

function optionValues() {
  const values = [];
  for (const input of $("command-options").querySelectorAll("[data-option]")) {
    if (input.value === "") continue;
    const type = Number(input.dataset.type);
    const value = type === 4 ? parseInt(input.value, 10) : type === 10 ? Number(input.value)
      : type === 5 ? input.value === "true" : input.value;
    values.push({ name: input.dataset.option, value });
  }
  return values;
}

async function send(event) {
  event.preventDefault();
  const text = $("composer-input").value.trim();
  const command = state.chosen || state.commands.find((candidate) => "/" + candidate.name === text);
  if (!command) {
    notice(text.startsWith("/") ? "No such command: " + text : "This bot only understands slash commands: type /", true);
    return;
  }
  const options = state.chosen ? optionValues() : [];
  const missing = (command.options || []).filter((option) => option.required && !options.some((o) => o.name === option.name));
  if (missing.length) {
    if (!state.chosen) choose(command); else notice("Fill in " + missing.map((o) => o.name).join(", "), true);
    return;
  }
  try {
    const answer = await call("POST", "interactions/commands",
      { member: state.member, channel_id: state.channelId, command: command.name, options });
    const shown = options.map((option) => option.name + ":" + option.value).join(" ");
    remember("command", "/" + command.name + (shown ? " " + shown : ""), answer);
    notice("");
    state.chosen = null;
    // setting the value fires no input event: the picker is closed here, or it would stay over the channel
    keepingBottom(() => { $("command-options").hidden = true; });
    showPicker(false);
    $("composer-input").value = "";
  } catch (error) {
    notice(error.message, true);
  }
}

// ---- channels, members, new versions ----

function showChannel(channel) {
  state.channelId = channel.id;
  $("channel-title").textContent = channel.name;
  for (const button of $("channels").querySelectorAll("button")) {
    button.classList.toggle("active", button.dataset.channel === channel.id);
  }
  state.messages = [];
  return refresh().catch((error) => notice(error.message, true));
}

/** A link to a message of this guild: its channel, scrolled to it, briefly highlighted. */
async function jumpTo(channelId, messageId) {
  if (channelId !== state.channelId) {
    await showChannel(state.session.channels.find((channel) => channel.id === channelId));
  }
  const node = $("messages").querySelector("article[data-id='" + messageId + "']");
  if (!node) {
    notice("That message is not in this channel any more.", true);
    return;
  }
  node.scrollIntoView({ block: "center" });
  node.classList.remove("highlight");
  void node.offsetWidth;   // restarts the highlight's animation on a second jump
  node.classList.add("highlight");
}

function showMember() {
  const maintainer = state.member === state.session.maintainer;
  $("member-name").textContent = state.member;
  $("member-role").textContent = maintainer ? "maintainer" : "guest (no role)";
  $("member-avatar").textContent = state.member.charAt(0);
  $("member-avatar").classList.toggle("guest", !maintainer);
  $("member-switch").textContent = "Be " + (maintainer ? state.session.guest : state.session.maintainer);
  render();
}

async function newVersion() {
  const button = $("new-version");
  button.disabled = true;
  try {
    const released = await call("POST", "new-version");
    notice("Committed " + released.version + " (" + released.commit.slice(0, 7) + ") upstream and posted it to "
      + "/events/new-version: " + released.status + ". The announcement is in #deploys.");
  } catch (error) {
    notice(error.message, true);
  } finally {
    button.disabled = false;
  }
}

async function start() {
  state.session = await call("GET", "session");
  for (const [id, name] of Object.entries(state.session.members || {})) memberNames.set(id, name);
  for (const channel of state.session.channels) messageLinks.channels.set(channel.id, channel.name);
  messageLinks.jump = (channelId, messageId) => jumpTo(channelId, messageId).catch((error) => notice(error.message, true));
  state.member = state.session.maintainer;
  $("guild-name").textContent = state.session.guild;
  for (const channel of state.session.channels) {
    const item = el("li");
    const button = el("button", null, channel.name);
    button.type = "button";
    button.id = "channel-" + channel.name;
    button.dataset.channel = channel.id;
    button.addEventListener("click", () => showChannel(channel));
    item.appendChild(button);
    $("channels").appendChild(item);
  }
  $("member-switch").addEventListener("click", () => {
    state.member = state.member === state.session.maintainer ? state.session.guest : state.session.maintainer;
    showMember();
  });
  $("new-version").addEventListener("click", newVersion);
  $("composer").addEventListener("submit", send);
  $("composer-input").addEventListener("input", suggest);
  // the picker closes as Discord's does: on Escape, and on a click anywhere but the composer
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") showPicker(false); });
  document.addEventListener("mousedown", (event) => { if (!$("composer").contains(event.target)) showPicker(false); });
  showMember();
  showChannel(state.session.channels.find((channel) => channel.id === state.session.deployChannel));
  follow();
}

start().catch((error) => notice("The playground did not start: " + error.message, true));
