import { createRequire } from "node:module";
import path from "node:path";

/**
 * React's own decoder of server action bodies (next's compiled react-server-dom-webpack, server build),
 * to make what a forged body with temporary references ("$T") becomes on the server: a function proxy
 * that throws "Cannot access … on the server. You cannot dot into a temporary client reference…" when
 * touched. That build refuses to load without React's "react-server" condition, which tests do not run
 * with: React's react-server builds are put in the require cache only while it loads, then the cache
 * is restored (nothing else in the test sees them).
 */
interface ServerDom {
  createTemporaryReferenceSet(): WeakMap<object, string>;
  decodeReply(body: string | FormData, webpackMap: Record<string, unknown>, options?: { temporaryReferences?: WeakMap<object, string> }): Promise<unknown>;
}

let loaded: ServerDom | undefined;

function serverDom(): ServerDom {
  if (loaded) return loaded;
  const req = createRequire(import.meta.url);
  const serverPath = req.resolve("next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-server.node.production.js");
  const from = createRequire(serverPath);
  const reactKey = from.resolve("react");
  const domKey = from.resolve("react-dom");
  const saved = new Map([reactKey, domKey].map((k) => [k, req.cache[k]]));
  const put = (key: string, file: string) => {
    const exports = from(file);
    req.cache[key] = { id: key, filename: key, loaded: true, exports } as NodeJS.Module;
  };
  try {
    put(reactKey, path.join(path.dirname(reactKey), "react.react-server.js"));
    put(domKey, path.join(path.dirname(domKey), "react-dom.react-server.js"));
    loaded = from(serverPath) as ServerDom;
  } finally {
    for (const [key, mod] of saved) {
      if (mod) req.cache[key] = mod;
      else delete req.cache[key];
    }
  }
  return loaded;
}

/**
 * Decodes `args` (the JSON of a server action's arguments, as the client sends them) the way Next.js
 * does for a server action, with a set of temporary references: each "$T" becomes React's proxy.
 */
export async function decodeActionArgs(args: unknown[]): Promise<unknown[]> {
  const dom = serverDom();
  const temporaryReferences = dom.createTemporaryReferenceSet();
  return (await dom.decodeReply(JSON.stringify(args), {}, { temporaryReferences })) as unknown[];
}

/** One temporary reference, as the server sees it. */
export async function temporaryReference(): Promise<unknown> {
  const [ref] = await decodeActionArgs(["$T"]);
  return ref;
}
