using System.Security.Cryptography;
using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>
/// What a kata's test result depends on, as one hash: every file of the kit that can change it (path, size and
/// time written), so that a result can be reused only while none of them has changed. The tests run on virtual
/// time and read nothing else, so the same inputs give the same result.
/// </summary>
/// <remarks>
/// The inputs of kata NN tested against a tree (katas/ or solutions/) are the tree's NN folder, tests/NN, and
/// every other file of the checkout outside katas/, solutions/ and the other katas' tests (the runtime, the
/// promise library, the approvals, test support and approved transcripts, the build files, the SDK pin …).
/// Build output, results, git's own files, files a failing test writes (*.received.*) and reset backups are not
/// inputs. The coarse rule errs on the side of running again: a change anywhere in the kit reruns every kata.
/// </remarks>
internal static class InputFingerprint
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "artifacts", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts", ".vs", ".idea",
    };

    /// <summary>The hash of kata <paramref name="kataId"/>'s inputs against <paramref name="set"/>; <paramref name="shared"/> comes from <see cref="Shared"/>.</summary>
    public static string Of(string repoRoot, string set, string kataId, string shared)
    {
        var text = new StringBuilder()
            .Append("set ").Append(set).Append('\n')
            .Append("runtime ").Append(Environment.Version).Append('\n')
            .Append("shared ").Append(shared).Append('\n');
        foreach (var folder in new[] { Path.Combine(set, kataId), Path.Combine("tests", kataId) })
        {
            Describe(repoRoot, Path.Combine(repoRoot, folder), text);
        }

        return Hash(text);
    }

    /// <summary>The hash of the inputs every kata shares: the checkout outside katas/, solutions/ and tests/NN-*.</summary>
    public static string Shared(string repoRoot)
    {
        var text = new StringBuilder();
        foreach (var entry in Directory.EnumerateFileSystemEntries(repoRoot).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (Directory.Exists(entry))
            {
                if (name is "katas" or "solutions" || SkippedFolders.Contains(name))
                {
                    continue;
                }

                if (name == "tests")
                {
                    foreach (var folder in Directory.EnumerateDirectories(entry).Order(StringComparer.Ordinal).Where(f => !IsKataTests(Path.GetFileName(f))))
                    {
                        Describe(repoRoot, folder, text);
                    }

                    foreach (var file in Directory.EnumerateFiles(entry).Order(StringComparer.Ordinal))
                    {
                        Line(repoRoot, file, text);
                    }

                    continue;
                }

                Describe(repoRoot, entry, text);
            }
            else
            {
                Line(repoRoot, entry, text);
            }
        }

        foreach (var tree in new[] { "katas", "solutions" })
        {
            // The trees' own build files (katas/Directory.Build.props …) are shared too.
            var folder = Path.Combine(repoRoot, tree);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    Line(repoRoot, file, text);
                }
            }
        }

        return Hash(text);
    }

    /// <summary>Whether a folder under tests/ holds a kata's tests ("02-callbacks"), rather than the kit's own.</summary>
    public static bool IsKataTests(string folder) =>
        folder.Length > 3 && char.IsAsciiDigit(folder[0]) && char.IsAsciiDigit(folder[1]) && folder[2] == '-';

    private static void Describe(string repoRoot, string folder, StringBuilder text)
    {
        if (!Directory.Exists(folder))
        {
            text.Append("missing ").Append(Path.GetRelativePath(repoRoot, folder)).Append('\n');
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            Line(repoRoot, file, text);
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub)))
            {
                Describe(repoRoot, sub, text);
            }
        }
    }

    private static void Line(string repoRoot, string file, StringBuilder text)
    {
        var name = Path.GetFileName(file);
        if (name.Contains(".received.", StringComparison.Ordinal) || name.Contains(".backup", StringComparison.Ordinal))
        {
            return;
        }

        var info = new FileInfo(file);
        text.Append(Path.GetRelativePath(repoRoot, file).Replace('\\', '/'))
            .Append('|').Append(info.Length)
            .Append('|').Append(info.LastWriteTimeUtc.Ticks)
            .Append('\n');
    }

    private static string Hash(StringBuilder text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
