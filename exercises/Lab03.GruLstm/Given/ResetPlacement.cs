namespace RnnKata.Lab03;

/// <summary>
/// Where a GRU applies its reset gate r in the candidate n (chapter 3, "Two placements of the reset gate").
/// The two placements are different models: they agree only in special cases, e.g. when r = 1.
/// </summary>
public enum ResetPlacement
{
    /// <summary>
    /// <c>n = tanh(x·W_inᵀ + b_in + r ⊙ (h·W_hnᵀ + b_hn))</c>: the reset gate scales the hidden
    /// product after it is computed. PyTorch and cuDNN do this, as do Keras with <c>reset_after=True</c>
    /// and ONNX with <c>linear_before_reset=1</c>.
    /// </summary>
    AfterHiddenProduct,

    /// <summary>
    /// <c>n = tanh(x·W_inᵀ + b_in + (r ⊙ h)·W_hnᵀ + b_hn)</c>: the reset gate scales the previous
    /// state before the product, as in Cho et al. (2014), Keras with <c>reset_after=False</c> and
    /// TensorFlow 1's <c>GRUCell</c>. PyTorch has no such mode. <c>b_hn</c> then sits outside the
    /// reset gate, so only the sum <c>b_in + b_hn</c> matters.
    /// </summary>
    BeforeHiddenProduct,
}
