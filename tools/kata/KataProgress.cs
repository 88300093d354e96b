namespace ContinuationKatas.Tool;

/// <summary>One kata's status with the counts behind it.</summary>
internal sealed record KataProgress(KataInfo Kata, KataStatus Status, int Passed, int Total, IReadOnlyList<TestResult> Failures)
{
    public const string NotSolvedMarker = "Not solved yet";

    public static KataProgress From(KataInfo kata, IReadOnlyList<TestResult>? results)
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
        return new KataProgress(kata, status, passed, results.Count, failures);
    }

    public static bool IsNotSolvedYet(TestResult result) =>
        result.Failed && result.Message?.Contains(NotSolvedMarker, StringComparison.Ordinal) == true;
}
