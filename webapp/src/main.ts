// Telegram's telegram-web-app.js, as the @twa-dev/sdk package carries it (imported by path: the
// package's own entry is marked free of side effects and would be dropped from the bundle). It
// defines window.Telegram.WebApp from the launch parameters in the URL's fragment.
import "../../node_modules/@twa-dev/sdk/dist/telegram-web-apps.js";
import type { WebApp as TelegramWebApp } from "@twa-dev/types";
import { groupedBars, intervalLine, stackedBar, type Segment } from "./charts.js";
import { $, esc, num, percent } from "./dom.js";

/**
 * The coordinators' dashboard: the scope's map of work, charts, a kindergarten's card, downloads.
 * Every call carries Telegram's signed initData; the server decides what this user may see.
 */

type Language = "kk" | "ru";

const WebApp = (window as unknown as { Telegram: { WebApp: TelegramWebApp } }).Telegram.WebApp;
type View = { kind: "screen"; region?: string } | { kind: "org"; id: number };
type Json = Record<string, any>;

const FLAGS = ["overdue", "no-head", "heads-unreachable", "returned"] as const;
const FLAG_ICONS: Record<string, string> = { overdue: "⏰", "no-head": "👤", "heads-unreachable": "📵", returned: "↩️" };

const stack: View[] = [];
let language: Language = WebApp.initDataUnsafe?.user?.language_code?.startsWith("kk") ? "kk" : "ru";
let languageChosen = false;
let texts: Record<string, string> = {};
let textsLanguage: Language | null = null;
let periodId: number | undefined;
/** The shown period's quarter: the January–November report is offered with the fourth. */
let periodQuarter: number | undefined;
let sort = "attention";
let query = "";
let scope: { national: boolean; regions: string[]; organizationIds: number[] } | null = null;
let units: Json[] = [];
/** The list as the server has it: its region (none: the country's regions), lines in all, lines matching the search. */
let list: { region?: string; count: number; matching: number; complete: boolean } = { count: 0, matching: 0, complete: true };
let listAsked = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;

function t(key: string, params: Record<string, string | number> = {}): string {
  let text = texts[key] ?? key;
  for (const [name, value] of Object.entries(params)) text = text.split(`{$${name}}`).join(String(value));
  return text;
}

const nameOf = (name: { kk: string; ru: string }) => name[language] || name.ru;

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Json }> {
  const response = await fetch(path, { ...init, headers: { authorization: `tma ${WebApp.initData}`, "content-type": "application/json" } });
  return { status: response.status, body: (await response.json()) as Json };
}

async function loadTexts(lang: Language): Promise<void> {
  if (textsLanguage === lang) return;
  const response = await fetch(`api/texts?lang=${lang}`);
  texts = (await response.json()) as Record<string, string>;
  textsLanguage = lang;
  document.documentElement.lang = lang;
}

function setState(state: string, reason?: string) {
  // The first meaningful screen, for the benchmark (npm run bench:dashboard).
  if (state === "ready" && performance.getEntriesByName("dashboard-ready").length === 0) performance.mark("dashboard-ready");
  document.body.dataset.state = state;
  if (reason) document.body.dataset.reason = reason;
  else delete document.body.dataset.reason;
}

async function refuse(reason: string, lang?: Language) {
  try {
    await loadTexts(lang ?? language);
    $("title").textContent = t("webapp-title");
    $("app").innerHTML = `<p class="refusal" id="refusal">${esc(t(`webapp-refused-${reason}`))}</p>`;
  } catch {
    $("app").innerHTML = `<p class="refusal" id="refusal">Қосылу мүмкін болмады · Не удалось связаться с сервером</p>`;
  }
  $("lang").hidden = true;
  setState("refused", reason);
}

function chrome(title: string) {
  $("title").textContent = title;
  const back = $("back") as HTMLButtonElement;
  back.hidden = stack.length < 2;
  back.textContent = t("webapp-back");
  $("lang").hidden = false;
  $("lang").textContent = t("webapp-switch-language");
  if (stack.length > 1) WebApp.BackButton.show();
  else WebApp.BackButton.hide();
}

function periodPicker(period: Json, periods: Json[]): string {
  const options = [...periods]
    .reverse()
    .map((p) => `<option value="${p.id}"${p.id === period.id ? " selected" : ""}>${esc(t("webapp-period", { year: p.year, quarter: p.quarter }))}</option>`)
    .join("");
  const [y, m, d] = String(period.dueOn).split("-");
  return `<div class="row"><select id="period" aria-label="period">${options}</select></div><p class="muted">${esc(t("webapp-due", { date: `${d}.${m}.${y}` }))}</p>`;
}

function statusChart(reports: Json): string {
  const segments: Segment[] = [
    { label: t("webapp-status-accepted"), value: reports.accepted, colour: "var(--ok)" },
    { label: t("webapp-status-submitted"), value: reports.submitted, colour: "var(--wait)" },
    { label: t("webapp-status-returned"), value: reports.returned, colour: "var(--back)" },
  ];
  // After the due day every report not handed in is overdue (report-status.ts): one segment then.
  if (reports.overdue > 0) segments.push({ label: t("webapp-status-overdue"), value: reports.overdue, colour: "var(--danger)" });
  else
    segments.push(
      { label: t("webapp-status-in-progress"), value: reports["in-progress"], colour: "var(--draft)" },
      { label: t("webapp-status-not-started"), value: reports["not-started"], colour: "var(--none)" },
    );
  const late = reports.late > 0 ? `<p class="muted">🐢 ${esc(t("webapp-status-late"))}: ${num(reports.late)}</p>` : "";
  return `<section class="card" id="chart-status"><h2>${esc(t("webapp-chart-status"))} · ${num(reports.kindergartens)}</h2>${stackedBar(segments)}${late}</section>`;
}

function effectChart(effect: Json | null, lines: string[]): string {
  if (!effect && lines.length === 0) return "";
  let chart = "";
  if (effect?.kind === "estimate") {
    const share = (x: number) => ({ value: 100 * x, text: `${(100 * x).toFixed(0)} %` });
    chart = groupedBars(
      [
        { label: t("webapp-effect-experimental"), bars: [{ label: t("webapp-effect-first"), colour: "var(--none)", ...share(effect.experimental.first) }, { label: t("webapp-effect-now"), colour: "var(--ok)", ...share(effect.experimental.now) }] },
        { label: t("webapp-effect-control"), bars: [{ label: t("webapp-effect-first"), colour: "var(--none)", ...share(effect.control.first) }, { label: t("webapp-effect-now"), colour: "var(--wait)", ...share(effect.control.now) }] },
      ],
      100,
    );
    chart += `<p class="muted">${esc(t("webapp-effect-interval"))}</p>${intervalLine(effect.effect, effect.low, effect.high, t("webapp-effect-interval"))}`;
  }
  return `<section class="card" id="chart-effect"><h2>${esc(t("webapp-chart-effect"))}</h2>${chart}${lines.map((l) => `<p>${esc(l)}</p>`).join("")}</section>`;
}

function doseChart(tips: Json): string {
  const arm = (key: "experimental" | "control", label: string) => ({
    label,
    bars: [
      { label: t("webapp-dose-sent"), value: tips[key].sent, colour: "var(--wait)" },
      { label: t("webapp-dose-done"), value: tips[key].done, colour: "var(--ok)" },
    ],
  });
  return `<section class="card" id="chart-dose"><h2>${esc(t("webapp-chart-dose"))}</h2>${groupedBars([arm("experimental", t("webapp-effect-experimental")), arm("control", t("webapp-effect-control"))])}</section>`;
}

function seminarsChart(s: Json): string {
  const bars = [
    { label: t("webapp-seminars-invited"), value: s.invited, colour: "var(--none)" },
    { label: t("webapp-seminars-coming"), value: s.coming, colour: "var(--wait)" },
    { label: t("webapp-seminars-attended"), value: s.attended, colour: "var(--ok)" },
  ];
  return `<section class="card" id="chart-seminars"><h2>${esc(t("webapp-chart-seminars"))}: ${num(s.events.length)}</h2>${groupedBars([{ label: "", bars }])}</section>`;
}

function peopleCard(a: Json): string {
  return `<section class="card"><dl>
<dt>${esc(t("webapp-people-heads"))}</dt><dd>${num(a.heads)}</dd>
<dt>${esc(t("webapp-people-parents"))}</dt><dd id="parents">${num(a.parents)}</dd>
<dt>${esc(t("webapp-people-parents-reachable"))}</dt><dd>${num(a.parents - a.parentsUnreachable)}</dd></dl></section>`;
}

function attention(unit: Json): string {
  const items = FLAGS.filter((f) => unit.attention[f] > 0).map((f) => `<li>${esc(t(`webapp-flag-${f}`))}: <b>${num(unit.attention[f])}</b></li>`);
  return items.length ? `<section class="card" id="attention"><h2>${esc(t("webapp-attention-title"))}</h2><ul class="attention">${items.join("")}</ul></section>` : "";
}

function downloads(region?: string): string {
  if (!scope) return "";
  const docx = scope.national ? true : region ? scope.regions.includes(region) : scope.regions.length === 1;
  return `<section class="card"><h2>${esc(t("webapp-downloads-title"))}</h2><div class="downloads">
<button class="primary" data-download="xlsx"${region ? ` data-region="${esc(region)}"` : ""}>${esc(t("webapp-download-xlsx"))}</button>
${docx ? `<button class="primary" data-download="docx"${region ? ` data-region="${esc(region)}"` : ""}>${esc(t("webapp-download-docx"))}</button>` : ""}
${docx && region && periodQuarter === 4 ? `<button class="primary" data-download="docx-final" data-region="${esc(region)}">${esc(t("webapp-download-final"))}</button>` : ""}
${docx && !region && scope.national ? `<button class="primary" data-download="docx-ministry">${esc(t("webapp-download-ministry"))}</button>` : ""}</div></section>`;
}

function unitRow(u: Json): string {
  const r = u.totals?.reports;
  const handed = r ? r.submitted + r.accepted : 0;
  const name = `${u.registryNo !== undefined ? `${u.registryNo}. ` : ""}${nameOf(u.name)}`;
  let meta = "";
  if (r && u.kind === "region") {
    meta = `<span>${num(handed)}/${num(u.kindergartens)}</span><span class="meter"><i style="width:${percent(handed, u.kindergartens).toFixed(1)}%"></i></span><span class="flags">⏰${num(r.overdue)} ⚠️${num(u.flagged)}</span>`;
  } else if (r) {
    const stage = r.overdue > 0 ? "overdue" : (["accepted", "submitted", "returned", "in-progress", "not-started"].find((s) => r[s] > 0) ?? "not-started");
    meta = `<span>${esc(t(`webapp-status-${stage}`))}</span><span class="flags">${(u.flags as string[]).map((f) => FLAG_ICONS[f]).join(" ")}</span>`;
  }
  return `<li><button class="unit" data-kind="${u.kind}" data-key="${esc(u.key)}"><span class="name">${esc(name)}</span><span class="meta">${meta}</span></button></li>`;
}

function sortedUnits(): Json[] {
  const q = query.trim().toLowerCase();
  const found = q ? units.filter((u) => nameOf(u.name).toLowerCase().includes(q) || u.name.kk.toLowerCase().includes(q) || u.name.ru.toLowerCase().includes(q) || String(u.registryNo ?? "") === q) : [...units];
  const share = (u: Json) => (u.totals?.reports ? percent(u.totals.reports.submitted + u.totals.reports.accepted, u.kindergartens || 1) : 0);
  if (sort === "name") found.sort((a, b) => nameOf(a.name).localeCompare(nameOf(b.name), language));
  if (sort === "number") found.sort((a, b) => (a.registryNo ?? 0) - (b.registryNo ?? 0));
  if (sort === "handed-in") found.sort((a, b) => share(a) - share(b));
  return found;
}

/** A list the page holds whole (the country's 20 regions, a small region) is searched and sorted here; a longer one by the server. */
function renderList() {
  const shown = list.complete ? sortedUnits() : units;
  $("units").innerHTML = shown.length ? shown.map(unitRow).join("") : `<li class="muted">${esc(t("webapp-nothing-found"))}</li>`;
  const more = document.getElementById("more-units");
  if (!more) return;
  const rest = !list.complete && units.length < list.matching;
  more.hidden = !rest;
  if (rest) more.innerHTML = `<p class="muted">${esc(t("webapp-shown", { shown: num(units.length), count: num(list.matching) }))}</p><button id="more">${esc(t("webapp-more"))}</button>`;
}

/** Asks the server for the list's lines: from the start after a new search or sort, or the next ones. */
async function loadUnits(append: boolean) {
  const asked = ++listAsked;
  const params = new URLSearchParams({ lang: language, period: String(periodId), sort, offset: String(append ? units.length : 0) });
  if (list.region) params.set("region", list.region);
  if (query.trim()) params.set("q", query.trim());
  document.body.dataset.list = "loading";
  const { status, body } = await call(`api/units?${params}`);
  if (asked !== listAsked || !document.getElementById("units")) return;
  delete document.body.dataset.list;
  if (status !== 200) return toast(t(`webapp-refused-${body.refused ?? "network"}`));
  units = append ? [...units, ...body.units] : body.units;
  list.matching = body.count;
  renderList();
}

function listBlock(kind: "regions" | "kindergartens", withNumbers: boolean): string {
  const sorts = ["attention", "name", ...(withNumbers ? ["number"] : []), "handed-in"];
  return `<h2>${esc(t(`webapp-${kind}`))}</h2>
<div class="row"><input id="search" type="search" placeholder="${esc(t("webapp-search"))}" value="${esc(query)}"></div>
<div class="row" style="margin-top:6px"><select id="sort" aria-label="${esc(t("webapp-sort"))}">${sorts.map((s) => `<option value="${s}"${s === sort ? " selected" : ""}>${esc(t(`webapp-sort-${s}`))}</option>`).join("")}</select></div>
<ul class="units" id="units"></ul><div id="more-units" hidden></div>`;
}

async function showScreen(view: Extract<View, { kind: "screen" }>) {
  const params = new URLSearchParams({ lang: language });
  if (periodId !== undefined) params.set("period", String(periodId));
  if (view.region) params.set("region", view.region);
  const { status, body } = await call(`api/screen?${params}`);
  if (status !== 200) return refuse(body.refused ?? "network", body.language);
  if (!languageChosen && body.language !== language) {
    language = body.language;
    return showScreen(view);
  }
  await loadTexts(language);
  scope = body.scope;
  const screen = body.screen;
  periodId = screen.period.id;
  periodQuarter = screen.period.quarter;
  if (screen.level === "organization") {
    stack[stack.length - 1] = { kind: "org", id: screen.organizationId };
    return showOrganization(screen.organizationId);
  }
  if (screen.level === "choose") {
    chrome(t("webapp-title"));
    units = screen.units;
    list = { count: units.length, matching: units.length, complete: true };
    $("app").innerHTML = `${periodPicker(screen.period, screen.periods)}<h2>${esc(t("webapp-choose"))}</h2><ul class="units" id="units"></ul>`;
    $("units").innerHTML = units.map(unitRow).join("");
    return setState("ready");
  }
  const national = screen.level === "national";
  chrome(national ? t("webapp-scope-national") : nameOf(screen.region.name));
  units = screen.units;
  list = { ...(screen.region ? { region: screen.region.code } : {}), count: screen.unitCount, matching: screen.unitCount, complete: screen.units.length >= screen.unitCount };
  listAsked += 1;
  const totals = screen.total.totals;
  $("app").innerHTML = [
    periodPicker(screen.period, screen.periods),
    statusChart(totals.reports),
    attention(screen.total),
    listBlock(national ? "regions" : "kindergartens", !national),
    `<section class="card" id="chart-effect" data-loading><h2>${esc(t("webapp-chart-effect"))}</h2><p class="muted">${esc(t("webapp-loading"))}</p></section>`,
    doseChart(totals.tips),
    seminarsChart(totals.seminars),
    peopleCard(totals.audience),
    downloads(screen.region?.code),
  ].join("");
  renderList();
  // The first lines come attention first and unsearched: a kept search or sort is asked for.
  if (!list.complete && (sort !== "attention" || query.trim())) void loadUnits(false).catch(() => toast(t("webapp-refused-network")));
  setState("ready");
  void loadEffect(screen.region?.code, stack.length);
}

/** The comparison takes the server a while at national size: drawn when it comes, the screen does not wait for it. */
async function loadEffect(region: string | undefined, depth: number) {
  const params = new URLSearchParams({ lang: language, period: String(periodId) });
  if (region) params.set("region", region);
  const shown = stack[depth - 1];
  try {
    const { status, body } = await call(`api/effect?${params}`);
    const place = document.getElementById("chart-effect");
    if (!place || stack[depth - 1] !== shown || status !== 200) return;
    place.outerHTML = effectChart(body.effect, body.lines);
  } catch {
    // The rest of the screen stands; the comparison stays "loading" until the next visit.
  }
}

async function showOrganization(id: number) {
  const params = new URLSearchParams({ id: String(id), lang: language });
  if (periodId !== undefined) params.set("period", String(periodId));
  const { status, body } = await call(`api/organization?${params}`);
  if (status !== 200) return refuse(body.refused ?? "network", body.language);
  if (!languageChosen && body.language !== language) {
    language = body.language;
    return showOrganization(id);
  }
  await loadTexts(language);
  scope = body.scope;
  const o = body.organization;
  periodId = o.period.id;
  chrome(o.organization.name);
  const totals = o.unit.totals;
  const late = o.report.late ? ` · 🐢 ${esc(t("webapp-status-late"))}` : "";
  const flags = (o.unit.flags as string[]).map((f) => `<li>${esc(t(`webapp-flag-${f}`))}</li>`).join("");
  const groups = o.groups.length
    ? `<dl>${o.groups.map((g: Json) => `<dt>${esc(g.name)} · ${esc(t(`webapp-arm-${g.arm}`))}${g.confirmed ? " ✓" : ""}</dt><dd>${num(g.children)}</dd>`).join("")}</dl><p class="muted">${esc(t("webapp-children"))} · ✓ ${esc(t("webapp-arm-confirmed"))}</p>`
    : `<p class="muted">—</p>`;
  const answers = o.report.answers.length
    ? `<dl class="answers">${o.report.answers.map((a: Json) => `<dt>${esc(a.label)}</dt><dd>${esc(a.value)}</dd>`).join("")}</dl>`
    : `<p class="muted">${esc(t("webapp-no-answers"))}</p>`;
  const reviews = o.reviews.length
    ? o.reviews
        .map((r: Json) => `<p><b>${esc(t(`webapp-review-${r.decision}`))}</b> · ${esc(t("webapp-version"))} ${r.version} · ${esc(t(`webapp-reviewer-${r.reviewerRole}`))} · ${new Date(r.decidedAt).toLocaleDateString("ru-RU", { timeZone: "Asia/Almaty" })}${r.comment ? `<br>${esc(r.comment)}` : ""}${r.fields.map((f: Json) => `<br><span class="muted">${esc(f.label)}:</span> ${esc(f.comment)}`).join("")}</p>`)
        .join("")
    : `<p class="muted">${esc(t("webapp-no-reviews"))}</p>`;
  const own = scope !== null && !scope.national && scope.regions.length === 0;
  $("app").innerHTML = [
    `<p class="muted">${esc(nameOf(o.organization.regionName))}</p>`,
    periodPicker(o.period, o.periods),
    `<section class="card" id="report-status"><h2>${esc(t(`webapp-status-${o.report.category}`))}${late}</h2>${flags ? `<ul class="attention">${flags}</ul>` : ""}</section>`,
    peopleCard(totals.audience),
    `<section class="card" id="groups"><h2>${esc(t("webapp-groups-title"))}</h2>${groups}</section>`,
    doseChart(totals.tips),
    seminarsChart(totals.seminars),
    `<section class="card" id="answers"><h2>${esc(t("webapp-answers-title"))}</h2>${answers}</section>`,
    `<section class="card" id="reviews"><h2>${esc(t("webapp-reviews-title"))}</h2>${reviews}</section>`,
    own ? downloads() : "",
  ].join("");
  setState("ready");
}

async function render() {
  setState("loading");
  const view = stack[stack.length - 1]!;
  try {
    if (view.kind === "screen") await showScreen(view);
    else await showOrganization(view.id);
  } catch {
    await refuse("network");
  }
  window.scrollTo(0, 0);
}

function open(view: View) {
  stack.push(view);
  query = "";
  void render();
}

function goBack() {
  if (stack.length < 2) return;
  stack.pop();
  query = "";
  void render();
}

function toast(text: string) {
  const el = $("toast");
  el.textContent = text;
  el.hidden = false;
  setTimeout(() => (el.hidden = true), 4000);
}

document.addEventListener("click", (event) => {
  const target = (event.target as HTMLElement).closest("button");
  if (!target) return;
  if (target.id === "back") return goBack();
  if (target.id === "more") return void loadUnits(true).catch(() => toast(t("webapp-refused-network")));
  if (target.id === "lang") {
    language = language === "kk" ? "ru" : "kk";
    languageChosen = true;
    return void render();
  }
  if (target.classList.contains("unit")) {
    const key = target.dataset.key!;
    return open(target.dataset.kind === "region" ? { kind: "screen", region: key } : { kind: "org", id: Number(key) });
  }
  const kind = target.dataset.download;
  if (kind) {
    (target as HTMLButtonElement).disabled = true;
    void call("api/download", { method: "POST", body: JSON.stringify({ kind, period: periodId, ...(target.dataset.region ? { region: target.dataset.region } : {}) }) })
      .then(({ status }) => toast(t(status === 202 ? "webapp-download-queued" : status === 429 ? "webapp-download-busy" : "webapp-refused-not-in-scope")))
      .catch(() => toast(t("webapp-refused-network")))
      .finally(() => ((target as HTMLButtonElement).disabled = false));
  }
});
document.addEventListener("change", (event) => {
  const target = event.target as HTMLElement;
  if (target.id === "period") {
    periodId = Number((target as HTMLSelectElement).value);
    void render();
  }
  if (target.id === "sort") {
    sort = (target as HTMLSelectElement).value;
    if (list.complete) renderList();
    else void loadUnits(false).catch(() => toast(t("webapp-refused-network")));
  }
});
document.addEventListener("input", (event) => {
  const target = event.target as HTMLInputElement;
  if (target.id === "search") {
    query = target.value;
    if (list.complete) return renderList();
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void loadUnits(false).catch(() => toast(t("webapp-refused-network"))), 250);
  }
});

WebApp.ready();
WebApp.expand();
WebApp.BackButton.onClick(goBack);
if (!WebApp.initData) void refuse("missing");
else open({ kind: "screen" });
