// The runner of programs 20-29: drives a generator that yields promises, the way the `co` library and Babel's
// _asyncToGenerator helper turned generators into async functions before JavaScript had `await`.
//
// run(generator) returns a promise of what the generator returns. The generator's body runs at once, inside
// the call, up to its first `yield`. Every later step is a reaction of the yielded promise (one microtask
// after it settles, never inline): its value comes back as the result of `yield` (generator.next(value)), its
// reason is thrown at the `yield` (generator.throw(reason)). A throw that leaves the generator rejects.
"use strict";

function run(generator) {
  return new Promise((resolve, reject) => {
    const step = (method, argument) => {
      let result;
      try {
        result = generator[method](argument);
      } catch (error) {
        reject(error);
        return;
      }

      if (result.done) {
        resolve(result.value);
      } else {
        Promise.resolve(result.value).then(
          (value) => step("next", value),
          (reason) => step("throw", reason),
        );
      }
    };

    step("next", undefined);
  });
}

module.exports = { run };
