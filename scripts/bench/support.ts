/** Helpers shared by the benchmark scripts. */

/** Resolves once `url` answers 2xx; for a server just started by a bench. */
export async function waitForUrl(url: string, timeoutMs = 60_000, pollMs = 300): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
