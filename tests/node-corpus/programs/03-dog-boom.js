// try/catch/finally around two awaits: promise1 arrives at 200 ms, promise2 fails at 500 ms. The catch and the
// finally run at 500 ms, once each, and c() ends with no value.
require("../prelude");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 200));
const promise2 = new Promise((_, reject) => setTimeout(() => reject(new Error("💥")), 500));

async function c() {
  try {
    const v1 = await promise1;
    const v2 = await promise2;
    return v1 + v2;
  } catch (e) {
    console.log("catch " + e.message);
  } finally {
    console.log("finally");
  }
}

c().then((value) => console.log("c: finished with " + (value ?? "no value")));
console.log("main: end");
