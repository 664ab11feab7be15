// The per-message cost of Filter.check(), measured the same way in every
// runtime (scripts/bench-runtimes): `now` is the runtime's millisecond clock.
export function perMessage({ Filter }, bodies, now, { runs = 7, perRun = 2000 } = {}) {
  const filter = new Filter({ channels: { twilio: { baa: true } } });
  const messages = bodies.map((body) => ({ channel: "twilio", body, to: "+14155550123", purpose: "treatment" }));
  const run = () => {
    const t0 = now();
    for (let i = 0; i < perRun; i++) filter.check(messages[i % messages.length]);
    return ((now() - t0) * 1000) / perRun; // µs per message
  };
  run(); // warm up: tiering, allocator growth
  const times = Array.from({ length: runs }, run).sort((a, b) => a - b);
  return { median: times[times.length >> 1], min: times[0], max: times.at(-1), runs, perRun };
}

/** The first verdict, as a user's first call makes it. */
export function firstVerdict({ Filter }) {
  return new Filter().check({ channel: "ohmd", body: "Call 415-555-0142 about your refill." }).action;
}
