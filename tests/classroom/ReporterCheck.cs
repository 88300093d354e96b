using System.Text.RegularExpressions;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// The graded steps and the reporter that collects them: each graded step has a unique id; one reporter step comes
/// after all of them, lists every id in its runners, and receives each step's result in ID_RESULTS (the id in upper
/// case, as the reporter looks it up).
/// </summary>
internal static partial class ReporterCheck
{
    /// <summary>The environment variable the reporter reads a runner's result from.</summary>
    public static string ResultVariable(string stepId)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        return stepId.ToUpperInvariant() + "_RESULTS";
    }

    public static IReadOnlyList<string> Problems(string file, WorkflowFile workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var problems = new List<string>();
        var steps = workflow.Steps.ToList();
        var graded = workflow.GradedSteps;
        foreach (var step in graded.Where(step => step.Id is null || !StepId().IsMatch(step.Id)))
        {
            problems.Add($"{file}: {step.Describe()} needs an id (letters, digits, - and _; starting with a letter) for the reporter to find its result.");
        }

        foreach (var duplicate in graded.Where(step => step.Id is not null).GroupBy(step => step.Id).Where(group => group.Count() > 1))
        {
            problems.Add($"{file}: {duplicate.Count()} graded steps have the id \"{duplicate.Key}\".");
        }

        var reporters = steps.Where(step => step.IsReporter).ToList();
        if (reporters.Count != 1)
        {
            problems.Add($"{file}: expected one step using {WorkflowStep.Reporter}v1, found {reporters.Count}.");
            return problems;
        }

        var reporter = reporters[0];
        var lastGraded = steps.FindLastIndex(step => step.IsGraded);
        if (steps.IndexOf(reporter) < lastGraded)
        {
            problems.Add($"{file}: the reporter ({reporter.Describe()}) must come after every graded step.");
        }

        var runners = reporter.With.GetValueOrDefault("runners", string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = graded.Select(step => step.Id).OfType<string>().ToList();
        foreach (var id in ids.Except(runners, StringComparer.Ordinal))
        {
            problems.Add($"{file}: the reporter's runners leave out \"{id}\", so its points are never counted.");
        }

        foreach (var runner in runners.Except(ids, StringComparer.Ordinal))
        {
            problems.Add($"{file}: the reporter's runners name \"{runner}\", which is no graded step's id.");
        }

        foreach (var id in ids.Intersect(runners, StringComparer.Ordinal))
        {
            var variable = ResultVariable(id);
            if (!reporter.Env.TryGetValue(variable, out var value))
            {
                problems.Add($"{file}: the reporter has no env {variable}: \"${{{{steps.{id}.outputs.result}}}}\", so it cannot read the result of \"{id}\".");
            }
            else if (Expression().Replace(value, string.Empty) != $"${{{{steps.{id}.outputs.result}}}}")
            {
                problems.Add($"{file}: the reporter's {variable} is \"{value}\"; it must be \"${{{{steps.{id}.outputs.result}}}}\".");
            }
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StepId();

    /// <summary>Whitespace, which GitHub allows inside <c>${{ }}</c>.</summary>
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
