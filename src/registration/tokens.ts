import { randomBytes, randomInt } from "node:crypto";

/** 128 random bits, base64url: 22 characters of A-Z a-z 0-9 _ - (fits a /start payload). */
export function newInvitationToken(): string {
  return randomBytes(16).toString("base64url");
}

export const tokenPattern = /^[A-Za-z0-9_-]{22}$/;

/** Parents type this one: no 0/O, 1/I/L; 8 characters of 31 → about 39 bits, with attempts rate-limited. */
const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Accepts what a person types ("abcd-2345", "ABCD 2345") and returns the canonical code, or null. */
export function normalizeJoinCode(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  if (compact.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of compact) if (!JOIN_CODE_ALPHABET.includes(ch)) return null;
  return compact;
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
