using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 5: the seed's normalisation, worked by hand.</summary>
[TestFixture]
[KataTask(5)]
public class NormalizationTests
{
    private static Matrix<double> Column(params double[] values) => Matrix<double>.Build.DenseOfColumnArrays(values);

    [Test]
    public void Inputs_and_targets_are_scaled_with_the_inputs_statistics()
    {
        // Inputs 1, 3, 5, 7: mean 4, population variance (9 + 1 + 1 + 9)/4 = 5.
        var batch = new Seq2SeqBatch([Column(1, 3), Column(5, 7)], [Column(4, 9), Column(-1, 4)]);

        var normalized = Normalization.Normalize(batch);

        double std = Math.Sqrt(5) + 1e-4, k = 1 / std / 2.5;
        normalized.Mean.Should().BeApproximately(4, Tolerance.ClosedForm);
        normalized.Std.Should().BeApproximately(std, Tolerance.ClosedForm, "the population deviation (÷N) plus 1e-4");
        Matrices.ShouldBeClose(normalized.Batch.Inputs, [Column(-3 * k, -k), Column(k, 3 * k)], "(x − 4)/std/2.5");
        Matrices.ShouldBeClose(normalized.Batch.Targets, [Column(0, 5 * k), Column(-5 * k, 0)], "the targets use the inputs' mean and deviation");
    }
}
