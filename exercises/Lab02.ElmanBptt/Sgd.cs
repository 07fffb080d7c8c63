namespace RnnKata.Lab02;

/// <summary>Plain stochastic gradient descent (chapter 2, Task 10).</summary>
public static class Sgd
{
    /// <summary>
    /// One update, <c>θ ← θ − η ∂J/∂θ</c>, for each of <c>U, W, b, V, c</c> (<c>∂J/∂U</c> is <c>gradients.Parameters.U</c>).
    /// </summary>
    /// <param name="parameters">The current parameters; left unchanged.</param>
    /// <param name="gradients">Their gradients (<c>DH0</c> is not used: <c>h0</c> is not a parameter here).</param>
    /// <param name="learningRate">The step size η, positive and finite.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentException">A gradient does not have its parameter's shape (names <c>gradients</c>),
    /// or <paramref name="learningRate"/> is not positive and finite (an <see cref="ArgumentOutOfRangeException"/>).</exception>
    /// <remarks>Hint: <c>gradients.Parameters.RequireShapesOf(parameters, nameof(gradients))</c>
    /// (<see cref="ElmanParameters.RequireShapesOf"/>) does the shape check. Build a new
    /// <see cref="ElmanParameters"/> from new matrices: writing into the old ones would change the
    /// caller's parameters too.</remarks>
    public static ElmanParameters Step(ElmanParameters parameters, Gradients<ElmanParameters> gradients, double learningRate) =>
        throw new NotImplementedException("Implement Sgd.Step — see docs/02-elman-bptt.md#task-10-an-sgd-step");
}
