namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 10: one SGD update.</summary>
public static class Sgd
{
    /// <summary><c>θ ← θ − η ∂J/∂θ</c> for U, W, V, b, c, into new matrices.</summary>
    public static ElmanParameters Step(ElmanParameters parameters, ElmanGradients gradients, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(gradients);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        gradients.RequireShapesOf(parameters, nameof(gradients));
        return new ElmanParameters(
            parameters.U - learningRate * gradients.DU,
            parameters.W - learningRate * gradients.DW,
            parameters.V - learningRate * gradients.DV,
            parameters.B - learningRate * gradients.DB,
            parameters.C - learningRate * gradients.DC);
    }
}
