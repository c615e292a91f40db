import { calendarQuarterRange } from "../reports/periods.js";
import { addSeminarTally, averageRatingOf, emptySeminarTally, seminarTallies, type SeminarTally } from "./figures.js";
import { alignedCounts } from "../outputs/digests/format.js";
import { organizationsInScope } from "../figures/scope-filter.js";
import { defineSection, type DigestQuery } from "../outputs/digests/section.js";

function tallies(query: DigestQuery, by: "organization" | "region") {
  const { from, to } = calendarQuarterRange(query.period);
  return seminarTallies(query.db, { from, to, now: query.now, kindergartens: organizationsInScope(query.scope), by });
}

/** "4,3": one decimal with a comma, as both languages write it. */
function ratingText(rating: number): string {
  return rating.toFixed(1).replace(".", ",");
}

/**
 * Seminars, webinars and consultations of the period's calendar quarter: events, and of
 * the heads and parents invited through the kindergartens of the scope, how many were invited,
 * said they would come, took part, and their average rating (kept as a sum and a count, so it adds
 * up exactly from kindergartens to regions to the country). People invited with no kindergarten
 * (methodologists) are not counted: a region's line is the sum of its kindergartens'. Read from
 * seminar_organization_counts (a row per event and kindergarten, kept by triggers), not from the
 * million rows of a national event with parents.
 */
export const seminarsSection = defineSection<SeminarTally, SeminarTally>({
  key: "seminars",
  async load(query) {
    const byId = await tallies(query, "organization");
    return new Map([...byId].map(([id, tally]) => [Number(id), tally]));
  },
  loadByRegion: (query) => tallies(query, "region"),
  merge: addSeminarTally,
  empty: emptySeminarTally,
  add: addSeminarTally,
  render(total, { t }) {
    if (total.events.length === 0) return [];
    const [invited, coming, attended] = alignedCounts([total.invited, total.coming, total.attended]);
    const lines = [
      t("status-seminars-title", { count: total.events.length, held: total.held.length }),
      t("status-seminars-invited", { n: invited!, count: total.invited }),
      t("status-seminars-coming", { n: coming!, count: total.coming }),
      t("status-seminars-attended", { n: attended!, count: total.attended }),
    ];
    const average = averageRatingOf(total);
    if (average !== null) lines.push(t("status-seminars-rating", { rating: ratingText(average), count: total.ratings }));
    return lines;
  },
});
