using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>
/// How far back a gradient reaches (chapter 2, "Vanishing and exploding gradients"), measured with
/// your <see cref="ElmanNetwork.Forward"/> and <see cref="ElmanNetwork.Backward"/>: for a loss on the
/// last output alone, <c>J = Σ O(T−1)</c> (so <c>∂J/∂O(T−1)</c> is all ones), the norm of
/// <c>∂J/∂H(T−1−k)</c> after the gradient has crossed k recurrent steps, k = 1 … T.
/// </summary>
public static class GradientReach
{
    /// <summary>
    /// <c>‖∂J/∂H(T−1−k)‖</c> (Frobenius norm over the batch) for k = 1 … T; entry k−1 is k steps back,
    /// and the last entry is <c>‖∂J/∂h0‖</c>.
    /// </summary>
    /// <remarks>
    /// Runs the network once over all of <paramref name="xs"/>, then, for each k, again over the last k
    /// steps only, starting from the state <c>H(T−1−k)</c> the first run reached: the <c>DH0</c> of that
    /// shorter run is exactly <c>∂J/∂H(T−1−k)</c>.
    /// </remarks>
    public static IReadOnlyList<double> Norms(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, ElmanParameters parameters, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(parameters);
        var full = ElmanNetwork.Forward(xs, h0, parameters, activation, SequenceMode.ManyToOne);
        var ones = Matrix<double>.Build.Dense(h0.RowCount, parameters.Outputs, 1.0);
        var norms = new double[xs.Count];
        for (var k = 1; k <= xs.Count; k++)
        {
            var start = xs.Count - k;
            var from = start == 0 ? h0 : full.Hidden[start - 1];
            var suffix = ElmanNetwork.Forward(xs.Skip(start).ToArray(), from, parameters, activation, SequenceMode.ManyToOne);
            norms[k - 1] = ElmanNetwork.Backward(suffix, [ones], parameters).DH0.FrobeniusNorm();
        }
        return norms;
    }
}
