namespace ContinuationKatas.Tool;

/// <summary>One kata's status with the counts behind it.</summary>
internal sealed record KataProgress(KataInfo Kata, KataStatus Status, int Passed, int Total, IReadOnlyList<TestResult> Failures)
{
    public const string NotSolvedMarker = "Not solved yet";

    /// <summary>The status the results give, or <see cref="KataStatus.Changed"/> when the files changed after they were taken.</summary>
    public static KataProgress From(KataInfo kata, IReadOnlyList<TestResult>? results, bool changedSinceRun = false)
    {
        ArgumentNullException.ThrowIfNull(kata);
        if (results is null || results.Count == 0)
        {
            return new KataProgress(kata, KataStatus.NoResults, 0, 0, []);
        }

        var failures = results.Where(result => !result.Passed).ToList();
        var passed = results.Count - failures.Count;
        var status = failures.Count == 0
            ? KataStatus.Solved
            : passed == 0 && failures.All(IsNotSolvedYet) ? KataStatus.NotStarted : KataStatus.Failing;
        return new KataProgress(kata, status, passed, results.Count, failures) { Then = status, Status = changedSinceRun ? KataStatus.Changed : status };
    }

    /// <summary>What the last results said, even when the kata has <see cref="KataStatus.Changed"/> since.</summary>
    public KataStatus Then { get; init; } = Status;

    public static bool IsNotSolvedYet(TestResult result) =>
        result.Failed && result.Message?.Contains(NotSolvedMarker, StringComparison.Ordinal) == true;
}
