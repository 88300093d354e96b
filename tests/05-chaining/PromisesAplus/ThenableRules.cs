namespace Katas.Chaining.Tests.PromisesAplus;

/// <summary>
/// Promises/A+ 2.3.3–2.3.4, the resolution procedure for a stranger's thenable and for plain values. A thenable
/// is anything that implements <see cref="IThenable{T}"/>; its Then may misbehave, and the promise must cope.
/// </summary>
/// <remarks>
/// 2.3.3.1 (read <c>x.then</c> once) and 2.3.3.2 (reading <c>x.then</c> throws) are left out: in C#, Then is an
/// interface method bound by the compiler, so there is no property read that could run twice or throw.
/// </remarks>
public abstract class ThenableRules(IPromiseAdapter adapter) : AplusRules(adapter)
{
    [Test]
    public void Rule_2_3_3_3_the_thenable_s_Then_is_called_once_with_two_callbacks()
    {
        var thenable = new ScriptedThenable<int>((resolve, _) => resolve(7));
        Run(loop => Observe(loop, "p", Resolved(loop, 1).ThenAdopting(_ => thenable)));

        Assert.That((thenable.Calls, thenable.GotBothCallbacks), Is.EqualTo((1, true)),
            "A returned thenable's Then must be called exactly once, with a resolve and a reject callback.");
        Assert.That(Seen, Is.EqualTo(new[] { "p fulfilled 7@0" }));
    }

    [Test]
    public void Rule_2_3_3_3_1_when_the_thenable_fulfils_with_y_the_promise_is_resolved_with_y()
    {
        Run(loop =>
        {
            Observe(loop, "plain y", Resolved(loop, 1).ThenAdopting(_ =>
                new ScriptedThenable<int>((resolve, _) => loop.SetTimeout(() => resolve(7), 50))));

            var inner = new ScriptedThenable<object>((resolve, _) => loop.SetTimeout(() => resolve("deep"), 60));
            Observe(loop, "y a thenable", Resolved(loop, 1).ThenAdopting(_ => new ScriptedThenable<object>((resolve, _) => resolve(inner))));

            Observe(loop, "y a promise", Resolved(loop, 1).ThenAdopting(_ =>
                new ScriptedThenable<object>((resolve, _) => resolve(ResolvedLater<object>(loop, "promised", 70).Thenable))));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "plain y fulfilled 7@50", "y a thenable fulfilled deep@60", "y a promise fulfilled promised@70" }),
            "When the thenable calls resolve(y), the promise must be resolved with y by the same procedure: " +
            "a y that is itself a thenable or a promise is followed in turn (check the value with `is IThenable<T>`).");
    }

    [Test]
    public void Rule_2_3_3_3_2_when_the_thenable_rejects_with_r_the_promise_is_rejected_with_r()
    {
        Run(loop =>
        {
            Observe(loop, "at once", Resolved(loop, 1).ThenAdopting(_ => new ScriptedThenable<int>((_, reject) => reject(Reason))));
            Observe(loop, "later", Resolved(loop, 1).ThenAdopting(_ =>
                new ScriptedThenable<int>((_, reject) => loop.SetTimeout(() => reject(Reason), 50))));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "at once rejected Reason@0", "later rejected Reason@50" }),
            "When the thenable calls reject(r), the promise must be rejected with r.");
    }

    [Test]
    public void Rule_2_3_3_3_3_only_the_thenable_s_first_call_counts()
    {
        Run(loop =>
        {
            Case(loop, "resolve twice", (resolve, _) => { resolve(1); resolve(2); });
            Case(loop, "resolve, reject", (resolve, reject) => { resolve(1); reject(OtherReason); });
            Case(loop, "reject, resolve", (resolve, reject) => { reject(Reason); resolve(2); });
            Case(loop, "reject twice", (_, reject) => { reject(Reason); reject(OtherReason); });
            Case(loop, "resolve, resolve later", (resolve, _) => { resolve(1); loop.SetTimeout(() => resolve(2), 50); });
            Observe(loop, "resolve with a pending promise, reject", Resolved(loop, 0).ThenAdopting(_ => new ScriptedThenable<object>((resolve, reject) =>
            {
                resolve(ResolvedLater<object>(loop, "promised", 80).Thenable);
                reject(OtherReason);
            })));
        });

        Assert.That(Seen, Is.EqualTo(new[]
            {
                "resolve twice fulfilled 1@0", "resolve, reject fulfilled 1@0", "reject, resolve rejected Reason@0", "reject twice rejected Reason@0",
                "resolve, resolve later fulfilled 1@0", "resolve with a pending promise, reject fulfilled promised@80",
            }),
            "When the thenable calls back more than once, only its first call counts; later calls must be ignored, " +
            "even a reject that comes while the promise is still following the thenable it was resolved with.");
    }

    [Test]
    public void Rule_2_3_3_3_4_1_a_throw_after_the_thenable_called_back_is_ignored()
    {
        Run(loop =>
        {
            Case(loop, "resolve, throw", (resolve, _) => { resolve(1); throw OtherReason; });
            Case(loop, "reject, throw", (_, reject) => { reject(Reason); throw OtherReason; });

            // Still pending after resolve(y) while it follows y: only "a callback was called" tells that the throw comes too late.
            Observe(loop, "resolve with a pending promise, throw", Resolved(loop, 0).ThenAdopting(_ => new ScriptedThenable<object>((resolve, _) =>
            {
                resolve(ResolvedLater<object>(loop, "promised", 80).Thenable);
                throw OtherReason;
            })));
        });

        if (Seen.Contains("resolve with a pending promise, throw rejected OtherReason@0"))
        {
            Assert.Fail(
                "The thenable's Then called resolve(a pending promise) and then threw, and the promise was rejected with the exception. " +
                "The throw comes after a callback was called, so it must be ignored, even though the promise is still pending while it " +
                "follows the promise it was resolved with. Decide by \"was resolve or reject already called?\", not by the promise's " +
                "state (A+ 2.3.3.3.4.1).");
        }

        Assert.That(Seen, Is.EqualTo(new[] { "resolve, throw fulfilled 1@0", "reject, throw rejected Reason@0", "resolve with a pending promise, throw fulfilled promised@80" }),
            "When the thenable's Then throws after it called back, the exception must be ignored: the first call counts.");
    }

    [Test]
    public void Rule_2_3_3_3_4_2_a_throw_before_the_thenable_called_back_rejects_the_promise()
    {
        Run(loop =>
        {
            Case(loop, "throw", (_, _) => throw Reason);
            Case(loop, "throw, resolve later", (resolve, _) =>
            {
                loop.SetTimeout(() => resolve(1), 50);
                throw Reason;
            });
        });

        Assert.That(Seen, Is.EqualTo(new[] { "throw rejected Reason@0", "throw, resolve later rejected Reason@0" }),
            "When the thenable's Then throws before it called back, the promise must be rejected with that exception, and later calls ignored.");
    }

    [Test]
    public void Rule_2_3_3_4_an_object_whose_Then_is_not_IThenable_s_is_a_plain_value()
    {
        Run(loop =>
        {
            Observe(loop, "returned", Resolved(loop, 1).Then<object>(_ => new NotAThenable()));
            var deferred = Deferred<object>(loop);
            Observe(loop, "resolved", deferred.Promise);
            deferred.Resolve(new NotAThenable());
        });

        Assert.That(Seen, Is.EqualTo(new[] { "resolved fulfilled NotAThenable@0", "returned fulfilled NotAThenable@0" }),
            "An object that merely has a member called Then is not a thenable: the promise must be fulfilled with the object itself.");
    }

    [Test]
    public void Rule_2_3_4_a_plain_value_fulfils_the_promise()
    {
        Run(loop =>
        {
            Observe(loop, "0", Resolved(loop, 1).Then(_ => 0));
            Observe(loop, "false", Resolved(loop, 1).Then(_ => false));
            Observe(loop, "empty", Resolved(loop, 1).Then(_ => "[" + string.Empty + "]"));
            Observe(loop, "null", Resolved(loop, 1).Then(_ => (object?)null));
        });

        Assert.That(Seen, Is.EqualTo(new[] { "0 fulfilled 0@0", "false fulfilled False@0", "empty fulfilled []@0", "null fulfilled null@0" }),
            "A plain value (a number, a bool, a string, null) must fulfil the promise as it is.");
    }

    private void Case(ContinuationKatas.Runtime.EventLoop loop, string label, Action<Action<int>, Action<Exception>> then) =>
        Observe(loop, label, Resolved(loop, 0).ThenAdopting(_ => new ScriptedThenable<int>(then)));
}
