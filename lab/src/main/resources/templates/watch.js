// The watch page: follows the server's seconds (or shows the SAVED ones) and draws the latest of them.
"use strict";

const KEPT = 3600;          // seconds kept in the page, as on the server
const LIVE_WINDOW = 120;    // seconds the live chart spans
const STACKS = ["monolith", "microservices"];
const seconds = [];
let drawPending = false;

const element = (tag, attributes = {}, text) => {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
};
const time = at => new Date(at).toLocaleTimeString([], { hour12: false });
const number = (value, digits = 1) => value === null || value === undefined ? "–" : value.toFixed(digits);

function figure(name, label, value, unit) {
  const node = element("span", { class: "figure" + (value > 0 ? " nonzero" : ""), "data-figure": name });
  node.append(element("b", {}, number(value)), " ", element("small", {}, unit ? label + " " + unit : label));
  return node;
}

function drawFigures(section, traffic) {
  section.querySelector(".figures").replaceChildren(
    figure("requests", "requests/s", traffic.requests),
    figure("failed", "failed/s", traffic.failed),
    figure("degraded", "degraded pages/s", traffic.degraded),
    figure("p50", "p50", traffic.p50, "ms"),
    figure("p99", "p99", traffic.p99, "ms"));
}

function drawChart(section, stack, shown) {
  const width = 600, height = 120, first = shown[0].at, span = Math.max(1000, shown[shown.length - 1].at - first);
  const trafficOf = second => second.stacks.find(traffic => traffic.stack === stack);
  const top = Math.max(1, ...shown.map(second => trafficOf(second).requests));
  const x = at => ((at - first) / span * width).toFixed(1);
  const y = value => (height - 4 - value / top * (height - 8)).toFixed(1);
  const line = (key, colour) => `<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${
    shown.map(second => x(second.at) + "," + y(trafficOf(second)[key])).join(" ")}"/>`;
  const marks = shown.flatMap(second => second.marks).filter(mark => mark.at >= first).map(mark =>
    `<line x1="${x(mark.at)}" x2="${x(mark.at)}" y1="0" y2="${height}" stroke="${mark.byHand ? "#333" : "#aaa"}"` +
    ` stroke-dasharray="${mark.byHand ? "" : "3,3"}"><title>${time(mark.at)} ${escape(mark.text)}</title></line>`).join("");
  section.querySelector(".chart").innerHTML =
    `<svg viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="${stack} per second">` +
    marks + line("requests", "#2a7d2a") + line("failed", "#b00020") + line("degraded", "#c77700") + `</svg>` +
    `<div class="legend">${time(first)} – ${time(shown[shown.length - 1].at)}, top ${number(top)}/s:` +
    `<i style="background:#2a7d2a"></i>requests<i style="background:#b00020"></i>failed` +
    `<i style="background:#c77700"></i>degraded<i style="background:#333"></i>done by hand<i style="background:#aaa"></i>seen</div>`;
}

function escape(text) {
  return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

function box(part) {
  const node = element("div", { class: "part", "data-part": part.name, "data-state": part.state });
  node.append(element("span", { class: "state" }, part.state), element("div", { class: "name" }, part.name));
  node.append(element("div", {}, part.cpu === null ? "CPU –" : "CPU " + number(part.cpu, 0) + " %" +
    (part.rssMib === null ? "" : ", RSS " + part.rssMib + " MiB")));
  part.faults.forEach(fault => node.append(element("div", { class: "fault" }, "fault: " + fault)));
  Object.entries(part.breakers).forEach(([name, state]) =>
    node.append(element("div", { class: "guard " + state, "data-breaker": name }, "breaker " + name + ": " + state)));
  Object.entries(part.bulkheads).forEach(([name, fill]) =>
    node.append(element("div", { class: "guard", "data-bulkhead": name }, "bulkhead " + name + ": " + fill)));
  return node;
}

function drawMarks() {
  const list = document.getElementById("marks");
  const marks = seconds.flatMap(second => second.marks).reverse();
  list.replaceChildren(...marks.map(mark =>
    element("li", { class: mark.byHand ? "by-hand" : "seen" }, time(mark.at) + "  " + mark.text)));
}

function draw() {
  drawPending = false;
  if (seconds.length === 0) return;
  const latest = seconds[seconds.length - 1];
  const shown = SAVED ? seconds : seconds.slice(-LIVE_WINDOW);
  document.getElementById("clock").textContent = time(latest.at);
  for (const stack of STACKS) {
    const section = document.querySelector(`.stack[data-stack="${stack}"]`);
    drawFigures(section, latest.stacks.find(traffic => traffic.stack === stack));
    drawChart(section, stack, shown);
    section.querySelector(".parts").replaceChildren(...latest.parts.filter(part => part.stack === stack).map(box));
  }
  document.querySelector("#shared .parts").replaceChildren(...latest.parts.filter(part => part.stack === "shared").map(box));
  document.getElementById("eureka").replaceChildren(...Object.entries(latest.eureka).map(([service, instances]) =>
    element("li", { "data-service": service }, service + ": " + (instances.length ? instances.join(", ") : "no instance"))));
  drawMarks();
}

function add(second) {
  seconds.push(second);
  if (seconds.length > KEPT) seconds.shift();
  if (!drawPending) {
    drawPending = true;
    setTimeout(draw, 50);  // a page opened late gets many seconds at once: one drawing for all of them
  }
}

function connection(state, text) {
  const node = document.getElementById("connection");
  node.dataset.connection = state;
  node.textContent = text;
}

if (SAVED) {
  SAVED.forEach(add);
  connection("saved", "saved history");
  document.getElementById("save").remove();
} else {
  const events = new EventSource("events");
  events.onopen = () => connection("live", "live");
  events.onmessage = message => add(JSON.parse(message.data));
  events.onerror = () => connection("lost", "watch not answering, retrying…");
}
