// The synckit playground's rendering: a Discord message (author, content, embeds, files, buttons) as DOM nodes.
// Everything a message carries is put in the page as text nodes or checked attributes, never as HTML.
"use strict";

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// ---- Discord's markdown subset: ```blocks```, `code`, **bold**, *italic*, [links](https://…), <@mentions>, <t:times>,
// bare https://… links ----

function markdown(text) {
  const fragment = document.createDocumentFragment();
  const blocks = /```(?:[\w+-]*\n)?([\s\S]*?)```/g;
  let last = 0;
  for (let match; (match = blocks.exec(text)) !== null; last = blocks.lastIndex) {
    inline(text.slice(last, match.index), fragment);
    const pre = el("pre");
    pre.appendChild(el("code", null, match[1].replace(/\n$/, "")));
    fragment.appendChild(pre);
  }
  inline(text.slice(last), fragment);
  return fragment;
}

// who a mention names: the page fills it from its session (member id -> name)
const memberNames = new Map();

// a link to a message of this guild opens it here, not on discord.com: the page sets the channels (id -> name)
// and the jump
const messageLinks = { channels: new Map(), jump: null };
const MESSAGE_URL = /^https:\/\/discord\.com\/channels\/(?:\d+|@me)\/(\d+)\/(\d+)$/;

function inline(text, parent) {
  const pattern = /`([^`]+)`|\*\*([\s\S]+?)\*\*|\*([^*\n]+)\*|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|<@!?(\d+)>|<t:(-?\d+)(?::[tTdDfFR])?>|(https?:\/\/[^\s<>()]+)/g;
  let last = 0;
  for (let match; (match = pattern.exec(text)) !== null; last = pattern.lastIndex) {
    if (match.index > last) parent.appendChild(document.createTextNode(text.slice(last, match.index)));
    if (match[1] !== undefined) {
      parent.appendChild(el("code", null, match[1]));
    } else if (match[2] !== undefined) {
      const strong = el("strong");
      inline(match[2], strong);
      parent.appendChild(strong);
    } else if (match[3] !== undefined) {
      const em = el("em");
      inline(match[3], em);
      parent.appendChild(em);
    } else if (match[6] !== undefined) {
      parent.appendChild(el("span", "mention", "@" + (memberNames.get(match[6]) || "unknown-user")));
    } else if (match[7] !== undefined) {
      parent.appendChild(el("time", "timestamp", new Date(Number(match[7]) * 1000).toLocaleString()));
    } else if (match[8] !== undefined) {
      parent.appendChild(link(match[8], match[8]));
    } else {
      parent.appendChild(link(match[5], match[4]));
    }
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

function link(url, text) {
  const here = MESSAGE_URL.exec(url);
  if (here && messageLinks.channels.has(here[1])) {
    // a bare link reads as Discord shows one: the channel and a message in it
    const a = el("a", "message-link", text === url ? "#" + messageLinks.channels.get(here[1]) + " › message" : text);
    a.href = "#message-" + here[2];
    a.dataset.channel = here[1];
    a.dataset.message = here[2];
    a.addEventListener("click", (event) => {
      event.preventDefault();
      if (messageLinks.jump) messageLinks.jump(here[1], here[2]);
    });
    return a;
  }
  const a = el("a", null, text);
  if (/^https?:\/\//.test(url)) a.href = url;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

// ---- messages ----

function timeOf(iso) {
  const at = new Date(iso);
  return isNaN(at) ? "" : "Today at " + at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function renderEmbed(embed) {
  const box = el("div", "embed");
  if (typeof embed.color === "number") box.style.borderLeftColor = "#" + embed.color.toString(16).padStart(6, "0");
  if (embed.author && embed.author.name) box.appendChild(el("div", "embed-author", embed.author.name));
  if (embed.title) {
    const title = el("div", "embed-title");
    if (embed.url) title.appendChild(link(embed.url, embed.title)); else title.textContent = embed.title;
    box.appendChild(title);
  }
  if (embed.description) {
    const description = el("div", "embed-description");
    description.appendChild(markdown(embed.description));
    box.appendChild(description);
  }
  if (Array.isArray(embed.fields) && embed.fields.length) {
    const fields = el("div", "embed-fields");
    for (const field of embed.fields) {
      const item = el("div", "embed-field" + (field.inline ? " inline" : ""));
      item.appendChild(el("div", "embed-field-name", field.name));
      const value = el("div", "embed-field-value");
      value.appendChild(markdown(String(field.value || "")));
      item.appendChild(value);
      fields.appendChild(item);
    }
    box.appendChild(fields);
  }
  const footer = [embed.footer && embed.footer.text, embed.timestamp && timeOf(embed.timestamp)].filter(Boolean);
  if (footer.length) box.appendChild(el("div", "embed-footer", footer.join(" • ")));
  return box;
}

function renderButton(component, message, onClick) {
  const label = ((component.emoji && component.emoji.name ? component.emoji.name + " " : "") + (component.label || "")).trim();
  if (component.style === 5 && component.url) {
    const a = link(component.url, label + " ↗");
    a.className = "component style-5";
    return a;
  }
  const button = el("button", "component style-" + (component.style || 2), label);
  button.type = "button";
  button.disabled = Boolean(component.disabled);
  button.dataset.customId = component.custom_id || "";
  button.addEventListener("click", () => onClick(message, component.custom_id, label));
  return button;
}

/** A message as Discord shows it; {@code used} is the command that asked for it, {@code onClick} gets button clicks. */
function renderMessage(message, used, ephemeral, onClick) {
  const node = el("article", "message" + (ephemeral ? " ephemeral" : ""));
  node.dataset.id = message.id;
  if (used) {
    const line = el("div", "used");
    line.appendChild(document.createTextNode("↱ "));
    line.appendChild(el("b", null, used.member));
    line.appendChild(document.createTextNode(" used " + used.label));
    node.appendChild(line);
  }
  const author = message.author || {};
  node.appendChild(el("div", "avatar" + (author.bot ? " bot" : ""), (author.username || "?").charAt(0)));
  const body = el("div", "body");
  const head = el("div", "head");
  head.appendChild(el("span", "author", author.username || "unknown"));
  if (author.bot) head.appendChild(el("span", "bot-tag", "APP"));
  head.appendChild(el("span", "time", timeOf(message.timestamp)));
  body.appendChild(head);
  if ((message.flags || 0) & LOADING) {
    body.appendChild(el("div", "thinking", (author.username || "The bot") + " is thinking…"));
  }
  if (message.content) {
    const content = el("div", "content");
    content.appendChild(markdown(message.content));
    body.appendChild(content);
  }
  for (const embed of message.embeds || []) body.appendChild(renderEmbed(embed));
  for (const attachment of message.attachments || []) {
    const file = el("a", "attachment", "📎 " + attachment.filename + " (" + (attachment.size || 0) + " bytes)");
    file.href = "/playground/api/attachments/" + encodeURIComponent(attachment.id);
    file.download = attachment.filename;
    body.appendChild(file);
  }
  for (const row of message.components || []) {
    const line = el("div", "components");
    for (const component of row.components || []) {
      if (component.type === 2) line.appendChild(renderButton(component, message, onClick));
    }
    body.appendChild(line);
  }
  if (message.edited_timestamp) body.appendChild(el("span", "edited", "(edited)"));
  if (ephemeral) body.appendChild(el("div", "only-you", "👁 Only you can see this"));
  node.appendChild(body);
  return node;
}

function renderNoAnswer(interaction, botName) {
  const node = el("article", "message ephemeral");
  node.dataset.id = interaction.id;
  node.appendChild(el("div", "avatar bot", botName.charAt(0)));
  const body = el("div", "body");
  body.appendChild(el("div", "failed", "The application did not respond (" + interaction.label + ")"));
  node.appendChild(body);
  return node;
}

