using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(9)]
public class GradientClippingTests
{
    // Hand-made gradients: hidden 2, input 1, output 1, batch 1. Global norm of D.U, D.W, D.B, D.V, D.C:
    // sqrt(3² + 0.5² + (−4)² + 0.25² + 0.1² + 2² + (−0.2)² + 1²) = sqrt(30.3625).
    private static Gradients<ElmanParameters> Sample() => new(
        new ElmanParameters(
            Data.Matrix(new[,] { { 3.0 }, { 0.5 } }),
            Data.Matrix(new[,] { { -4.0, 0.25 }, { 0.1, 2.0 } }),
            Data.Vector(0.0, 0.0),
            Data.Matrix(new[,] { { -0.2, 1.0 } }),
            Data.Vector(0.0)),
        Data.Matrix(new[,] { { 7.0, -9.0 } }));

    private static double GlobalNorm(Gradients<ElmanParameters> g) => Math.Sqrt(
        new[] { g.Parameters.U, g.Parameters.W, g.Parameters.V }.Sum(m => m.Enumerate().Sum(v => v * v)) + g.Parameters.B.DotProduct(g.Parameters.B) + g.Parameters.C.DotProduct(g.Parameters.C));

    [Test]
    public void Clipping_by_value_bounds_every_entry_like_the_lectures_np_clip()
    {
        var clipped = GradientClipping.ByValue(Sample(), limit: 1);

        clipped.Parameters.U.Column(0).ToArray().Should().Equal(1.0, 0.5);
        clipped.Parameters.W.Row(0).ToArray().Should().Equal(-1.0, 0.25);
        clipped.Parameters.W.Row(1).ToArray().Should().Equal(0.1, 1.0);
        clipped.Parameters.V.Row(0).ToArray().Should().Equal(-0.2, 1.0);
    }

    [Test]
    public void Clipping_by_value_leaves_gradients_inside_the_bound_unchanged()
    {
        var g = Sample();

        var clipped = GradientClipping.ByValue(g, limit: 4);

        clipped.Parameters.U.Equals(g.Parameters.U).Should().BeTrue("every entry is within ±4: not one may change, not even by rounding");
        clipped.Parameters.W.Equals(g.Parameters.W).Should().BeTrue();
        clipped.Parameters.V.Equals(g.Parameters.V).Should().BeTrue();
        clipped.Parameters.B.Equals(g.Parameters.B).Should().BeTrue();
        clipped.Parameters.C.Equals(g.Parameters.C).Should().BeTrue();
    }

    [Test]
    public void Clipping_leaves_the_initial_state_gradient_unchanged()
    {
        var g = Sample();

        GradientClipping.ByValue(g, 1).DH0.Equals(g.DH0).Should().BeTrue("h0 is not a parameter: only DU, DW, DB, DV, DC are clipped");
        GradientClipping.ByGlobalNorm(g, 1).DH0.Equals(g.DH0).Should().BeTrue("h0 is not a parameter: only DU, DW, DB, DV, DC are clipped");
    }

    [Test]
    public void Clipping_leaves_the_input_gradients_unchanged()
    {
        var s = Sample();
        Matrix<double>[] dxs = [Data.Matrix(new[,] { { 5.0 } }), Data.Matrix(new[,] { { -6.0 } })];
        var g = new Gradients<ElmanParameters>(s.Parameters, s.DH0, dxs);

        foreach (var clipped in new[] { GradientClipping.ByValue(g, 1), GradientClipping.ByGlobalNorm(g, 1) })
        {
            clipped.DXs.Should().HaveCount(2, "the inputs are not parameters: their gradients pass through clipping — see docs/02-elman-bptt.md#task-9-gradient-clipping");
            clipped.DXs.Zip(dxs).Should().OnlyContain(pair => pair.First.Equals(pair.Second), "DXs are not clipped");
        }
    }

    [Test]
    public void Clipping_by_norm_leaves_gradients_inside_the_bound_unchanged()
    {
        var g = Sample();

        var clipped = GradientClipping.ByGlobalNorm(g, maxNorm: 6); // sqrt(30.3625) ≈ 5.51

        clipped.Parameters.U.Equals(g.Parameters.U).Should().BeTrue("the global norm is already below 6: nothing may change");
        clipped.Parameters.W.Equals(g.Parameters.W).Should().BeTrue();
        clipped.Parameters.V.Equals(g.Parameters.V).Should().BeTrue();
        clipped.Parameters.B.Equals(g.Parameters.B).Should().BeTrue();
        clipped.Parameters.C.Equals(g.Parameters.C).Should().BeTrue();
    }

    [TestCase(0.5)]
    [TestCase(1.0)]
    [TestCase(5.0)]
    public void Clipping_by_norm_gives_exactly_the_bound_norm(double maxNorm)
    {
        var clipped = GradientClipping.ByGlobalNorm(Sample(), maxNorm);

        GlobalNorm(clipped).Should().BeApproximately(maxNorm, Tolerance.ClosedForm * maxNorm,
            "the norm is over all five parameter gradients together, and it lands exactly on the bound");
    }

    [Test]
    public void Clipping_by_norm_counts_the_bias_gradients_too()
    {
        // Only DB and DC are non-zero: global norm sqrt(3² + 4²) = 5, so the bound 1 scales both by 1/5.
        var s = Sample();
        var g = new Gradients<ElmanParameters>(new ElmanParameters(s.Parameters.U * 0, s.Parameters.W * 0, Data.Vector(3.0, 0.0), s.Parameters.V * 0, Data.Vector(4.0)), s.DH0);

        var clipped = GradientClipping.ByGlobalNorm(g, maxNorm: 1);

        clipped.Parameters.B[0].Should().BeApproximately(0.6, Tolerance.ClosedForm, "the global norm includes DB and DC, not only the weight gradients");
        clipped.Parameters.C[0].Should().BeApproximately(0.8, Tolerance.ClosedForm, "the global norm includes DB and DC, not only the weight gradients");
    }

    [Test]
    public void Clipping_by_norm_keeps_the_direction()
    {
        var g = Sample();

        var clipped = GradientClipping.ByGlobalNorm(g, maxNorm: 1);

        var scale = 1 / Math.Sqrt(30.3625);
        Matrices.ShouldBeClose(clipped.Parameters.U, g.Parameters.U * scale, "every gradient is multiplied by the same maxNorm / norm");
        Matrices.ShouldBeClose(clipped.Parameters.W, g.Parameters.W * scale, "DW");
        Matrices.ShouldBeClose(clipped.Parameters.V, g.Parameters.V * scale, "DV");
    }

    [Test]
    public void Clipping_does_not_change_its_argument()
    {
        var g = Sample();

        GradientClipping.ByValue(g, 1);
        GradientClipping.ByGlobalNorm(g, 1);

        g.Parameters.U.Equals(Sample().Parameters.U).Should().BeTrue("clipping returns new gradients");
        g.Parameters.W.Equals(Sample().Parameters.W).Should().BeTrue("clipping returns new gradients");
    }
}
