using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

/// <summary>The two losses of the lab, computed by the tests' own reference (never by the code under test).</summary>
public enum TestLoss
{
    SquaredError,
    CrossEntropy,
}

internal static class TestLosses
{
    /// <summary>J for outputs and targets, by <see cref="ElementByElement"/>.</summary>
    public static double Value(this TestLoss loss, IReadOnlyList<Matrix<double>> outputs, IReadOnlyList<Matrix<double>> targets) =>
        loss == TestLoss.SquaredError ? ElementByElement.SquaredError(outputs, targets) : ElementByElement.CrossEntropy(outputs, targets);

    /// <summary>∂J/∂o(t), entry by entry: (o − y)/N, or (softmax(o) − y)/N.</summary>
    public static Matrix<double>[] Gradient(this TestLoss loss, IReadOnlyList<Matrix<double>> outputs, IReadOnlyList<Matrix<double>> targets) =>
        outputs.Select((o, step) => Matrix<double>.Build.Dense(o.RowCount, o.ColumnCount, (n, k) =>
            ((loss == TestLoss.SquaredError ? o[n, k] : ElementByElement.Softmax(o, n, k)) - targets[step][n, k]) / o.RowCount)).ToArray();

    /// <summary>Seeded targets: normal values for squared error, one-hot rows for cross-entropy.</summary>
    public static Matrix<double>[] Targets(this TestLoss loss, int steps, int batch, int outputs, int seed) =>
        loss == TestLoss.SquaredError
            ? Data.Sequence(steps, batch, outputs, seed)
            : Data.OneHot(steps, batch, outputs, seed);
}
