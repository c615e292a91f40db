import { createHmac } from "node:crypto";
import { dataCheckString, initDataSecret } from "../src/webapp/init-data.js";

/**
 * initData as a Telegram client would give the Mini App: query_id, user (JSON), auth_date, signed
 * with the bot token. `authDate` defaults to now; `token` lets a test sign with another bot's token.
 */
export function signInitData(token: string, user: { id: number; language_code?: string; first_name?: string }, authDate = new Date()): string {
  const fields: [string, string][] = [
    ["query_id", "AAHdF6IQAAAAAN0XohDhrOrc"],
    ["user", JSON.stringify({ first_name: "Test", ...user })],
    ["auth_date", String(Math.floor(authDate.getTime() / 1000))],
  ];
  const hash = createHmac("sha256", initDataSecret(token)).update(dataCheckString(fields)).digest("hex");
  return new URLSearchParams([...fields, ["hash", hash]]).toString();
}
