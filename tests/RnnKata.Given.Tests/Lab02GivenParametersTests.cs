using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab02;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 2's given parameter and gradient records (exercises/Lab02.ElmanBptt/Given): their validating
/// constructors, their <c>Seeded</c> factories and <see cref="ElmanParameters.RequireShapesOf"/>. These
/// are not the student's exercise, so they are tested here and not in tests/Lab02.ElmanBptt.Tests,
/// where every test must report "not started" against the stubs.
/// </summary>
[TestFixture]
public class Lab02GivenParametersTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static VectorBuilder<double> V => Vector<double>.Build;

    // Valid arguments of each record in constructor order, for input 3, hidden 4, output 2, inner 5
    // and batch 6: "4×3" is a 4×3 matrix, "4" a vector of length 4.
    private static readonly Dictionary<string, (string Name, string Shape)[]> Arguments = new()
    {
        ["LayerParameters"] = [("u", "4×3"), ("w", "4×4"), ("b", "4")],
        ["ElmanParameters"] = [("u", "4×3"), ("w", "4×4"), ("b", "4"), ("v", "2×4"), ("c", "2")],
        ["JordanParameters"] = [("u", "4×3"), ("w", "4×2"), ("b", "4"), ("v", "2×4"), ("c", "2")],
        ["DeepTransitionParameters"] = [("u", "5×3"), ("w", "5×4"), ("b", "5"), ("u2", "4×5"), ("b2", "4"), ("v", "2×4"), ("c", "2")],
        ["DeepOutputParameters"] = [("u", "4×3"), ("w", "4×4"), ("b", "4"), ("v", "5×4"), ("c", "5"), ("v2", "2×5"), ("c2", "2")],
    };

    private static object Construct(string record, object?[] a) => record switch
    {
        "LayerParameters" => new LayerParameters(Mat(a[0]), Mat(a[1]), Vec(a[2])),
        "ElmanParameters" => new ElmanParameters(Mat(a[0]), Mat(a[1]), Vec(a[2]), Mat(a[3]), Vec(a[4])),
        "JordanParameters" => new JordanParameters(Mat(a[0]), Mat(a[1]), Vec(a[2]), Mat(a[3]), Vec(a[4])),
        "DeepTransitionParameters" => new DeepTransitionParameters(Mat(a[0]), Mat(a[1]), Vec(a[2]), Mat(a[3]), Vec(a[4]), Mat(a[5]), Vec(a[6])),
        "DeepOutputParameters" => new DeepOutputParameters(Mat(a[0]), Mat(a[1]), Vec(a[2]), Mat(a[3]), Vec(a[4]), Mat(a[5]), Vec(a[6])),
        _ => throw new ArgumentOutOfRangeException(nameof(record), record, "No such record."),
    };

    /// <summary>Constructs <paramref name="record"/> from valid arguments, <paramref name="argument"/> changed by <paramref name="change"/>.</summary>
    private static object Construct(string record, string argument, Func<object, object?> change) =>
        Construct(record, Arguments[record].Select(a => a.Name == argument ? change(Ones(a.Shape)) : Ones(a.Shape)).ToArray());

    private static IEnumerable<TestCaseData> EveryArgument() =>
        Arguments.SelectMany(record => record.Value.Select(a => new TestCaseData(record.Key, a.Name)));

    private static object Ones(string shape) => shape.Split('×') is [var rows, var columns]
        ? M.Dense(int.Parse(rows), int.Parse(columns), 1.0)
        : V.Dense(int.Parse(shape), 1.0);

    private static Matrix<double> Mat(object? value) => (Matrix<double>)value!;

    private static Vector<double> Vec(object? value) => (Vector<double>)value!;

    [Test]
    public void Valid_arguments_of_every_record_are_accepted()
    {
        foreach (var record in Arguments.Keys)
            Construct(record, Arguments[record].Select(a => Ones(a.Shape)).ToArray()).Should().NotBeNull(record);
    }

    // Parameters: input 3, hidden 4, output 2, inner 5.
    [TestCase("LayerParameters", "w", "4×3", "w must be 4×4 but is 4×3.")]
    [TestCase("LayerParameters", "b", "3", "b must have length 4 but has length 3.")]
    [TestCase("ElmanParameters", "w", "3×3", "w must be 4×4 but is 3×3.")]
    [TestCase("ElmanParameters", "v", "2×3", "v must have 4 columns (one column per hidden unit) but is 2×3.")]
    [TestCase("ElmanParameters", "b", "2", "b must have length 4 but has length 2.")]
    [TestCase("ElmanParameters", "c", "4", "c must have length 2 but has length 4.")]
    [TestCase("JordanParameters", "w", "4×4", "w must be 4×2 but is 4×4.")] // an Elman W: Jordan feeds back the output
    [TestCase("JordanParameters", "v", "2×3", "v must have 4 columns (one column per hidden unit) but is 2×3.")]
    [TestCase("JordanParameters", "b", "2", "b must have length 4 but has length 2.")]
    [TestCase("JordanParameters", "c", "4", "c must have length 2 but has length 4.")]
    [TestCase("DeepTransitionParameters", "u2", "4×4", "u2 must have 5 columns (one column per inner unit) but is 4×4.")]
    [TestCase("DeepTransitionParameters", "w", "4×4", "w must be 5×4 but is 4×4.")]
    [TestCase("DeepTransitionParameters", "w", "5×5", "w must be 5×4 but is 5×5.")]
    [TestCase("DeepTransitionParameters", "b", "4", "b must have length 5 but has length 4.")]
    [TestCase("DeepTransitionParameters", "b2", "5", "b2 must have length 4 but has length 5.")]
    [TestCase("DeepTransitionParameters", "v", "2×5", "v must have 4 columns (one column per hidden unit) but is 2×5.")]
    [TestCase("DeepTransitionParameters", "c", "4", "c must have length 2 but has length 4.")]
    [TestCase("DeepOutputParameters", "w", "5×5", "w must be 4×4 but is 5×5.")]
    [TestCase("DeepOutputParameters", "b", "5", "b must have length 4 but has length 5.")]
    [TestCase("DeepOutputParameters", "v", "5×3", "v must have 4 columns (one column per hidden unit) but is 5×3.")]
    [TestCase("DeepOutputParameters", "c", "4", "c must have length 5 but has length 4.")]
    [TestCase("DeepOutputParameters", "v2", "2×4", "v2 must have 5 columns (one column per inner unit) but is 2×4.")]
    [TestCase("DeepOutputParameters", "c2", "5", "c2 must have length 2 but has length 5.")]
    public void An_argument_whose_shape_does_not_fit_is_rejected_naming_it_and_the_shape_it_needs(string record, string argument, string wrongShape, string message)
    {
        Action act = () => Construct(record, argument, _ => Ones(wrongShape));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == argument).WithMessage($"{message}*");
    }

    [TestCaseSource(nameof(EveryArgument))]
    public void An_argument_holding_NaN_or_infinity_is_rejected_pointing_at_the_entry(string record, string argument)
    {
        var shape = Arguments[record].Single(a => a.Name == argument).Shape;

        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            Action act = () => Construct(record, argument, valid => WithLastEntry(valid, bad));

            var where = shape.Split('×') is [var rows, var columns]
                ? $"{argument} ({shape}) holds {bad} at row {int.Parse(rows) - 1}, column {int.Parse(columns) - 1}"
                : $"{argument} (length {shape}) holds {bad} at index {int.Parse(shape) - 1}";
            act.Should().Throw<ArgumentException>().Where(e => e.ParamName == argument)
                .WithMessage($"{where}: every entry must be a finite number.*");
        }
    }

    [TestCaseSource(nameof(EveryArgument))]
    public void A_missing_argument_is_rejected_by_name(string record, string argument)
    {
        Action act = () => Construct(record, argument, _ => null);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == argument);
    }

    [Test]
    public void Records_report_their_sizes_and_share_the_matrices_they_are_given()
    {
        var u = M.Dense(4, 3);
        var w = M.Dense(4, 4);
        var b = V.Dense(4);
        var elman = new ElmanParameters(u, w, b, M.Dense(2, 4), V.Dense(2));
        var deepOutput = new DeepOutputParameters(u, w, b, M.Dense(5, 4), V.Dense(5), M.Dense(2, 5), V.Dense(2));
        var transition = (DeepTransitionParameters)Construct("DeepTransitionParameters", "u", x => x);
        var jordan = (JordanParameters)Construct("JordanParameters", "u", x => x);

        (elman.Inputs, elman.Hidden, elman.Outputs).Should().Be((3, 4, 2));
        (deepOutput.Inputs, deepOutput.Hidden, deepOutput.Inner, deepOutput.Outputs).Should().Be((3, 4, 5, 2));
        (transition.Inputs, transition.Inner, transition.Hidden, transition.Outputs).Should().Be((3, 5, 4, 2));
        (jordan.Inputs, jordan.Hidden, jordan.Outputs).Should().Be((3, 4, 2));
        (elman.Layer.Inputs, elman.Layer.Hidden).Should().Be((3, 4));
        elman.U.Should().BeSameAs(u, "the layer holds the same matrices, not copies");
        elman.Layer.W.Should().BeSameAs(w);
        deepOutput.B.Should().BeSameAs(b);
    }

    private static object WithLastEntry(object valid, double value)
    {
        switch (valid)
        {
            case Matrix<double> m:
                m[m.RowCount - 1, m.ColumnCount - 1] = value;
                return m;
            case Vector<double> v:
                v[v.Count - 1] = value;
                return v;
            default:
                throw new ArgumentException("Not a matrix or vector.", nameof(valid));
        }
    }

    // ---- Stacks: a list of layers ----

    private static LayerParameters Layer(int inputs, int hidden) => new(M.Dense(hidden, inputs), M.Dense(hidden, hidden), V.Dense(hidden));

    [Test]
    public void A_stack_reports_its_depth_and_sizes_and_keeps_its_own_list_of_layers()
    {
        var layers = new[] { Layer(3, 4), Layer(4, 2) };

        var stack = new StackedParameters(layers, M.Dense(1, 2), V.Dense(1));
        layers[1] = Layer(4, 7);

        (stack.Depth, stack.Inputs, stack.Outputs).Should().Be((2, 3, 1));
        stack.Layers[1].Hidden.Should().Be(2, "the stack copied the list");
    }

    [Test]
    public void A_stack_without_layers_is_rejected()
    {
        Action none = () => new StackedParameters(null!, M.Dense(1, 2), V.Dense(1));
        Action empty = () => new StackedParameters([], M.Dense(1, 2), V.Dense(1));
        Action nullLayer = () => new StackedParameters([Layer(3, 4), null!], M.Dense(1, 2), V.Dense(1));

        none.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "layers");
        empty.Should().Throw<ArgumentException>().Where(e => e.ParamName == "layers").WithMessage("A stack needs at least one layer.*");
        nullLayer.Should().Throw<ArgumentException>().Where(e => e.ParamName == "layers").WithMessage("layers[1] is null.*");
    }

    [Test]
    public void A_stack_whose_layer_sizes_do_not_chain_is_rejected_naming_the_layer()
    {
        Action act = () => new StackedParameters([Layer(3, 4), Layer(4, 2), Layer(3, 2)], M.Dense(1, 2), V.Dense(1));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "layers")
            .WithMessage("layers[2].U must have 2 columns (one per unit of layer 1) but has 3.*");
    }

    [Test]
    public void A_stacks_output_layer_must_fit_the_top_layer()
    {
        Action wrongV = () => new StackedParameters([Layer(3, 4), Layer(4, 2)], M.Dense(1, 4), V.Dense(1));
        Action wrongC = () => new StackedParameters([Layer(3, 4), Layer(4, 2)], M.Dense(1, 2), V.Dense(2));
        Action nanV = () => new StackedParameters([Layer(3, 4), Layer(4, 2)], M.Dense(1, 2, double.NaN), V.Dense(1));
        Action infiniteC = () => new StackedParameters([Layer(3, 4)], M.Dense(1, 4), V.Dense(1, double.PositiveInfinity));
        Action nullC = () => new StackedParameters([Layer(3, 4)], M.Dense(1, 4), null!);

        wrongV.Should().Throw<ArgumentException>().Where(e => e.ParamName == "v")
            .WithMessage("v must have 2 columns (one column per unit of the top layer) but is 1×4.*");
        wrongC.Should().Throw<ArgumentException>().Where(e => e.ParamName == "c").WithMessage("c must have length 1 but has length 2.*");
        nanV.Should().Throw<ArgumentException>().Where(e => e.ParamName == "v").WithMessage("v (1×2) holds NaN at row 0, column 0*");
        infiniteC.Should().Throw<ArgumentException>().Where(e => e.ParamName == "c").WithMessage("c (length 1) holds *at index 0*");
        nullC.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "c");
    }

    [Test]
    public void Stacked_gradients_need_one_initial_state_gradient_per_layer()
    {
        var d = new StackedParameters([Layer(3, 4), Layer(4, 2)], M.Dense(1, 2), V.Dense(1));
        Action fewStates = () => new StackedGradients(d, [M.Dense(6, 4)]);
        Action noParameters = () => new StackedGradients(null!, [M.Dense(6, 4), M.Dense(6, 2)]);
        Action noStates = () => new StackedGradients(d, null!);

        fewStates.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dh0").WithMessage("dh0 must hold one matrix per layer (2) but holds 1.*");
        noParameters.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "parameters");
        noStates.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "dh0");
    }

    [Test]
    public void Stacked_gradients_check_each_layers_state_gradient()
    {
        var d = new StackedParameters([Layer(3, 4), Layer(4, 2)], M.Dense(1, 2), V.Dense(1));
        Action wrongState = () => new StackedGradients(d, [M.Dense(6, 4), M.Dense(6, 4)]);
        Action nanState = () => new StackedGradients(d, [M.Dense(6, 4, double.NaN), M.Dense(6, 2)]);

        wrongState.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dh0")
            .WithMessage("dh0 must be batch×2 (one column per unit of layer 1) but is 6×4.*");
        nanState.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dh0").WithMessage("dh0 (6×4) holds NaN at row 0, column 0*");

        var ok = new StackedGradients(d, [M.Dense(6, 4), M.Dense(6, 2)]);
        (ok.Parameters.Layers.Count, ok.DH0.Count).Should().Be((2, 2));
        ok.Parameters.Should().BeSameAs(d);
    }

    // ---- Gradients<TParameters> ----

    [Test]
    public void Gradients_hold_the_parameter_record_and_check_the_state_and_input_gradients()
    {
        var d = ElmanParameters.Seeded(3, 4, 2);
        Action noParameters = () => new Gradients<ElmanParameters>(null!, M.Dense(6, 4));
        Action nanState = () => new Gradients<ElmanParameters>(d, M.Dense(6, 4, double.NaN));
        Action raggedInputs = () => new Gradients<ElmanParameters>(d, M.Dense(6, 4), [M.Dense(6, 3), M.Dense(5, 3)]);
        Action infiniteInput = () => new Gradients<ElmanParameters>(d, M.Dense(6, 4), [M.Dense(6, 3, double.PositiveInfinity)]);

        noParameters.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "parameters");
        nanState.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dh0").WithMessage("dh0 (6×4) holds NaN at row 0, column 0*");
        raggedInputs.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dxs[1]").WithMessage("dxs[1] must be 6×3 but is 5×3.*");
        infiniteInput.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dxs[0]");

        var ok = new Gradients<ElmanParameters>(d, M.Dense(6, 4));
        ok.Parameters.Should().BeSameAs(d);
        ok.DXs.Should().BeEmpty("gradients built without input gradients have none");
    }

    // ---- ElmanParameters.RequireShapesOf ----

    private static ElmanParameters ElmanGradient(int inputs, int hidden, int outputs) =>
        new(M.Dense(hidden, inputs), M.Dense(hidden, hidden), V.Dense(hidden), M.Dense(outputs, hidden), V.Dense(outputs));

    [Test]
    public void Gradients_with_their_parameters_shapes_pass_the_shape_check()
    {
        Action act = () => ElmanGradient(3, 4, 2).RequireShapesOf(ElmanParameters.Seeded(3, 4, 2), "gradients");

        act.Should().NotThrow();
    }

    [TestCase(3, 3, 2, "gradients.Parameters.U must be 4×3, the shape of U, but is 3×3.")]   // one hidden unit short
    [TestCase(2, 4, 2, "gradients.Parameters.U must be 4×3, the shape of U, but is 4×2.")]   // one input short
    [TestCase(3, 4, 1, "gradients.Parameters.V must be 2×4, the shape of V, but is 1×4.")]   // one output short
    public void Gradients_for_another_network_fail_the_shape_check_naming_the_gradient_and_its_parameter(int inputs, int hidden, int outputs, string message)
    {
        Action act = () => ElmanGradient(inputs, hidden, outputs).RequireShapesOf(ElmanParameters.Seeded(3, 4, 2), "gradients");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "gradients").WithMessage($"{message}*");
    }

    [Test]
    public void The_shape_check_also_catches_a_gradient_that_became_NaN_after_construction()
    {
        var gradients = ElmanGradient(3, 4, 2);
        gradients.W[1, 2] = double.NaN;

        Action act = () => gradients.RequireShapesOf(ElmanParameters.Seeded(3, 4, 2), "gradients");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "gradients").WithMessage("gradients (4×4) holds NaN at row 1, column 2*");
    }

    [Test]
    public void The_shape_check_needs_the_parameters()
    {
        Action act = () => ElmanGradient(3, 4, 2).RequireShapesOf(null!, "gradients");

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "parameters");
    }

    // ---- Seeded factories ----

    // Every matrix and vector a factory draws, for a seed and a scale, in a fixed order.
    private static readonly Dictionary<string, Func<int, double, IReadOnlyList<object>>> SeededParts = new()
    {
        ["LayerParameters"] = (seed, scale) => Parts(LayerParameters.Seeded(3, 4, seed, scale)),
        ["ElmanParameters"] = (seed, scale) =>
        {
            var p = ElmanParameters.Seeded(3, 4, 2, seed, scale);
            return [p.U, p.W, p.B, p.V, p.C];
        },
        ["JordanParameters"] = (seed, scale) =>
        {
            var p = JordanParameters.Seeded(3, 4, 2, seed, scale);
            return [p.U, p.W, p.B, p.V, p.C];
        },
        ["DeepTransitionParameters"] = (seed, scale) =>
        {
            var p = DeepTransitionParameters.Seeded(3, 5, 4, 2, seed, scale);
            return [p.U, p.W, p.B, p.U2, p.B2, p.V, p.C];
        },
        ["DeepOutputParameters"] = (seed, scale) =>
        {
            var p = DeepOutputParameters.Seeded(3, 4, 5, 2, seed, scale);
            return [p.U, p.W, p.B, p.V, p.C, p.V2, p.C2];
        },
        ["StackedParameters"] = (seed, scale) =>
        {
            var p = StackedParameters.Seeded(3, [4, 2], 1, seed, scale);
            return [.. p.Layers.SelectMany(Parts), p.V, p.C];
        },
    };

    private static IReadOnlyList<object> Parts(LayerParameters layer) => [layer.U, layer.W, layer.B];

    private static IEnumerable<string> SeededRecords() => SeededParts.Keys;

    private static double[] Values(object part) => part switch
    {
        Matrix<double> m => m.ToRowMajorArray(),
        Vector<double> v => v.ToArray(),
        _ => throw new ArgumentException("Not a matrix or vector.", nameof(part)),
    };

    [Test]
    public void Seeded_Elman_and_layer_parameters_have_the_documented_shapes()
    {
        var elman = ElmanParameters.Seeded(inputs: 3, hidden: 4, outputs: 2);
        var layer = LayerParameters.Seeded(inputs: 3, hidden: 4);

        new[] { elman.U, elman.W, elman.V }.Select(Require.ShapeOf).Should().Equal("4×3", "4×4", "2×4");
        (elman.B.Count, elman.C.Count, elman.Inputs, elman.Hidden, elman.Outputs).Should().Be((4, 2, 3, 4, 2));
        new[] { layer.U, layer.W }.Select(Require.ShapeOf).Should().Equal("4×3", "4×4");
        layer.B.Count.Should().Be(4);
        elman.Layer.Should().Be(layer, "an Elman network's transition is the layer of the same seed");
    }

    [Test]
    public void Seeded_Jordan_and_deep_parameters_have_the_documented_shapes()
    {
        var jordan = JordanParameters.Seeded(inputs: 3, hidden: 4, outputs: 2);
        var transition = DeepTransitionParameters.Seeded(inputs: 3, inner: 5, hidden: 4, outputs: 2);
        var deepOutput = DeepOutputParameters.Seeded(inputs: 3, hidden: 4, inner: 5, outputs: 2);

        new[] { jordan.U, jordan.W, jordan.V }.Select(Require.ShapeOf).Should().Equal("4×3", "4×2", "2×4");
        (jordan.B.Count, jordan.C.Count).Should().Be((4, 2));
        new[] { transition.U, transition.W, transition.U2, transition.V }.Select(Require.ShapeOf).Should().Equal("5×3", "5×4", "4×5", "2×4");
        (transition.B.Count, transition.B2.Count, transition.C.Count).Should().Be((5, 4, 2));
        new[] { deepOutput.U, deepOutput.W, deepOutput.V, deepOutput.V2 }.Select(Require.ShapeOf).Should().Equal("4×3", "4×4", "5×4", "2×5");
        (deepOutput.B.Count, deepOutput.C.Count, deepOutput.C2.Count).Should().Be((4, 5, 2));
    }

    [Test]
    public void A_seeded_stack_has_one_layer_per_hidden_size_bottom_first()
    {
        var stack = StackedParameters.Seeded(inputs: 3, hidden: [4, 2], outputs: 1);

        (stack.Depth, stack.Inputs, stack.Outputs).Should().Be((2, 3, 1));
        stack.Layers.Select(l => Require.ShapeOf(l.U)).Should().Equal("4×3", "2×4");
        stack.Layers.Select(l => Require.ShapeOf(l.W)).Should().Equal("4×4", "2×2");
        Require.ShapeOf(stack.V).Should().Be("1×2");
        stack.C.Count.Should().Be(1);
    }

    [Test]
    public void A_seeded_stack_needs_a_list_of_hidden_sizes_with_at_least_one_layer()
    {
        Action none = () => StackedParameters.Seeded(3, null!, 1);
        Action empty = () => StackedParameters.Seeded(3, [], 1);

        none.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "hidden");
        empty.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must list the size of at least one layer, bottom to top.*");
    }

    [TestCaseSource(nameof(SeededRecords))]
    public void The_same_seed_gives_the_same_parameters_and_another_seed_other_ones(string record)
    {
        var first = SeededParts[record](7, 0.5);
        var again = SeededParts[record](7, 0.5);
        var other = SeededParts[record](8, 0.5);

        for (var i = 0; i < first.Count; i++)
        {
            Values(again[i]).Should().Equal(Values(first[i]), $"part {i} of {record} with the same seed");
            Values(other[i]).Should().NotEqual(Values(first[i]), $"part {i} of {record} with another seed");
        }
    }

    [TestCaseSource(nameof(SeededRecords))]
    public void Every_seeded_parameter_draws_its_own_numbers(string record)
    {
        var firsts = SeededParts[record](KataRandom.DefaultSeed, 0.5).Select(part => Values(part)[0]).ToArray();

        firsts.Should().OnlyHaveUniqueItems("no two parameters may reuse the same random stream");
        firsts.Should().NotContain(0.0, "biases are drawn too, so that every gradient is exercised");
    }

    [TestCaseSource(nameof(SeededRecords))]
    public void The_scale_multiplies_every_seeded_value(string record)
    {
        var unit = SeededParts[record](5, 1.0);
        var small = SeededParts[record](5, 0.1);

        for (var i = 0; i < unit.Count; i++)
            Values(small[i]).Zip(Values(unit[i]), (s, u) => s - 0.1 * u).Should().OnlyContain(d => Math.Abs(d) < 1e-15, $"part {i} of {record}");
    }

    [TestCaseSource(nameof(SeededRecords))]
    public void A_scale_that_is_not_positive_and_finite_is_rejected(string record)
    {
        foreach (var bad in new[] { 0.0, -0.5, double.NaN, double.PositiveInfinity })
        {
            Action act = () => SeededParts[record](KataRandom.DefaultSeed, bad);

            act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "scale")
                .WithMessage("The scale must be a positive finite number.*");
        }
    }

    [Test]
    public void Seeded_values_are_normal_with_mean_zero_and_the_scale_as_standard_deviation()
    {
        var values = ElmanParameters.Seeded(1, 200, 1, seed: 3, scale: 0.3).W.Enumerate().ToArray();
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));

        mean.Should().BeApproximately(0, 0.01, "40,000 samples: the standard error is 0.0015");
        sd.Should().BeApproximately(0.3, 0.006, "the standard error of the standard deviation is 0.001");
        values.Count(v => Math.Abs(v) < 0.3).Should().BeInRange(26_800, 27_800, "68.3 % lie within one standard deviation");
    }
}
