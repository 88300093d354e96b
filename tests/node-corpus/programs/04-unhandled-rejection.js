// promise1 arrives at 2000, promise2 fails at 500: the rejection happens while c is still awaiting
// promise1, so for 1500 ms nobody handles it. Node reports it at 500 and reports the late handling at 2000.
require("../prelude");

console.log("main: start");
const promise1 = new Promise((resolve) => setTimeout(() => resolve("🐶"), 2000));
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
