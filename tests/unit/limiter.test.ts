import { describe, expect, it } from "vitest";
import { createLimiter, LimiterBusyError } from "../../lib/concurrency/limiter";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("a limiter of heavy jobs (exports)", () => {
  it("runs one job at a time, the others in arrival order", async () => {
    const line = createLimiter({ concurrency: 1, maxWaiting: 10 });
    const order: string[] = [];
    let inside = 0;
    let most = 0;
    const job = (name: string) =>
      line.run(async () => {
        inside++;
        most = Math.max(most, inside);
        order.push(`start ${name}`);
        await tick();
        order.push(`end ${name}`);
        inside--;
        return name;
      });
    expect(await Promise.all([job("a"), job("b"), job("c")])).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
    expect(order).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(line.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once past the waiting limit, with a Vietnamese message, and serves the others", async () => {
    const line = createLimiter({ concurrency: 1, maxWaiting: 1 });
    const first = line.run(tick);
    const second = line.run(tick);
    await expect(line.run(tick)).rejects.toBeInstanceOf(LimiterBusyError);
    await expect(line.run(tick)).rejects.toThrow("Hệ thống đang bận");
    await Promise.all([first, second]);
    await expect(line.run(async () => 1)).resolves.toBe(1);
  });

  it("frees the slot when a job fails", async () => {
    const line = createLimiter({ concurrency: 1, maxWaiting: 5 });
    await expect(line.run(async () => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng");
    await expect(line.run(async () => "ok")).resolves.toBe("ok");
    expect(line.stats.running).toBe(0);
  });
});
