using System.Reflection;
using ContinuationKatas.Approvals;
using ContinuationKatas.Runtime;
using ContinuationKatas.Testing;

namespace ContinuationKatas.NodeCorpus.Tests;

/// <summary>Where the corpus lives, and the two ways a port is checked against Node's transcript.</summary>
public static class Corpus
{
    /// <summary>tests/node-corpus: the programs, Node's transcripts, record.mjs.</summary>
    public static string Directory { get; } = Metadata("NodeCorpusDirectory");

    /// <summary>tests/scenarios: the kit's shared approved transcripts.</summary>
    public static string ScenarioDirectory { get; } = Metadata("ScenarioDirectory");

    /// <summary>The names of the JavaScript programs in programs/, without ".js", in order.</summary>
    public static IReadOnlyList<string> Programs { get; } =
        [.. System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "programs"), "*.js").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Runs the port and approves its transcript against what Node printed for <paramref name="program"/>.</summary>
    public static void MatchesNode(string program, Action<EventLoop> port) => Approve(program, KataRun.Run(port).ToString());

    /// <summary>Runs a port whose main returns a Task (real async/await on the loop) and approves it against Node's transcript.</summary>
    public static void MatchesNode(string program, Func<EventLoop, Task?> port) => Approve(program, KataRun.Run(port).ToString());

    /// <summary>
    /// Runs the port, undoes the documented <paramref name="differences"/> in its transcript, and approves the result
    /// against what Node printed: the port differs from Node in exactly these lines, and matches it everywhere else.
    /// </summary>
    public static void DiffersFromNode(string program, Action<EventLoop> port, params KnownDifference[] differences) =>
        DiffersFromNode(program, KataRun.Run(port), differences);

    /// <summary>The same, for a port whose main returns a Task.</summary>
    public static void DiffersFromNode(string program, Func<EventLoop, Task?> port, params KnownDifference[] differences) =>
        DiffersFromNode(program, KataRun.Run(port), differences);

    private static void DiffersFromNode(string program, Transcript transcript, KnownDifference[] differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var lines = transcript.Lines.Select(line => line.ToString()).ToList();
        var printed = string.Join('\n', lines);
        foreach (var difference in differences)
        {
            difference.ApplyTo(lines);
        }

        Approve(program, string.Join('\n', lines) + "\n", $"The port printed (before the documented differences were undone):\n{printed}\n\n");
    }

    /// <summary>Approves <paramref name="text"/> against a verified file (a scenario, or a Node transcript).</summary>
    public static void Approve(ApprovalFile file, string text, string context = "")
    {
        var result = Approver.Compare(text, file, ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            Assert.Fail(context + result.Message);
        }
    }

    private static void Approve(string program, string text, string context = "") =>
        Approve(ApprovalFile.Named(Directory, program), text, context);

    private static string Metadata(string key) =>
        typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
