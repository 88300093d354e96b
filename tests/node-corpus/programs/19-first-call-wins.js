// First call wins: a promise takes only the first call of whatever may settle it. The executor's resolve and reject
// and a thenable's two callbacks are ignored after the first call, even while the promise is still pending because
// it follows the promise it was resolved with; Promise.all, allSettled and any take only the first call per input,
// so a stranger's thenable that calls back twice, or both ways, counts once.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (message, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
const show = (result) => (result.status === "fulfilled" ? "fulfilled: " + result.value : "rejected: " + result.reason.message);
const report = (label) => [(value) => console.log(label + ": fulfilled " + value), (e) => console.log(label + ": rejected " + e.message)];

// Strangers' thenables that call back more than once.
const twice = (value) => ({ then(onFulfilled) { onFulfilled(value); onFulfilled(value + " again"); } });
const bothWays = (value) => ({ then(onFulfilled, onRejected) { onFulfilled(value); onRejected(new Error("💥")); } });
const rejectsTwice = (message) => ({ then(_, onRejected) { onRejected(new Error(message)); onRejected(new Error(message + " again")); } });

console.log("main: start");
new Promise((resolve, reject) => {
  resolve(later("🐷", 100));
  reject(new Error("💥"));
}).then(...report("executor: resolve(pending promise), reject"));
Promise.resolve(0)
  .then(() => ({
    then(resolve) {
      resolve(later("🐶", 200));
      throw new Error("💥");
    },
  }))
  .then(...report("thenable: resolve(pending promise), throw"));
Promise.all([twice("🐶"), later("🐷", 300)]).then(...report("all, a thenable that calls back twice"));
Promise.all([bothWays("🐶"), later("🐷", 400)]).then(...report("all, a thenable that calls back both ways"));
Promise.allSettled([twice("🐶"), later("🐷", 500)]).then((results) => console.log("allSettled, a thenable that calls back twice: " + results.map(show).join(" | ")));
Promise.any([rejectsTwice("💥"), failLater("💢", 600)]).catch((e) => console.log("any, a thenable that rejects twice: rejected " + e.errors.map((x) => x.message).join(" ")));
console.log("main: end");
