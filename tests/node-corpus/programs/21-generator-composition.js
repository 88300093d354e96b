// The composition program with generators: dog() and pig() are generators run by the runner, and c() yields
// the promises the runner returns for them. Prints exactly what 02-composition prints: "🐶_🐷_!" at 5000 ms.
require("../prelude");
const { run } = require("../generator-runner");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 2000));
const promise2 = new Promise((resolve) => setTimeout(() => resolve("🐷"), 5000));

function* dog() {
  return (yield promise1) + "_";
}

function* pig() {
  return (yield promise2) + "_";
}

function* c() {
  return (yield run(dog())) + (yield run(pig()));
}

run(c()).then((result) => console.log(result + "!"));
console.log("main: end");
