// Async functions awaiting async functions: dog() and pig() each add "_", c() joins them. "🐶_🐷_!" at 5000 ms.
require("../prelude");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 2000));
const promise2 = new Promise((resolve) => setTimeout(() => resolve("🐷"), 5000));

async function dog() {
  return (await promise1) + "_";
}

async function pig() {
  return (await promise2) + "_";
}

async function c() {
  return (await dog()) + (await pig());
}

c().then((result) => console.log(result + "!"));
console.log("main: end");
