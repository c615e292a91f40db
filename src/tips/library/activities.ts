import type { LibraryActivity } from "./schema.js";

/** Placeholder set while the library is written; replaced by the reviewed library. */
export const activityLibrary: LibraryActivity[] = [
  {
    slug: "baker-dough",
    direction: "trade-services",
    season: "any",
    minutes: 15,
    kk: { title: "Наубайшы", activity: "Балаңызбен бірге ұннан шағын қамыр илеңіз.", words: ["нан", "ұн", "наубайшы"], safety: "Пеш ыстық — жанына жақындамаңыз." },
    ru: { title: "Пекарь", activity: "Замесите с ребёнком немного теста.", words: ["хлеб", "мука", "пекарь"], safety: "Духовка горячая — не подходите близко." },
  },
  {
    slug: "doctor-checkup",
    direction: "medicine",
    season: "winter",
    minutes: 10,
    kk: { title: "Дәрігер", activity: "Ойыншықты «емдеңіз».", words: ["дәрігер", "жүрек", "дәрі"] },
    ru: { title: "Врач", activity: "«Полечите» игрушку.", words: ["врач", "сердце", "лекарство"] },
  },
  {
    slug: "builder-tower",
    direction: "construction",
    season: "any",
    minutes: 10,
    kk: { title: "Құрылысшы", activity: "Қораптардан мұнара салыңыз.", words: ["құрылысшы", "кірпіш", "үй"], youngest: "Үш қорап жеткілікті." },
    ru: { title: "Строитель", activity: "Постройте башню из коробок.", words: ["строитель", "кирпич", "дом"], youngest: "Хватит трёх коробок." },
  },
];
