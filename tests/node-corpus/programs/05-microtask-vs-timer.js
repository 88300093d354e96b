// Microtasks (promise reactions, queueMicrotask) run as soon as the current callback is done, before any timer,
// even a 0 ms timer scheduled earlier. Node runs a 0 ms timer after 1 ms: its smallest delay.
require("../prelude");

console.log("main: start");
setTimeout(() => console.log("timer: 0 ms"), 0);
setTimeout(() => console.log("timer: 10 ms"), 10);
Promise.resolve().then(() => console.log("microtask: a promise reaction"));
queueMicrotask(() => console.log("microtask: queueMicrotask"));
setTimeout(() => {
  console.log("timer: 5 ms");
  setTimeout(() => console.log("timer: 0 ms after the 5 ms timer"), 0);
  Promise.resolve().then(() => console.log("microtask: queued by the 5 ms timer"));
}, 5);
console.log("main: end");
