// Leaving a for await loop early calls the generator's return(): it resumes at its yield and runs its finally, once,
// at 2000 ms; the pig's wait never starts, so nothing is left for later (kata 15's DogPig.MainDogOnly;
// tests/scenarios/dog-pig-stream-break.verified.txt).
require("../prelude");

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function* animals() {
  console.log("producer: start");
  try {
    await delay(2000);
    yield "🐶";
    await delay(3000);
    yield "🐷";
  } finally {
    console.log("producer: finally");
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
