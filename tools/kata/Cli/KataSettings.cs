using System.ComponentModel;
using Spectre.Console.Cli;

namespace ContinuationKatas.Tool;

/// <summary>The settings of a command about one kata: its number comes first (`kata run 02`).</summary>
internal class KataSettings : CommandSettings
{
    [CommandArgument(0, "<NN>")]
    [Description("the kata's number, e.g. 02")]
    public string Kata { get; set; } = string.Empty;
}
