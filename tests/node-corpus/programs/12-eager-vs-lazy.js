// Eager: both promises created before either is awaited, so both timers run from 0: done at 5000 ms.
// Lazy: the second promise is created only after the first arrived: done at 2000 + 5000 = 7000 ms.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

async function eager() {
  const promise1 = later("🐶", 2000);
  const promise2 = later("🐷", 5000);
  return (await promise1) + (await promise2);
}

async function lazy() {
  const dog = await later("🐶", 2000);
  const pig = await later("🐷", 5000);
  return dog + pig;
}

console.log("main: start");
eager().then((result) => console.log("eager: " + result + "!"));
lazy().then((result) => console.log("lazy: " + result + "!"));
console.log("main: end");
