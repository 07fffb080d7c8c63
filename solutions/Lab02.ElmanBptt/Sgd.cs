namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 10: one SGD update.</summary>
public static class Sgd
{
    /// <summary><c>θ ← θ − η ∂J/∂θ</c> for U, W, b, V, c, into new matrices.</summary>
    public static ElmanParameters Step(ElmanParameters parameters, Gradients<ElmanParameters> gradients, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(gradients);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        var d = gradients.Parameters;
        d.RequireShapesOf(parameters, nameof(gradients));
        return new ElmanParameters(
            parameters.U - learningRate * d.U,
            parameters.W - learningRate * d.W,
            parameters.B - learningRate * d.B,
            parameters.V - learningRate * d.V,
            parameters.C - learningRate * d.C);
    }
}
