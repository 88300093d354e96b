using ContinuationKatas.Promises;
using ContinuationKatas.Runtime;
using static Katas.GeneratorErrors.Co;

namespace Katas.GeneratorErrors;

/// <summary>Kata 09: the 💥 program as an iterator, under C#'s rules for <c>yield</c> inside <c>try</c>.</summary>
public static class DogBoom
{
    /// <summary>A promise fulfilled with <paramref name="value"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Delay(EventLoop loop, string value, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (resolve, _) => loop.SetTimeout(() => resolve(value), delayMs));
    }

    /// <summary>A promise rejected with <paramref name="reason"/> after <paramref name="delayMs"/> milliseconds.</summary>
    public static Promise<string> Fail(EventLoop loop, Exception reason, long delayMs)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return new Promise<string>(loop, (_, reject) => loop.SetTimeout(() => reject(reason), delayMs));
    }

    /// <summary>The 💥 program: "catch 💥", then "finally", at 500 ms; c finishes with no value.</summary>
    public static void Main(EventLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        loop.Log("main: start");
        var promise1 = Delay(loop, "🐶", 200);
        var promise2 = Fail(loop, new InvalidOperationException("💥"), 500);
        Run<string?>(loop, C(loop, promise1, promise2)).Then(value => loop.Log($"c: finished with {value ?? "no value"}"));
        loop.Log("main: end");
    }

    /// <summary>
    /// c(): <c>try { v1 = await promise1; v2 = await promise2; return v1 + v2; } catch (e) { log("catch " + e.message); }
    /// finally { log("finally"); }</c>, as an iterator.
    /// </summary>
    public static IEnumerable<object> C(EventLoop loop, Promise<string> promise1, Promise<string> promise2)
    {
        // The JavaScript's try/finally stays as it is: a yield may sit in a try that has only a finally. Its catch cannot:
        // a yield return in a try that has a catch is CS1626. So each await is split in two: the yield, outside any catch,
        // then the read of the outcome, inside a try/catch of its own. Both catches are the JavaScript's one catch, and
        // `yield break` leaves c as the catch block's end does, through the finally, with no value.
        try
        {
            var first = AwaitSettled(promise1);
            yield return first;
            string v1;
            try
            {
                v1 = first.Value;
            }
            catch (Exception error)
            {
                Catch(error);
                yield break;
            }

            var second = AwaitSettled(promise2);
            yield return second;
            string v2;
            try
            {
                v2 = second.Value;
            }
            catch (Exception error)
            {
                Catch(error);
                yield break;
            }

            yield return Return(v1 + v2);
        }
        finally
        {
            // Runs once: when c ends (yield break, or falling off the end) or, after Return, when the runner disposes it.
            loop.Log("finally");
        }

        void Catch(Exception error) => loop.Log("catch " + error.Message);
    }
}
