// dog+pig as an async generator read with for await: each animal is printed as it arrives, the generator's finally
// runs once at its end, and the result after the loop. Calling animals() runs nothing: the body starts at the first
// next(), which for await calls (kata 15's DogPig.Main; tests/scenarios/dog-pig-stream.verified.txt).
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
  const stream = animals();
  console.log("main: stream created");
  let result = "";
  for await (const animal of stream) {
    console.log("got " + animal);
    result += animal;
  }
  console.log(result + "!");
}

main();
