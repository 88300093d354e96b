using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.GeneratorRunner.Tests;

/// <summary>
/// Runners with one deliberate mistake each, so the tests can show that the mistake is recognised and named.
/// They use only the kata's given types (IAwaited, Returned), never the learner's Co.Run.
/// </summary>
internal static class WrongRunners
{
    /// <summary>Calls MoveNext again at once after each yield, as if the value were already there.</summary>
    public static Promise<T> Inline<T>(EventLoop loop, IEnumerable<object> body) => new(loop, (resolve, reject) =>
    {
        try
        {
            using var iterator = body.GetEnumerator();
            while (iterator.MoveNext())
            {
                if (iterator.Current is Returned<T> returned)
                {
                    resolve(returned.Value);
                    return;
                }

                ((IAwaited)iterator.Current).Then(() => { }, _ => { });
            }

            resolve(default!);
        }
        catch (Exception error)
        {
            reject(error);
        }
    });

    /// <summary>Right, except that it starts the body in a microtask, or resumes it one microtask after the reaction.</summary>
    public static Func<EventLoop, IEnumerable<object>, Promise<T>> Late<T>(bool startLate, bool resumeLate) => (loop, body) => new(loop, (resolve, reject) =>
    {
        var iterator = body.GetEnumerator();
        if (startLate)
        {
            loop.QueueMicrotask(Step);
        }
        else
        {
            Step();
        }

        void Step()
        {
            bool more;
            try
            {
                more = iterator.MoveNext();
            }
            catch (Exception error)
            {
                reject(error);
                return;
            }

            if (!more)
            {
                resolve(default!);
            }
            else if (iterator.Current is Returned<T> returned)
            {
                resolve(returned.Value);
            }
            else
            {
                ((IAwaited)iterator.Current).Then(resumeLate ? () => loop.QueueMicrotask(Step) : Step, reject);
            }
        }
    });
}
