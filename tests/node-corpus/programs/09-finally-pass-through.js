// finally runs either way and passes the value or the reason on; a throw inside it replaces the outcome.
// Passing the outcome on takes finally a few extra microtask turns, which the counting chain t1…t5 shows.
require("../prelude");

console.log("main: start");
Promise.resolve("🐶")
  .finally(() => console.log("finally 1"))
  .then((value) => console.log("value passed through: " + value));
Promise.reject(new Error("💥"))
  .finally(() => console.log("finally 2"))
  .catch((e) => console.log("reason passed through: " + e.message));
Promise.resolve("🐶")
  .finally(() => {
    throw new Error("🔥");
  })
  .catch((e) => console.log("replaced by: " + e.message));
Promise.resolve()
  .then(() => console.log("t1"))
  .then(() => console.log("t2"))
  .then(() => console.log("t3"))
  .then(() => console.log("t4"))
  .then(() => console.log("t5"));
console.log("main: end");
