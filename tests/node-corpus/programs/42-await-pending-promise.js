// `await` on a pending promise: the function resumes after the callback that resolved the promise has finished
// (never inside resolve), in the order its reaction was registered among the promise's other reactions.
require("../prelude");

console.log("main: start");
let resolve;
const promise = new Promise((r) => (resolve = r));
promise.then((value) => console.log("then registered before the await: " + value));

async function c() {
  console.log("c: before await");
  const value = await promise;
  console.log("c: after await, " + value);
}

c();
promise.then((value) => console.log("then registered after the await: " + value));
setTimeout(() => {
  resolve("🐶");
  console.log("timer: resolve returned");
}, 100);
console.log("main: end");
