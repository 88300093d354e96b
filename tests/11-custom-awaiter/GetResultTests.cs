using ContinuationKatas.Promises;
using ContinuationKatas.Testing;

namespace Katas.CustomAwaiter.Tests;

/// <summary>GetResult throws the rejection reason itself, with the stack trace it was first thrown with.</summary>
public sealed class GetResultTests() : KataFixture(DogPig.Main)
{
    [Test]
    public void Awaiting_a_rejected_promise_throws_the_reason_itself_with_its_original_stack_trace()
    {
        var boom = Thrown();
        Exception? caught = null;
        AwaitRun.Run(async loop =>
        {
            try
            {
                await Promise.Reject<string>(loop, boom);
            }
            catch (Exception error)
            {
                caught = error;
            }
        });

        Assert.That(caught, Is.Not.Null,
            "Awaiting a rejected promise must throw: GetResult throws the reason (step 4). If IsCompleted said true, c() never " +
            $"waited for the reason to arrive ({AwaiterMistakes.Inline}: IsCompleted is always false, step 2).");
        Assert.That(caught, Is.SameAs(boom),
            $"{AwaiterMistakes.Wrapped}: the catch got {caught!.GetType().Name} (\"{caught.Message}\"), not the promise's reason. " +
            "Throw the reason itself, as JavaScript's await throws the value the promise was rejected with (step 4).");
        Assert.That(caught.StackTrace, Does.Contain(nameof(ThrowBoom)),
            $"{AwaiterMistakes.StackLost}: the reason was thrown first in {nameof(ThrowBoom)}, and its stack trace no longer says so. " +
            "`throw reason;` starts a new stack trace; ExceptionDispatchInfo.Throw(reason) keeps the old one and adds the await (step 4).");
    }

    [Test]
    public void A_GetResult_that_wraps_the_exception_is_named()
    {
        // What c() prints when GetResult throws new AggregateException(reason): the catch logs the wrapper's message.
        var transcript = KataRun.Run(loop =>
        {
            loop.Log("main: start");
            loop.Log("main: end");
            loop.SetTimeout(() => { loop.Log("catch One or more errors occurred. (💥)"); loop.Log("finally"); loop.Log("c: finished with no value"); }, 500);
        });

        Assert.That(Scenarios.Explain(transcript, AwaiterMistakes.ForBoom()), Has.Some.StartsWith(AwaiterMistakes.Wrapped));
    }

    private static Exception Thrown()
    {
        try
        {
            ThrowBoom();
            return new InvalidOperationException("unreachable");
        }
        catch (InvalidOperationException error)
        {
            return error;
        }
    }

    private static void ThrowBoom() => throw new InvalidOperationException("💥");
}
