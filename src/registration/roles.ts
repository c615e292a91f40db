import { z } from "zod";

export const roles = ["head", "parent", "methodologist", "coordinator", "regional_admin"] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

export const languages = ["kk", "ru"] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/** Russian for anything that is not Kazakh, as the pilot's documents do. */
export function languageFromTelegram(languageCode: string | undefined): Language {
  return languageCode?.toLowerCase().startsWith("kk") ? "kk" : "ru";
}

/**
 * Where one membership, invitation or digest applies: one kindergarten, one region or the whole
 * country (a national coordinator has neither an organisation nor a region). What a person may
 * see, the union of their memberships' places, is a `Scope` (permissions.ts); `scopeOfPlace` turns
 * one into the other.
 */
export type Place =
  | { kind: "organization"; organizationId: number }
  | { kind: "region"; regionCode: string }
  | { kind: "national" };

/** The memberships' and invitations' scope_key column for a place. */
export function scopeKey(scope: Place): string {
  switch (scope.kind) {
    case "organization":
      return `org:${scope.organizationId}`;
    case "region":
      return `region:${scope.regionCode}`;
    case "national":
      return "national";
  }
}

/** Which kinds of place each role lives in. */
export function scopeKindsFor(role: Role): Place["kind"][] {
  switch (role) {
    case "head":
    case "parent":
      return ["organization"];
    case "methodologist":
      return ["region"];
    case "coordinator":
      return ["region", "national"];
    case "regional_admin":
      return ["region"];
  }
}
