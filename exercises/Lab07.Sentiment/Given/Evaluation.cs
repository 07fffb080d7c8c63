namespace RnnKata.Lab07;

/// <summary>A model scored on phrases (the lecture's <c>processData(…, backprop=False)</c>), with what it predicted.</summary>
/// <param name="Loss">The mean of −ln p_c.</param>
/// <param name="Accuracy">The share classified right.</param>
/// <param name="Predicted">The predicted class of each phrase, in order.</param>
/// <param name="PositiveProbability">p(positive) of each phrase.</param>
/// <param name="UnknownWords">Words of the phrases missing from the vocabulary (read as the unknown-word token).</param>
public sealed record Evaluation(double Loss, double Accuracy, int[] Predicted, double[] PositiveProbability, int UnknownWords);
