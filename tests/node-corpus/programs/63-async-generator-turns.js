// Values that are ready still cost turns in JavaScript: every next() of an async generator is a promise, its yield
// awaits the value, and for await awaits each result. A then chain counts the turns while the consumer reads two
// animals that need no waiting. (In C# an await foreach over ready values takes no turn at all: see the README.)
require("../prelude");

async function* animals() {
  yield "🐶";
  yield "🐷";
}

async function consume() {
  for await (const animal of animals()) {
    console.log("got " + animal);
  }
  console.log("consumer: done");
}

console.log("main: start");
consume();
let turns = Promise.resolve();
for (let turn = 1; turn <= 10; turn++) {
  turns = turns.then(() => console.log("turn " + turn));
}
console.log("main: end");
