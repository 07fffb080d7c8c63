using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07;

/// <summary>
/// The lecture's first weights: <c>np.random.randn(…) / 1000</c> for W_hh, W_xh and W_hy, zeros for b_h and b_y. Here the
/// normal draws come from <see cref="KataRandom.Normal"/> with the seeds <c>seed</c>, <c>seed + 1</c>, <c>seed + 2</c>.
/// </summary>
public static class LectureWeights
{
    /// <summary>The standard deviation of the first weights (the lecture's division by 1000).</summary>
    public const double Scale = 1e-3;

    /// <summary>A network of <paramref name="hidden"/> units over a vocabulary of <paramref name="vocabularySize"/> words.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public static SentimentRnn Draw(int vocabularySize, int hidden, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vocabularySize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hidden);
        return new SentimentRnn(
            KataRandom.Normal(hidden, vocabularySize, seed, Scale),
            KataRandom.Normal(hidden, hidden, seed + 1, Scale),
            KataRandom.Normal(Sentiment.ClassCount, hidden, seed + 2, Scale),
            Vector<double>.Build.Dense(hidden),
            Vector<double>.Build.Dense(Sentiment.ClassCount));
    }
}
