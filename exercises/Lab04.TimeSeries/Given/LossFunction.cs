namespace RnnKata.Lab04;

/// <summary>The losses of chapter 4, each a mean over all N entries of predictions P and targets Y.</summary>
public enum LossFunction
{
    /// <summary>MSE = Σ (p − y)² / N (COMP3222's <c>reduce_mean(square)</c>, the LSTM lab's test metric).</summary>
    MeanSquaredError,

    /// <summary>RMSE = √MSE (COMP3222's exercise 2.3). Square it before comparing with an MSE.</summary>
    RootMeanSquaredError,

    /// <summary>L1 = Σ |p − y| / N (the GRU blog's loss, PyTorch's <c>L1Loss</c>).</summary>
    MeanAbsoluteError,
}
