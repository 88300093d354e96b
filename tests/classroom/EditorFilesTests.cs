using System.Text.Json;

namespace ContinuationKatas.Classroom.Tests;

/// <summary>The editor and container setup: the VS Code kata picker lists the ladder, the dev container matches global.json.</summary>
public sealed class EditorFilesTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Test]
    public void Tasks_KataPicker_OffersEveryKataInKatasJsonInOrder()
    {
        using var tasks = JsonDocument.Parse(Repo.Read(Repo.Tasks), Jsonc);
        var input = tasks.RootElement.GetProperty("inputs").EnumerateArray()
            .Single(candidate => candidate.GetProperty("id").GetString() == "kata");
        var options = input.GetProperty("options").EnumerateArray().Select(option => option.GetString()).ToList();
        var ids = KataEntry.Parse(Repo.Read(Repo.Catalog)).Select(kata => kata.Id).ToList();

        Assert.That(options, Is.EqualTo(ids),
            $"The \"kata\" input of {Repo.Tasks} must list the katas of katas.json, in order: {string.Join(", ", ids)}.");
    }

    [Test]
    public void Tasks_TestCurrentKata_RunsDotnetTestOnThePickedKata()
    {
        using var tasks = JsonDocument.Parse(Repo.Read(Repo.Tasks), Jsonc);
        var task = tasks.RootElement.GetProperty("tasks").EnumerateArray()
            .Single(candidate => candidate.GetProperty("label").GetString() == "test current kata");
        var commandLine = string.Join(' ', [task.GetProperty("command").GetString(), .. task.GetProperty("args").EnumerateArray().Select(arg => arg.GetString())]);

        Assert.That(commandLine, Is.EqualTo("dotnet test tests/${input:kata}"));
    }

    [Test]
    public void Devcontainer_Image_IsTheDotnetImageForGlobalJsonsMajorMinor()
    {
        using var devcontainer = JsonDocument.Parse(Repo.Read(Repo.Devcontainer), Jsonc);
        var image = devcontainer.RootElement.GetProperty("image").GetString();
        var (version, _) = SetupCheck.ReadGlobalJson(Repo.Read(Repo.GlobalJson));
        var majorMinor = string.Join('.', version.Split('.').Take(2));

        Assert.That(image, Does.StartWith($"mcr.microsoft.com/devcontainers/dotnet:{majorMinor}"),
            $"global.json pins the {majorMinor} SDK; the dev container's image must carry it.");
    }

    [Test]
    public void Devcontainer_PostCreate_RestoresTheKitsSolution()
    {
        using var devcontainer = JsonDocument.Parse(Repo.Read(Repo.Devcontainer), Jsonc);
        var command = devcontainer.RootElement.GetProperty("postCreateCommand").GetString();

        Assert.That(command, Is.EqualTo("dotnet restore Katas.sln"));
        Assert.That(File.Exists(Repo.PathOf("Katas.sln")), Is.True);
    }
}
