import type { FastifyInstance } from 'fastify';

/** Periodic work of a feature, such as deleting what has expired. */
export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/**
 * Runs each job once the app is ready and then every `everyMs`, until the app closes. A failing
 * run is logged and tried again next time; timers never keep the process alive.
 */
export function scheduleJobs(app: FastifyInstance, jobs: readonly Job[]): void {
  app.decorate('jobs', jobs);
  const timers: NodeJS.Timeout[] = [];
  const run = (job: Job) =>
    job.run().catch((err: unknown) => app.log.warn({ err, job: job.name }, 'a periodic job failed'));
  app.addHook('onReady', async () => {
    for (const job of jobs) {
      void run(job);
      const timer = setInterval(() => void run(job), job.everyMs);
      timer.unref();
      timers.push(timer);
    }
  });
  app.addHook('onClose', async () => {
    for (const timer of timers) clearInterval(timer);
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The periodic jobs of every feature, as scheduled. */
    jobs: readonly Job[];
  }
}
