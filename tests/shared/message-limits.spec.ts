import { describe, expect, it } from "vitest";
import { fitMessage, MESSAGE_TEXT_LIMIT, shorten, splitParallel, splitText } from "../../src/shared/message-limits.js";

const limit = MESSAGE_TEXT_LIMIT;
const line = (length: number, fill = "а") => fill.repeat(length);

describe("Telegram's 4,096 at its exact boundary", () => {
  it("a text of exactly the limit is one message, unchanged; one character more makes two, each within the limit", () => {
    const exact = line(limit);
    expect(splitText(exact)).toEqual([exact]);
    const over = line(limit + 1);
    const pieces = splitText(over);
    expect(pieces).toHaveLength(2);
    expect(pieces.every((p) => p.length <= limit)).toBe(true);
    expect(pieces.join("")).toBe(over);
  });

  it("lines that fill the limit exactly, their line breaks counted, stay in one message; one character more moves the last line on", () => {
    // Two lines and the break between them: 2,000 + 1 + 2,095 = 4,096.
    const first = line(2000, "а");
    const exact = [first, line(limit - 2001, "б")].join("\n");
    expect(exact).toHaveLength(limit);
    expect(splitText(exact)).toEqual([exact]);
    const over = [first, line(limit - 2000, "б")].join("\n");
    expect(splitText(over)).toEqual([first, line(limit - 2000, "б")]);
  });

  it("a digest part filled to within a few characters of the limit takes a line that still fits and passes on one that does not", () => {
    const filled = Array.from({ length: 40 }, (_, i) => `${String(i + 1).padStart(2, "0")}. ${line(97, "ж")}`); // 40 × 101 + 39 = 4,079
    const part = filled.join("\n");
    expect(part).toHaveLength(4079);
    const fits = line(16, "ы"); // 4,079 + 1 + 16 = 4,096
    const oneTooMany = line(17, "ы"); // 4,097
    expect(splitParallel([[...filled, fits]])).toEqual([[`${part}\n${fits}`]]);
    expect(splitParallel([[...filled, oneTooMany]])).toEqual([[part], [oneTooMany]]);
    // Two languages split at the same line, the longer one deciding.
    expect(splitParallel([[...filled, fits], [...filled, oneTooMany]])).toEqual([[part, part], [fits, oneTooMany]]);
  });

  it("shortening and fitting give exactly the limit, never one more", () => {
    expect(shorten(line(limit), limit)).toBe(line(limit));
    const shortened = shorten(line(limit + 1), limit);
    expect(shortened).toHaveLength(limit);
    expect(shortened.endsWith("…")).toBe(true);
    expect(fitMessage([[line(limit)]])).toBe(line(limit));
    const fitted = fitMessage([[line(2000)], [line(limit - 2001)]]);
    expect(fitted).toHaveLength(limit); // 4,097 joined
    expect(fitted.endsWith("…")).toBe(true);
    const exactBlocks = fitMessage([[line(2000)], [line(limit - 2002)]]); // 2,000 + 2 + 2,094
    expect(exactBlocks).toHaveLength(limit);
    expect(exactBlocks.endsWith("а")).toBe(true);
  });
});
