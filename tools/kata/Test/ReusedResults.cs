namespace ContinuationKatas.Tool;

/// <summary>
/// Which katas' last results still hold: a kata's results file (artifacts/results/{set}/NN-slug.trx) is reused
/// while the fingerprint of its inputs, written beside it when the tests ran (NN-slug.inputs), is unchanged.
/// </summary>
internal sealed class ReusedResults(string repoRoot, string set)
{
    private readonly string directory = Progress.ResultsDirectory(repoRoot, set);
    private readonly Lazy<string> shared = new(() => InputFingerprint.Shared(repoRoot));

    /// <summary>The fingerprint of <paramref name="kata"/>'s inputs as the files are now.</summary>
    public string Fingerprint(KataInfo kata)
    {
        ArgumentNullException.ThrowIfNull(kata);
        return InputFingerprint.Of(repoRoot, set, kata.Id, shared.Value);
    }

    /// <summary>Whether <paramref name="kata"/> has results taken from inputs with this <paramref name="fingerprint"/>.</summary>
    public bool Holds(KataInfo kata, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(kata);
        var stamp = StampOf(kata);
        return File.Exists(ResultsOf(kata)) && File.Exists(stamp) && File.ReadAllText(stamp).Trim() == fingerprint;
    }

    /// <summary>
    /// Forgets <paramref name="kata"/>'s results and their fingerprint before its tests run again: a kata that
    /// then does not compile has no results rather than old ones, and an interrupted run reuses nothing.
    /// </summary>
    public void Forget(KataInfo kata)
    {
        foreach (var file in new[] { StampOf(kata), ResultsOf(kata) })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Records that <paramref name="kata"/>'s results came from inputs with this <paramref name="fingerprint"/>, when it has results.</summary>
    public void Remember(KataInfo kata, string fingerprint)
    {
        if (File.Exists(ResultsOf(kata)))
        {
            File.WriteAllText(StampOf(kata), fingerprint + "\n");
        }
    }

    private string ResultsOf(KataInfo kata) => Path.Combine(directory, kata.Id + ".trx");

    private string StampOf(KataInfo kata) => Path.Combine(directory, kata.Id + ".inputs");
}
