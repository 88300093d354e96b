using Katas.Chaining.Tests.PromisesAplus;

namespace Katas.Chaining.Tests;

/// <summary>Promises/A+ 2.1, promise states: the rules in <see cref="PromiseStateRules"/>, run against your promise.</summary>
public sealed class AplusStateTests : PromiseStateRules
{
    /// <summary>The rules against the kata's promise (what NUnit runs).</summary>
    public AplusStateTests()
        : this(new ChainingAdapter())
    {
    }

    /// <summary>The rules against any implementation (the kit's own tests pass broken ones).</summary>
    public AplusStateTests(IPromiseAdapter adapter)
        : base(adapter)
    {
    }
}
