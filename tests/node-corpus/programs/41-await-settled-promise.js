// `await` on a promise that is already fulfilled costs exactly one microtask turn too (Node 12 and later): the
// function suspends, main ends, and it resumes between "then 1" and "then 2". C#'s own awaiters run straight on.
require("../prelude");

console.log("main: start");
Promise.resolve(1)
  .then(() => console.log("then 1"))
  .then(() => console.log("then 2"))
  .then(() => console.log("then 3"));

async function c() {
  console.log("c: before await");
  const dog = await Promise.resolve("🐶");
  console.log("c: after await, " + dog);
}

c();
console.log("main: end");
