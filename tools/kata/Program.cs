using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>The `kata` command line.</summary>
internal static class Program
{
    private const string Usage = """
        kata — the Continuation Katas helper

        Usage: ./kata <command> [options]     (kata.cmd on Windows)

          progress [--set katas|solutions]   where you stand, from the last `dotnet test`
          check                               maintainers: every solution passes, every untouched stub fails

        Run `dotnet test` at the root to test your katas; its output ends with your progress.
        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        try
        {
            var root = RepoRoot.Find(Directory.GetCurrentDirectory());
            var command = args.Length == 0 ? "progress" : args[0];
            var rest = args.Skip(1).ToArray();
            return command switch
            {
                "progress" or "list" => ProgressCommand(root, rest),
                "check" => CheckCommand.Run(root, Console.Out),
                "help" or "--help" or "-h" => Help(),
                _ => Unknown(command),
            };
        }
        catch (Exception error) when (error is DirectoryNotFoundException or FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine($"kata: {error.Message}");
            return 2;
        }
    }

    private static int ProgressCommand(string root, string[] args)
    {
        var set = Option(args, "--set") ?? "katas";
        var catalog = Catalog.Load(root);
        var progress = Progress.Read(root, catalog, set);
        if (args.Contains("--after-test"))
        {
            Console.WriteLine();
            Console.WriteLine(set == "katas" ? "──── Your progress ────" : $"──── Progress of {set}/ ────");
        }

        Console.Write(ProgressView.Render(catalog, progress));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Help()
    {
        Console.WriteLine(Usage);
        return 0;
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"kata: unknown command '{command}'.");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
