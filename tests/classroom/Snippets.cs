namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// The text to add to each grading file for a new kata, so that a failure says exactly what to paste.
/// A kata is worth <see cref="Points"/> points and may run for <see cref="TimeoutMinutes"/> minutes.
/// </summary>
internal static class Snippets
{
    public const int Points = 10;

    public const int TimeoutMinutes = 10;

    /// <summary>The addition <paramref name="file"/> needs for <paramref name="kata"/>, introduced for a message.</summary>
    public static string For(string file, KataEntry kata) => file == Repo.Autograding
        ? $"this entry to \"tests\":\n{AutogradingTest(kata)}"
        : $"this step before the reporter:\n{WorkflowStep(kata)}\nand to the reporter, under env:\n{ReporterEnv(kata)}\n" +
          $"and \"{kata.StepId}\" to its runners.";

    /// <summary>A command-grader step, indented for the workflow's steps list.</summary>
    public static string WorkflowStep(KataEntry kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return $"""
                  - name: {kata.TestName}
                    id: {kata.StepId}
                    uses: classroom-resources/autograding-command-grader@v1
                    with:
                      test-name: {kata.TestName}
                      command: {kata.Command}
                      timeout: {TimeoutMinutes}
                      max-score: {Points}
            """;
    }

    /// <summary>The reporter's env entry that hands it the step's result.</summary>
    public static string ReporterEnv(KataEntry kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return $"          {ReporterCheck.ResultVariable(kata.StepId)}: \"${{{{steps.{kata.StepId}.outputs.result}}}}\"";
    }

    /// <summary>An entry of autograding.json's "tests" array.</summary>
    public static string AutogradingTest(KataEntry kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return $$"""
                {
                  "name": "{{kata.TestName}}",
                  "setup": "",
                  "run": "{{kata.Command}}",
                  "input": "",
                  "output": "",
                  "comparison": "included",
                  "timeout": {{TimeoutMinutes}},
                  "points": {{Points}}
                }
            """;
    }
}
