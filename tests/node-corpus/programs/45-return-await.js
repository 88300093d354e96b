// What a return costs, until a then on the function's promise runs: `return v` one turn, `return await v` two,
// `return await p` (p fulfilled) two. A counting chain shows the turns.
require("../prelude");

console.log("main: start");
const fulfilled = Promise.resolve("p");

async function returnValue() {
  return "v";
}

async function returnAwaitValue() {
  return await "v";
}

async function returnAwaitPromise() {
  return await fulfilled;
}

Promise.resolve()
  .then(() => console.log("turn 1"))
  .then(() => console.log("turn 2"))
  .then(() => console.log("turn 3"))
  .then(() => console.log("turn 4"));
returnValue().then((value) => console.log("return v: " + value));
returnAwaitValue().then((value) => console.log("return await v: " + value));
returnAwaitPromise().then((value) => console.log("return await p: " + value));
console.log("main: end");
