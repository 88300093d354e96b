// An executor's resolve given a promise: the new promise adopts it. A pending promise is waited for, a rejected
// one rejects, and once resolve has handed the promise over, later calls to resolve or reject are ignored even
// though the promise is still pending.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

console.log("main: start");
const pending = later("🐷", 300);
new Promise((resolve) => resolve(pending)).then((value) => console.log("waited for a pending promise: " + value));
new Promise((resolve) => resolve(Promise.reject(new Error("💥")))).catch((e) => console.log("adopted a rejection: " + e.message));
new Promise((resolve, reject) => {
  resolve(pending);
  reject(new Error("too late"));
  resolve("too late");
}).then((value) => console.log("locked in: " + value));
new Promise((resolve) => setTimeout(() => resolve(later("🐶", 100)), 100)).then((value) => console.log("resolved from a timer: " + value));
console.log("main: end");
