// A then chained after an async function with two awaits runs one turn after the function's last resumption: the
// function's own promise is fulfilled in the turn its body returns. (Written as nested thens, with the rest of the
// function inside the first then, it settles one turn later: the outer then adopts the inner promise.)
require("../prelude");

console.log("main: start");

async function c() {
  const dog = await Promise.resolve("🐶");
  console.log("c: got " + dog);
  const pig = await Promise.resolve("🐷");
  console.log("c: got " + pig);
  return dog + pig;
}

c().then((value) => console.log("c's promise: " + value));
Promise.resolve()
  .then(() => console.log("turn 1"))
  .then(() => console.log("turn 2"))
  .then(() => console.log("turn 3"))
  .then(() => console.log("turn 4"))
  .then(() => console.log("turn 5"));
console.log("main: end");
