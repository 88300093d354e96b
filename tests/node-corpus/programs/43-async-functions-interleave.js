// Two async functions and a then chain, all started in main, take turns: each await and each then step is one
// microtask, queued when the thing before it settles.
require("../prelude");

console.log("main: start");

async function a() {
  console.log("a0");
  await null;
  console.log("a1");
  await null;
  console.log("a2");
  return "a";
}

async function b() {
  console.log("b0");
  await null;
  console.log("b1");
  await null;
  console.log("b2");
  return "b";
}

a().then((value) => console.log("a's promise: " + value));
Promise.resolve()
  .then(() => console.log("then 1"))
  .then(() => console.log("then 2"))
  .then(() => console.log("then 3"))
  .then(() => console.log("then 4"));
b().then((value) => console.log("b's promise: " + value));
console.log("main: end");
