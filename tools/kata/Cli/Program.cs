using System.Text;

namespace ContinuationKatas.Tool;

/// <summary>The `kata` command line: finds the checkout, then hands over to a command.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        try
        {
            var root = RepoRoot.Find(Directory.GetCurrentDirectory());
            var terminal = !Console.IsOutputRedirected;
            var color = terminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            var errorColor = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            var context = new CommandContext(root, Console.Out, Console.Error, Console.In) { Color = color, ErrorColor = errorColor, Interactive = terminal };
            return Commands.Dispatch(context, args);
        }
        catch (Exception error) when (error is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or GitException)
        {
            Console.Error.WriteLine($"kata: {error.Message}");
            return 2;
        }
    }
}
