using ICSharpCode.Decompiler;
using ICSharpCode.Decompiler.CSharp;
using ICSharpCode.Decompiler.TypeSystem;

namespace ContinuationKatas.Tool;

/// <summary>An async or iterator method of a compiled assembly, and the state machine type the compiler made of it.</summary>
/// <param name="Name">Its name for people: "DogPig.C" (declaring type, then method).</param>
/// <param name="FullName">"Namespace.Type.Method", to tell apart methods of types with the same name.</param>
/// <param name="Kind">"async", "iterator" or "async iterator".</param>
/// <param name="StateMachine">The compiler-generated type's name, e.g. "DogPig+&lt;C&gt;d__1".</param>
internal sealed record StateMachineMethod(string Name, string FullName, string Kind, string StateMachine)
{
    /// <summary>Whether <paramref name="name"/> names this method: "C", "DogPig.C" or "Namespace.DogPig.C".</summary>
    public bool IsNamed(string name) =>
        string.Equals(name, FullName, StringComparison.Ordinal) ||
        string.Equals(name, Name, StringComparison.Ordinal) ||
        string.Equals(name, Name[(Name.LastIndexOf('.') + 1)..], StringComparison.Ordinal);
}

/// <summary>
/// What `kata lower` shows: the C# compiler's lowering of async and iterator methods, read back from the
/// compiled assembly by ICSharpCode.Decompiler (ILSpy's engine) with async/await and iterator decompilation
/// switched off, so the state machine appears as the compiler wrote it.
/// </summary>
internal static class Lowering
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["System.Runtime.CompilerServices.AsyncStateMachineAttribute"] = "async",
        ["System.Runtime.CompilerServices.IteratorStateMachineAttribute"] = "iterator",
        ["System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"] = "async iterator",
    };

    /// <summary>The async and iterator methods the compiler lowered in the assembly at <paramref name="assemblyPath"/>, in source order.</summary>
    public static IReadOnlyList<StateMachineMethod> Find(string assemblyPath) =>
        [.. Methods(Decompiler(assemblyPath)).Select(found => found.Method)];

    /// <summary>
    /// The method as the compiler rewrote it (it creates the state machine and starts it), then the state
    /// machine type: its fields (`&lt;&gt;1__state`, the builder, lifted locals, awaiters) and MoveNext.
    /// </summary>
    public static string Decompile(string assemblyPath, StateMachineMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var decompiler = Decompiler(assemblyPath);
        var (_, stub, machine) = Methods(decompiler).First(found => found.Method == method);
        var text = new System.Text.StringBuilder();
        text.Append("// ").Append(method.Name).Append(", as the compiler rewrote it: ").Append(StubSays(method.Kind)).Append('\n');
        text.Append(Trim(decompiler.DecompileAsString(stub.MetadataToken)));
        text.Append("\n\n// Its state machine: the locals that live across a suspension are fields; MoveNext runs from one suspension to the next\n");
        if (method.Kind == "async iterator")
        {
            text.Append(AsyncIteratorFields);
        }

        text.Append(Trim(decompiler.DecompileAsString(machine.MetadataToken)));
        return text.Append('\n').ToString();
    }

    // An iterator's stub only makes the machine: its body runs at the first MoveNext (MoveNextAsync), not in the call.
    private static string StubSays(string kind) => kind switch
    {
        "async" => "it makes the state machine, starts it and returns",
        _ => "it only makes the state machine; nothing of the body runs until the first " +
             (kind == "iterator" ? "MoveNext" : "MoveNextAsync"),
    };

    private const string AsyncIteratorFields =
        "// An async iterator's own fields: <>v__promiseOfValueOrEnd (a ManualResetValueTaskSourceCore<bool>) is the ValueTask<bool>\n" +
        "// that MoveNextAsync returns, completed with true at a yield and false at the end; <>w__disposeMode is set by DisposeAsync,\n" +
        "// which resumes MoveNext to run the finally blocks and nothing else; <>x__combinedTokens links the method's\n" +
        "// [EnumeratorCancellation] token with the one given to GetAsyncEnumerator (WithCancellation), when both are given.\n";

    private static CSharpDecompiler Decompiler(string assemblyPath)
    {
        var settings = new DecompilerSettings(LanguageVersion.Latest)
        {
            AsyncAwait = false,
            YieldReturn = false,
            AsyncEnumerator = false,
            AsyncUsingAndForEachStatement = false,
            ThrowOnAssemblyResolveErrors = false,
            ShowXmlDocumentation = false,
        };
        return new CSharpDecompiler(assemblyPath, settings);
    }

    private static IEnumerable<(StateMachineMethod Method, IMethod Stub, ITypeDefinition Machine)> Methods(CSharpDecompiler decompiler) =>
        from type in decompiler.TypeSystem.MainModule.TypeDefinitions
        from method in type.Methods
        from attribute in method.GetAttributes()
        where Kinds.ContainsKey(attribute.AttributeType.FullName)
        let machine = (attribute.FixedArguments.FirstOrDefault().Value as IType)?.GetDefinition()
        where machine is not null
        select (new StateMachineMethod(
            $"{type.Name}.{method.Name}",
            $"{type.FullName}.{method.Name}",
            Kinds[attribute.AttributeType.FullName],
            machine.ReflectionName[(machine.ReflectionName.LastIndexOf('.') + 1)..].Replace('+', '.')), method, machine);

    /// <summary>Drops the using lines and blank lines the decompiler puts around a single member.</summary>
    private static string Trim(string source) =>
        string.Join('\n', source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .SkipWhile(line => line.StartsWith("using ", StringComparison.Ordinal) || line.Length == 0)).TrimEnd();
}
