/**
 * At most `concurrency` jobs of a kind at a time in this process, the others waiting in line (first come,
 * first served), and at most `maxWaiting` in line: past that `run` refuses at once with LimiterBusyError
 * rather than letting memory and waits grow. For heavy work whose copies would only slow each other down
 * (an export holds its rows in memory and keeps a core busy; two at once on two cores take as long as
 * one after the other, and three or more take longer and hold more memory).
 */
export class LimiterBusyError extends Error {
  constructor() {
    super("Hệ thống đang bận xử lý nhiều yêu cầu cùng loại. Vui lòng thử lại sau ít phút.");
  }
}

export interface Limiter {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running and waiting now. */
  readonly stats: { running: number; waiting: number };
}

export function createLimiter({ concurrency, maxWaiting }: { concurrency: number; maxWaiting: number }): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return {
    get stats() {
      return { running, waiting: waiting.length };
    },
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting) throw new LimiterBusyError();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running++;
      try {
        return await job();
      } finally {
        release();
      }
    },
  };
}
