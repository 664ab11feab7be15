// The browser API, type-checked with the DOM lib (tsconfig.browser.json): init()
// takes the places a .wasm can come from. Each @ts-expect-error must be an error.
import { Filter, init } from "phigate";

await init();
await init(new URL("/assets/phigate_core_bg.wasm", location.href));
await init("/assets/phigate_core_bg.wasm");
await init(fetch("/assets/phigate_core_bg.wasm"));
await init(await fetch("/assets/phigate_core_bg.wasm"));
await init(new Uint8Array(8));
const ready: Promise<void> = init();
void ready;
document.body.append(new Filter().check({ channel: "ohmd", body: "hi" }).body ?? "");

// @ts-expect-error: not a source of a module
await init(true);
// @ts-expect-error: nor is a plain object
await init({ path: "/phigate_core_bg.wasm" });
// @ts-expect-error: init resolves to nothing, not a Filter
const f: Filter = await init();
void f;
