// A rejection the generator does not catch: the runner throws it in at the yield, nothing after that yield
// runs, the generator's finally runs once (at 500 ms, when the rejection arrives), and the runner's promise
// is rejected with the reason. The generator that runs to its end runs the same finally once, at its end.
require("../prelude");
const { run } = require("../generator-runner");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 200));
const promise2 = new Promise((_, reject) => setTimeout(() => reject(new Error("💥")), 500));
const promise3 = new Promise((resolve) => setTimeout(() => resolve("🐷"), 700));

function* c(name, first, second) {
  try {
    const v1 = yield first;
    console.log(name + ": got " + v1);
    const v2 = yield second;
    console.log(name + ": got " + v2);
    return v1 + v2;
  } finally {
    console.log(name + ": finally");
  }
}

const report = (name) => [
  (value) => console.log(name + ": finished with " + value),
  (error) => console.log(name + ": rejected with " + error.message),
];
run(c("abandoned", promise1, promise2)).then(...report("abandoned"));
run(c("normal", promise1, promise3)).then(...report("normal"));
console.log("main: end");
