export const TIME_ZONE = "Asia/Almaty";

const dateFormat = new Intl.DateTimeFormat("ru-RU", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

/** 31.12.2026 in Kazakhstan time; the format both languages use in official documents. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
