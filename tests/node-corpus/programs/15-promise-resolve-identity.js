// Promise.resolve(p) returns p itself when p is a native promise: nothing new, no extra turn. Given a thenable
// that is not a promise, it makes a new promise that asks the thenable in a microtask of its own. Resolving a new
// promise with p is not the same: that promise adopts p, two microtask turns later (ecma262 #2770). The counting
// chain t1…t4 shows the turns.
require("../prelude");

console.log("main: start");
const p = Promise.resolve("🐶");
const same = Promise.resolve(p);
console.log("Promise.resolve(p) === p: " + (same === p));
const adopted = new Promise((resolve) => resolve(p));
console.log("new Promise(resolve => resolve(p)) === p: " + (adopted === p));
const thenable = {
  then(onFulfilled) {
    console.log("thenable: then called");
    onFulfilled("🐷");
  },
};
const wrapped = Promise.resolve(thenable);
console.log("Promise.resolve(thenable) === thenable: " + (wrapped === thenable));

adopted.then((value) => console.log("adopted: " + value));
wrapped.then((value) => console.log("wrapped: " + value));
same.then((value) => console.log("same: " + value));
Promise.resolve()
  .then(() => console.log("t1"))
  .then(() => console.log("t2"))
  .then(() => console.log("t3"))
  .then(() => console.log("t4"));
console.log("main: end");
