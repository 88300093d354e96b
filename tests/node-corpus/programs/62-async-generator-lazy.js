// Eager and lazy: an async function's body runs inside the call, up to its first await; an async generator's body runs
// nothing until the first next(), and then only up to its first await or yield.
require("../prelude");

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function task() {
  console.log("async function: body starts");
  await delay(1000);
  console.log("async function: body ends");
}

async function* stream() {
  console.log("async generator: body starts");
  await delay(2000);
  yield "🐶";
  console.log("async generator: never resumed");
}

async function main() {
  console.log("main: start");
  const done = task();
  console.log("main: async function called");
  const animals = stream();
  console.log("main: async generator called");
  const first = animals.next();
  console.log("main: next() called");
  console.log("main: first value " + (await first).value);
  await done;
  await animals.return();
  console.log("main: end");
}

main();
