namespace ContinuationKatas.Tool;

/// <summary>Where a learner stands on one kata, derived from its latest test results.</summary>
internal enum KataStatus
{
    /// <summary>Every test fails with the stub's "not solved yet".</summary>
    NotStarted,

    /// <summary>Some tests fail for other reasons, or some pass.</summary>
    Failing,

    /// <summary>Every test passes.</summary>
    Solved,

    /// <summary>No results: the kata does not compile (or its tests were not run).</summary>
    NoResults,

    /// <summary>
    /// The kata's files changed after its last test run (an edit, <c>kata reset</c>, a git checkout): those
    /// results say nothing about the code as it is now.
    /// </summary>
    Changed,
}
