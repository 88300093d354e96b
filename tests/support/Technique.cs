using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ContinuationKatas.Testing;

/// <summary>
/// Checks how a kata was solved, not only what it printed, by reading the compiled kata's metadata:
/// the types it refers to are the tools it used.
/// </summary>
public static class Technique
{
    /// <summary>Task, async/await and threads: what the rungs below async/await must do without.</summary>
    public static IReadOnlyList<string> TasksAndThreads { get; } =
    [
        "System.Threading.Tasks.",
        "System.Threading.Thread",
        "System.Threading.ThreadPool",
        "System.Threading.Timer",
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
        "System.Runtime.CompilerServices.AsyncTaskMethodBuilder",
        "System.Runtime.CompilerServices.AsyncVoidMethodBuilder",
        "System.Runtime.CompilerServices.TaskAwaiter",
    ];

    /// <summary>The full names of the types <paramref name="kata"/> refers to, sorted.</summary>
    public static IReadOnlyList<string> ReferencedTypes(Assembly kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        using var stream = File.OpenRead(kata.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var instrumented = reader.TypeDefinitions.Any(handle =>
            reader.GetString(reader.GetTypeDefinition(handle).Namespace).StartsWith("Coverlet.", StringComparison.Ordinal));
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var ns = reader.GetString(type.Namespace);
            var name = reader.GetString(type.Name);
            var full = ns.Length == 0 ? name : $"{ns}.{name}";

            // Coverage collection rewrites the assembly with a hit tracker that uses Thread; that is not the learner's.
            if (!(instrumented && full == "System.Threading.Thread"))
            {
                names.Add(full);
            }
        }

        return [.. names];
    }

    /// <summary>
    /// Fails if <paramref name="kata"/> refers to any type whose full name starts with one of
    /// <paramref name="forbidden"/>, naming what was found and why this rung does without it.
    /// </summary>
    public static void Forbid(Assembly kata, IEnumerable<string> forbidden, string why)
    {
        ArgumentNullException.ThrowIfNull(forbidden);
        var prefixes = forbidden.ToList();
        var found = ReferencedTypes(kata)
            .Where(name => prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(Describe)
            .Distinct()
            .ToList();
        if (found.Count > 0)
        {
            Assert.Fail($"{why}\nThe compiled kata uses: {string.Join(", ", found)}.");
        }
    }

    private static string Describe(string typeName) => typeName switch
    {
        _ when typeName.StartsWith("System.Runtime.CompilerServices.Async", StringComparison.Ordinal) => "async (an async method)",
        _ when typeName.StartsWith("System.Runtime.CompilerServices.TaskAwaiter", StringComparison.Ordinal) => "await on a Task",
        _ => typeName,
    };
}
