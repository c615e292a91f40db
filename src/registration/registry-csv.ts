import { z } from "zod";

export const registryRowSchema = z.object({
  registryNo: z.coerce.number().int().positive(),
  regionCode: z.string().regex(/^[a-z][a-z-]*$/),
  regionKk: z.string().min(1),
  regionRu: z.string().min(1),
  name: z.string().min(1),
  legalForm: z
    .string()
    .transform((s) => (s.trim() === "" ? null : s.trim())),
});
export type RegistryRow = z.infer<typeof registryRowSchema>;

/** Parses the ministry's registry CSV (no quoted fields: names use «» quotes, never commas). */
export function parseRegistryCsv(text: string): RegistryRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (header?.trim() !== "registry_no,region_code,region_kk,region_ru,name,legal_form") {
    throw new Error("unexpected registry CSV header");
  }
  return lines.map((line, i) => {
    const [registryNo, regionCode, regionKk, regionRu, name, legalForm] = line.split(",");
    const parsed = registryRowSchema.safeParse({ registryNo, regionCode, regionKk, regionRu, name, legalForm: legalForm ?? "" });
    if (!parsed.success) throw new Error(`registry CSV line ${i + 2}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}
