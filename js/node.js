// Node entry: compiles the module from the package folder once, at import, so
// `import { Filter } from "phigate"` needs no init call.
import { readFileSync } from "node:fs";
import { install } from "./filter.js";

const wasmModule = new WebAssembly.Module(readFileSync(new URL("./phigate_core_bg.wasm", import.meta.url)));
install(() => wasmModule);

export { Filter, version, init, __trapForTests } from "./filter.js";
