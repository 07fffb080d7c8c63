namespace RnnKata.Engine;

/// <summary>The losses of the training labs; each returns the loss and writes ∂loss/∂prediction.</summary>
public enum LossKind
{
    /// <summary>Mean over all N entries of (p − t)² (PyTorch's <c>MSELoss</c>); gradient 2(p − t)/N.</summary>
    MeanSquaredError,

    /// <summary>Mean over all N entries of |p − t| (PyTorch's <c>L1Loss</c>); gradient sign(p − t)/N, 0 where p = t.</summary>
    MeanAbsoluteError,

    /// <summary>½ Σ (p − t)² (TensorFlow's <c>tf.nn.l2_loss</c> of the error); gradient p − t.</summary>
    HalfSumOfSquares,

    /// <summary>
    /// Rows are logits over C classes; the target holds one class index per row (as a float).
    /// Mean over the R rows of −log softmax(p)[target], computed with the max shift; gradient (softmax(p) − onehot)/R.
    /// </summary>
    SoftmaxCrossEntropy,

    /// <summary>
    /// √(mean over all N entries of (p − t)²), the root of <see cref="MeanSquaredError"/> (square it to compare the two);
    /// gradient (p − t)/(N·RMSE), taken as 0 where RMSE = 0 (every p = t).
    /// </summary>
    RootMeanSquaredError,
}
