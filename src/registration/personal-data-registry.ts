import { broadcastsPersonalData } from "../broadcasts/personal-data.js";
import { reportsPersonalData } from "../reports/personal-data.js";
import { seminarsPersonalData } from "../seminars/personal-data.js";
import { tipsPersonalData } from "../tips/personal-data.js";
import type { PersonalData } from "./personal-data.js";

/**
 * What each feature keeps about a person, erased on /leave (in this order, inside one transaction)
 * and pruned by the retention task. A feature that stores someone's words, files or id joins by
 * adding its `PersonalData` here — `leave.ts` and `retention.ts` do not change.
 */
export const personalDataRegistry: PersonalData[] = [reportsPersonalData, tipsPersonalData, seminarsPersonalData, broadcastsPersonalData];
