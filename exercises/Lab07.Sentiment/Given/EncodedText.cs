namespace RnnKata.Lab07;

/// <summary>A phrase as word indices (what <see cref="Vocabulary.Encode"/> returns).</summary>
/// <param name="Indices">The index of each word in order; <see cref="Vocabulary.UnknownIndex"/> for a word not in the vocabulary.</param>
/// <param name="UnknownWords">How many words were not in the vocabulary.</param>
public sealed record EncodedText(int[] Indices, int UnknownWords);
