import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { eq } from "drizzle-orm";
import { organizations } from "../../src/db/schema/index.js";
import { addOrganization, countOrganizations, listOrganizations, listRegions, RegistryError } from "../../src/registration/registry.js";
import { parseRegistryCsv } from "../../src/registration/registry-csv.js";
import { createTestDatabase } from "../helpers/test-db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const csvText = readFileSync(new URL("../../scripts/data/organizations.csv", import.meta.url), "utf8");
const registry = parseRegistryCsv(csvText);

describe("the registry after migrations", () => {
  it("is the ministry's list: the project's copy equals shared/domain/organizations.csv where present, Russian region names aside", () => {
    const shared = new URL("../../../shared/domain/organizations.csv", import.meta.url);
    // The project writes Russian region names in one official style (migration 0010_region_names_ru); all else is the ministry's.
    const withoutRegionRu = (rows: typeof registry) => rows.map(({ regionRu: _, ...rest }) => rest);
    if (existsSync(shared)) expect(withoutRegionRu(parseRegistryCsv(readFileSync(shared, "utf8")))).toEqual(withoutRegionRu(registry));
    expect(registry).toHaveLength(100);
  });

  it("has the 20 regions with names in both languages", async () => {
    const regions = await listRegions(database.db);
    expect(regions).toHaveLength(20);
    const byCode = new Map(regions.map((r) => [r.code, r]));
    for (const row of registry) expect(byCode.get(row.regionCode)).toMatchObject({ nameKk: row.regionKk, nameRu: row.regionRu });
    expect(byCode.get("ulytau")).toEqual({ code: "ulytau", nameKk: "Ұлытау облысы", nameRu: "Область Улытау" });
  });

  it("names every region in Russian in one official style, with no Kazakh letters", async () => {
    const names = (await listRegions(database.db)).map((r) => r.nameRu);
    expect(names.filter((n) => /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(n))).toEqual([]);
    // «Абайская область» beside «Область Улытау» was two styles: the regions formed in 2022 are named as their decree does.
    expect(names.filter((n) => !/^(Область [А-Я][а-я]+|[А-Я][а-я]+(-[А-Я][а-я]+)? область|Город [А-Я][а-я]+)$/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["Область Абай", "Область Жетысу", "Область Улытау", "Город Астана", "Акмолинская область"]));
  });

  it("has the 100 organisations exactly as in the registry, 5 per region", async () => {
    const orgs = (await listOrganizations(database.db)).filter((o) => o.registryNo <= 100);
    expect(orgs.map((o) => ({ registryNo: o.registryNo, regionCode: o.regionCode, name: o.name, legalForm: o.legalForm }))).toEqual(
      registry.map((r) => ({ registryNo: r.registryNo, regionCode: r.regionCode, name: r.name, legalForm: r.legalForm })),
    );
    expect(orgs.filter((o) => o.legalForm === null)).toHaveLength(10);
    for (const region of await listRegions(database.db)) {
      expect(orgs.filter((o) => o.regionCode === region.code)).toHaveLength(5);
    }
  });

  it("re-running the migrations changes nothing", async () => {
    await database.migrate();
    expect((await listOrganizations(database.db)).filter((o) => o.registryNo <= 100)).toHaveLength(100);
  });

  it("accepts new organisations as data, refusing an unknown region or a taken number", async () => {
    const org = await addOrganization(database.db, { registryNo: 101, regionCode: "astana", name: "«Жаңа» бөбекжай-бақшасы» ЖШС", legalForm: "ЖШС" }, null);
    expect(org).toMatchObject({ registryNo: 101, regionCode: "astana", inPilot: true });
    await expect(addOrganization(database.db, { registryNo: 101, regionCode: "astana", name: "Басқа" }, null)).rejects.toEqual(
      new RegistryError("duplicate_registry_no"),
    );
    await expect(addOrganization(database.db, { registryNo: 102, regionCode: "mars", name: "Басқа" }, null)).rejects.toEqual(
      new RegistryError("unknown_region"),
    );
  });

  it("marks the ministry's 100 pilot organisations as the pilot cohort, and only them", async () => {
    const all = await listOrganizations(database.db, { includeInactive: true });
    expect(all.filter((o) => o.pilotCohort).map((o) => o.registryNo)).toEqual(registry.map((r) => r.registryNo));
    expect(all.find((o) => o.registryNo === 101)?.pilotCohort).toBe(false);
  });

  it("keeps a 12-digit registry number (a BIN)", async () => {
    const org = await addOrganization(database.db, { registryNo: 990_140_001_234, regionCode: "astana", name: "«Бин» балабақшасы" }, null);
    expect(org.registryNo).toBe(990_140_001_234);
  });

  it("hides an organisation that left the project from lists and counts, and keeps it", async () => {
    const before = await countOrganizations(database.db, "astana");
    await database.db.update(organizations).set({ inPilot: false }).where(eq(organizations.registryNo, 101));
    expect(await countOrganizations(database.db, "astana")).toBe(before - 1);
    expect((await listOrganizations(database.db, { regionCode: "astana" })).map((o) => o.registryNo)).not.toContain(101);
    expect((await listOrganizations(database.db, { regionCode: "astana", includeInactive: true })).map((o) => o.registryNo)).toContain(101);
  });
});
