using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

/// <summary>The conversion between windows stored one per row and the time-major steps the layers read.</summary>
[TestFixture]
public class SequencesTests
{
    [Test]
    public void Column_t_of_the_windows_becomes_step_t()
    {
        var windows = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });

        var steps = Sequences.FromRows(windows);

        steps.Should().HaveCount(3);
        steps[1].Should().Be(Matrix<double>.Build.DenseOfArray(new double[,] { { 2 }, { 5 } }));
        Sequences.ToRows(steps).Should().Be(windows);
    }

    [Test]
    public void Steps_with_more_than_one_column_are_rejected() =>
        ((Action)(() => Sequences.ToRows([Matrix<double>.Build.Dense(2, 1), Matrix<double>.Build.Dense(2, 2)])))
            .ShouldRejectArgument("steps", "2×2").Message.Should().Contain("steps[1]");
}
