using Katas.Chaining.Tests.PromisesAplus;

namespace Katas.Chaining.Tests;

/// <summary>Promises/A+ 2.3.3–2.3.4, adopting a thenable: the rules in <see cref="ThenableRules"/>, run against your promise.</summary>
public sealed class AplusThenableTests : ThenableRules
{
    /// <summary>The rules against the kata's promise (what NUnit runs).</summary>
    public AplusThenableTests()
        : this(new ChainingAdapter())
    {
    }

    /// <summary>The rules against any implementation (the kit's own tests pass broken ones).</summary>
    public AplusThenableTests(IPromiseAdapter adapter)
        : base(adapter)
    {
    }
}
