// Promise.any: the first value, or every reason (in argument order) when all fail. Promise.allSettled: every
// outcome, in argument order, once all have settled; it never rejects.
require("../prelude");

const later = (value, ms) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const failLater = (message, ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
const show = (result) => (result.status === "fulfilled" ? "fulfilled: " + result.value : "rejected: " + result.reason.message);

console.log("main: start");
Promise.any([failLater("💥", 100), later("🐷", 200), later("🐶", 300)]).then((value) => console.log("any: " + value));
Promise.any([failLater("💥", 100), failLater("💢", 50)]).catch((e) => console.log("any rejected: " + e.errors.map((x) => x.message).join(" ")));
Promise.allSettled([later("🐶", 300), failLater("💥", 100)]).then((results) => console.log("allSettled: " + results.map(show).join(" | ")));
console.log("main: end");
