namespace RnnKata.Kata.Progress;

/// <summary>One <c>## Task N: title</c> section of a lab's chapter.</summary>
/// <param name="Number">N.</param>
/// <param name="Title">The heading's text after <c>Task N: </c>.</param>
/// <param name="Link">The section's link, relative to the repository root (<c>docs/01-two-step-rnn.md#task-1-the-first-step</c>).</param>
public sealed record ChapterTask(int Number, string Title, string Link);
