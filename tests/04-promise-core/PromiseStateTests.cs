using ContinuationKatas.Testing;

namespace Katas.PromiseCore.Tests;

public sealed class PromiseStateTests() : KataFixture(loop => new Promise<int>(loop, (resolve, _) => resolve(1)))
{
    private static readonly InvalidOperationException Boom = new("💥");

    [Test]
    public void The_executor_runs_before_the_constructor_returns()
    {
        var ran = false;
        var returned = false;
        var ranBeforeReturn = false;
        KataRun.Run(loop =>
        {
            _ = new Promise<int>(loop, (_, _) =>
            {
                ran = true;
                ranBeforeReturn = !returned;
            });
            returned = true;
        });

        Assert.That(ran && ranBeforeReturn, Is.True,
            "The constructor must call the executor itself, before it returns: creating a promise starts the work (step 1).");
    }

    [Test]
    public void Rule_2_1_1_1_a_pending_promise_can_become_fulfilled_or_rejected()
    {
        var states = new List<PromiseState>();
        KataRun.Run(loop =>
        {
            var fulfilled = new Deferred<int>(loop);
            var rejected = new Deferred<int>(loop);
            states.Add(fulfilled.Promise.State);
            fulfilled.Resolve(1);
            rejected.Reject(Boom);
            states.Add(fulfilled.Promise.State);
            states.Add(rejected.Promise.State);
        });

        Assert.That(states, Is.EqualTo(new[] { PromiseState.Pending, PromiseState.Fulfilled, PromiseState.Rejected }),
            "A new promise is Pending; resolve makes it Fulfilled and reject makes it Rejected, at once (only callbacks wait for the loop).");
    }

    [Test]
    public void Rule_2_1_2_1_a_fulfilled_promise_stays_fulfilled()
    {
        var state = PromiseState.Pending;
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            deferred.Resolve(1);
            deferred.Reject(Boom);
            deferred.Resolve(2);
            state = deferred.Promise.State;
        });

        Assert.That(state, Is.EqualTo(PromiseState.Fulfilled),
            "After resolve, later calls to reject or resolve must change nothing: a promise settles once. Ignore them; do not throw.");
    }

    [Test]
    public void Rule_2_1_3_1_a_rejected_promise_stays_rejected()
    {
        var state = PromiseState.Pending;
        KataRun.Run(loop =>
        {
            var deferred = new Deferred<int>(loop);
            deferred.Reject(Boom);
            deferred.Resolve(1);
            deferred.Reject(new InvalidOperationException("later"));
            state = deferred.Promise.State;
        });

        Assert.That(state, Is.EqualTo(PromiseState.Rejected),
            "After reject, later calls to resolve or reject must change nothing: a promise settles once. Ignore them; do not throw.");
    }

    [Test]
    public void An_executor_that_throws_rejects_the_promise()
    {
        var state = PromiseState.Pending;
        KataRun.Run(loop => state = new Promise<int>(loop, (_, _) => throw Boom).State);

        Assert.That(state, Is.EqualTo(PromiseState.Rejected),
            "When the executor throws, the constructor must catch the exception and reject the promise with it, as JavaScript does.");
    }

    [Test]
    public void An_executor_that_throws_after_resolving_leaves_the_promise_fulfilled()
    {
        var state = PromiseState.Pending;
        KataRun.Run(loop => state = new Promise<int>(loop, (resolve, _) =>
        {
            resolve(1);
            throw Boom;
        }).State);

        Assert.That(state, Is.EqualTo(PromiseState.Fulfilled),
            "The executor resolved, then threw: the promise had already settled, so the exception changes nothing.");
    }
}
