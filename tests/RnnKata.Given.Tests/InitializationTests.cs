using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Given.Tests;

/// <summary>
/// <see cref="RecurrentModel.Seeded"/>'s two initialisations against their definitions, tensor by tensor in the
/// flat order (per layer W_ih, W_hh, b_ih, b_hh; then the head's W and b): PyTorch's uniform ±1/√H everywhere,
/// TensorFlow 1's Glorot-uniform kernels over [x, h] with its constant biases.
/// </summary>
[TestFixture]
public class InitializationTests
{
    // One tensor of the flat vector: its entries and, per entry, the block (gate) its row belongs to.
    private sealed record Slice(string Name, double[] Values, int[] Blocks);

    private static List<Slice> Slices(NetworkSpec spec, Vector<double> flat)
    {
        int h = spec.Hidden, gh = spec.Gates * h, at = 0;
        var slices = new List<Slice>();
        void Take(string name, int rows, int columns, bool gateRows)
        {
            var values = flat.SubVector(at, rows * columns).ToArray();
            slices.Add(new Slice(name, values, Enumerable.Range(0, rows * columns).Select(i => gateRows ? i / columns / h : 0).ToArray()));
            at += rows * columns;
        }
        for (int l = 0; l < spec.Layers; l++)
        {
            Take($"W_ih{l}", gh, l == 0 ? spec.Input : h, true);
            Take($"W_hh{l}", gh, h, true);
            Take($"b_ih{l}", gh, 1, true);
            Take($"b_hh{l}", gh, 1, true);
        }
        Take("W_head", spec.Output, h, false);
        Take("b_head", spec.Output, 1, false);
        at.Should().Be(flat.Count, "the slices cover the flat vector");
        return slices;
    }

    private static double Glorot(int fanIn, int fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut));

    [Test]
    public void PyTorch_draws_every_entry_uniformly_within_one_over_root_h()
    {
        var spec = new NetworkSpec(RecurrentCell.Lstm, 16, Layers: 2, Input: 3, Output: 2);
        var flat = RecurrentModel.Seeded(spec, 5).GetParameters();
        double bound = 1 / Math.Sqrt(16);
        flat.Should().OnlyContain(v => Math.Abs(v) <= bound);
        flat.Max().Should().BeGreaterThan(0.9 * bound, "the draws fill the range");
        flat.Min().Should().BeLessThan(-0.9 * bound);
        flat.Count(v => v == 0).Should().Be(0, "no bias starts at a constant");
    }

    [Test]
    public void TensorFlow1_lstm_has_glorot_kernels_over_x_and_h_and_forget_bias_one()
    {
        var spec = new NetworkSpec(RecurrentCell.Lstm, 32, Layers: 2, Input: 3, Output: 2, Init: Initialization.TensorFlow1);
        var slices = Slices(spec, RecurrentModel.Seeded(spec, 5).GetParameters());
        ShouldFill(slices.Single(s => s.Name == "W_ih0"), Glorot(3 + 32, 128));
        ShouldFill(slices.Single(s => s.Name == "W_hh0"), Glorot(3 + 32, 128));
        ShouldFill(slices.Single(s => s.Name == "W_ih1"), Glorot(32 + 32, 128));
        ShouldFill(slices.Single(s => s.Name == "W_head"), Glorot(32, 2));
        foreach (var bias in slices.Where(s => s.Name.StartsWith("b_ih", StringComparison.Ordinal)))
            bias.Values.Select((v, i) => (v, bias.Blocks[i])).Should().OnlyContain(e => e.v == (e.Item2 == 1 ? 1.0 : 0.0),
                "BasicLSTMCell's forget_bias 1.0 sits on the f block (i, f, g, o); every other bias starts at 0");
        slices.Where(s => s.Name.StartsWith("b_hh", StringComparison.Ordinal) || s.Name == "b_head")
              .SelectMany(s => s.Values).Should().OnlyContain(v => v == 0);
    }

    [Test]
    public void TensorFlow1_gru_has_separate_gate_and_candidate_kernels_and_gate_biases_one()
    {
        var spec = new NetworkSpec(RecurrentCell.Gru, 8, Input: 2, Init: Initialization.TensorFlow1);
        var slices = Slices(spec, RecurrentModel.Seeded(spec, 11).GetParameters());
        foreach (var name in new[] { "W_ih0", "W_hh0" })
        {
            var kernel = slices.Single(s => s.Name == name);
            ShouldFill(Block(kernel, 0, 1), Glorot(2 + 8, 16));
            ShouldFill(Block(kernel, 2), Glorot(2 + 8, 8));
        }
        var bias = slices.Single(s => s.Name == "b_ih0");
        Block(bias, 0, 1).Values.Should().OnlyContain(v => v == 1.0, "GRUCell starts its r and z biases at 1.0");
        Block(bias, 2).Values.Should().OnlyContain(v => v == 0.0);
    }

    [Test]
    public void TensorFlow1_elman_has_glorot_kernel_and_zero_biases()
    {
        var spec = new NetworkSpec(RecurrentCell.Elman, 100, Activation: ElmanActivation.Relu, Init: Initialization.TensorFlow1);
        var slices = Slices(spec, RecurrentModel.Seeded(spec, 3).GetParameters());
        ShouldFill(slices.Single(s => s.Name == "W_hh0"), Glorot(1 + 100, 100));
        ShouldFill(slices.Single(s => s.Name == "W_head"), Glorot(100, 1));
        slices.Where(s => s.Name.StartsWith('b')).SelectMany(s => s.Values).Should().OnlyContain(v => v == 0);
    }

    [Test]
    public void The_same_seed_gives_the_same_parameters_and_another_seed_others()
    {
        var spec = new NetworkSpec(RecurrentCell.Gru, 4, Init: Initialization.TensorFlow1);
        RecurrentModel.Seeded(spec, 9).GetParameters().Should().Equal(RecurrentModel.Seeded(spec, 9).GetParameters());
        RecurrentModel.Seeded(spec, 9).GetParameters().Should().NotEqual(RecurrentModel.Seeded(spec, 10).GetParameters());
    }

    [Test]
    public void An_unknown_initialization_is_named()
    {
        Action act = () => RecurrentModel.Seeded(new NetworkSpec(RecurrentCell.Elman, 4, Init: (Initialization)7));
        act.Should().Throw<ArgumentException>().WithMessage("*initialization*");
    }

    private static Slice Block(Slice slice, params int[] blocks)
    {
        var keep = Enumerable.Range(0, slice.Values.Length).Where(i => blocks.Contains(slice.Blocks[i])).ToArray();
        return new Slice($"{slice.Name}[{string.Join(",", blocks)}]", keep.Select(i => slice.Values[i]).ToArray(), keep.Select(i => slice.Blocks[i]).ToArray());
    }

    // Uniform in ±limit: inside it and reaching close to both ends (the sizes here draw enough entries for 0.8·limit).
    private static void ShouldFill(Slice slice, double limit)
    {
        slice.Values.Should().OnlyContain(v => Math.Abs(v) <= limit, $"{slice.Name} is drawn within ±{limit:g4}");
        slice.Values.Max().Should().BeGreaterThan(0.8 * limit, $"{slice.Name} fills its range up to +{limit:g4}");
        slice.Values.Min().Should().BeLessThan(-0.8 * limit, $"{slice.Name} fills its range down to −{limit:g4}");
    }
}
