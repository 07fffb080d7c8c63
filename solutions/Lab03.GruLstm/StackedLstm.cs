using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>Reference solution of Tasks 7–8: LSTM layers stacked, forward and backward.</summary>
public sealed class StackedLstm
{
    /// <summary>A stack of layers, bottom first; each layer takes as many inputs as the one below has hidden units.</summary>
    // Stryker disable all : this constructor is handed out written in the exercise's stub (given code, identical here); its checks are the given code's
    public StackedLstm(IReadOnlyList<LstmParameters> layers)
    {
        LstmParameters.RequireStack(layers, nameof(layers));
        Layers = layers.Select(parameters => new LstmLayer(parameters)).ToArray();
    }
    // Stryker restore all

    /// <summary>The layers, bottom (0) to top.</summary>
    public IReadOnlyList<LstmLayer> Layers { get; }

    /// <summary>Layer 0 reads <paramref name="xs"/>; layer l reads layer l − 1's hidden states.</summary>
    public StackedLstmSequence Forward(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> h0, IReadOnlyList<Matrix<double>> c0)
    {
        RequireOnePerLayer(h0, nameof(h0));
        RequireOnePerLayer(c0, nameof(c0));
        var runs = new LstmSequence[Layers.Count];
        var input = xs;
        for (var l = 0; l < Layers.Count; l++)
        {
            runs[l] = Layers[l].Forward(input, h0[l], c0[l]);
            input = runs[l].Hidden;
        }
        return new StackedLstmSequence(runs);
    }

    /// <summary>Backward from the top: each layer's ∂L/∂x(t) is the gradient at the outputs of the layer below.</summary>
    public StackedLstmGradients Backward(IReadOnlyList<Matrix<double>> dOutputs, StackedLstmSequence sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (sequence.Layers.Count != Layers.Count)
            throw new ArgumentException(
                $"{nameof(sequence)} must hold one run per layer ({Layers.Count}) but holds {sequence.Layers.Count}.", nameof(sequence));
        var gradients = new LstmSequenceGradients[Layers.Count];
        var dAbove = dOutputs;
        for (var l = Layers.Count - 1; l >= 0; l--)
        {
            gradients[l] = Layers[l].Backward(dAbove, sequence.Layers[l]);
            dAbove = gradients[l].DX;
        }
        return new StackedLstmGradients(gradients);
    }

    private void RequireOnePerLayer(IReadOnlyList<Matrix<double>>? states, string name)
    {
        ArgumentNullException.ThrowIfNull(states, name);
        if (states.Count != Layers.Count)
            throw new ArgumentException($"{name} must hold one initial state per layer ({Layers.Count}) but holds {states.Count}.", name);
    }
}
