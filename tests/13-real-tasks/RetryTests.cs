using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Katas.RealTasks.Tests;

/// <summary>
/// Step 7, the bridge to work: Retry.RunAsync tested the way .NET developers test such a method, with FakeTimeProvider.
/// No loop here: the test moves the fake clock by hand with Advance, and Task.Delay's timer fires inside that call.
/// The gate is dog+pig.
/// </summary>
public sealed class RetryTests() : KataFixture(Gate.DogPigSolved)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    private SynchronizationContext? testRunnerContext;

    // As in a plain unit test at work: no SynchronizationContext, so each await goes on inside Advance.
    // The test runner may have installed one of its own (NUnit 5 can); it is put back after the test.
    [SetUp]
    public void NoContext()
    {
        testRunnerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
    }

    [TearDown]
    public void RestoreContext() => SynchronizationContext.SetSynchronizationContext(testRunnerContext);

    [Test]
    public void RunAsync_returns_the_first_attempts_result_at_once_without_waiting()
    {
        var time = new FakeTimeProvider();
        var task = Start(() => Task.FromResult("🐶"), 3, time, out var tried);

        Assert.That(tried(), Is.EqualTo(1), "The first attempt runs inside the call, before any waiting (step 7).");
        Assert.That(task.IsCompletedSuccessfully, Is.True, "An attempt that succeeds at once needs no time: RunAsync's Task completes without any Advance (step 7).");
        Assert.That(task.GetAwaiter().GetResult(), Is.EqualTo("🐶"));
    }

    [Test]
    public void RunAsync_waits_the_whole_delay_between_attempts_and_returns_the_first_success()
    {
        var time = new FakeTimeProvider();
        var task = Start(tried => tried < 3 ? Task.FromException<string>(new TimeoutException($"attempt {tried}")) : Task.FromResult("🐷"), 3, time, out var tried);

        Assert.That(tried(), Is.EqualTo(1), tried() > 1 ? Unawaited : "The first attempt runs inside the call (step 7).");
        time.Advance(Second - Millisecond);
        Assert.That(tried(), Is.EqualTo(1), tried() > 1 ? Unawaited : "No second attempt before the delay is over (step 7).");
        time.Advance(Millisecond);
        Assert.That(tried(), Is.EqualTo(2), OtherClock("the second attempt"));
        time.Advance(Second);
        Assert.That(tried(), Is.EqualTo(3), OtherClock("the third attempt"));
        Assert.That(task.IsCompletedSuccessfully ? task.GetAwaiter().GetResult() : task.Status.ToString(), Is.EqualTo("🐷"),
            "The third attempt succeeded: RunAsync must complete with its result (step 7).");
    }

    [Test]
    public void RunAsync_fails_with_the_last_attempts_own_exception_as_soon_as_the_last_attempt_fails()
    {
        var time = new FakeTimeProvider();
        var errors = new[] { new TimeoutException("attempt 1"), new TimeoutException("attempt 2") };
        var task = Start(tried => Task.FromException<string>(errors[tried - 1]), 2, time, out var tried);

        time.Advance(Second);
        Assert.That(tried(), Is.EqualTo(2), OtherClock("the second attempt"));
        Assert.That(task.IsFaulted, Is.True, task.IsCompleted
            ? "RunAsync did not fail although its last attempt failed: let the last attempt's exception leave RunAsync (step 7)."
            : "RunAsync is still waiting after the last attempt failed: don't wait after the last attempt; let its exception " +
              "leave RunAsync at once (step 7).");
        Assert.That(task.Exception!.InnerExceptions, Is.EqualTo(new[] { errors[1] }),
            "RunAsync must fail with the last attempt's exception itself: not the first one, not a wrapper (step 7).");
        time.Advance(10 * Second);
        Assert.That(tried(), Is.EqualTo(2), "Two attempts means two: no attempt may run after RunAsync has given up (step 7).");
    }

    [Test]
    public void RunAsync_with_fewer_than_one_attempt_fails_with_ArgumentOutOfRangeException_and_tries_nothing()
    {
        var time = new FakeTimeProvider();
        Func<int> tried = () => 0;
        Exception? error;
        try
        {
            var task = Start(() => Task.FromResult("🐶"), 0, time, out tried);
            error = task.Exception?.InnerException;
        }
        catch (ArgumentOutOfRangeException thrown)
        {
            error = thrown; // thrown by the call itself: as good as a faulted Task
        }

        Assert.That(error, Is.InstanceOf<ArgumentOutOfRangeException>(),
            "RunAsync(…, attempts: 0, …) must fail with ArgumentOutOfRangeException, as its doc comment says: " +
            "ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1) before the first attempt (step 7).");
        Assert.That(tried(), Is.Zero, "With no attempts allowed, RunAsync must not call attempt() at all (step 7).");
    }

    private const string Unawaited =
        "The second attempt came before the delay was over: is Task.Delay awaited? A Task that nobody awaits goes on by " +
        "itself, and the method does not wait for it (warning CS4014) (step 7).";

    private static string OtherClock(string what) =>
        $"{what} did not come when the fake clock had moved on by the delay: Task.Delay must get the TimeProvider RunAsync " +
        "was given. A delay on TimeProvider.System waits for real time, which Advance does not move (step 7).";

    // Calls RunAsync with an attempt that counts its calls; the stub's "not solved yet" becomes the test's failure.
    private static Task<string> Start(Func<int, Task<string>> attempt, int attempts, TimeProvider time, out Func<int> tried)
    {
        var count = 0;
        tried = () => count;
        try
        {
            return Retry.RunAsync(() => attempt(++count), attempts, Second, time);
        }
        catch (NotSolvedYetException notSolved)
        {
            Assert.Fail(KataRun.NotSolvedMessage(notSolved));
            throw;
        }
    }

    private static Task<string> Start(Func<Task<string>> attempt, int attempts, TimeProvider time, out Func<int> tried) =>
        Start(_ => attempt(), attempts, time, out tried);
}
