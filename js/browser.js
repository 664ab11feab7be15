// Browser entry (and the default for runtimes without a condition of their
// own): fetching the module is asynchronous, so `await init()` comes first.
// The URL is resolved against this file, so the package works from any path
// and from a CDN; bundlers (Vite) see the same `new URL(..., import.meta.url)`
// and emit the .wasm as an asset.
import { install } from "./filter.js";

let ready;

/**
 * Compiles and instantiates the module once; later calls return the same
 * promise. `source` overrides where the .wasm comes from: a URL, a Response
 * (or a promise of one) or its bytes.
 */
export function init(source = new URL("./phigate_core_bg.wasm", import.meta.url)) {
  ready ??= compile(source).then(
    (module) => install(() => module),
    (err) => {
      ready = undefined; // a failed fetch may be retried
      throw err;
    },
  );
  return ready;
}

async function compile(source) {
  if (typeof source === "string" || source instanceof URL) source = fetch(source);
  const response = await source;
  if (!(response instanceof Response)) return WebAssembly.compile(response);
  if (!response.ok) throw new Error(`phigate: fetching ${response.url} failed with HTTP ${response.status}`);
  // Streaming compilation needs the application/wasm type, which not every server sends.
  if (response.headers.get("Content-Type")?.startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

export { Filter, version, __trapForTests } from "./filter.js";
