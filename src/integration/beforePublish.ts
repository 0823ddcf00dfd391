/**
 * Work a build does in the background while the integrations after it write
 * their files (the search index, in Pagefind's own process), which must be
 * finished, and must have succeeded, before the build is published.
 */
const pending: Promise<unknown>[] = [];

/** Lets `task` run on while the build goes on; publishBuild waits for it. */
export function finishBeforePublish(task: Promise<unknown>): void {
  // A failure is reported when the build is published, not as an unhandled rejection before.
  task.catch(() => undefined);
  pending.push(task);
}

/** Waits for every task started by this build; throws the first failure, and the build is not published. */
export async function backgroundWork(): Promise<void> {
  await Promise.all(pending.splice(0));
}

/** Forgets the tasks of an earlier build in this process that failed before publishing. */
export function forgetBackgroundWork(): void {
  pending.splice(0);
}
