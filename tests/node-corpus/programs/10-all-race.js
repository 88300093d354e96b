// Promise.all: every value in argument order when the last arrives, or the first rejection. Promise.race: the
// first to settle, either way.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (message, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

console.log("main: start");
const dog = later("🐶", 200);
const pig = later("🐷", 100);
const boom = failLater("💥", 150);
Promise.all([dog, pig]).then((values) => console.log("all: " + values.join(" ")));
Promise.all([dog, boom, pig]).catch((e) => console.log("all rejected: " + e.message));
Promise.all([]).then((values) => console.log("all of nothing: " + values.length + " values"));
Promise.race([dog, pig]).then((value) => console.log("race: " + value));
Promise.race([dog, boom]).catch((e) => console.log("race rejected: " + e.message));
console.log("main: end");
