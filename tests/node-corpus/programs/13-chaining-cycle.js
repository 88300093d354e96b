// A promise resolved with itself would wait for itself forever; it is rejected instead.
require("../prelude");

console.log("main: start");
const self = Promise.resolve().then(() => self);
self.catch((e) => console.log("rejected: " + e.constructor.name + ": " + e.message));
console.log("main: end");
