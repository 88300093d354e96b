using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ContinuationKatas.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks -- --filter '*Rung*'</c> (see README.md here).</summary>
internal static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config);

    // BenchmarkDotNet rebuilds the project and the solutions it references before measuring, with the compiler
    // server off; its default two minutes are not enough on a small, busy machine (`--buildTimeout` still overrides).
    private static IConfig Config => ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
}
