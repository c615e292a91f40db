import { describe, expect, it } from "vitest";
import { fieldOfHeader, mapColumns } from "../../src/registry-import/registry-columns.js";
import { regionResolver } from "../../src/registry-import/region-names.js";
import { readCsv } from "../../src/registry-import/read-table.js";

const regions = [
  { code: "aktobe", nameKk: "Ақтөбе облысы", nameRu: "Актюбинская область" },
  { code: "almaty-region", nameKk: "Алматы облысы", nameRu: "Алматинская область" },
  { code: "almaty", nameKk: "Алматы қаласы", nameRu: "Город Алматы" },
  { code: "abai", nameKk: "Абай облысы", nameRu: "Область Абай" },
  { code: "north-kazakhstan", nameKk: "Солтүстік Қазақстан облысы", nameRu: "Северо-Казахстанская область" },
];

describe("the registry's columns in their usual variants", () => {
  it.each([
    ["БИН", "registryNo"], ["БСН", "registryNo"], ["Тіркеу нөмірі", "registryNo"], ["Registry No", "registryNo"], ["registry_no", "registryNo"],
    ["Номер в реестре", "registryNo"], ["  РЕГИОН ", "region"], ["Облыс", "region"], ["Өңір", "region"], ["region_code", "region"], ["Область/город", "region"],
    ["Наименование на казахском языке", "nameKk"], ["Атауы (қазақша)", "nameKk"], ["name_kk", "nameKk"], ["Наименование (рус.)", "nameRu"],
    ["Атауы (орысша)", "nameRu"], ["name_ru", "nameRu"], ["Наименование организации", "name"], ["name", "name"],
    ["ОПФ", "legalForm"], ["Ұйымдық-құқықтық нысаны", "legalForm"], ["legal_form", "legalForm"],
    ["В проекте", "inProject"], ["Жобаға қатысады", "inProject"], ["in_pilot", "inProject"],
    ["№ п/п", null], ["Примечание", null],
  ])("%s is read as %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("reads a bare № as the registry number only when no other column is, and the first of two region columns", () => {
    expect(mapColumns(["№", "Регион", "Наименование"]).map((c) => c.field)).toEqual(["registryNo", "region", "name"]);
    expect(mapColumns(["№", "БИН", "region_code", "region_kk", "name"]).map((c) => c.field)).toEqual([null, "registryNo", "region", null, "name"]);
  });
});

describe("regions by code or by name", () => {
  const resolve = regionResolver(regions);
  it.each([
    ["aktobe", "aktobe"], ["Ақтөбе облысы", "aktobe"], ["Актюбинская обл.", "aktobe"], ["АКТЮБИНСКАЯ ОБЛАСТЬ", "aktobe"],
    ["г. Алматы", "almaty"], ["Алматы қаласы", "almaty"], ["Алматы", "almaty"], ["Алматы облысы", "almaty-region"], ["Алматинская область", "almaty-region"],
    ["Абайская область", "abai"], ["Область Абай", "abai"], ["Северо-Казахстанская обл", "north-kazakhstan"],
  ])("%s is %s", (value, code) => {
    expect(resolve(value)?.code).toBe(code);
  });
  it("finds no region for a name that is none", () => {
    expect(resolve("Марс облысы")).toBeUndefined();
  });
});

describe("CSV", () => {
  it("reads ; or , or tab, quoted fields with the delimiter, quotes and line breaks, and keeps the line numbers", () => {
    const table = readCsv('a;b;c\r\n1;"x; ""y""";z\r\n\r\n2;"two\nlines";w\n');
    expect(table.rows).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", 'x; "y"', "z"] },
      { line: 4, cells: ["2", "two\nlines", "w"] },
    ]);
    expect(readCsv("a,b\n1,2").rows[1]!.cells).toEqual(["1", "2"]);
    expect(readCsv("a\tb\n1\t2").rows[1]!.cells).toEqual(["1", "2"]);
  });
});
