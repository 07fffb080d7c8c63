namespace RnnKata.Lab06;

/// <summary>A series cut in time: <paramref name="Train"/> is everything before the cut, <paramref name="Test"/> everything after.</summary>
/// <param name="Train">The first values.</param>
/// <param name="Test">The rest, in order.</param>
public sealed record SeriesSplit(double[] Train, double[] Test);
