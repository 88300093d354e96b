// Three timers due at 100 ms: the first rejects a promise nobody handles yet, the third handles it. Node checks
// for unhandled rejections after every timer's microtasks, so it reports this one before the second timer runs.
require("../prelude");

console.log("main: start");
const failing = new Promise((_, reject) => setTimeout(() => reject(new Error("💥")), 100));
setTimeout(() => console.log("second timer at 100 ms"), 100);
setTimeout(() => failing.catch((e) => console.log("third timer's catch: " + e.message)), 100);
console.log("main: end");
