// A finally that awaits: leaving the loop after the dog waits for the generator's cleanup, so main goes on only at
// 3000 ms, when the cleanup has finished.
require("../prelude");

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* animals() {
  try {
    await delay(2000);
    yield "🐶";
    await delay(3000);
    yield "🐷";
  } finally {
    console.log("producer: cleaning up");
    await delay(1000);
    console.log("producer: cleaned up");
  }
}

async function main() {
  console.log("main: start");
  for await (const animal of animals()) {
    console.log("got " + animal);
    break;
  }
  console.log("main: end");
}

main();
