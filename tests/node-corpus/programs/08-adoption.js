// A then callback that returns a promise: the next promise adopts it. Adopting costs two extra microtask turns
// (one to call the returned promise's then, one for its reaction), which a counting chain makes visible.
// Adopting a pending promise waits for it.
require("../prelude");

console.log("main: start");
Promise.resolve()
  .then(() => {
    console.log("a1: returns a fulfilled promise");
    return Promise.resolve("x");
  })
  .then((value) => console.log("a2: got " + value));
Promise.resolve()
  .then(() => console.log("b1"))
  .then(() => console.log("b2"))
  .then(() => console.log("b3"))
  .then(() => console.log("b4"));

const later = new Promise((resolve) => setTimeout(() => resolve("🐷"), 300));
Promise.resolve()
  .then(() => later)
  .then((value) => console.log("adopted a pending promise: " + value));
console.log("main: end");
