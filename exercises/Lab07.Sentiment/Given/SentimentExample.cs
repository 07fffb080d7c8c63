namespace RnnKata.Lab07;

/// <summary>One phrase and its class (<see cref="Sentiment.Negative"/> or <see cref="Sentiment.Positive"/>).</summary>
/// <param name="Text">The phrase as written.</param>
/// <param name="Label">Its class.</param>
public sealed record SentimentExample(string Text, int Label);
