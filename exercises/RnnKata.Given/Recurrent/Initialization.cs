namespace RnnKata.Given.Recurrent;

/// <summary>How <see cref="RecurrentModel.Seeded"/> draws a model's first parameters.</summary>
public enum Initialization
{
    /// <summary><c>torch.nn.RNN/GRU/LSTM</c> and <c>nn.Linear</c>: every entry uniform in [−1/√H, 1/√H).</summary>
    PyTorch,

    /// <summary>
    /// TensorFlow 1's <c>BasicRNNCell</c>, <c>GRUCell</c>, <c>BasicLSTMCell</c> and dense layer, which Lab 4's seeds
    /// train: Glorot-uniform kernels, each over the joined input [x, h] (limit √(6 / (fan in + fan out))), zero biases
    /// except <c>GRUCell</c>'s gate biases r and z (1.0) and <c>BasicLSTMCell</c>'s <c>forget_bias</c> (1.0, added to
    /// the forget gate, here written into b_ih's f block, which trains the same).
    /// </summary>
    TensorFlow1,
}
