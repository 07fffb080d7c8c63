using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The trainer: it learns, clips, evaluates and predicts without training.</summary>
public class TrainerTests
{
    private ComputeBackend _backend = null!;

    [OneTimeSetUp]
    public void CreateBackend() => _backend = BackendFixture.Create("simd");

    [OneTimeTearDown]
    public void DisposeBackend() => _backend?.Dispose();

    [Test]
    public void Training_reduces_the_loss_on_a_small_sine_task()
    {
        var config = BenchmarkCatalogue.A.Resized(hidden: 16, batch: 16);
        using var model = config.CreateModel(_backend, seed: 1);
        using var trainer = config.CreateTrainer(model);
        var batch = config.CreateData(seed: 2);
        var first = trainer.Evaluate(batch);

        for (var i = 0; i < 60; i++)
            trainer.Train(batch);

        trainer.Evaluate(batch).Should().BeLessThan(0.2f * first, $"60 Adam steps should cut the MSE {first} by at least five times");
    }

    [Test]
    public void Seq2seq_training_reduces_its_loss()
    {
        var config = BenchmarkCatalogue.C.Resized(hidden: 8, batch: 8, steps: 6);
        using var model = config.CreateModel(_backend, seed: 1);
        using var trainer = config.CreateTrainer(model);
        var batch = config.CreateData(seed: 2);
        var first = trainer.Train(batch);
        float last = 0;
        for (var i = 0; i < 40; i++)
            last = trainer.Train(batch);
        last.Should().BeLessThan(0.5f * first);
    }

    [Test]
    public void A_second_trainer_of_the_same_model_starts_from_zero_optimizer_state()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1);
        var batch = TestModels.Data(config, seed: 9);
        using var model = config.CreateModel(_backend, seed: 10);
        using (var first = new Trainer(model, OptimizerSettings.Adam(0.01f)))
        {
            for (var i = 0; i < 5; i++)
                first.Train(batch);
        }
        var trained = model.Parameters.ReadValues();
        using var second = new Trainer(model, OptimizerSettings.Adam(0.01f));
        second.Train(batch);

        // The same step taken by a fresh trainer of a fresh model holding the trained parameters.
        using var fresh = config.CreateModel(_backend, seed: 10);
        fresh.Parameters.WriteValues(trained);
        using var freshTrainer = new Trainer(fresh, OptimizerSettings.Adam(0.01f));
        freshTrainer.Train(batch);

        second.Steps.Should().Be(1);
        model.Parameters.ReadValues().Should().Equal(fresh.Parameters.ReadValues(),
            "a second trainer owns zeroed Adam moments: its first step is a first step, not the sixth with t = 1");
    }

    [Test]
    public void Clipping_by_value_keeps_every_gradient_within_the_limit()
    {
        var config = TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.HalfSumOfSquares, layers: 1);
        using var model = config.CreateModel(_backend, seed: 5);
        using var trainer = config.CreateTrainer(model, GradientClipping.ByValue(1e-2f));
        trainer.Train(TestModels.Data(config, seed: 6));
        var gradients = model.Parameters.ReadGradients();
        gradients.Should().OnlyContain(g => Math.Abs(g) <= 1e-2f);
        gradients.Count(g => Math.Abs(g) == 1e-2f).Should().BeGreaterThan(0, "the ½Σ² gradients of this model exceed the limit somewhere");
    }

    [Test]
    public void Clipping_by_global_norm_scales_all_gradients_together()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.HalfSumOfSquares, layers: 1);
        var batch = TestModels.Data(config, seed: 8);
        using var free = config.CreateModel(_backend, seed: 7);
        var unclipped = TestModels.EngineGradient(free, batch).Gradient;
        var norm = Math.Sqrt(unclipped.Sum(g => (double)g * g));
        norm.Should().BeGreaterThan(0.5, "the test needs a norm above the limit");

        using var model = config.CreateModel(_backend, seed: 7);
        using var trainer = new Trainer(model, OptimizerSettings.Sgd(1e-3f), GradientClipping.ByGlobalNorm(0.5f));
        trainer.Train(batch);

        var scale = 0.5 / (norm + 1e-6);
        Float32Agreement.ShouldAgree(model.Parameters.ReadGradients(), unclipped.Select(g => g * scale).ToArray(), "clipped gradients");
    }

    [Test]
    public void Evaluate_and_predict_leave_the_parameters_alone()
    {
        var config = TestModels.Network(CellKind.ElmanTanh, HeadPlacement.EveryStep, LossKind.MeanSquaredError);
        using var model = config.CreateModel(_backend, seed: 1);
        using var trainer = config.CreateTrainer(model);
        var batch = TestModels.Data(config, seed: 2);
        var before = model.Parameters.ReadValues();

        var loss = trainer.Evaluate(batch);
        var predictions = trainer.Predict(batch.Inputs);

        model.Parameters.ReadValues().Should().Equal(before);
        trainer.Steps.Should().Be(0);
        predictions.Should().HaveCount(config.Network.Steps * config.Network.Batch * config.Network.Output);
        var theta = before.Select(v => (double)v).ToArray();
        Float32Agreement.ShouldAgree(loss, ReferenceModel.LossAndGradient(config, theta, batch).Loss, "the loss");
        var mse = predictions.Zip(batch.Targets.Values).Average(p => (double)(p.First - p.Second) * (p.First - p.Second));
        Float32Agreement.ShouldAgree(loss, mse, "Evaluate's loss, against the MSE of Predict's outputs");
    }
}
