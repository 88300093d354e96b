// The 💥 program with a generator: the runner throws promise2's reason into the generator at its yield
// (generator.throw), where the generator's own catch handles it. The catch and the finally run at 500 ms,
// once each, and the runner's promise is fulfilled with no value. Prints exactly what 03-dog-boom prints.
require("../prelude");
const { run } = require("../generator-runner");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 200));
const promise2 = new Promise((_, reject) => setTimeout(() => reject(new Error("💥")), 500));

function* c() {
  try {
    const v1 = yield promise1;
    const v2 = yield promise2;
    return v1 + v2;
  } catch (e) {
    console.log("catch " + e.message);
  } finally {
    console.log("finally");
  }
}

run(c()).then((value) => console.log("c: finished with " + (value ?? "no value")));
console.log("main: end");
