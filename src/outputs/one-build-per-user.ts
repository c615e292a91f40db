/** Users with a file (.xlsx, .docx) being built in this process, whether asked for in the chat or from the Mini App. */
const building = new Set<number>();

/**
 * One file at a time per user: a second request while one is being built builds nothing and
 * returns "busy". Per process: with two replicas a user could have one build on each.
 */
export async function oneBuildPerUser<T>(userId: number, build: () => Promise<T>): Promise<{ busy: true } | { busy: false; value: T }> {
  if (building.has(userId)) return { busy: true };
  building.add(userId);
  try {
    return { busy: false, value: await build() };
  } finally {
    building.delete(userId);
  }
}
