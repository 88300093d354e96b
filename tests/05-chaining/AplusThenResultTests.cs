using Katas.Chaining.Tests.PromisesAplus;

namespace Katas.Chaining.Tests;

/// <summary>Promises/A+ 2.2.7, what then returns: the rules in <see cref="ThenResultRules"/>, run against your promise.</summary>
public sealed class AplusThenResultTests : ThenResultRules
{
    /// <summary>The rules against the kata's promise (what NUnit runs).</summary>
    public AplusThenResultTests()
        : this(new ChainingAdapter())
    {
    }

    /// <summary>The rules against any implementation (the kit's own tests pass broken ones).</summary>
    public AplusThenResultTests(IPromiseAdapter adapter)
        : base(adapter)
    {
    }
}
