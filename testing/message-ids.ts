/**
 * In a private chat the user's and the bot's messages share one sequence of ids, so a user's
 * message that came before a question has a smaller id than the question. The update builders and
 * the fake Bot API draw from this one counter (unique across chats, increasing within each).
 */
let last = 0;
export function nextMessageId(): number {
  return ++last;
}
