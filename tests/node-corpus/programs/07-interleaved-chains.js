// Each step of a then chain is one microtask, queued when the step before it settles: two chains started
// together take turns. An async function's awaits take one turn each, the same way.
require("../prelude");

console.log("main: start");
Promise.resolve()
  .then(() => console.log("a1"))
  .then(() => console.log("a2"))
  .then(() => console.log("a3"));
Promise.resolve()
  .then(() => console.log("b1"))
  .then(() => console.log("b2"))
  .then(() => console.log("b3"));

async function c() {
  console.log("c0: runs at once, inside the call");
  await null;
  console.log("c1");
  await null;
  console.log("c2");
}

c();
console.log("main: end");
