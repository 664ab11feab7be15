// workerd entry (Cloudflare Workers, wrangler, Miniflare): the runtime hands
// over a `.wasm` import as a compiled WebAssembly.Module (it forbids compiling
// bytes at run time), so phigate is ready at import with no init call.
import wasmModule from "./phigate_core_bg.wasm";
import { install } from "./filter.js";

install(() => wasmModule);

export { Filter, version, init, __trapForTests } from "./filter.js";
