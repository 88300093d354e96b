namespace Katas.ErrorFirstCallbacks.Tests;

/// <summary>The start check of <see cref="BoomRun"/>: both operations start once, at 0 ms, as both promises are created first.</summary>
internal sealed partial class BoomRun
{
    private string? WrongStart()
    {
        foreach (var which in new[] { "first", "second" })
        {
            var times = Starts?.Where(start => start.Which == which).Select(start => $"{start.AtMs} ms").ToList();
            var call = which == "first" ? "startFirst" : "startSecond";
            switch (times)
            {
                case null:
                    return null;
                case []:
                    return $"C never started the {which} operation ({call} was not called) → call {call}(...) in C, straight away.";
                case [_, _, ..]:
                    return $"C started the {which} operation {times.Count} times (at {string.Join(" and ", times)}) → call {call}(...) once.";
                case ["0 ms"]:
                    break;
                case [var late]:
                    var other = which == "first" ? Second : First;
                    return $"The {which} operation was started at {late}, not at 0 ms: c's promises are both created before c awaits " +
                        $"either, so both operations run from the start. Starting one only when the other's outcome arrives ({other}) " +
                        "makes c finish later than the JavaScript → call startFirst(...) and startSecond(...) one after the other in C " +
                        "(step 1), and keep each outcome until Step gets to it.";
            }
        }

        return null;
    }
}
