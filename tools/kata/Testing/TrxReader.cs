using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContinuationKatas.Tool;

/// <summary>Reads the TRX files that `dotnet test` writes for each test project (see tests/Directory.Build.props).</summary>
internal static class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>The results of every TRX file in <paramref name="directory"/>, keyed by file name without extension.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<TestResult>> ReadAll(string directory)
    {
        var results = new Dictionary<string, IReadOnlyList<TestResult>>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            return results;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.trx"))
        {
            results[Path.GetFileNameWithoutExtension(file)] = Read(XDocument.Load(file));
        }

        return results;
    }

    public static IReadOnlyList<TestResult> Read(XDocument trx)
    {
        ArgumentNullException.ThrowIfNull(trx);
        return [.. trx.Descendants(Ns + "UnitTestResult").Select(result => new TestResult(
            (string?)result.Attribute("testName") ?? "(unnamed)",
            (string?)result.Attribute("outcome") ?? "Unknown",
            Unescape(result.Descendants(Ns + "Message").FirstOrDefault()?.Value)))];
    }

    /// <summary>The test adapter writes characters outside the basic plane (emoji) as \uXXXX escapes: undo them.</summary>
    private static string? Unescape(string? message) =>
        message is null ? null : Regex.Replace(message, @"\\u([0-9a-fA-F]{4})", match =>
            ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
}
