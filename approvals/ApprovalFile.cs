namespace ContinuationKatas.Approvals;

/// <summary>
/// Where a verified file and its received twin live: <c>{Name}.verified.txt</c> and
/// <c>{Name}.received.txt</c> in one directory.
/// </summary>
public sealed class ApprovalFile
{
    private ApprovalFile(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    /// <summary>The directory both files live in.</summary>
    public string Directory { get; }

    /// <summary>The name both files share, e.g. <c>LoopTests.Main_logs</c> or <c>dog-pig</c>.</summary>
    public string Name { get; }

    /// <summary>The approved file, committed to the repository.</summary>
    public string VerifiedPath => Path.Combine(Directory, $"{Name}.verified.txt");

    /// <summary>The file written when a comparison fails; ignored by git.</summary>
    public string ReceivedPath => Path.Combine(Directory, $"{Name}.received.txt");

    /// <summary>
    /// Verify's convention: <c>{Type}.{Method}</c> beside the test's source file, where the type is
    /// taken from the source file's name.
    /// </summary>
    public static ApprovalFile Beside(string sourceFile, string method)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(method);
        var directory = Path.GetDirectoryName(sourceFile) ?? ".";
        return new ApprovalFile(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{method}");
    }

    /// <summary>A named scenario shared by every test that reproduces it, e.g. <c>dog-pig</c>.</summary>
    public static ApprovalFile Named(string directory, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ApprovalFile(directory, name);
    }

    /// <inheritdoc />
    public override string ToString() => VerifiedPath;
}
