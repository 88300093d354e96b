using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;

namespace Katas.GeneratorErrors.Tests;

/// <summary>
/// A runner with one deliberate mistake, so the tests can show that the mistake is recognised and named. It uses only
/// the kata's given types (IAwaited, Returned), never the learner's Co.Run.
/// </summary>
internal static class WrongRunners
{
    /// <summary>Kata 08's runner: right in every way, except that it never disposes an iterator it stops early.</summary>
    public static Promise<T> WithoutDispose<T>(EventLoop loop, IEnumerable<object> body) => new(loop, (resolve, reject) =>
    {
        var iterator = body.GetEnumerator();
        Step();

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
            else if (iterator.Current is IAwaited awaited)
            {
                awaited.Then(Step, reason =>
                {
                    if (awaited.ResumesOnRejection)
                    {
                        Step();
                    }
                    else
                    {
                        reject(reason);
                    }
                });
            }
            else
            {
                reject(new InvalidOperationException($"cannot wait for {iterator.Current}"));
            }
        }
    });
}
