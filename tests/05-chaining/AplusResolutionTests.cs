using Katas.Chaining.Tests.PromisesAplus;

namespace Katas.Chaining.Tests;

/// <summary>Promises/A+ 2.3.1–2.3.2, adopting a promise: the rules in <see cref="ResolutionRules"/>, run against your promise.</summary>
public sealed class AplusResolutionTests : ResolutionRules
{
    /// <summary>The rules against the kata's promise (what NUnit runs).</summary>
    public AplusResolutionTests()
        : this(new ChainingAdapter())
    {
    }

    /// <summary>The rules against any implementation (the kit's own tests pass broken ones).</summary>
    public AplusResolutionTests(IPromiseAdapter adapter)
        : base(adapter)
    {
    }
}
