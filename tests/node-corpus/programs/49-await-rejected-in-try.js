// Awaiting a rejected promise inside try/catch: the catch runs one turn after the rejection, as a fulfilled await
// would resume; finally runs in the same turn, and the function's promise is fulfilled then.
require("../prelude");

console.log("main: start");

async function c() {
  try {
    await Promise.reject(new Error("💥"));
    console.log("c: never here");
  } catch (e) {
    console.log("catch " + e.message);
  } finally {
    console.log("finally");
  }
  return "after the catch";
}

c().then((value) => console.log("c's promise: " + value));
Promise.resolve()
  .then(() => console.log("turn 1"))
  .then(() => console.log("turn 2"))
  .then(() => console.log("turn 3"));
console.log("main: end");
