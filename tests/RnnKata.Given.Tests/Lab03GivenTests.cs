using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab03;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 3's given code (exercises/Lab03.GruLstm/Given): the PyTorch-layout parameter records, the
/// sigmoid, and the task behind the chapter's figure (its Elman layer, <see cref="ElmanBaseline"/>,
/// is shared given code: ElmanBaselineTests). These are not the
/// student's exercise, so they are tested here and not in tests/Lab03.GruLstm.Tests, where every
/// test must report "not started" against the stubs.
/// </summary>
[TestFixture]
public class Lab03GivenTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static VectorBuilder<double> V => Vector<double>.Build;

    // LSTM, input 3, hidden 4: weight_ih 16×3, weight_hh 16×4, biases 16.
    [TestCase("weightIh", 12, 16, 16, 16, "16×3")]
    [TestCase("weightHh", 16, 12, 16, 16, "16×4")]
    [TestCase("biasIh", 16, 16, 12, 16, "length 16")]
    [TestCase("biasHh", 16, 16, 16, 12, "length 16")]
    public void Lstm_parameters_with_the_wrong_number_of_gate_rows_are_rejected(string name, int ih, int hh, int bih, int bhh, string shape)
    {
        Action act = () => new LstmParameters(M.Dense(ih, 3), M.Dense(hh, 4), V.Dense(bih), V.Dense(bhh));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == name)
            .WithMessage($"*{shape}*").WithMessage("*i, f, g, o*");
    }

    // GRU, input 3, hidden 4: weight_ih 12×3, weight_hh 12×4, biases 12. LSTM-sized tensors are 16 rows.
    [TestCase("weightIh", 16, 12, 12, 12, "12×3")]
    [TestCase("weightHh", 12, 16, 12, 12, "12×4")]
    [TestCase("biasIh", 12, 12, 16, 12, "length 12")]
    [TestCase("biasHh", 12, 12, 12, 16, "length 12")]
    public void Gru_parameters_with_the_wrong_number_of_gate_rows_are_rejected(string name, int ih, int hh, int bih, int bhh, string shape)
    {
        Action act = () => new GruParameters(M.Dense(ih, 3), M.Dense(hh, 4), V.Dense(bih), V.Dense(bhh));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == name)
            .WithMessage($"*{shape}*").WithMessage("*r, z, n*");
    }

    [Test]
    public void Parameters_holding_NaN_are_rejected()
    {
        var biasHh = V.Dense(12);
        biasHh[5] = double.NaN;

        Action act = () => new GruParameters(M.Dense(12, 3), M.Dense(12, 4), V.Dense(12), biasHh);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "biasHh");
    }

    [Test]
    public void Seeded_parameters_have_PyTorchs_shapes_and_range()
    {
        var lstm = LstmParameters.Seeded(inputSize: 3, hiddenSize: 4);
        var gru = GruParameters.Seeded(inputSize: 3, hiddenSize: 4);

        (lstm.WeightIh.RowCount, lstm.WeightIh.ColumnCount, lstm.WeightHh.ColumnCount, lstm.BiasHh.Count).Should().Be((16, 3, 4, 16));
        (gru.WeightIh.RowCount, gru.WeightHh.RowCount, gru.BiasIh.Count).Should().Be((12, 12, 12));
        (lstm.InputSize, lstm.HiddenSize, lstm.Gates, gru.Gates).Should().Be((3, 4, 4, 3));
        lstm.WeightHh.Enumerate().Concat(gru.BiasIh).Should().OnlyContain(v => Math.Abs(v) <= 0.5, "uniform in ±1/√H = ±0.5");
        LstmParameters.Seeded(3, 4).WeightIh.Equals(lstm.WeightIh).Should().BeTrue("the same seed gives the same weights");
    }

    [Test]
    public void Flipping_the_update_gate_negates_only_the_z_block_and_undoes_itself()
    {
        var p = GruParameters.Seeded(3, 4);

        var flipped = p.FlipUpdateGate();

        for (var row = 0; row < 12; row++)
        {
            var sign = row is >= 4 and < 8 ? -1 : 1;
            flipped.WeightIh.Row(row).Equals(sign * p.WeightIh.Row(row)).Should().BeTrue($"row {row} of weightIh");
            flipped.WeightHh.Row(row).Equals(sign * p.WeightHh.Row(row)).Should().BeTrue($"row {row} of weightHh");
            flipped.BiasIh[row].Should().Be(sign * p.BiasIh[row]);
            flipped.BiasHh[row].Should().Be(sign * p.BiasHh[row]);
        }
        flipped.FlipUpdateGate().WeightHh.Equals(p.WeightHh).Should().BeTrue("flipping twice gives the original");
    }

    [Test]
    public void Parameter_gradients_start_at_zero_and_add_entry_by_entry()
    {
        var p = LstmParameters.Seeded(3, 4);
        var zero = ParameterGradients.Zeros(p);
        var one = new ParameterGradients(M.Dense(16, 3, 1), M.Dense(16, 4, 1), V.Dense(16, 1), V.Dense(16, 1));

        var sum = zero + one + one;

        (zero.DWeightIh.RowCount, zero.DWeightIh.ColumnCount, zero.DWeightHh.ColumnCount, zero.DBiasHh.Count).Should().Be((16, 3, 4, 16));
        sum.DWeightHh.Enumerate().Concat(sum.DBiasIh).Should().OnlyContain(v => v == 2);
    }

    [Test]
    public void A_stack_whose_sizes_do_not_chain_is_rejected()
    {
        Action act = () => LstmParameters.RequireStack([LstmParameters.Seeded(3, 4), LstmParameters.Seeded(5, 2)], "layers");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "layers").WithMessage("*layers[1]*4 inputs*");
    }

    [TestCase(0.0, 0.5)]
    [TestCase(-1000.0, 0.0)]   // no overflow: e^1000 is never computed
    [TestCase(1000.0, 1.0)]
    [TestCase(50.0, 1.0)]      // exactly 1 in double: the saturated gates of the closed-form tests
    public void Sigmoid_is_finite_and_exact_at_the_extremes(double a, double expected) =>
        GateActivations.Sigmoid(a).Should().Be(expected);

    [Test]
    public void Sigmoid_is_symmetric_about_one_half()
    {
        foreach (var a in new[] { 0.3, 2.0, 7.5 })
            (GateActivations.Sigmoid(a) + GateActivations.Sigmoid(-a)).Should().BeApproximately(1.0, 1e-15);
    }

    [Test]
    public void The_figures_task_starts_backpropagation_with_a_unit_gradient_at_the_last_step()
    {
        var task = new GradientFlowTask();

        task.Inputs.Should().HaveCount(60).And.OnlyContain(x => x.RowCount == 1 && x.ColumnCount == 1);
        task.Inputs[5][0, 0].Should().Be(Math.Sin(1.0));
        task.Readout.FrobeniusNorm().Should().BeApproximately(1.0, 1e-15);
        task.DOutputs.Take(59).Should().OnlyContain(d => d.FrobeniusNorm() == 0);
        task.DOutputs[59].Equals(task.Readout).Should().BeTrue();
        task.Loss(task.Readout).Should().BeApproximately(1.0, 1e-15, "L = h·v with h = v");
    }
}
