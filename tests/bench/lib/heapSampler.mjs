// Peak JS heap of a page and of its Web Workers, sampled through the DevTools protocol. Chromium reports no
// `performance.memory` in a worker, so each worker is attached to (Target.attachToTarget, not flattened: Playwright's
// CDP session cannot address a child session) and asked Runtime.getHeapUsage, as is the page, every `everyMs`.
// The peaks are of what each heap held in use at a sample: a spike shorter than the interval can be missed.

/** Starts sampling; `stop()` returns the peaks in MB (page, the largest worker, and the largest sum of all). */
export async function sampleHeaps(page, everyMs = 100) {
  const cdp = await page.context().newCDPSession(page);
  let id = 0;
  const waiting = new Map();
  const sessions = new Map(); // worker targetId → sessionId
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result ?? null);
    waiting.delete(m.id);
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    for (const [t, s] of sessions) if (s === e.sessionId) sessions.delete(t);
  });
  // A worker busy in one long task answers after it: the sample waits at most a second for it.
  const askWorker = (sessionId, method) =>
    new Promise((resolve) => {
      const i = ++id;
      waiting.set(i, resolve);
      setTimeout(() => {
        if (waiting.delete(i)) resolve(null);
      }, 1000);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method }) }).catch(() => {
        waiting.delete(i);
        resolve(null);
      });
    });
  const peaks = { pageMB: 0, workerMB: 0, sumMB: 0, samples: 0 };
  const mb = (bytes) => bytes / 2 ** 20;
  const sample = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const t of targetInfos)
      if (t.type === 'worker' && !sessions.has(t.targetId)) {
        const r = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false }).catch(() => null);
        if (r) sessions.set(t.targetId, r.sessionId);
      }
    const pageUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const workers = await Promise.all([...sessions.values()].map((s) => askWorker(s, 'Runtime.getHeapUsage')));
    const workerUsed = workers.map((w) => w?.usedSize ?? 0);
    peaks.pageMB = Math.max(peaks.pageMB, mb(pageUsed));
    peaks.workerMB = Math.max(peaks.workerMB, ...workerUsed.map(mb));
    peaks.sumMB = Math.max(peaks.sumMB, mb(pageUsed + workerUsed.reduce((a, b) => a + b, 0)));
    peaks.samples++;
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peaks;
    },
  };
}
