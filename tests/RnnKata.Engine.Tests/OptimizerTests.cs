using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The trainer's first two optimizer steps against a scalar double re-implementation of PyTorch's rules.</summary>
[TestFixture("simd")]
[TestFixture("ilgpu-cpu")]
[TestFixture("cuda")]
public class OptimizerTests(string backendName) : BackendFixture(backendName)
{
    private static IEnumerable<TestCaseData> Optimizers()
    {
        yield return new TestCaseData(OptimizerSettings.Sgd(0.5f)).SetArgDisplayNames("SGD");
        yield return new TestCaseData(OptimizerSettings.Sgd(0.5f, momentum: 0.9f)).SetArgDisplayNames("SGD momentum");
        yield return new TestCaseData(OptimizerSettings.Adam(0.01f)).SetArgDisplayNames("Adam");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.01f)).SetArgDisplayNames("RMSProp");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.007f, decay: 0.92f, momentum: 0.5f)).SetArgDisplayNames("RMSProp momentum");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.01f, initialAccumulator: 1f)).SetArgDisplayNames("RMSProp from s = 1");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.007f, decay: 0.9f, momentum: 0.5f, initialAccumulator: 1f))
            .SetArgDisplayNames("RMSProp momentum from s = 1");
        yield return new TestCaseData(OptimizerSettings.Adagrad(0.1f)).SetArgDisplayNames("Adagrad");
    }

    [TestCaseSource(nameof(Optimizers))]
    public void First_two_steps_match_the_scalar_double_update(OptimizerSettings settings)
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError, layers: 1);
        using var model = config.CreateModel(Backend, seed: 21);
        using var trainer = new Trainer(model, settings);
        var batch = TestModels.Data(config, seed: 22);
        var state = new ScalarOptimizer(settings, model.Parameters.Count);

        var before = model.Parameters.ReadValues();
        for (var step = 1; step <= 2; step++)
        {
            trainer.Train(batch);
            trainer.Steps.Should().Be(step);
            var gradient = model.Parameters.ReadGradients();
            var after = model.Parameters.ReadValues();
            var expected = state.Step(before, gradient, step);
            CheckChange($"{BackendName} {settings.Kind} step {step}", before, expected, after);
            before = after;
        }
    }

    private static IEnumerable<TestCaseData> Rescheduled()
    {
        yield return new TestCaseData(OptimizerSettings.Sgd(0.5f, momentum: 0.9f)).SetArgDisplayNames("SGD momentum");
        yield return new TestCaseData(OptimizerSettings.RmsProp(0.007f, decay: 0.92f, momentum: 0.5f, initialAccumulator: 1f))
            .SetArgDisplayNames("RMSProp momentum from s = 1");
    }

    [TestCaseSource(nameof(Rescheduled))]
    public void A_learning_rate_set_between_steps_drives_the_next_step_and_the_state_carries_on(OptimizerSettings settings)
    {
        // Step 1 at lr, step 2 at lr/10 with the momentum (and RMSProp's mean square) of step 1: a trainer that ignored the
        // new rate would move 10× too far, one that restarted its state would lose step 1's velocity.
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError, layers: 1);
        using var model = config.CreateModel(Backend, seed: 21);
        using var trainer = new Trainer(model, settings);
        var batch = TestModels.Data(config, seed: 22);
        var state = new ScalarOptimizer(settings, model.Parameters.Count);
        var before = model.Parameters.ReadValues();
        trainer.Train(batch);
        state.Step(before, model.Parameters.ReadGradients(), 1);
        before = model.Parameters.ReadValues();
        var lower = settings.LearningRate / 10;

        trainer.LearningRate = lower;
        trainer.Train(batch);

        trainer.LearningRate.Should().Be(lower);
        trainer.Optimizer.Should().Be(settings.WithLearningRate(lower), "only the learning rate changes");
        var expected = state.Step(before, model.Parameters.ReadGradients(), 2, learningRate: lower);
        CheckChange($"{BackendName} {settings.Kind} step 2 at lr {lower}", before, expected, model.Parameters.ReadValues());
    }

    [TestCase(0f)]
    [TestCase(-0.1f)]
    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    public void A_learning_rate_that_is_not_positive_and_finite_is_refused(float learningRate)
    {
        var act = () => OptimizerSettings.RmsProp(0.01f, momentum: 0.5f).WithLearningRate(learningRate);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("learningRate").WithMessage("The learning rate must be a positive finite number*");
    }

    // The change p' − p against the reference change, relative 1e-4 with a floor of 1% of the largest change,
    // plus the rounding of p' itself to float.
    [TestCase(0f, TestName = "One RMSProp step from s = 0 matches the hand computation")]
    [TestCase(1f, TestName = "One RMSProp step from s = 1 matches the hand computation")]
    public void One_rmsprop_step_from_the_initial_accumulator_matches_the_hand_computation(float initialAccumulator)
    {
        // One parameter p = 0.5 with gradient g = 0.2 (a ½Σ² loss of p·x against a target: ∂/∂p = (p·x − y)·x).
        // s = α·s₀ + (1 − α)·g²; p' = p − lr·g / (√s + ε), in double.
        var settings = OptimizerSettings.RmsProp(0.1f, decay: 0.9f, initialAccumulator: initialAccumulator);
        using var parameters = Backend.Allocate(1);
        using var gradients = Backend.Allocate(1);
        using var state = Backend.Allocate(settings.StatePerParameter);
        Backend.Upload(parameters.All, [0.5f]);
        Backend.Upload(gradients.All, [0.2f]);
        Backend.Fill(state.Slice(0, 1), settings.InitialAccumulator);

        Backend.OptimizerStep(settings, parameters.All, gradients.All, state.All, step: 1);

        var s = 0.9 * initialAccumulator + 0.1 * 0.2 * 0.2;
        var expected = 0.5 - 0.1 * 0.2 / (Math.Sqrt(s) + 1e-8);
        Float32Agreement.ShouldAgree(Backend.Download(parameters.All)[0], expected, $"{BackendName}: p after one step from s = {initialAccumulator}");
        Float32Agreement.ShouldAgree(Backend.Download(state.Slice(0, 1))[0], s, $"{BackendName}: s after one step from s = {initialAccumulator}");
    }

    [Test]
    public void A_negative_initial_accumulator_is_refused()
    {
        var act = () => OptimizerSettings.RmsProp(initialAccumulator: -1f);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("initialAccumulator").WithMessage("initialAccumulator must be a finite number ≥ 0*");
    }

    private static void CheckChange(string what, float[] before, double[] expected, float[] after)
    {
        var expectedChange = expected.Select((e, i) => e - before[i]).ToArray();
        var floor = Tolerance.Float32.Floor * expectedChange.Max(Math.Abs);
        floor.Should().BeGreaterThan(0, "the step must move the parameters");
        for (var i = 0; i < before.Length; i++)
        {
            var actualChange = (double)after[i] - before[i];
            var allowed = Tolerance.Float32.Relative * Math.Max(Math.Abs(expectedChange[i]), floor) + Math.Abs((double)before[i]) * Tolerance.Float32.Rounding;
            if (Math.Abs(actualChange - expectedChange[i]) > allowed)
                Assert.Fail($"{what}: parameter {i} moved by {actualChange:G7} but the double update moves it by {expectedChange[i]:G7}.");
        }
    }

    /// <summary>PyTorch's update rules, one scalar at a time, in double.</summary>
    private sealed class ScalarOptimizer(OptimizerSettings s, int count)
    {
        // RMSProp's mean square starts at the settings' accumulator (TensorFlow 1: 1.0); every other state at 0.
        private readonly double[] _first = Enumerable.Repeat(s.Kind == OptimizerKind.RmsProp ? s.InitialAccumulator : 0.0, count).ToArray();
        private readonly double[] _second = new double[count];

        public double[] Step(float[] parameters, float[] gradients, int t, double? learningRate = null)
        {
            var next = new double[parameters.Length];
            double lr = learningRate ?? s.LearningRate, eps = s.Epsilon, mu = s.Momentum;
            for (var i = 0; i < parameters.Length; i++)
            {
                double p = parameters[i], g = gradients[i];
                switch (s.Kind)
                {
                    case OptimizerKind.Sgd:
                        if (mu > 0)
                        {
                            _first[i] = mu * _first[i] + g;
                            g = _first[i];
                        }
                        p -= lr * g;
                        break;
                    case OptimizerKind.Adam:
                        _first[i] = s.Beta1 * _first[i] + (1 - s.Beta1) * g;
                        _second[i] = s.Beta2 * _second[i] + (1 - s.Beta2) * g * g;
                        var mHat = _first[i] / (1 - Math.Pow(s.Beta1, t));
                        var vHat = _second[i] / (1 - Math.Pow(s.Beta2, t));
                        p -= lr * mHat / (Math.Sqrt(vHat) + eps);
                        break;
                    case OptimizerKind.RmsProp:
                        _first[i] = s.Decay * _first[i] + (1 - s.Decay) * g * g;
                        var average = Math.Sqrt(_first[i]) + eps;
                        if (mu > 0)
                        {
                            _second[i] = mu * _second[i] + g / average;
                            p -= lr * _second[i];
                        }
                        else
                        {
                            p -= lr * g / average;
                        }
                        break;
                    case OptimizerKind.Adagrad:
                        _first[i] += g * g;
                        p -= lr * g / (Math.Sqrt(_first[i]) + eps);
                        break;
                }
                next[i] = p;
            }
            return next;
        }
    }
}
