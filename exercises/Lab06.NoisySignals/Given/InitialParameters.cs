using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab06;

/// <summary>
/// The first weights of the lecture's model, flat, in the order the engine stores them: the Elman layer's
/// W_ih, W_hh, b_ih, b_hh, then W1 (K × H, row by row), b1, then W2 (1 × K), b2. PyTorch's ranges: the layer and
/// W1, b1 from <see cref="RecurrentModel.Seeded"/> (U(±1/√H)); W2, b2 U(±1/√K) from <c>new Random(seed + 1)</c>.
/// (Keras would start W_ih Glorot-uniform, W_hh orthogonal and every bias at 0: chapter 6 says why that changes little here.)
/// </summary>
public static class InitialParameters
{
    /// <summary>The recurrent part and the head's first layer, as a <see cref="RecurrentModel"/> whose linear head is W1, b1.</summary>
    /// <param name="options">The model.</param>
    /// <param name="steps">T, values per window: the layer's input width when it reads them all in one step.</param>
    public static NetworkSpec BodySpec(TrainingOptions options, int steps)
    {
        ArgumentNullException.ThrowIfNull(options);
        int input = options.Layout == WindowLayout.OneStepOfAllValues ? steps : 1;
        return new NetworkSpec(RecurrentCell.Elman, options.Hidden, Activation: ElmanActivation.Relu, Readout: Readout.LastStep,
                               Input: input, Output: options.HeadHidden);
    }

    /// <summary>The flat first parameters for <paramref name="options"/> and windows of <paramref name="steps"/> values.</summary>
    public static Vector<double> Draw(TrainingOptions options, int steps)
    {
        var body = RecurrentModel.Seeded(BodySpec(options, steps), options.Seed).GetParameters();
        var random = new Random(options.Seed + 1);
        double limit = 1 / Math.Sqrt(options.HeadHidden);
        var output = Enumerable.Range(0, options.HeadHidden + 1).Select(_ => (2 * random.NextDouble() - 1) * limit);
        return Vector<double>.Build.DenseOfEnumerable(body.Concat(output));
    }
}
