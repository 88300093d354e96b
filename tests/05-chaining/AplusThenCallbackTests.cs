using Katas.Chaining.Tests.PromisesAplus;

namespace Katas.Chaining.Tests;

/// <summary>Promises/A+ 2.2.1–2.2.6, when then calls back: the rules in <see cref="ThenCallbackRules"/>, run against your promise.</summary>
public sealed class AplusThenCallbackTests : ThenCallbackRules
{
    /// <summary>The rules against the kata's promise (what NUnit runs).</summary>
    public AplusThenCallbackTests()
        : this(new ChainingAdapter())
    {
    }

    /// <summary>The rules against any implementation (the kit's own tests pass broken ones).</summary>
    public AplusThenCallbackTests(IPromiseAdapter adapter)
        : base(adapter)
    {
    }
}
