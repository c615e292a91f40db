import { createTestDatabaseForBench } from "./rollout-db.js";
import { applyRegistryImport } from "../src/registry-import/apply-registry-import.js";
import { checkRegistryFile } from "../src/registry-import/check-registry-file.js";
import ExcelJS from "exceljs";

const REGIONS = ["abai", "akmola", "aktobe", "almaty-region", "atyrau", "west-kazakhstan", "zhambyl", "zhetisu", "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north-kazakhstan", "turkistan", "ulytau", "east-kazakhstan", "astana", "almaty", "shymkent"];

/** A ministry-like registry of `rows` organisations as .xlsx (12-digit numbers, names of ~80 characters in both languages). */
export async function generateRegistry(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Реестр");
  ws.addRow(["№ п/п", "БИН", "Регион", "Наименование на казахском языке", "Наименование на русском языке", "ОПФ", "В проекте"]);
  for (let i = 0; i < rows; i++) {
    ws.addRow([i + 1, 900_000_000_000 + i, REGIONS[i % REGIONS.length], `«Балапан-${i}» бөбекжай-бақшасы мемлекеттік коммуналдық қазыналық кәсіпорны`, `Ясли-сад «Балапан-${i}» государственное коммунальное казённое предприятие`, "МКҚК", "да"]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Dry run and apply of a 10,000-row registry, then the same file again (nothing to change). */
export async function benchRegistryImport(rows = 10_000): Promise<string[]> {
  const database = await createTestDatabaseForBench();
  try {
    const file = await generateRegistry(rows);
    const all = () => true;
    const t0 = performance.now();
    const check = await checkRegistryFile(database.db, file, all);
    const t1 = performance.now();
    await applyRegistryImport(database.db, check.reading, { mayAdminister: all, actorId: null, expectedHash: check.plan.hash, now: new Date() });
    const t2 = performance.now();
    const again = await checkRegistryFile(database.db, file, all);
    await applyRegistryImport(database.db, again.reading, { mayAdminister: all, actorId: null, now: new Date() });
    const t3 = performance.now();
    const s = (ms: number) => (ms / 1000).toFixed(2);
    return [
      `registry import: ${rows} rows, ${(file.length / 1024 / 1024).toFixed(2)} MB .xlsx, ${check.plan.changes.length} to add`,
      `  dry run ${s(t1 - t0)} s, apply ${s(t2 - t1)} s, total ${s(t2 - t0)} s (limit 30 s)`,
      `  same file again (dry run + apply, ${again.plan.changes.length} changes): ${s(t3 - t2)} s`,
      `  rss ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`,
    ];
  } finally {
    await database.close();
  }
}
