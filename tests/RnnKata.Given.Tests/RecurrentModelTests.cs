using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests;

/// <summary>
/// The shared recurrent code given from Lab 4 on (exercises/RnnKata.Given/Recurrent): forward passes
/// against the cells' equations worked out by hand for one unit, the flat parameter order, and every
/// parameter's gradient against central finite differences (the shared <see cref="GradientComparison"/>).
/// </summary>
[TestFixture]
public class RecurrentModelTests
{
    private static Vector<double> Flat(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static IReadOnlyList<Matrix<double>> Steps(params double[] xs) =>
        xs.Select(x => Matrix<double>.Build.Dense(1, 1, x)).ToArray();

    private static double Sigmoid(double a) => 1 / (1 + Math.Exp(-a));

    [TestCase(ElmanActivation.Tanh)]
    [TestCase(ElmanActivation.Relu)]
    [TestCase(ElmanActivation.Logistic)]
    public void An_elman_unit_follows_its_equation_over_two_steps(ElmanActivation activation)
    {
        Func<double, double> f = activation switch
        {
            ElmanActivation.Relu => a => Math.Max(0, a),
            ElmanActivation.Logistic => Sigmoid,
            _ => Math.Tanh,
        };
        // W_ih, W_hh, b_ih, b_hh, head W, head b
        var model = new RecurrentModel(new NetworkSpec(RecurrentCell.Elman, 1, Activation: activation), Flat(0.7, -0.4, 0.1, 0.2, 1.5, -0.3));

        var predictions = model.Forward(Steps(0.5, -0.25)).Predictions;

        var h0 = f(0.7 * 0.5 + 0.1 + 0.2);
        var h1 = f(0.7 * -0.25 - 0.4 * h0 + 0.1 + 0.2);
        predictions.Select(p => p[0, 0]).Should().Equal([1.5 * h0 - 0.3, 1.5 * h1 - 0.3], (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm);
    }

    [Test]
    public void A_gru_unit_follows_pytorchs_equations_with_the_reset_after_the_hidden_product()
    {
        // W_ih (r, z, n), W_hh (r, z, n), b_ih, b_hh, head W, head b
        var p = new[] { 0.5, -0.6, 0.9, 0.3, 0.8, -0.7, 0.1, 0.2, -0.1, 0.05, -0.15, 0.25, 2.0, 0.5 };
        var model = new RecurrentModel(new NetworkSpec(RecurrentCell.Gru, 1, Readout: Readout.LastStep), Flat(p));

        var prediction = model.Forward(Steps(0.4, -1.2)).Predictions.Single()[0, 0];

        double h = 0;
        foreach (var x in new[] { 0.4, -1.2 })
        {
            var r = Sigmoid(p[0] * x + p[6] + p[3] * h + p[9]);
            var z = Sigmoid(p[1] * x + p[7] + p[4] * h + p[10]);
            var n = Math.Tanh(p[2] * x + p[8] + r * (p[5] * h + p[11]));
            h = (1 - z) * n + z * h;
        }
        prediction.Should().BeApproximately(2.0 * h + 0.5, Tolerance.ClosedForm);
    }

    [Test]
    public void An_lstm_unit_follows_pytorchs_equations()
    {
        // W_ih (i, f, g, o), W_hh (i, f, g, o), b_ih, b_hh, head W, head b
        var p = new[] { 0.5, -0.6, 0.9, 0.3, 0.8, -0.7, 0.1, 0.2, -0.1, 0.05, -0.15, 0.25, 0.3, 0.0, -0.2, 0.1, 1.5, -0.5 };
        var model = new RecurrentModel(new NetworkSpec(RecurrentCell.Lstm, 1, Readout: Readout.LastStep), Flat(p));

        var prediction = model.Forward(Steps(0.4, -1.2)).Predictions.Single()[0, 0];

        double h = 0, c = 0;
        foreach (var x in new[] { 0.4, -1.2 })
        {
            double A(int k) => p[k] * x + p[4 + k] * h + p[8 + k] + p[12 + k];
            var (i, f, g, o) = (Sigmoid(A(0)), Sigmoid(A(1)), Math.Tanh(A(2)), Sigmoid(A(3)));
            c = f * c + i * g;
            h = o * Math.Tanh(c);
        }
        prediction.Should().BeApproximately(1.5 * h - 0.5, Tolerance.ClosedForm);
    }

    [Test]
    public void Weights_lie_row_by_row_in_the_flat_vector()
    {
        // Elman, 1 input, 2 units: W_ih 2×1 (0–1), W_hh 2×2 (2–5), b_ih (6–7), b_hh (8–9), head W 1×2 (10–11), head b (12).
        // Only W_ih[0, 0], W_hh[1, 0] (flat 4 when stored row by row) and head W[0, 1] are non-zero.
        var flat = Vector<double>.Build.Dense(13);
        (flat[0], flat[4], flat[11]) = (1, 1, 1);
        var model = new RecurrentModel(new NetworkSpec(RecurrentCell.Elman, 2), flat);

        var predictions = model.Forward(Steps(0.5, 0)).Predictions;

        predictions[1][0, 0].Should().BeApproximately(Math.Tanh(Math.Tanh(0.5)), Tolerance.ClosedForm,
            "unit 1 reads unit 0 through W_hh[1, 0], the fifth weight when W_hh is stored row by row");
        model.GetParameters().Should().Equal(flat);
    }

    private static IEnumerable<TestCaseData> Networks()
    {
        foreach (var readout in new[] { Readout.EveryStep, Readout.LastStep })
        {
            foreach (var activation in new[] { ElmanActivation.Tanh, ElmanActivation.Relu, ElmanActivation.Logistic })
                yield return new TestCaseData(new NetworkSpec(RecurrentCell.Elman, 3, 2, activation, readout, Input: 2, Output: 2));
            yield return new TestCaseData(new NetworkSpec(RecurrentCell.Gru, 3, 2, Readout: readout, Input: 2, Output: 2));
            yield return new TestCaseData(new NetworkSpec(RecurrentCell.Lstm, 3, 2, Readout: readout, Input: 2, Output: 2));
        }
    }

    [TestCaseSource(nameof(Networks))]
    public void Every_parameter_gradient_matches_central_differences(NetworkSpec spec)
    {
        var model = RecurrentModel.Seeded(spec, seed: 7);
        var xs = Enumerable.Range(0, 4).Select(t => KataRandom.Normal(2, spec.Input, seed: 100 + t)).ToArray();
        var run = model.Forward(xs);
        // L = Σ prediction ⊙ R with fixed random R: ∂L/∂prediction = R.
        var weights = run.Predictions.Select((p, k) => KataRandom.Normal(p.RowCount, p.ColumnCount, seed: 200 + k)).ToArray();
        var theta = model.GetParameters();
        double Loss()
        {
            model.SetParameters(theta);
            return model.Forward(xs).Predictions.Zip(weights, (p, r) => p.PointwiseMultiply(r).Enumerate().Sum()).Sum();
        }

        var analytic = model.Backward(run, weights);

        var (error, _) = GradientComparison.Compare(analytic, Loss, theta);
        error.Should().BeLessThanOrEqualTo(Tolerance.GradientCheck, $"{spec}: the flat gradient must match central differences");
    }

    [Test]
    public void Parameters_of_the_wrong_length_are_rejected_by_name()
    {
        Action act = () => new RecurrentModel(new NetworkSpec(RecurrentCell.Lstm, 2), Flat(1, 2, 3));

        act.ShouldRejectArgument("parameters", "length 43");
    }

    [Test]
    public void A_network_without_hidden_units_is_rejected_by_name()
    {
        Action act = () => RecurrentModel.Seeded(new NetworkSpec(RecurrentCell.Gru, 0));

        act.ShouldRejectArgument("Hidden");
    }
}
