using System.Reflection;
using System.Runtime.Loader;
using ContinuationKatas.Runtime;

namespace ContinuationKatas.Tool;

/// <summary>
/// A kata's program, built and found, ready to run on an <see cref="EventLoop"/>. Each <see cref="Main"/> call
/// loads the kata afresh, so a run never sees static state that an earlier run left behind.
/// </summary>
internal sealed record KataProgram(KataInfo Kata, string Folder, string Name, string AssemblyPath, string Type, string Method)
{
    /// <summary>
    /// Builds katas/ID (or solutions/ID), loads it, and finds its program: <paramref name="entry"/> (a method
    /// name, or Type.Method), else katas.json's "program", else its public static Main(EventLoop) (DogPig's when there are several).
    /// </summary>
    /// <returns>The program, or null after <paramref name="problem"/> has been set to what went wrong.</returns>
    public static KataProgram? Load(CommandContext context, KataInfo kata, bool solution, string? entry, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(kata);
        var folder = $"{(solution ? "solutions" : "katas")}/{kata.Id}";
        var build = context.Builder.Build(Path.Combine(context.RepoRoot, folder), Path.Combine(context.RepoRoot, "artifacts", "build", kata.Id + (solution ? ".solution" : string.Empty) + ".log"));
        if (!build.Succeeded)
        {
            problem = $"{folder} does not build:\n  " + string.Join("\n  ", build.Errors);
            return null;
        }

        var method = Find(LoadAssembly(build.AssemblyPath!), entry ?? kata.Program, out problem);
        return method is null
            ? null
            : new KataProgram(kata, folder, $"{method.DeclaringType!.Name}.{method.Name}", build.AssemblyPath!, method.DeclaringType.FullName!, method.Name);
    }

    /// <summary>The program's main function, from a fresh load of the kata.</summary>
    public Func<EventLoop, Task?> Main()
    {
        var method = LoadAssembly(AssemblyPath).GetType(Type, throwOnError: true)!
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(candidate => candidate.Name == Method && IsProgram(candidate));
        if (method.ReturnType != typeof(void))
        {
            return method.CreateDelegate<Func<EventLoop, Task?>>();
        }

        var action = method.CreateDelegate<Action<EventLoop>>();
        return loop =>
        {
            action(loop);
            return null;
        };
    }

    private static Assembly LoadAssembly(string path) =>
        new KataLoadContext(Path.GetDirectoryName(path)!).LoadFromAssemblyPath(path);

    private static MethodInfo? Find(Assembly assembly, string? entry, out string? problem)
    {
        var candidates = assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(IsProgram)
            .ToList();
        var matches = entry is null
            ? candidates.Where(method => method.Name == "Main").ToList()
            : candidates.Where(method => method.Name == entry || $"{method.DeclaringType!.Name}.{method.Name}" == entry || $"{method.DeclaringType!.FullName}.{method.Name}" == entry).ToList();
        if (entry is null && matches.Count > 1 && matches.Count(method => method.DeclaringType!.Name == "DogPig") == 1)
        {
            // Every rung reproduces dog+pig: that is the kata's program unless katas.json or --main says otherwise.
            matches = [.. matches.Where(method => method.DeclaringType!.Name == "DogPig")];
        }

        var names = string.Join(", ", candidates.Select(method => $"{method.DeclaringType!.Name}.{method.Name}"));
        problem = matches.Count switch
        {
            1 => null,
            0 when entry is not null => $"{assembly.GetName().Name} has no program '{entry}'. Programs: {names}.",
            0 => $"{assembly.GetName().Name} has no public static Main(EventLoop). Programs: {(names.Length == 0 ? "none" : names)}.",
            _ => $"{assembly.GetName().Name} has several programs ({names}); pick one with --main NAME.",
        };
        return problem is null ? matches[0] : null;
    }

    private static bool IsProgram(MethodInfo method) =>
        method.GetParameters() is [{ } parameter] && parameter.ParameterType == typeof(EventLoop) &&
        (method.ReturnType == typeof(void) || typeof(Task).IsAssignableFrom(method.ReturnType)) &&
        !method.IsGenericMethodDefinition;

    /// <summary>Loads a kata and its own dependencies, sharing the tool's runtime so its EventLoop is ours.</summary>
    private sealed class KataLoadContext(string directory) : AssemblyLoadContext("kata", isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name == typeof(EventLoop).Assembly.GetName().Name)
            {
                return null;
            }

            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
