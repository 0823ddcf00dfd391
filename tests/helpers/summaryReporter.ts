import type {Reporter, SerializedError, TestModule} from "vitest/node";

/**
 * Ends a run with the plain line "N passed, N failed, N skipped" that CI reads,
 * after Vitest's own report, and the number of errors no test caught (which
 * fail the run too, with every test passed).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = {passed: 0, failed: 0, skipped: 0};
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
    }
    const unhandled = unhandledErrors.length ? `, ${unhandledErrors.length} unhandled error${unhandledErrors.length === 1 ? "" : "s"} (see above; the run fails)` : "";
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${unhandled}`);
  }
}
