import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { loadMemberships } from "../registration/actor.js";
import { mayViewAnything, actorScope, type Scope } from "../registration/permissions.js";
import { languageFromTelegram, languageSchema, type Language } from "../registration/roles.js";
import { getUser } from "../registration/users.js";
import type { Clock } from "../shared/clock.js";
import { textsFor } from "../shared/locale-text.js";
import { localesDirectory } from "../shared/locale-text.js";
import { programmeEffectLines } from "../figures/programme-effect-lines.js";
import { dashboardEffect, dashboardPeriod, dashboardScreen, dashboardUnits, organizationDetail, unitSorts } from "./dashboard-figures.js";
import { downloadKinds, requestDownload } from "./downloads.js";
import { initDataSecret, verifyInitData, type InitDataRefusal } from "./init-data.js";

/** Where the page's files are: hand-written HTML and CSS, and the bundle built from webapp/src (npm run build:webapp). */
export const webappDirectory = fileURLToPath(new URL("../../webapp", import.meta.url));

export interface WebappServerOptions {
  db: Db;
  botToken: string;
  adminIds: ReadonlySet<number>;
  clock: Clock;
  /** The path of WEBAPP_URL, ending in "/" (e.g. "/app/"): the page and its API are served under it. */
  prefix: string;
  onError?: (message: string, error: unknown) => void;
}

/** Why the page gets nothing; the page shows each in the user's language (webapp-refused-<reason>). */
export type Refusal = InitDataRefusal | "no-figures" | "not-in-scope";

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

function asset(type: string, body: Buffer): Asset {
  return { type, body, gzipped: gzipSync(body, { level: 9 }) };
}

/**
 * The page's texts: every `webapp-*` message of the locale files (one source of truth, kept in
 * parity by the locales specs), rendered in one language. A placeable `{ $year }` is rendered as
 * the marker `{$year}`, which the page fills in.
 */
export function webappTexts(language: Language): Record<string, string> {
  const source = readFileSync(`${localesDirectory}/${language}.ftl`, "utf8");
  const t = textsFor(language);
  const texts: Record<string, string> = {};
  for (const m of source.matchAll(/^(webapp-[a-z0-9-]+)\s*=(.*)$/gm)) {
    const markers = Object.fromEntries([...m[2]!.matchAll(/\{\s*\$([a-zA-Z]+)\s*\}/g)].map((v) => [v[1]!, `{$${v[1]!}}`]));
    texts[m[1]!] = t(m[1]!, markers);
  }
  return texts;
}

const API_BODY_LIMIT = 2048;
const downloadSchema = z.object({ kind: z.enum(downloadKinds), period: z.number().int().positive(), region: z.string().regex(/^[a-z0-9-]{1,40}$/).optional() }).strict();
const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const regionParam = z.string().regex(/^[a-z0-9-]{1,40}$/);
const unitsSchema = z.object({
  region: regionParam.optional(),
  q: z.string().max(100).optional(),
  sort: z.enum(unitSorts).default("attention"),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * The Mini App's listener part: GET <prefix> (the page), its script and style, GET <prefix>api/texts
 * (the page's texts, public), and the JSON API, each call signed by Telegram's initData in
 * `Authorization: tma <initData>`. Every call checks the signature and age, reads the user's
 * memberships afresh and asks actorScope (no cookie, no session, nothing cached across users).
 * A refusal is 403 with `{ refused: <reason>, language }`.
 */
export function webappHandler(options: WebappServerOptions): { prefix: string; handle(req: IncomingMessage, res: ServerResponse): Promise<void> } {
  const { db, prefix } = options;
  const secret = initDataSecret(options.botToken);
  const read = (path: string) => readFileSync(`${webappDirectory}/${path}`);
  const assets = new Map<string, Asset>([
    ["", asset("text/html; charset=utf-8", read("index.html"))],
    ["app.css", asset("text/css; charset=utf-8", read("app.css"))],
    ["app.js", asset("text/javascript; charset=utf-8", read("dist/app.js"))],
  ]);
  const texts = new Map<Language, Buffer>();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, gzipped?: Buffer, cache = "no-store") => {
    const headers: Record<string, string> = { "content-type": type, "cache-control": cache, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", vary: "accept-encoding" };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (acceptsGzip && body.length > 1024) {
      headers["content-encoding"] = "gzip";
      body = gzipped ?? gzipSync(body, { level: 6 });
    }
    res.writeHead(status, headers).end(req.method === "HEAD" ? undefined : body);
  };
  const json = (req: IncomingMessage, res: ServerResponse, status: number, value: unknown) => send(req, res, status, "application/json; charset=utf-8", Buffer.from(JSON.stringify(value)));

  /** Who is asking: a verified Telegram user with some figures to see, or why not. */
  async function caller(req: IncomingMessage): Promise<{ ok: true; userId: number; language: Language; scope: Scope } | { ok: false; refused: Refusal; language: Language }> {
    const header = req.headers.authorization;
    const raw = typeof header === "string" && header.startsWith("tma ") ? header.slice(4) : undefined;
    const verified = verifyInitData(raw, secret, options.clock());
    if (!verified.ok) return { ok: false, refused: verified.reason, language: "ru" };
    const [user, memberships] = await Promise.all([getUser(db, verified.userId), loadMemberships(db, verified.userId)]);
    const language = user?.language ?? languageFromTelegram(verified.languageCode);
    const scope = actorScope({ telegramId: verified.userId, isAdmin: options.adminIds.has(verified.userId), memberships });
    if (!mayViewAnything(scope)) return { ok: false, refused: "no-figures", language };
    return { ok: true, userId: verified.userId, language, scope };
  }

  async function api(route: string, url: URL, req: IncomingMessage, res: ServerResponse) {
    if (route === "texts" && req.method === "GET") {
      const language = languageSchema.safeParse(url.searchParams.get("lang"));
      if (!language.success) return json(req, res, 400, { error: "lang must be kk or ru" });
      let body = texts.get(language.data);
      if (!body) texts.set(language.data, (body = Buffer.from(JSON.stringify(webappTexts(language.data)))));
      return send(req, res, 200, "application/json; charset=utf-8", body, undefined, "no-cache");
    }
    const who = await caller(req);
    if (!who.ok) return json(req, res, 403, { refused: who.refused, language: who.language });
    const now = options.clock();
    // The page may switch language; texts rendered on the server (answers, the effect's lines) follow it.
    const asked = languageSchema.safeParse(url.searchParams.get("lang"));
    const language = asked.success ? asked.data : who.language;
    const period = url.searchParams.has("period") ? idParam.safeParse(url.searchParams.get("period")) : undefined;
    if (period && !period.success) return json(req, res, 400, { error: "period must be a period id" });
    const periodId = period?.data;
    if (route === "screen" && req.method === "GET") {
      const region = url.searchParams.has("region") ? regionParam.safeParse(url.searchParams.get("region")) : undefined;
      if (region && !region.success) return json(req, res, 400, { error: "region must be a region code" });
      const screen = await dashboardScreen(db, who.scope, now, { ...(periodId !== undefined ? { periodId } : {}), ...(region ? { regionCode: region.data } : {}) });
      if (!screen) return json(req, res, 403, { refused: "not-in-scope", language: who.language });
      return json(req, res, 200, { language: who.language, scope: who.scope, screen });
    }
    if (route === "units" && req.method === "GET") {
      const asked = unitsSchema.safeParse(Object.fromEntries(["region", "q", "sort", "offset"].flatMap((k) => (url.searchParams.has(k) ? [[k, url.searchParams.get(k)]] : []))));
      if (!asked.success) return json(req, res, 400, { error: "expected region?, q? (≤ 100 characters), sort (attention|name|number|handed-in), offset?" });
      const { region, q, sort, offset } = asked.data;
      const page = await dashboardUnits(db, who.scope, now, { ...(periodId !== undefined ? { periodId } : {}), ...(region ? { regionCode: region } : {}), ...(q ? { query: q } : {}), sort, offset, language });
      if (!page) return json(req, res, 403, { refused: "not-in-scope", language: who.language });
      return json(req, res, 200, page);
    }
    if (route === "effect" && req.method === "GET") {
      const region = url.searchParams.has("region") ? regionParam.safeParse(url.searchParams.get("region")) : undefined;
      if (region && !region.success) return json(req, res, 400, { error: "region must be a region code" });
      const found = await dashboardEffect(db, who.scope, now, { ...(periodId !== undefined ? { periodId } : {}), ...(region ? { regionCode: region.data } : {}) });
      if (!found) return json(req, res, 403, { refused: "not-in-scope", language: who.language });
      return json(req, res, 200, { effect: found.effect, lines: programmeEffectLines(found.effect, textsFor(language), found.quarter) });
    }
    if (route === "organization" && req.method === "GET") {
      const id = idParam.safeParse(url.searchParams.get("id"));
      if (!id.success) return json(req, res, 400, { error: "id must be an organisation id" });
      const detail = await organizationDetail(db, who.scope, id.data, now, textsFor(language), periodId);
      if (!detail) return json(req, res, 403, { refused: "not-in-scope", language: who.language });
      return json(req, res, 200, { language: who.language, scope: who.scope, organization: detail });
    }
    if (route === "download" && req.method === "POST") {
      const body = await readJson(req);
      const parsed = downloadSchema.safeParse(body);
      if (!parsed.success) return json(req, res, 400, { error: "expected { kind: xlsx|docx, period, region? }" });
      const found = await dashboardPeriod(db, now, parsed.data.period);
      if (!found || found.period.id !== parsed.data.period) return json(req, res, 400, { error: "no such period" });
      const result = await requestDownload(db, {
        userId: who.userId,
        language: who.language,
        scope: who.scope,
        kind: parsed.data.kind,
        period: found.period,
        ...(parsed.data.region ? { regionCode: parsed.data.region } : {}),
        now,
      });
      if (result === "not-allowed") return json(req, res, 403, { refused: "not-in-scope", language: who.language });
      return json(req, res, result === "busy" ? 429 : 202, { result });
    }
    return json(req, res, 404, { error: "no such call" });
  }

  return {
    prefix,
    async handle(req, res) {
      const url = new URL(req.url ?? "/", "http://localhost");
      const route = url.pathname.slice(prefix.length);
      try {
        if (route.startsWith("api/")) return await api(route.slice(4), url, req, res);
        const file = assets.get(route === "index.html" ? "" : route);
        if (!file || (req.method !== "GET" && req.method !== "HEAD")) return void res.writeHead(404).end();
        send(req, res, 200, file.type, file.body, file.gzipped, "no-cache");
      } catch (error) {
        if (error instanceof BodyTooLarge) return void res.writeHead(413).end();
        options.onError?.("mini app request failed", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("internal error");
      }
    },
  };
}

class BodyTooLarge extends Error {}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > API_BODY_LIMIT) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
