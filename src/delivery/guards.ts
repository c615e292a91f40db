import { approvalReminderGuard } from "../approvals/approval-reminders.js";
import { reportReminderGuard } from "../reminders/report-reminders.js";
import { seminarReminderGuard } from "../seminars/reminders.js";
import { tipFollowUpGuard, tipGuard } from "../tips/tip-guard.js";
import type { DeliveryGuard } from "./sender.js";

/**
 * The send-time guards, each defined in its feature's folder for its outbox kind: a message no longer
 * wanted when its turn comes (the report was handed in, the event moved, the parent stepped back) is
 * cancelled instead of sent. A feature joins by adding its guard here — the sender does not change.
 */
export const deliveryGuards: DeliveryGuard[] = [reportReminderGuard, approvalReminderGuard, seminarReminderGuard, tipGuard, tipFollowUpGuard];
