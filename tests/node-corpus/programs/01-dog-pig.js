// The seed program: both promises are created first, so both timers start at 0, and c() awaits them in turn.
// Prints "🐶🐷!" at 5000 ms, after main has ended.
require("../prelude");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 2000));
const promise2 = new Promise((resolve) => setTimeout(() => resolve("🐷"), 5000));

async function c() {
  const dog = await promise1;
  const pig = await promise2;
  return dog + pig;
}

c().then((result) => console.log(result + "!"));
console.log("main: end");
