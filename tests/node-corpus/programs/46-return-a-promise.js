// `return p` without await, p a fulfilled promise: the async function's promise adopts p, which costs two turns
// more (ecma262 issue #2770), three in all; `return await p` costs two. C# cannot write the first: a method
// returning Promise<T> must return a T.
require("../prelude");

console.log("main: start");
const fulfilled = Promise.resolve("p");

async function returnPromise() {
  return fulfilled;
}

async function returnAwaitPromise() {
  return await fulfilled;
}

Promise.resolve()
  .then(() => console.log("turn 1"))
  .then(() => console.log("turn 2"))
  .then(() => console.log("turn 3"))
  .then(() => console.log("turn 4"));
returnPromise().then((value) => console.log("return p: " + value));
returnAwaitPromise().then((value) => console.log("return await p: " + value));
console.log("main: end");
