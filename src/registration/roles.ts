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

/** Where a membership applies. A national coordinator has neither an organisation nor a region. */
export type Scope =
  | { kind: "organization"; organizationId: number }
  | { kind: "region"; regionCode: string }
  | { kind: "national" };

export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case "organization":
      return `org:${scope.organizationId}`;
    case "region":
      return `region:${scope.regionCode}`;
    case "national":
      return "national";
  }
}

/** Which scope kind each role lives in. */
export function scopeKindsFor(role: Role): Scope["kind"][] {
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
