// An async function awaiting another: inner() settles its promise in the turn it returns; outer()'s await on
// that promise costs one more turn. A counting chain shows every turn.
require("../prelude");

console.log("main: start");

async function inner() {
  console.log("inner: start");
  const value = await Promise.resolve("🐶");
  console.log("inner: returns " + value);
  return value;
}

async function outer() {
  console.log("outer: start");
  const value = await inner();
  console.log("outer: got " + value);
  return value + "!";
}

outer().then((value) => console.log("outer's promise: " + value));
Promise.resolve()
  .then(() => console.log("turn 1"))
  .then(() => console.log("turn 2"))
  .then(() => console.log("turn 3"))
  .then(() => console.log("turn 4"))
  .then(() => console.log("turn 5"));
console.log("main: end");
