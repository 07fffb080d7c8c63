using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>
/// One fused kernel per cell for one forward step, one thread per (row b, unit j) of the B × H state: gates from
/// the step's input projection x·W_ihᵀ and hidden projection h·W_hhᵀ (both [B × G·H], biases added here),
/// activations, state update and the cache writes that backward needs.
/// </summary>
internal static class CellForwardKernels
{
    /// <summary>
    /// h' = tanh(a), relu(a) or σ(a) for <paramref name="cell"/> = (int) <see cref="CellKind.ElmanTanh"/>,
    /// <see cref="CellKind.ElmanRelu"/> or <see cref="CellKind.ElmanLogistic"/>; a = x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh (G = 1).
    /// </summary>
    public static void Elman(
        Index1D index, ArrayView<float> inputProjection, ArrayView<float> hiddenProjection, ArrayView<float> biasIh, ArrayView<float> biasHh,
        ArrayView<float> hidden, int units, int cell)
    {
        int j = index % units;
        var a = inputProjection[index] + biasIh[j] + hiddenProjection[index] + biasHh[j];
        hidden[index] = cell switch
        {
            (int)CellKind.ElmanRelu => a > 0f ? a : 0f,
            (int)CellKind.ElmanLogistic => DeviceMath.Sigmoid(a),
            _ => DeviceMath.Tanh(a),
        };
    }

    /// <summary>LSTM, blocks i, f, g, o: c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c'); caches the activated gates.</summary>
    public static void Lstm(
        Index1D index, ArrayView<float> inputProjection, ArrayView<float> hiddenProjection, ArrayView<float> biasIh, ArrayView<float> biasHh,
        ArrayView<float> previousCell, ArrayView<float> hidden, ArrayView<float> cell, ArrayView<float> gates, int units)
    {
        int b = index / units, j = index % units, row = b * 4 * units;
        var i = DeviceMath.Sigmoid(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, j));
        var f = DeviceMath.Sigmoid(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, units + j));
        var g = DeviceMath.Tanh(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, 2 * units + j));
        var o = DeviceMath.Sigmoid(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, 3 * units + j));
        var c = f * previousCell[index] + i * g;
        cell[index] = c;
        hidden[index] = o * DeviceMath.Tanh(c);
        gates[row + j] = i;
        gates[row + units + j] = f;
        gates[row + 2 * units + j] = g;
        gates[row + 3 * units + j] = o;
    }

    /// <summary>
    /// GRU, blocks r, z, n (reset after the hidden product): n = tanh(x_n + b_in + r ⊙ (h·W_hnᵀ + b_hn)),
    /// h' = (1 − z) ⊙ n + z ⊙ h; caches r, z, n and h·W_hnᵀ + b_hn.
    /// </summary>
    public static void Gru(
        Index1D index, ArrayView<float> inputProjection, ArrayView<float> hiddenProjection, ArrayView<float> biasIh, ArrayView<float> biasHh,
        ArrayView<float> previousHidden, ArrayView<float> hidden, ArrayView<float> gates, ArrayView<float> hiddenN, int units)
    {
        int b = index / units, j = index % units, row = b * 3 * units;
        var r = DeviceMath.Sigmoid(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, j));
        var z = DeviceMath.Sigmoid(PreActivation(inputProjection, hiddenProjection, biasIh, biasHh, row, units + j));
        int nj = 2 * units + j;
        var hn = hiddenProjection[row + nj] + biasHh[nj];
        var n = DeviceMath.Tanh(inputProjection[row + nj] + biasIh[nj] + r * hn);
        hidden[index] = (1f - z) * n + z * previousHidden[index];
        gates[row + j] = r;
        gates[row + units + j] = z;
        gates[row + nj] = n;
        hiddenN[index] = hn;
    }

    private static float PreActivation(
        ArrayView<float> inputProjection, ArrayView<float> hiddenProjection, ArrayView<float> biasIh, ArrayView<float> biasHh, int row, int k) =>
        inputProjection[row + k] + biasIh[k] + hiddenProjection[row + k] + biasHh[k];
}
