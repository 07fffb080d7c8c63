namespace RnnKata.Kata.Hints;

/// <summary>The written hints of one task.</summary>
/// <param name="Task">The task's number.</param>
/// <param name="Methods">The methods the task asks for, as <c>Type.Method</c> (the reference lookup's keys).</param>
/// <param name="Levels">The hints by level: the idea, the shape, the usual mistake.</param>
public sealed record TaskHints(int Task, IReadOnlyList<string> Methods, IReadOnlyList<Hint> Levels);

/// <summary>One hint level.</summary>
/// <param name="Title">Its heading (<c>The idea</c>).</param>
/// <param name="Text">Its Markdown text.</param>
public sealed record Hint(string Title, string Text);
