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
