import { afterEach, describe, expect, it } from "vitest";
import { seminarCalendarFile } from "../../src/seminars/ics.js";
import type { Seminar } from "../../src/seminars/seminars.js";

const seminar = {
  id: 7,
  revision: 2,
  status: "published",
  startsAt: new Date("2026-11-25T05:00:00Z"), // 10:00 in Almaty
  durationMinutes: 90,
  titleKk: "Кәсіптер әлемі",
  titleRu: "Мир профессий",
  descriptionKk: "Сипаттама",
  descriptionRu: "Описание",
  onlineUrl: "https://zoom.us/j/123456",
  address: null,
} as unknown as Seminar;

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("the .ics calendar file", () => {
  it("starts at the Almaty time in UTC whatever the process's time zone, with a stable UID and the revision", () => {
    for (const tz of ["UTC", "Asia/Almaty", "America/New_York"]) {
      process.env.TZ = tz;
      const ics = seminarCalendarFile(seminar).toString("utf8");
      expect(ics).toContain("DTSTART:20261125T050000Z");
      expect(ics).toContain("DURATION:PT90M");
      expect(ics).toContain("UID:seminar-7@erte-pilot");
      expect(ics).toContain("SEQUENCE:2");
      expect(ics).toContain("Кәсіптер әлемі / Мир профессий");
    }
  });
});

describe("the .ics lines (RFC 5545 §3.1)", () => {
  it("are folded at 75 octets, never inside a multi-byte letter, and unfold to the original text", async () => {
    const { foldIcsLines } = await import("../../src/seminars/ics.js");
    const title = "Ерте жастан еңбекке және кәсіпке баулу: әдіскерлерге арналған өңірлік семинар-кеңес және ұйымдастыру мәселелері";
    const long = { ...seminar, titleKk: title, titleRu: "Раннее приобщение к труду и профессиям: региональный семинар-совещание методистов" } as Seminar;
    const bytes = seminarCalendarFile(long);
    const lines = bytes.toString("utf8").split("\r\n");
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      // A line cut inside a character would not survive a round trip through UTF-8 on its own.
      expect(Buffer.from(line, "utf8").toString("utf8")).not.toContain("\uFFFD");
    }
    const rawLines = [];
    let offset = 0;
    for (let i = 0; i <= bytes.length - 2; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        rawLines.push(bytes.subarray(offset, i));
        offset = i + 2;
      }
    }
    // Each physical line is valid UTF-8 by itself (no character split across a fold).
    for (const raw of rawLines) expect(Buffer.from(raw.toString("utf8"), "utf8").equals(raw)).toBe(true);
    const unfolded = bytes.toString("utf8").replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain(`SUMMARY:${title} / Раннее приобщение к труду и профессиям: региональный семинар-совещание методистов`);
    expect(foldIcsLines("A".repeat(80))).toBe(`${"A".repeat(75)}\r\n ${"A".repeat(5)}`);
    // 40 two-byte letters: 37 fit the first line (74 octets), the 38th would make 76.
    expect(foldIcsLines("ә".repeat(40)).split("\r\n").map((l) => Buffer.byteLength(l))).toEqual([74, 7]);
  });
});
