using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ContinuationKatas.Runtime;

/// <summary>Reads a thread's stack for the loop's messages: which frames are the program's, and what to call them.</summary>
internal static class StackFrames
{
    private static readonly Assembly CoreLibrary = typeof(object).Assembly;
    private static readonly Assembly Runtime = typeof(StackFrames).Assembly;

    /// <summary>The calling thread's stack, innermost frame first, with file names where the program has them.</summary>
    public static StackFrame[] Here(bool files = true) => new StackTrace(1, files).GetFrames();

    /// <summary>The program's method nearest the top of the calling thread's stack, or <see langword="null"/>.</summary>
    public static string? NearestProgramMethod() =>
        Array.Find(Here(files: false), IsProgram)?.GetMethod() is { } method ? Name(method) : null;

    /// <summary>A frame of the program: neither the framework's nor the loop's own.</summary>
    public static bool IsProgram(StackFrame frame) =>
        frame.GetMethod() is { } method && method.Module.Assembly != CoreLibrary && method.Module.Assembly != Runtime
        && method.DeclaringType?.Namespace?.StartsWith("System.", StringComparison.Ordinal) != true;

    /// <summary>A frame in the framework's own library.</summary>
    public static bool IsFramework(StackFrame frame) => frame.GetMethod()?.Module.Assembly == CoreLibrary;

    /// <summary>Whether the frame runs the method with this name on a type whose name starts with <paramref name="type"/>.</summary>
    public static bool Is(StackFrame frame, string type, string method) =>
        frame.GetMethod() is { } found && found.Name == method && found.DeclaringType?.Name.StartsWith(type, StringComparison.Ordinal) == true;

    /// <summary>Whether the frame is the MoveNext of an async method's state machine.</summary>
    public static bool IsAsyncMethod(StackFrame frame) =>
        frame.GetMethod() is { Name: "MoveNext", DeclaringType: { } type } && typeof(IAsyncStateMachine).IsAssignableFrom(type);

    /// <summary>
    /// The method as the program wrote it: <c>DogPig.Report</c> for the MoveNext of <c>&lt;Report&gt;d__3</c>,
    /// "a lambda in DogPig.Main" for <c>&lt;Main&gt;b__0_0</c>.
    /// </summary>
    public static string Name(MethodBase method)
    {
        var type = method.DeclaringType;
        var name = method.Name;
        if (name == "MoveNext" && type is not null && typeof(IAsyncStateMachine).IsAssignableFrom(type))
        {
            name = type.Name;
            type = type.DeclaringType;
        }

        while (type is not null && type.Name.StartsWith('<'))
        {
            type = type.DeclaringType; // a closure class: name the method's own type
        }

        var owner = type?.Name ?? "?";
        var source = Unmangle(name);
        return name.Contains(">b__", StringComparison.Ordinal) ? $"a lambda in {owner}.{source}" : $"{owner}.{source}";
    }

    /// <summary>"DogPig.Report (at /…/DogPig.cs:line 31)", or just the name when the frame has no file.</summary>
    public static string Where(StackFrame frame) =>
        frame.GetMethod() is not { } method ? "an unknown method"
        : frame.GetFileName() is { } file ? $"{Name(method)} (at {file}:line {frame.GetFileLineNumber()})"
        : Name(method);

    private static string Unmangle(string name)
    {
        // <Report>d__3, <Main>b__0_0, <<Main>b__0_0>d: the source name sits between the first '<' run and the first '>'.
        var open = name.LastIndexOf('<', Math.Max(0, name.IndexOf('>', StringComparison.Ordinal)));
        var close = name.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? name[(open + 1)..close] : name;
    }
}
