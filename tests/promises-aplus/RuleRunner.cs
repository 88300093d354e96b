using System.Reflection;
using Katas.Chaining.Tests;
using Katas.Chaining.Tests.PromisesAplus;
using NUnit.Framework.Internal;

namespace ContinuationKatas.PromisesAplus.Tests;

/// <summary>
/// Runs one Promises/A+ rule test of kata 05 against any <see cref="IPromiseAdapter"/> and says whether it passed,
/// without letting its assertions count for the test that runs it.
/// </summary>
public static class RuleRunner
{
    private static readonly Type[] Fixtures =
    [
        typeof(AplusStateTests), typeof(AplusThenCallbackTests), typeof(AplusThenResultTests), typeof(AplusResolutionTests), typeof(AplusThenableTests),
    ];

    /// <summary>Every rule test, by method name (e.g. <c>Rule_2_2_4_…</c>), in rule order.</summary>
    public static IReadOnlyList<string> Rules { get; } =
        [.. Fixtures.SelectMany(fixture => TestsOf(fixture).Select(test => test.Name)).Order(StringComparer.Ordinal)];

    /// <summary>Runs the rule test <paramref name="rule"/> against <paramref name="adapter"/>.</summary>
    /// <returns><see langword="null"/> if the rule held; otherwise the first line of the failure.</returns>
    public static string? Run(string rule, IPromiseAdapter adapter)
    {
        var (fixture, test) = Fixtures
            .SelectMany(type => TestsOf(type).Select(method => (type, method)))
            .Single(candidate => candidate.method.Name == rule);
        var instance = Activator.CreateInstance(fixture, adapter)!;

        // An isolated context keeps the rule test's failed assertions out of the result of the test running it.
        using (new TestExecutionContext.IsolatedContext())
        {
            try
            {
                test.Invoke(instance, null);
                return null;
            }
            catch (TargetInvocationException error)
            {
                var cause = error.InnerException ?? error;
                return cause.Message.Split('\n', 2)[0].Trim();
            }
        }
    }

    /// <summary>The rules that fail against <paramref name="adapter"/>, in rule order.</summary>
    public static IReadOnlyList<string> Broken(IPromiseAdapter adapter) => [.. Rules.Where(rule => Run(rule, adapter) is not null)];

    private static IEnumerable<MethodInfo> TestsOf(Type fixture) =>
        fixture.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(method => method.GetCustomAttribute<TestAttribute>() is not null);
}
