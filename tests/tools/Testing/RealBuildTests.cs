namespace ContinuationKatas.Tool.Tests;

/// <summary>
/// The only tool tests that really build: run and timeline on kata 02, in a scratch copy of the kit
/// (the runtime, the kata, its solution and the build files), never in the checkout itself.
/// </summary>
[NonParallelizable]
public sealed class RealBuildTests
{
    private static readonly string[] Copied =
        ["runtime", "katas/02-callbacks", "solutions/02-callbacks", "katas/Directory.Build.props", "katas/.editorconfig", "solutions/Directory.Build.props",
         "Directory.Build.props", "Directory.Packages.props", "global.json", "BannedSymbols.txt", ".editorconfig", "katas.json"];

    private string root = string.Empty;

    [OneTimeSetUp]
    public void CopyTheKit()
    {
        var source = RepoRoot.Find(AppContext.BaseDirectory);
        root = Path.Combine(Path.GetTempPath(), "kata-tool-tests", "build-" + Guid.NewGuid().ToString("N"));
        foreach (var item in Copied)
        {
            var from = Path.Combine(source, item);
            if (File.Exists(from))
            {
                Copy(from, Path.Combine(root, item));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(from, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
            {
                Copy(file, Path.Combine(root, item, Path.GetRelativePath(from, file)));
            }
        }

        File.WriteAllText(Path.Combine(root, "Katas.sln"), string.Empty);
    }

    [OneTimeTearDown]
    public void DeleteTheCopy()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Run_TheUntouchedStub_BuildsItAndSaysNotSolvedYet()
    {
        var cli = new Cli(root) { Builder = new DotnetBuilder() };

        Assert.That(cli.Run("run", "02"), Is.EqualTo(1), cli.Error.ToString());

        Assert.That(cli.Out.ToString(), Does.Match(@"\n +\d+ ms  main: start\n"));
        Assert.That(cli.Out.ToString(), Does.Contain("Not solved yet: Kata 02 (callbacks), step 1"));
    }

    [Test]
    public void Timeline_TheSolution_DrawsDogPig()
    {
        var cli = new Cli(root) { Builder = new DotnetBuilder() };

        Assert.That(cli.Run("timeline", "02", "--solution", "--out", "artifacts/timeline-02.svg"), Is.Zero, cli.Error.ToString());

        // Kata 02 is a callbacks kata: the picture says what the rung says (c() returned; a callback continues it).
        Assert.That(cli.Out.ToString(), Does.Contain("▶ timer #2 fires: continues c()").And.Contain("│ 🐶🐷!"));
        Assert.That(File.ReadAllText(Path.Combine(root, "artifacts", "timeline-02.svg")), Does.Contain("timer #1 fires → continues c()").And.Not.Contain("await"));
    }

    [Test]
    public void Build_LearnerCodeOutsideTheHouseStyle_WarnsOnlyAboutWhatTeaches()
    {
        // No braces, a block namespace: house style, silent in katas/. A call not awaited and a null in a
        // non-nullable string: what the katas teach, so they still warn.
        var file = Path.Combine(root, "katas", "02-callbacks", "Style.cs");
        File.WriteAllText(file, """
            namespace Katas.Callbacks
            {
                internal static class Style
                {
                    private static int count;

                    public static void Unbraced(bool flag)
                    {
                        if (flag) count++;
                    }

                    public static async Task Later()
                    {
                        Step();
                        string text = null;
                        await Task.Yield();
                        count += text.Length;
                    }

                    private static async Task Step() => await Task.Yield();
                }
            }
            """);
        try
        {
            var build = Processes.Run("dotnet", ["build", "katas/02-callbacks/Callbacks.csproj", "--nologo", "-v", "q"], root);

            Assert.That(build.Output, Does.Contain("warning CS4014").And.Contain("warning CS8600"), build.Output);
            Assert.That(build.Output, Does.Not.Contain("warning IDE"), build.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
