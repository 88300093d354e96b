// The runner's steps are microtasks: each resumption is a reaction of the yielded promise, so it takes its
// turn between the steps of a then chain started beside it. The body runs at once up to its first yield,
// inside run(); a promise that is already fulfilled still costs one turn; the runner's own promise is
// fulfilled in the step that returns, and its then reaction runs one turn after that.
require("../prelude");
const { run } = require("../generator-runner");

console.log("main: start");
Promise.resolve()
  .then(() => console.log("a1"))
  .then(() => console.log("a2"))
  .then(() => console.log("a3"))
  .then(() => console.log("a4"))
  .then(() => console.log("a5"));

function* c() {
  console.log("c0: runs at once, inside run()");
  const one = yield Promise.resolve(1);
  console.log("c1: got " + one);
  const two = yield Promise.resolve(2);
  console.log("c2: got " + two);
  return one + two;
}

run(c()).then(
  (sum) => console.log("c: finished with " + sum),
  (error) => console.log("c: rejected: " + error.message),
);
console.log("main: end");
