using System.Text.Json;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>
/// What the workflow must do before it grades anything: check out the code, and install the SDK that
/// global.json asks for, with actions/setup-dotnet.
/// </summary>
internal static class SetupCheck
{
    public const string Checkout = "actions/checkout@";

    public const string SetupDotnet = "actions/setup-dotnet@";

    public static IReadOnlyList<string> Problems(string file, WorkflowFile workflow, string globalJson)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var problems = new List<string>();
        var steps = workflow.Steps.ToList();
        var firstGraded = steps.FindIndex(step => step.IsGraded);
        if (firstGraded < 0)
        {
            return [$"{file}: no step uses {WorkflowStep.CommandGrader}…, so nothing is graded."];
        }

        var checkout = steps.FindIndex(step => step.IsUse(Checkout));
        if (checkout < 0 || checkout > firstGraded)
        {
            problems.Add($"{file}: check out the code ({Checkout}v4) before the first graded step.");
        }

        var setup = steps.FindIndex(step => step.IsUse(SetupDotnet));
        if (setup < 0 || setup > firstGraded)
        {
            problems.Add($"{file}: install the SDK with {SetupDotnet}v4 (global-json-file: global.json) before the first graded step; " +
                "the runner's preinstalled SDK may be older than global.json asks for.");
            return problems;
        }

        var (version, rollForward) = ReadGlobalJson(globalJson);
        var with = steps[setup].With;
        var jsonFile = with.GetValueOrDefault("global-json-file");
        var versions = with.GetValueOrDefault("dotnet-version")?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (jsonFile is null && versions.Length == 0)
        {
            problems.Add($"{file}: {steps[setup].Describe()} names no SDK; give it global-json-file: global.json.");
        }

        if (jsonFile is not null && jsonFile.TrimStart('.', '/') != "global.json")
        {
            problems.Add($"{file}: {steps[setup].Describe()} reads {jsonFile}; the kit's SDK is pinned in global.json at the root.");
        }

        foreach (var wanted in versions.Where(wanted => !Matches(wanted, version, rollForward)))
        {
            problems.Add($"{file}: {steps[setup].Describe()} installs .NET {wanted}, but global.json asks for {version} " +
                $"(rollForward {rollForward ?? "none"}). Use global-json-file: global.json, so the two cannot drift.");
        }

        return problems;
    }

    /// <summary>Whether setup-dotnet's <paramref name="wanted"/> installs the SDK global.json selects.</summary>
    /// <remarks>
    /// The exact version always does. With a roll-forward that accepts newer feature bands (latestFeature and wider),
    /// so do "major.minor", "major.minor.x" and "major.minor.Nxx" for the same or a later band; with latestPatch,
    /// only "major.minor.Nxx" for the same band.
    /// </remarks>
    public static bool Matches(string wanted, string version, string? rollForward)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(version);
        if (wanted == version)
        {
            return true;
        }

        var parts = version.Split('.');
        if (parts.Length != 3 || parts[2].Length < 3 || GradedItem.Number(parts[2]) is not { } patch)
        {
            return false;
        }

        var majorMinor = $"{parts[0]}.{parts[1]}";
        var band = patch / 100;
        var wantedBand = wanted.StartsWith(majorMinor + ".", StringComparison.Ordinal) && wanted.EndsWith("xx", StringComparison.Ordinal)
            ? GradedItem.Number(wanted[(majorMinor.Length + 1)..^2])
            : null;
        return rollForward switch
        {
            "latestFeature" or "latestMinor" or "latestMajor" or "feature" or "minor" or "major" =>
                wanted == majorMinor || wanted == majorMinor + ".x" || wanted == majorMinor + ".*" || wantedBand >= band,
            "latestPatch" or "patch" => wantedBand == band,
            _ => false,
        };
    }

    /// <summary>sdk.version and sdk.rollForward from global.json.</summary>
    public static (string Version, string? RollForward) ReadGlobalJson(string globalJson)
    {
        using var document = JsonDocument.Parse(globalJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var sdk = document.RootElement.GetProperty("sdk");
        var version = sdk.GetProperty("version").GetString() ?? throw new InvalidDataException("global.json: sdk.version is empty.");
        var rollForward = sdk.TryGetProperty("rollForward", out var roll) ? roll.GetString() : null;
        return (version, rollForward);
    }
}
