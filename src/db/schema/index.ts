export * from "./registry.js";
export * from "./users.js";
export * from "./invitations.js";
export * from "./audit.js";
export * from "./conversations.js";
export * from "./reports.js";
export * from "./delivery.js";
export * from "./digests.js";
