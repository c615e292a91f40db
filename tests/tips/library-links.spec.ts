import { describe, expect, it } from "vitest";
import { findLink } from "../../src/shared/links.js";
import { activityLibrary } from "../../src/tips/library/activities.js";
import { libraryActivitySchema } from "../../src/tips/library/schema.js";
import { parseActivityText } from "../../src/tips/library-edit.js";

describe("links in activity texts", () => {
  it("finds links however they are written", () => {
    const links = [
      "https://kaspi-bonus.kz/gift",
      "HTTP://EXAMPLE.COM",
      "hxxps://evil.example/x",
      "h**p://evil.example",
      "h t t p s : / / evil",
      "зайдите на example.com/xyz",
      "bit.ly/abc",
      "kaspi.kz",
      "example . com",
      "example. com/win",
      "example[.]com",
      "example(dot)com",
      "example dot com",
      "www.evil.kz",
      "w w w . evil . kz",
      "t.me/freegift",
      "t . me / freegift",
      "telegram.me/freegift",
      "tg://resolve?domain=x",
      "пишите @kaspi_gift_bot",
      "почта: mama@example.kz",
      "http://192.168.1.1",
      "10.0.0.1",
      "госуслуги.рф",
      "сайт.қаз/акция",
      "ｅｘａｍｐｌｅ．ｃｏｍ",
      "exa\u200bmple.com",
      "xn--80ak6aa92e.com",
    ];
    expect(links.filter((l) => findLink(`Текст занятия. ${l} — и всё.`) === null)).toEqual([]);
  });

  it("leaves ordinary Kazakh and Russian prose alone, the whole shipped library included", () => {
    const prose = [
      "Возьмите 1.5 литра воды, т.е. немного, и т.д. и т.п.",
      "Номера экстренных служб: 103, 101, 112.",
      "Время 10.00–11.00. Цена 2.500 тг.",
      "Баланың аты: Әлия. Жасы 5. Ол LEGO ойнағанды жақсы көреді.",
      "Напишите на конверте адрес: ул. Абая, д. 5, кв. 12.",
      "Сравните, e.g. большой и маленький.",
    ];
    expect(prose.filter((p) => findLink(p) !== null)).toEqual([]);
    const found = activityLibrary.flatMap((a) =>
      (["kk", "ru"] as const).flatMap((l) => {
        const text = a[l];
        const link = findLink([text.title, text.activity, ...text.words, text.safety ?? "", text.youngest ?? ""].join("\n"));
        return link ? [`${a.slug}.${l}: ${link}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it("a typed activity with a link is refused with the link found; the shipped library's schema refuses one too", () => {
    const typed = `Пекарь\n---\n${"Подробнее на example.com/xyz — там рецепт. ".padEnd(230, ".")}\n---\nхлеб, мука, пекарь`;
    expect(parseActivityText(typed)).toEqual({ ok: false, problem: "link", link: "example.com/xyz" });
    expect(parseActivityText(typed.replace("example.com/xyz", "книге рецептов")).ok).toBe(true);
    const sample = structuredClone(activityLibrary[0]!);
    expect(libraryActivitySchema.safeParse(sample).success).toBe(true);
    sample.ru.safety = "Подробнее о безопасности: t.me/safety_kz";
    expect(libraryActivitySchema.safeParse(sample).success).toBe(false);
  });
});
