// The seed program with a generator instead of an async function: `yield` where `await` was, and a runner
// (../generator-runner.js, as co and Babel's _asyncToGenerator) that resumes it when each promise settles.
// Prints exactly what 01-dog-pig prints: "🐶🐷!" at 5000 ms, after main has ended.
require("../prelude");
const { run } = require("../generator-runner");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 2000));
const promise2 = new Promise((resolve) => setTimeout(() => resolve("🐷"), 5000));

function* c() {
  const dog = yield promise1;
  const pig = yield promise2;
  return dog + pig;
}

run(c()).then((result) => console.log(result + "!"));
console.log("main: end");
