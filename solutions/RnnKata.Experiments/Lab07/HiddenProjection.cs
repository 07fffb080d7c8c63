using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Experiments.Lab07;

/// <summary>Hidden states projected on their first two principal components (chapter 7's path through a phrase).</summary>
public static class HiddenProjection
{
    /// <summary>
    /// Each state's coordinates (PC1, PC2): the states of all <paramref name="paths"/> together are centred and projected on the two
    /// leading eigenvectors of their covariance (each eigenvector's sign fixed so that its largest entry is positive).
    /// </summary>
    /// <exception cref="ArgumentException">There are fewer than two states in all, or they differ in length.</exception>
    public static IReadOnlyList<(double[] X, double[] Y)> Project(IReadOnlyList<IReadOnlyList<Vector<double>>> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var states = paths.SelectMany(p => p).ToArray();
        if (states.Length < 2 || states.Any(s => s.Count != states[0].Count))
            throw new ArgumentException("The projection needs at least two hidden states, all of the same length.", nameof(paths));
        var mean = states.Aggregate((a, b) => a + b) / states.Length;
        var centred = Matrix<double>.Build.DenseOfRowVectors(states.Select(s => s - mean));
        var evd = (centred.TransposeThisAndMultiply(centred) / states.Length).Evd(Symmetricity.Symmetric);
        // MathNet orders a symmetric matrix's eigenvalues ascending: the last two columns lead.
        int n = evd.EigenVectors.ColumnCount;
        var axes = new[] { evd.EigenVectors.Column(n - 1), evd.EigenVectors.Column(Math.Max(0, n - 2)) }
            .Select(a => a[a.AbsoluteMaximumIndex()] < 0 ? -a : a).ToArray();
        return paths.Select(p => (p.Select(s => (s - mean) * axes[0]).ToArray(), p.Select(s => (s - mean) * axes[1]).ToArray())).ToArray();
    }
}
