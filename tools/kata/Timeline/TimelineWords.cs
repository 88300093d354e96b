namespace ContinuationKatas.Tool;

/// <summary>
/// How the timeline names what c() does between its callbacks, in the words of the kata's rung: with callbacks
/// and promises c() has returned and a callback continues its work; only from grade 5 on does c() await.
/// </summary>
/// <param name="Waiting">The label on c()'s dashed line in the picture.</param>
/// <param name="Legend">The legend's explanation of the dashed line (picture and text).</param>
/// <param name="Ends">How a c() block ends when c() runs again later.</param>
/// <param name="CalledByMain">What the text shows for c() while main runs.</param>
/// <param name="Continues">What a step that runs c() again does to it ("resumes", "continues").</param>
internal sealed record TimelineWords(string Waiting, string Legend, string Ends, string CalledByMain, string Continues)
{
    /// <summary>Real async/await (grade 5): c() suspends at an await and resumes.</summary>
    public static TimelineWords Await { get; } = new(
        "suspended: awaits", "suspended: c() awaits, the thread does other work", "suspends (awaits)", "called by main; awaits", "resumes");

    /// <summary>Grade 1: continuation-passing style, no await anywhere.</summary>
    public static TimelineWords Callbacks { get; } = new(
        "waiting: c() has returned", "waiting: c() has returned; a callback continues its work", "returns; a callback continues", "called by main; returns", "continues c()");

    /// <summary>Grade 2: c() returns after registering Then callbacks.</summary>
    public static TimelineWords Promises { get; } = new(
        "waiting: c() has returned", "waiting: c() has returned; a Then callback continues its work", "returns; a Then callback continues", "called by main; returns", "continues c()");

    /// <summary>Grade 3: the runner resumes the iterator at its yield return.</summary>
    public static TimelineWords Generators { get; } = new(
        "suspended at yield return", "suspended at yield return; the runner resumes it", "suspends (yield return)", "called by main; yields", "resumes");

    /// <summary>Grade 4: the state machine's MoveNext returns and is called again.</summary>
    public static TimelineWords StateMachines { get; } = new(
        "waiting: MoveNext returned", "waiting: MoveNext returned; a callback calls it again", "MoveNext returns", "called by main; MoveNext returns", "MoveNext again");

    /// <summary>The call/cc bonus: a task hands the rest of itself, a continuation, to the scheduler or a timer.</summary>
    public static TimelineWords Continuations { get; } = new(
        "waiting: its continuation is kept", "waiting: the rest of the task is a continuation the scheduler or a timer keeps",
        "hands its continuation over", "started by main; hands over", "continues");

    /// <summary>The words for a grade, by its name in katas.json ("callbacks", "promises", …); await's otherwise.</summary>
    public static TimelineWords ForGrade(string gradeName) => gradeName switch
    {
        "callbacks" => Callbacks,
        "promises" => Promises,
        "generators" => Generators,
        "state machines" => StateMachines,
        "bonus: call/cc" => Continuations,
        _ => Await,
    };
}
