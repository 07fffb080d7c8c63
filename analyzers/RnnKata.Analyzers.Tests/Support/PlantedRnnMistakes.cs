namespace RnnKata.Analyzers.Tests.Support;

/// <summary>
/// One classic RNN mistake per rule RK0004 to RK0007, in a file that compiles in any lab's
/// exercise or solution project (MathNet and the implicit usings). The comments mark the lines.
/// </summary>
internal static class PlantedRnnMistakes
{
    /// <summary>The file's text, in namespace <c>RnnKata.Planted</c>.</summary>
    public const string Source = """
        using MathNet.Numerics.LinearAlgebra;

        namespace RnnKata.Planted;

        // Planted to check that the kata's RNN rules fire: each method holds one classic mistake.
        internal static class PlantedRnnMistakes
        {
            internal static Matrix<double> Backward(IReadOnlyList<Matrix<double>> hs, IReadOnlyList<Matrix<double>> dOutputs, Matrix<double> w)
            {
                var dW = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount);
                var dhNext = Matrix<double>.Build.Dense(hs[0].RowCount, w.RowCount);
                for (int t = 0; t < dOutputs.Count; t++)                                // RK0005: counts up
                {
                    var da = (dOutputs[t] + dhNext).PointwiseMultiply(1 - hs[t + 1].PointwisePower(2));
                    dW = da.TransposeThisAndMultiply(hs[t]);                            // RK0004: '=' for '+='
                    dhNext = da * w;
                }
                return dW;
            }

            internal static Matrix<double> TanhBackward(Matrix<double> a, Matrix<double> dh)
            {
                var h = a.PointwiseTanh();
                return dh.PointwiseMultiply(1 - a.PointwisePower(2));                   // RK0006: a, not h
            }

            internal static Vector<double> Softmax(Vector<double> z)
            {
                var e = z.PointwiseExp();                                               // RK0007: no max shift
                return e / e.Sum();
            }
        }
        """;
}
