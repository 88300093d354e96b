// all, allSettled, any and race pass every input through Promise.resolve first. A thenable that calls back
// more than once is asked in a microtask of its own, and only its first call counts: the others cannot
// fill a second slot or settle the combined promise early.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (message, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
const show = (result) => (result.status === "fulfilled" ? "fulfilled: " + result.value : "rejected: " + result.reason.message);

// Calls onFulfilled twice, then onRejected.
const fulfilsTwice = (name) => ({
  then(onFulfilled, onRejected) {
    console.log(name + ": then called");
    onFulfilled(name + " 1");
    onFulfilled(name + " 2");
    onRejected(new Error(name + " 💥"));
  },
});

// Calls onRejected twice, then onFulfilled.
const rejectsTwice = (name) => ({
  then(onFulfilled, onRejected) {
    console.log(name + ": then called");
    onRejected(new Error(name + " 💥 1"));
    onRejected(new Error(name + " 💥 2"));
    onFulfilled(name + " value");
  },
});

console.log("main: start");
Promise.all([fulfilsTwice("a"), later("🐷", 100)]).then(
  (values) => console.log("all: " + values.join(" ")),
  (e) => console.log("all rejected: " + e.message),
);
Promise.allSettled([fulfilsTwice("b"), failLater("💢", 100)]).then((results) =>
  console.log("allSettled: " + results.map(show).join(" | ")),
);
Promise.any([rejectsTwice("c"), failLater("💢", 100)]).then(
  (value) => console.log("any: " + value),
  (e) => console.log("any rejected: " + e.errors.map((x) => x.message).join(" | ")),
);
Promise.race([rejectsTwice("d"), later("🐶", 100)]).then(
  (value) => console.log("race: " + value),
  (e) => console.log("race rejected: " + e.message),
);
Promise.resolve()
  .then(() => console.log("t1"))
  .then(() => console.log("t2"))
  .then(() => console.log("t3"));
console.log("main: end");
