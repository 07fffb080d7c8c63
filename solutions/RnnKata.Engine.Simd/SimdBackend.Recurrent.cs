using System.Runtime.CompilerServices;

namespace RnnKata.Engine.Simd;

// Recurrent layers. The products over all steps (input projection, weight gradients, ∂x) are single
// big GEMMs outside the time loop. Inside it, two ways to share the work between threads:
// - batch split (small W_hh): batch rows are independent through the whole recurrence, so each
//   thread takes a block of rows for all T steps and the steps need no synchronisation;
// - lock step (W_hh too big for L2): with a batch split every thread would stream all of W_hh from
//   memory at every step; instead each thread multiplies by its own block of W_hh's columns for the
//   whole batch, the threads meet at a barrier, then each runs the element-wise pass on its rows.
public sealed unsafe partial class SimdBackend
{
    /// <summary>Packed W_hh above this many floats (1 MiB: one core's L2) runs the time loop in lock step.</summary>
    internal int LockstepWeightFloats { get; set; } = 1 << 18;

    /// <inheritdoc />
    protected override RecurrentCache CreateRecurrentCacheCore(RecurrentShape shape, int batch, int steps) =>
        new SimdRecurrentCache(this, shape, batch, steps);

    /// <inheritdoc />
    protected override void RecurrentForwardCore(
        RecurrentShape shape, RecurrentWeights weights, Slice inputs, Slice initialHidden, Slice initialCell, RecurrentCache cache)
    {
        var c = Mine(cache);
        var (batch, steps, h, input, gh) = (c.Batch, c.Steps, shape.Hidden, shape.Input, shape.Gates * shape.Hidden);
        var gates = c.Gates.Pointer;
        var hidden = c.HiddenBuffer.Pointer;
        var cell = c.CellBuffer is null ? null : c.CellBuffer.Pointer;
        var hiddenN = c.HiddenN is null ? null : c.HiddenN.Pointer;
        var h0 = HostBuffer.Of(initialHidden);
        var c0 = HostBuffer.Of(initialCell);

        // x·W_ihᵀ for every step at once.
        Multiply(steps * batch, gh, input, 1f, View.Of(HostBuffer.Of(inputs), input), View.Of(HostBuffer.Of(weights.WeightIh), input, transposed: true), 0f, View.Of(gates, gh));

        // W_hhᵀ packed once for all steps, then the summed biases (the GRU's b_hn stays apart: r multiplies it).
        var packed = _kernels.PackedLength(h, gh);
        var shared = _arenas[0].Get(Arena.Weights, packed + gh);
        _kernels.Prepack(h, gh, View.Of(HostBuffer.Of(weights.WeightHh), h, transposed: true), shared);
        var bias = shared + packed;
        var bih = HostBuffer.Of(weights.BiasIh);
        var bhh = HostBuffer.Of(weights.BiasHh);
        var separate = shape.Cell == CellKind.Gru ? 2 * h : gh;
        for (var j = 0; j < gh; j++)
            bias[j] = j < separate ? bih[j] + bhh[j] : bih[j];
        var biasHn = bhh + (2 * h);

        // h_{t−1} of rows first…: from the cache, h_0, or null for zeros.
        float* Previous(float* states, float* initial, int t, int first) =>
            t > 0 ? states + ((((long)(t - 1) * batch) + first) * h) : initial is null ? null : initial + ((long)first * h);

        // Activations and state update of step t for rows first … first + rows − 1, from their hidden products.
        void Gates(int t, int first, int rows, float* product)
        {
            var row = ((long)t * batch) + first;
            var g = gates + (row * gh);
            var hOut = hidden + (row * h);
            switch (shape.Cell)
            {
                case CellKind.Lstm:
                    _kernels.LstmForward(rows, h, g, product, bias, Previous(cell, c0, t, first), cell + (row * h), hOut);
                    break;
                case CellKind.Gru:
                    _kernels.GruForward(rows, h, g, product, bias, biasHn, Previous(hidden, h0, t, first), hiddenN + (row * h), hOut);
                    break;
                default:
                    _kernels.ElmanForward(rows, h, shape.Cell, g, product, bias, hOut);
                    break;
            }
        }

        if (!InLockstep(packed, batch))
        {
            OverBatch(batch, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part, first, rows) =>
            {
                var product = _arenas[part].Get(Arena.Hidden, (long)rows * gh);
                for (var t = 0; t < steps; t++)
                {
                    var hPrev = Previous(hidden, h0, t, first);
                    if (hPrev is null)
                        new Span<float>(product, rows * gh).Clear();
                    else
                        _kernels.GemmPrepacked(rows, gh, h, 1f, View.Of(hPrev, h), shared, 0f, View.Of(product, gh), _arenas[part]);
                    Gates(t, first, rows, product);
                }
            });
            return;
        }
        var all = _arenas[0].Get(Arena.SharedProduct, (long)batch * gh);
        _team.RunInLockstep([MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var (column, columns) = Share(gh, _kernels.Nr, part);
            var (first, rows) = Share(batch, 1, part);
            for (var t = 0; t < steps; t++)
            {
                var hPrev = Previous(hidden, h0, t, 0);
                for (var r = 0; r < batch && hPrev is null; r++)
                    new Span<float>(all + ((long)r * gh) + column, columns).Clear();
                if (hPrev is not null && columns > 0)
                    _kernels.GemmPrepacked(batch, columns, h, 1f, View.Of(hPrev, h), shared, 0f, View.Of(all + column, gh), _arenas[part], gh, column);
                _team.Barrier();
                if (rows > 0)
                    Gates(t, first, rows, all + ((long)first * gh));
                _team.Barrier();
            }
        });
    }

    /// <inheritdoc />
    protected override void RecurrentBackwardCore(
        RecurrentShape shape, RecurrentWeights weights, RecurrentCache cache, Slice inputs, Slice initialHidden, Slice initialCell,
        Slice outputGradients, Slice lastCellGradient, RecurrentWeights gradients,
        Slice inputGradients, Slice initialHiddenGradient, Slice initialCellGradient)
    {
        var c = Mine(cache);
        var (batch, steps, h, input, gh) = (c.Batch, c.Steps, shape.Hidden, shape.Input, shape.Gates * shape.Hidden);
        var isGru = shape.Cell == CellKind.Gru;
        var gates = c.Gates.Pointer;
        var hidden = c.HiddenBuffer.Pointer;
        var cell = c.CellBuffer is null ? null : c.CellBuffer.Pointer;
        var hiddenN = c.HiddenN is null ? null : c.HiddenN.Pointer;
        var dAx = c.InputSideGradients.Pointer;
        var dAh = isGru ? c.HiddenSideGradients.Pointer : dAx;
        var h0 = HostBuffer.Of(initialHidden);
        var c0 = HostBuffer.Of(initialCell);
        var dOut = HostBuffer.Of(outputGradients);
        var dcLast = HostBuffer.Of(lastCellGradient);
        var dh0 = HostBuffer.Of(initialHiddenGradient);
        var dc0 = HostBuffer.Of(initialCellGradient);

        // W_hh (G·H × H, as stored) packed once: ∂h_{t−1} += dA_h·W_hh at every step.
        var packed = _kernels.PackedLength(gh, h);
        var shared = _arenas[0].Get(Arena.Weights, packed);
        _kernels.Prepack(gh, h, View.Of(HostBuffer.Of(weights.WeightHh), h), shared);

        float* Previous(float* states, float* initial, int t, int first) =>
            t > 0 ? states + ((((long)(t - 1) * batch) + first) * h) : initial is null ? null : initial + ((long)first * h);

        // ∂h_{t−1}: the previous step's output gradient (accumulated into), or ∂h_0 (written), or null.
        float* Target(int t, int first) => t > 0 ? dOut + ((((long)(t - 1) * batch) + first) * h) : dh0 is null ? null : dh0 + ((long)first * h);

        // Whether the product into Target(t) adds to what is there (the GRU's element-wise pass writes its direct part first).
        bool Accumulates(int t) => t > 0 || isGru;

        // ∂c_T of rows first…, the start of the LSTM's carried cell gradient.
        float* Carry(int part, int first, int rows)
        {
            if (!shape.HasCellState)
                return null;
            var carry = _arenas[part].Get(Arena.Carry, (long)rows * h);
            var init = new Span<float>(carry, rows * h);
            if (dcLast is null)
                init.Clear();
            else
                new ReadOnlySpan<float>(dcLast + ((long)first * h), rows * h).CopyTo(init);
            return carry;
        }

        // The element-wise pass of step t for rows first … first + rows − 1: dA_x, dA_h, and the GRU's direct part of ∂h_{t−1}.
        void Gradients(int t, int first, int rows, float* carry)
        {
            var row = ((long)t * batch) + first;
            var dh = dOut + (row * h);
            switch (shape.Cell)
            {
                case CellKind.Lstm:
                    _kernels.LstmBackward(rows, h, dh, gates + (row * gh), cell + (row * h), Previous(cell, c0, t, first), carry, dAx + (row * gh));
                    break;
                case CellKind.Gru:
                    _kernels.GruBackward(
                        rows, h, dh, gates + (row * gh), hiddenN + (row * h), Previous(hidden, h0, t, first), dAx + (row * gh), dAh + (row * gh), Target(t, first), t > 0);
                    break;
                default:
                    _kernels.ElmanBackward(rows, h, shape.Cell, dh, hidden + (row * h), dAx + (row * gh));
                    break;
            }
        }

        void KeepCellGradient(float* carry, int first, int rows)
        {
            if (dc0 is not null && rows > 0)
                new ReadOnlySpan<float>(carry, rows * h).CopyTo(new Span<float>(dc0 + ((long)first * h), rows * h));
        }

        if (!InLockstep(packed, batch))
        {
            OverBatch(batch, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part, first, rows) =>
            {
                var carry = Carry(part, first, rows);
                for (var t = steps - 1; t >= 0; t--)
                {
                    Gradients(t, first, rows, carry);
                    if (Target(t, first) is var target && target is not null)
                    {
                        var dA = dAh + ((((long)t * batch) + first) * gh);
                        _kernels.GemmPrepacked(rows, h, gh, 1f, View.Of(dA, gh), shared, Accumulates(t) ? 1f : 0f, View.Of(target, h), _arenas[part]);
                    }
                }
                KeepCellGradient(carry, first, rows);
            });
        }
        else
        {
            _team.RunInLockstep([MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
            {
                var (column, columns) = Share(h, _kernels.Nr, part);
                var (first, rows) = Share(batch, 1, part);
                var carry = Carry(part, first, rows);
                for (var t = steps - 1; t >= 0; t--)
                {
                    if (rows > 0)
                        Gradients(t, first, rows, carry);
                    _team.Barrier();
                    if (Target(t, 0) is var target && target is not null && columns > 0)
                    {
                        var dA = dAh + ((long)t * batch * gh);
                        _kernels.GemmPrepacked(
                            batch, columns, gh, 1f, View.Of(dA, gh), shared, Accumulates(t) ? 1f : 0f, View.Of(target + column, h), _arenas[part], h, column);
                    }
                    _team.Barrier();
                }
                KeepCellGradient(carry, first, rows);
            });
        }

        // Parameter gradients over all T·B rows: ∂W_ih += dA_xᵀ·X, ∂W_hh += dA_hᵀ·[h_0; …; h_{T−1}], biases += column sums.
        var x = HostBuffer.Of(inputs);
        var count = steps * batch;
        Multiply(gh, input, count, 1f, View.Of(dAx, gh, transposed: true), View.Of(x, input), 1f, View.Of(HostBuffer.Of(gradients.WeightIh), input));
        var dWhh = View.Of(HostBuffer.Of(gradients.WeightHh), h);
        if (steps > 1)
            Multiply(gh, h, count - batch, 1f, View.Of(dAh + ((long)batch * gh), gh, transposed: true), View.Of(hidden, h), 1f, dWhh);
        if (h0 is not null)
            Multiply(gh, h, batch, 1f, View.Of(dAh, gh, transposed: true), View.Of(h0, h), 1f, dWhh);
        if (isGru)
        {
            _kernels.AddColumnSums(dAx, count, gh, HostBuffer.Of(gradients.BiasIh));
            _kernels.AddColumnSums(dAh, count, gh, HostBuffer.Of(gradients.BiasHh));
        }
        else
        {
            // One gradient of the pre-activation feeds both biases.
            _kernels.AddColumnSums(dAx, count, gh, HostBuffer.Of(gradients.BiasIh), HostBuffer.Of(gradients.BiasHh));
        }
        if (inputGradients.IsPresent)
            Multiply(count, input, gh, 1f, View.Of(dAx, gh), View.Of(HostBuffer.Of(weights.WeightIh), input), 0f, View.Of(HostBuffer.Of(inputGradients), input));
    }

    private SimdRecurrentCache Mine(RecurrentCache cache) =>
        cache is SimdRecurrentCache mine && ReferenceEquals(mine.HiddenBuffer.Owner, this)
            ? mine
            : throw new ArgumentException("The cache was created by another backend; create it with this backend's CreateRecurrentCache.", nameof(cache));

    private bool InLockstep(long packedWeights, int batch) => _team.Size > 1 && packedWeights > LockstepWeightFloats && batch >= _team.Size;

    // Part `part` of `length` items cut into Size nearly equal runs of whole `unit`s: (first, count).
    private (int First, int Count) Share(int length, int unit, int part)
    {
        var units = (length + unit - 1) / unit;
        var first = Math.Min(length, part * units / _team.Size * unit);
        var end = Math.Min(length, (part + 1) * units / _team.Size * unit);
        return (first, end - first);
    }

    /// <summary>Runs work(part, firstRow, rows) on disjoint blocks of batch rows, one per thread, cut at micro-kernel tile boundaries.</summary>
    private void OverBatch(int batch, Action<int, int, int> work)
    {
        var tiles = (batch + _kernels.Mr - 1) / _kernels.Mr;
        var parts = Math.Min(_team.Size, tiles);
        if (parts == 1)
        {
            work(0, 0, batch);
            return;
        }
        var mr = _kernels.Mr;
        _team.Run(part =>
        {
            if (part >= parts)
                return;
            var first = part * tiles / parts * mr;
            var end = Math.Min(batch, (part + 1) * tiles / parts * mr);
            work(part, first, end - first);
        });
    }
}
