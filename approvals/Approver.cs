using System.Runtime.CompilerServices;
using System.Text;

namespace ContinuationKatas.Approvals;

/// <summary>
/// Compares a text with its approved ("verified") file, following Verify's conventions:
/// on a mismatch the text is written as a received file beside the verified one and the failure
/// shows a diff; a missing verified file fails as new; a verified file is written only when accepting
/// was asked for explicitly (<c>KATA_ACCEPT=1</c>), and never on CI.
/// </summary>
/// <remarks>
/// Texts are compared as UTF-8 with <c>\n</c> line endings: received text is normalised before it is
/// compared or written, a byte-order mark on a verified file is ignored, and a verified file that
/// contains <c>\r</c> is reported as invalid rather than silently normalised.
/// </remarks>
public static class Approver
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Approves <paramref name="received"/> against <c>{SourceFile}.{Method}.verified.txt</c> beside the calling test.</summary>
    /// <exception cref="ApprovalException">The text is new or differs.</exception>
    public static void Verify(string received, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var result = Compare(received, ApprovalFile.Beside(sourceFile, method), ApprovalSettings.FromEnvironment());
        if (!result.Passed)
        {
            throw new ApprovalException(result);
        }
    }

    /// <summary>Compares <paramref name="received"/> with <paramref name="file"/>'s verified text and writes or removes the received file.</summary>
    public static ApprovalResult Compare(string received, ApprovalFile file, ApprovalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        var text = Normalize(received);
        RecordUsage(file, settings);

        if (!File.Exists(file.VerifiedPath))
        {
            return settings.Accept
                ? Accept(file, text, settings)
                : Reject(file, text, ApprovalOutcome.New,
                    $"New: there is no approved file yet at {file.VerifiedPath}.\nWhat was received is in {file.ReceivedPath}:\n{Indent(text)}\n{HowToAccept(file)}");
        }

        string verified;
        try
        {
            verified = StripBom(Utf8.GetString(File.ReadAllBytes(file.VerifiedPath)));
        }
        catch (DecoderFallbackException)
        {
            return Reject(file, text, ApprovalOutcome.Invalid, $"{file.VerifiedPath} is not valid UTF-8. Approved files are UTF-8 text.");
        }

        if (verified.Contains('\r', StringComparison.Ordinal))
        {
            return settings.Accept
                ? Accept(file, text, settings)
                : Reject(file, text, ApprovalOutcome.Invalid,
                    $"{file.VerifiedPath} has Windows line endings (\\r\\n); approved files use \\n only. " +
                    "The repository's .gitattributes checks *.verified.txt out with LF: run `git add --renormalize .` and check out the file again.");
        }

        // Trailing blank lines carry no meaning: an editor that adds or drops the final newline changes nothing.
        verified = Normalize(verified);
        if (verified == text)
        {
            File.Delete(file.ReceivedPath);
            return new ApprovalResult(ApprovalOutcome.Equal, $"Equal to {file.VerifiedPath}.", file);
        }

        return settings.Accept
            ? Accept(file, text, settings)
            : Reject(file, text, ApprovalOutcome.Different,
                $"Differs from the approved file (- approved, + received):\n{TextDiff.Render(verified, text)}\n\nApproved: {file.VerifiedPath}\nReceived: {file.ReceivedPath}");
    }

    /// <summary>Normalises to <c>\n</c> line endings with exactly one final newline (none for empty text).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lf = StripBom(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var trimmed = lf.TrimEnd('\n');
        return trimmed.Length == 0 ? string.Empty : trimmed + "\n";
    }

    private static ApprovalResult Accept(ApprovalFile file, string text, ApprovalSettings settings)
    {
        if (settings.IsCI)
        {
            return Reject(file, text, ApprovalOutcome.Different,
                $"Refusing to accept on CI: {ApprovalSettings.AcceptVariable} is set, but so is CI, and CI never changes approved files. " +
                $"The received text is in {file.ReceivedPath}.");
        }

        Directory.CreateDirectory(file.Directory);
        File.WriteAllText(file.VerifiedPath, text, Utf8);
        File.Delete(file.ReceivedPath);
        return new ApprovalResult(ApprovalOutcome.Accepted, $"Accepted: wrote {file.VerifiedPath}.", file);
    }

    private static ApprovalResult Reject(ApprovalFile file, string text, ApprovalOutcome outcome, string message)
    {
        Directory.CreateDirectory(file.Directory);
        File.WriteAllText(file.ReceivedPath, text, Utf8);
        return new ApprovalResult(outcome, message, file);
    }

    private static string HowToAccept(ApprovalFile file) =>
        $"If it is right, approve it: rename {Path.GetFileName(file.ReceivedPath)} to {Path.GetFileName(file.VerifiedPath)}, " +
        $"or run the tests once with {ApprovalSettings.AcceptVariable}=1.";

    private static string Indent(string text) =>
        text.Length == 0 ? "    (empty)" : string.Join('\n', text.TrimEnd('\n').Split('\n').Select(line => "    " + line));

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static void RecordUsage(ApprovalFile file, ApprovalSettings settings)
    {
        if (settings.UsageLog is { } log)
        {
            // One file per process: test assemblies run in parallel processes.
            Directory.CreateDirectory(log);
            var own = Path.Combine(log, $"{Environment.ProcessId}.txt");
            lock (Utf8)
            {
                File.AppendAllText(own, Path.GetFullPath(file.VerifiedPath) + "\n");
            }
        }
    }
}
