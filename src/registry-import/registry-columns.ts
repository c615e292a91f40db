/** What a registry column can hold. `name` is a registered name in no stated language (the pilot's list). */
export const registryFields = ["registryNo", "region", "nameKk", "nameRu", "name", "legalForm", "inProject"] as const;
export type RegistryField = (typeof registryFields)[number];

/** A header as compared: lower case, ё as е, punctuation and runs of spaces as one space. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[_\-./\\()[\]:,;"'«»*]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const words = (h: string) => h.split(" ");
const has = (h: string, ...parts: string[]) => parts.some((p) => (p.includes(" ") ? h.includes(p) : words(h).includes(p)));
const startsWithAny = (h: string, ...stems: string[]) => words(h).some((w) => stems.some((s) => w.startsWith(s)));

/** A row counter ("№ п/п", "р/с"), never a registry number. */
const isRowCounter = (h: string) => ["№ п п", "п п", "р с", "№ р с", "n п п", "#", "row"].includes(h);

const isNameHeader = (h: string) =>
  startsWithAny(h, "наименован", "назван", "атау", "name", "организац", "ұйым", "мдұ", "сад", "балабақша", "бөбекжай") && !has(h, "регион", "region", "өңір", "облыс", "область", "опф", "form", "нысан");
const kazakhMark = (h: string) => has(h, "kk", "kz", "kaz", "каз", "қаз", "казахском", "казахский", "қазақша", "қазақ", "мемлекеттік", "государственном");
const russianMark = (h: string) => has(h, "ru", "rus", "рус", "русском", "русский", "орысша", "орыс");

/**
 * What one header means, or null when it is none of the registry's columns. The usual variants in
 * the three languages: "БИН"/"БСН"/"Тіркеу нөмірі"/"Registry No", "Регион"/"Облыс"/"Өңір",
 * "Наименование (на казахском)"/"Атауы (қазақша)", "ОПФ"/"Ұйымдық-құқықтық нысаны", "В проекте"/"Жобада".
 * A bare "№" is a registry number only when no other column is (see `mapColumns`).
 */
export function fieldOfHeader(raw: string): RegistryField | "bareNumber" | null {
  const h = normalizeHeader(raw);
  if (h === "" || isRowCounter(h)) return null;
  if (["№", "no", "n", "номер", "нөмір", "нөмірі", "number"].includes(h)) return "bareNumber";
  if (has(h, "бин", "бсн", "bin", "иин", "жсн", "registryno", "рег номер") || startsWithAny(h, "registry", "регистрац", "реестр", "тіркеу", "тізілім")) {
    if (!has(h, "регион", "region", "облыс", "өңір")) return "registryNo";
  }
  if (has(h, "опф", "legal form", "legalform", "правовая", "құқықтық", "нысан", "нысаны", "форма")) return "legalForm";
  if (has(h, "в проекте", "участ", "in project", "in programme", "in program", "in pilot", "inpilot", "in_pilot", "жобада", "жобаға", "қатыс", "статус", "status", "active") || startsWithAny(h, "участ", "қатыс")) return "inProject";
  if (startsWithAny(h, "регион", "region", "область", "облыс", "өңір", "обл")) return "region";
  if (isNameHeader(h)) {
    if (kazakhMark(h)) return "nameKk";
    if (russianMark(h)) return "nameRu";
    return "name";
  }
  return null;
}

export interface ColumnReading {
  /** The header as written in the file. */
  header: string;
  /** 0-based column index. */
  index: number;
  field: RegistryField | null;
}

/** Each header read as a field; the first column of a field wins, later ones are read as nothing. */
export function mapColumns(headers: string[]): ColumnReading[] {
  const readings = headers.map((header, index) => ({ header: header.trim(), index, guess: fieldOfHeader(header) }));
  const hasRegistryNo = readings.some((r) => r.guess === "registryNo");
  const taken = new Set<RegistryField>();
  return readings.map(({ header, index, guess }) => {
    const field = guess === "bareNumber" ? (hasRegistryNo ? null : "registryNo") : guess;
    if (field === null || taken.has(field)) return { header, index, field: null };
    taken.add(field);
    return { header, index, field };
  });
}

/** The columns a registry must have: a registry number, a region, and a name in some language. */
export function missingFields(columns: ColumnReading[]): ("registryNo" | "region" | "name")[] {
  const fields = new Set(columns.map((c) => c.field));
  const missing: ("registryNo" | "region" | "name")[] = [];
  if (!fields.has("registryNo")) missing.push("registryNo");
  if (!fields.has("region")) missing.push("region");
  if (!fields.has("nameKk") && !fields.has("nameRu") && !fields.has("name")) missing.push("name");
  return missing;
}
