// Node CPU per call of several variants in one process (real-parts.ts, layer-interplay.ts): each variant is called
// by `concurrency` loops at once, variants rotated round by round (who goes first moves), and this process's CPU
// (process.cpuUsage) is read around each batch: robust to the machine's load where req/s is not.

/** `calls` calls of `fn`, `concurrency` at a time. */
export async function callsAtOnce(fn: () => Promise<unknown>, calls: number, concurrency = 8): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < calls) await fn();
    }),
  );
}

/** CPU µs per call of each variant, one figure per round; first an untimed batch of each (plans, JIT, pools). */
export async function cpuPerCall(
  variants: Record<string, () => Promise<unknown>>,
  { rounds, calls, concurrency = 8 }: { rounds: number; calls: number; concurrency?: number },
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  for (const name of names) await callsAtOnce(variants[name]!, 2 * calls, concurrency);
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      const before = process.cpuUsage();
      await callsAtOnce(variants[name]!, calls, concurrency);
      const used = process.cpuUsage(before);
      cpu[name]!.push((used.user + used.system) / calls);
    }
  }
  return cpu;
}
