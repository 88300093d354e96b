// Timers due at the same moment fire in the order they were scheduled, whenever and from wherever that was.
require("../prelude");

console.log("main: start");
setTimeout(() => console.log("A: 100 ms, scheduled first"), 100);
setTimeout(() => console.log("B: 100 ms, scheduled second"), 100);
setTimeout(() => {
  console.log("C: 50 ms");
  setTimeout(() => console.log("D: due at 100 ms too, scheduled last, at 50 ms"), 50);
}, 50);
setTimeout(() => console.log("E: 100 ms, scheduled third"), 100);
console.log("main: end");
