// A rejection that escapes an async function rejects its promise. With nobody handling that promise, Node reports
// it as unhandled once the microtasks have run; a catch added later (at 300 ms) reports it handled.
require("../prelude");

console.log("main: start");
const promise1 = new Promise((_, reject) => setTimeout(() => reject(new Error("💥")), 100));

async function c() {
  const value = await promise1;
  console.log("c: never here, " + value);
  return value;
}

const result = c();
setTimeout(() => {
  result.catch((e) => console.log("caught late: " + e.message));
}, 300);
console.log("main: end");
