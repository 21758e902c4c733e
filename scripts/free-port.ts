import net from "node:net";

/** The first port from `start` on which nothing listens (the benchmarks start their own server). */
export async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(false));
      srv.listen(port, "0.0.0.0", () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`No free port from ${start}`);
}
