// Node entry: compiles the module from the package folder once, at import, so
// `import { Filter } from "phigate"` needs no init call.
import { install } from "./filter.js";

// process.getBuiltinModule (Node 20.16+) hands over node:fs without building
// its ES module namespace, which loads fs streams: ~2 ms of a cold start.
const fs = process.getBuiltinModule?.("node:fs") ?? (await import("node:fs"));
const wasmModule = new WebAssembly.Module(fs.readFileSync(new URL("./phigate_core_bg.wasm", import.meta.url)));
install(() => wasmModule);

export { Filter, version, init, __trapForTests } from "./filter.js";
