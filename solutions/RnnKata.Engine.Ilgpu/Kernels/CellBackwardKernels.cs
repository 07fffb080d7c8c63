using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>
/// One fused kernel per cell for one backward step, one thread per (b, j): dh = ∂L/∂h_t from above plus the
/// carry from step t + 1 (<c>hiddenCarry</c>), then the pre-activation gradients dG [B × G·H] of the step.
/// The hidden GEMM that follows turns dG (for the GRU: dG with the n block's hidden part) into the next carry.
/// </summary>
internal static class CellBackwardKernels
{
    /// <summary>
    /// dA = dh ⊙ tanh'(a) = dh ⊙ (1 − h²), dh ⊙ [h &gt; 0] for relu, or dh ⊙ σ'(a) = dh ⊙ h ⊙ (1 − h) for the logistic cell
    /// (<paramref name="cell"/> as in <see cref="CellForwardKernels.Elman"/>).
    /// </summary>
    public static void Elman(
        Index1D index, ArrayView<float> outputGradient, ArrayView<float> hiddenCarry, ArrayView<float> hidden, ArrayView<float> gateGradients, int cell)
    {
        var dh = outputGradient[index] + hiddenCarry[index];
        var h = hidden[index];
        gateGradients[index] = cell switch
        {
            (int)CellKind.ElmanRelu => h > 0f ? dh : 0f,
            (int)CellKind.ElmanLogistic => dh * h * (1f - h),
            _ => dh * (1f - h * h),
        };
    }

    /// <summary>LSTM: dc = carry + dh ⊙ o ⊙ (1 − tanh²c'), then i, f, g, o back through their activations; the cell carry becomes dc ⊙ f.</summary>
    public static void Lstm(
        Index1D index, ArrayView<float> outputGradient, ArrayView<float> hiddenCarry, ArrayView<float> cellCarry, ArrayView<float> cell,
        ArrayView<float> previousCell, ArrayView<float> gates, ArrayView<float> gateGradients, int units)
    {
        int b = index / units, j = index % units, row = b * 4 * units;
        var dh = outputGradient[index] + hiddenCarry[index];
        var i = gates[row + j];
        var f = gates[row + units + j];
        var g = gates[row + 2 * units + j];
        var o = gates[row + 3 * units + j];
        var tc = DeviceMath.Tanh(cell[index]);
        var dc = cellCarry[index] + dh * o * (1f - tc * tc);
        gateGradients[row + j] = dc * g * i * (1f - i);
        gateGradients[row + units + j] = dc * previousCell[index] * f * (1f - f);
        gateGradients[row + 2 * units + j] = dc * i * (1f - g * g);
        gateGradients[row + 3 * units + j] = dh * tc * o * (1f - o);
        cellCarry[index] = dc * f;
    }

    /// <summary>
    /// GRU: dn = dh ⊙ (1 − z), dz = dh ⊙ (h − n), dA_n = dn ⊙ (1 − n²), dA_z = dz ⊙ z(1 − z), dA_r = dA_n ⊙ hn ⊙ r(1 − r).
    /// Writes dG (input side) and dG_h (hidden side: the n block is dA_n ⊙ r), and sets the carry to the direct path dh ⊙ z.
    /// </summary>
    public static void Gru(
        Index1D index, ArrayView<float> outputGradient, ArrayView<float> hiddenCarry, ArrayView<float> previousHidden, ArrayView<float> gates,
        ArrayView<float> hiddenN, ArrayView<float> gateGradients, ArrayView<float> hiddenGateGradients, int units)
    {
        int b = index / units, j = index % units, row = b * 3 * units;
        var dh = outputGradient[index] + hiddenCarry[index];
        var r = gates[row + j];
        var z = gates[row + units + j];
        var n = gates[row + 2 * units + j];
        var dAn = dh * (1f - z) * (1f - n * n);
        var dAz = dh * (previousHidden[index] - n) * z * (1f - z);
        var dAr = dAn * hiddenN[index] * r * (1f - r);
        gateGradients[row + j] = dAr;
        gateGradients[row + units + j] = dAz;
        gateGradients[row + 2 * units + j] = dAn;
        hiddenGateGradients[row + j] = dAr;
        hiddenGateGradients[row + units + j] = dAz;
        hiddenGateGradients[row + 2 * units + j] = dAn * r;
        hiddenCarry[index] = dh * z;
    }
}
