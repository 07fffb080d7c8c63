namespace RnnKata.Engine.Simd.Tests;

/// <summary>Recurrent forward and BPTT of every cell against <see cref="RecurrentReference"/>.</summary>
public sealed class RecurrentTests
{
    private static readonly (int Batch, int Steps, int Input, int Hidden)[] Sizes = [(5, 4, 3, 7), (19, 3, 1, 33), (1, 1, 2, 1), (9, 2, 5, 70)];

    private static IEnumerable<TestCaseData> Cases() =>
        from cell in Enum.GetValues<CellKind>()
        from initial in new[] { false, true }
        from size in Sizes
        select new TestCaseData(cell, initial, size.Batch, size.Steps, size.Input, size.Hidden);

    [TestCaseSource(nameof(Cases))]
    public void Forward_and_backward_match_the_double_reference(CellKind cell, bool initialStates, int batch, int steps, int input, int hidden)
    {
        var problem = new Problem(new RecurrentShape(cell, input, hidden), batch, steps, initialStates, seed: 10);
        var (expectedHidden, expectedCell, expected) = problem.Reference();
        foreach (var width in Widths.Available)
        {
            foreach (var (threads, lockstep) in new[] { (1, false), (2, false), (2, true) })
            {
                var actual = problem.Run(width, threads, lockstep);
                var where = $" ({width}, {threads} threads{(lockstep ? ", lock step" : "")})";
                Float32Agreement.ShouldAgree(actual.Hidden, expectedHidden, "h" + where);
                if (problem.Shape.HasCellState)
                    Float32Agreement.ShouldAgree(actual.Cell, expectedCell, "c" + where);
                Float32Agreement.ShouldAgree(actual.WeightIh, problem.Accumulated(expected.WeightIh, 0), "∂W_ih" + where);
                Float32Agreement.ShouldAgree(actual.WeightHh, problem.Accumulated(expected.WeightHh, 1), "∂W_hh" + where);
                Float32Agreement.ShouldAgree(actual.BiasIh, problem.Accumulated(expected.BiasIh, 2), "∂b_ih" + where);
                Float32Agreement.ShouldAgree(actual.BiasHh, problem.Accumulated(expected.BiasHh, 3), "∂b_hh" + where);
                Float32Agreement.ShouldAgree(actual.Inputs, expected.Inputs, "∂x" + where);
                Float32Agreement.ShouldAgree(actual.InitialHidden, expected.InitialHidden, "∂h_0" + where);
                if (problem.Shape.HasCellState)
                    Float32Agreement.ShouldAgree(actual.InitialCell, expected.InitialCell, "∂c_0" + where);
            }
        }
    }

    [TestCase(CellKind.ElmanTanh)]
    [TestCase(CellKind.ElmanRelu)]
    [TestCase(CellKind.ElmanLogistic)]
    [TestCase(CellKind.Gru)]
    [TestCase(CellKind.Lstm)]
    public void One_thread_two_threads_and_lock_step_give_identical_bits(CellKind cell)
    {
        var problem = new Problem(new RecurrentShape(cell, 9, 40), batch: 37, steps: 5, initialStates: true, seed: 11);
        var one = problem.Run(Kernels.Best, 1, lockstep: false);
        foreach (var lockstep in new[] { false, true })
        {
            var two = problem.Run(Kernels.Best, 2, lockstep);
            two.Hidden.Should().Equal(one.Hidden);
            two.Cell.Should().Equal(one.Cell);
            two.WeightIh.Should().Equal(one.WeightIh);
            two.WeightHh.Should().Equal(one.WeightHh);
            two.BiasHh.Should().Equal(one.BiasHh);
            two.Inputs.Should().Equal(one.Inputs);
            two.InitialHidden.Should().Equal(one.InitialHidden);
            two.InitialCell.Should().Equal(one.InitialCell);
        }
    }

    [TestCase(CellKind.ElmanTanh)]
    [TestCase(CellKind.ElmanLogistic)]
    [TestCase(CellKind.Gru)]
    [TestCase(CellKind.Lstm)]
    public void The_reference_gradients_agree_with_central_differences(CellKind cell)
    {
        // Checks the test's own reference: L = Σ dY⊙h + Σ dc_T⊙c_T, so ∂L/∂θ is what Backward returns.
        var problem = new Problem(new RecurrentShape(cell, 2, 3), batch: 2, steps: 3, initialStates: true, seed: 12);
        var (_, _, grads) = problem.Reference();
        var parameters = new[] { problem.WeightIh, problem.WeightHh, problem.BiasIh, problem.BiasHh };
        var analytic = new[] { grads.WeightIh, grads.WeightHh, grads.BiasIh, grads.BiasHh };
        for (var tensor = 0; tensor < parameters.Length; tensor++)
        {
            for (var i = 0; i < parameters[tensor].Length; i++)
            {
                var original = parameters[tensor][i];
                parameters[tensor][i] = original + 1e-5;
                var plus = problem.ReferenceLoss();
                parameters[tensor][i] = original - 1e-5;
                var minus = problem.ReferenceLoss();
                parameters[tensor][i] = original;
                var numeric = (plus - minus) / 2e-5;
                analytic[tensor][i].Should().BeApproximately(numeric, 1e-7 + (1e-6 * Math.Abs(numeric)), $"tensor {tensor}, entry {i}");
            }
        }
    }

    [Test]
    public void A_cache_from_another_backend_is_refused()
    {
        using var one = new SimdBackend(1);
        using var other = new SimdBackend(1);
        var shape = new RecurrentShape(CellKind.Gru, 2, 3);
        var weights = RecurrentWeights.Layout(shape, one.Allocate(shape.ParameterCount), 0);
        using var foreign = other.CreateRecurrentCache(shape, 2, 2);
        var act = () => one.RecurrentForward(shape, weights, one.Allocate(8).All, default, default, foreign);
        act.Should().Throw<ArgumentException>().WithMessage("*another backend*");
    }

    /// <summary>One random layer problem, run on the backend or in double.</summary>
    private sealed class Problem
    {
        private readonly int _batch;
        private readonly int _steps;
        private readonly float[] _x;
        private readonly float[]? _h0;
        private readonly float[]? _c0;
        private readonly float[] _dy;
        private readonly float[]? _dcT;
        private readonly float[][] _weights;
        private readonly float[][] _oldGradients;

        public Problem(RecurrentShape shape, int batch, int steps, bool initialStates, int seed)
        {
            (Shape, _batch, _steps) = (shape, batch, steps);
            var bh = batch * shape.Hidden;
            _weights = [Widths.Random(seed, shape.WeightIhLength, 0.6), Widths.Random(seed + 1, shape.WeightHhLength, 0.6),
                Widths.Random(seed + 2, shape.BiasLength, 0.3), Widths.Random(seed + 3, shape.BiasLength, 0.3)];
            _oldGradients = _weights.Select((w, i) => Widths.Random(seed + 20 + i, w.Length)).ToArray();
            _x = Widths.Random(seed + 4, steps * batch * shape.Input);
            _h0 = initialStates ? Widths.Random(seed + 5, bh) : null;
            _c0 = initialStates && shape.HasCellState ? Widths.Random(seed + 6, bh) : null;
            _dy = Widths.Random(seed + 7, steps * bh);
            _dcT = initialStates && shape.HasCellState ? Widths.Random(seed + 8, bh) : null;
            (WeightIh, WeightHh, BiasIh, BiasHh) = (_weights[0].ToDouble(), _weights[1].ToDouble(), _weights[2].ToDouble(), _weights[3].ToDouble());
        }

        public RecurrentShape Shape { get; }

        public double[] WeightIh { get; }

        public double[] WeightHh { get; }

        public double[] BiasIh { get; }

        public double[] BiasHh { get; }

        /// <summary>The expected value of an accumulated gradient: what the buffer held plus the new gradient.</summary>
        public double[] Accumulated(double[] gradient, int tensor) => gradient.Select((g, i) => g + _oldGradients[tensor][i]).ToArray();

        public (double[] Hidden, double[] Cell, RecurrentReference.Gradients Gradients) Reference()
        {
            var reference = new RecurrentReference(Shape, WeightIh, WeightHh, BiasIh, BiasHh);
            var (hidden, cell) = reference.Forward(_x.ToDouble(), _steps, _batch, _h0?.ToDouble(), _c0?.ToDouble());
            return (hidden, cell, reference.Backward(_dy.ToDouble(), _dcT?.ToDouble()));
        }

        public double ReferenceLoss()
        {
            var reference = new RecurrentReference(Shape, WeightIh, WeightHh, BiasIh, BiasHh);
            var (hidden, cell) = reference.Forward(_x.ToDouble(), _steps, _batch, _h0?.ToDouble(), _c0?.ToDouble());
            var loss = hidden.Select((h, i) => h * _dy[i]).Sum();
            if (_dcT is not null)
                loss += _dcT.Select((d, i) => d * cell[cell.Length - _dcT.Length + i]).Sum();
            return loss;
        }

        /// <summary>Forward and backward on the backend; <paramref name="lockstep"/> forces the lock-step time loop whatever the size of W_hh.</summary>
        public Result Run(SimdWidth width, int threads, bool lockstep)
        {
            using var backend = new SimdBackend(threads, width);
            if (lockstep)
                backend.LockstepWeightFloats = 0;
            var weights = RecurrentWeights.Layout(Shape, backend.Put(_weights.SelectMany(w => w).ToArray()), 0);
            var gradients = RecurrentWeights.Layout(Shape, backend.Put(_oldGradients.SelectMany(w => w).ToArray()), 0);
            var bh = _batch * Shape.Hidden;
            var x = backend.Put(_x).All;
            var h0 = _h0 is null ? default : backend.Put(_h0).All;
            var c0 = _c0 is null ? default : backend.Put(_c0).All;
            using var cache = backend.CreateRecurrentCache(Shape, _batch, _steps);
            backend.RecurrentForward(Shape, weights, x, h0, c0, cache);
            var dx = backend.Put(Enumerable.Repeat(float.NaN, _x.Length).ToArray()).All;
            var dh0 = backend.Put(Enumerable.Repeat(float.NaN, bh).ToArray()).All;
            var dc0 = Shape.HasCellState ? backend.Put(Enumerable.Repeat(float.NaN, bh).ToArray()).All : default;
            backend.RecurrentBackward(
                Shape, weights, cache, x, h0, c0, backend.Put(_dy).All, _dcT is null ? default : backend.Put(_dcT).All, gradients, dx, dh0, dc0);
            return new Result(
                backend.Download(cache.Hidden), cache.Cell.IsPresent ? backend.Download(cache.Cell) : [],
                backend.Download(gradients.WeightIh), backend.Download(gradients.WeightHh), backend.Download(gradients.BiasIh), backend.Download(gradients.BiasHh),
                backend.Download(dx), backend.Download(dh0), dc0.IsPresent ? backend.Download(dc0) : []);
        }
    }

    private sealed record Result(
        float[] Hidden, float[] Cell, float[] WeightIh, float[] WeightHh, float[] BiasIh, float[] BiasHh, float[] Inputs, float[] InitialHidden, float[] InitialCell);
}
