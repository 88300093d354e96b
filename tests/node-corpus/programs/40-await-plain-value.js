// `await` on a plain value (not a promise) still suspends: the function goes on one microtask turn later, between
// the first and the second step of a then chain started just before it.
require("../prelude");

console.log("main: start");
Promise.resolve()
  .then(() => console.log("then 1"))
  .then(() => console.log("then 2"))
  .then(() => console.log("then 3"));

async function c() {
  console.log("c: before await");
  const value = await 42;
  console.log("c: after await, " + value);
}

c();
console.log("main: end");
