using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>Length checks shared by the trace records.</summary>
internal static class TraceLengths
{
    public static void Require(IReadOnlyList<Matrix<double>> inputs, IReadOnlyList<Matrix<double>> hidden,
        IReadOnlyList<Matrix<double>> outputs, SequenceMode mode,
        [CallerArgumentExpression(nameof(hidden))] string hiddenName = "hidden")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(hidden, hiddenName);
        ArgumentNullException.ThrowIfNull(outputs);
        if (inputs.Count == 0)
            throw new ArgumentException("A trace needs at least one time step.", nameof(inputs));
        if (hidden.Count != inputs.Count)
            throw new ArgumentException($"{hiddenName} must hold one state per time step ({inputs.Count}) but holds {hidden.Count}.", hiddenName);
        var expected = mode == SequenceMode.ManyToMany ? inputs.Count : 1;
        if (outputs.Count != expected)
            throw new ArgumentException(
                $"outputs must hold {expected} step(s) for {mode} over {inputs.Count} steps but holds {outputs.Count}.", nameof(outputs));
    }
}
