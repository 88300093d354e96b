// finally(f) where f returns a promise: the chain waits for it. Its value is ignored and the original outcome
// passes on; its rejection replaces the outcome. A promise that is already fulfilled costs the same turns as a
// finally that returns nothing, which the counting chain t1…t5 shows.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (message, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

console.log("main: start");
Promise.resolve("🐶")
  .finally(() => {
    console.log("finally: returns a promise fulfilled at 300 ms");
    return later("ignored", 300);
  })
  .then((value) => console.log("value kept: " + value));
Promise.resolve("🐶")
  .finally(() => failLater("💥", 100))
  .then(
    (value) => console.log("not printed: " + value),
    (e) => console.log("replaced by the rejection: " + e.message),
  );
Promise.reject(new Error("💢"))
  .finally(() => later("ignored", 200))
  .catch((e) => console.log("reason kept: " + e.message));
Promise.resolve("🐷")
  .finally(() => Promise.resolve("ignored"))
  .then((value) => console.log("after a fulfilled promise: " + value));
Promise.resolve("🐷")
  .finally(() => {})
  .then((value) => console.log("after nothing: " + value));
Promise.resolve()
  .then(() => console.log("t1"))
  .then(() => console.log("t2"))
  .then(() => console.log("t3"))
  .then(() => console.log("t4"))
  .then(() => console.log("t5"));
console.log("main: end");
