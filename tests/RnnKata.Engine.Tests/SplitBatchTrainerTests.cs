using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>Training with every batch's rows split between replicas: the same steps as one trainer on the whole batch.</summary>
public class SplitBatchTrainerTests
{
    private const int Batch = 5;

    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Gru), 2).SetName("Seq2seq GRU, ½Σ with L2, RMSProp, rows 3 + 2");
        yield return new TestCaseData(TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError), 3)
            .SetName("GRU network, MSE (a mean), Adam, rows 2 + 2 + 1");
        yield return new TestCaseData(TestModels.Network(CellKind.Lstm, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy), 2)
            .SetName("LSTM classifier, cross-entropy (a mean over rows), Adam, rows 3 + 2");
    }

    [TestCaseSource(nameof(Models))]
    public void Steps_on_split_rows_match_one_trainer_on_the_whole_batch(BenchmarkConfiguration config, int replicas)
    {
        var whole = config.Resized(batch: Batch);
        using var backend = BackendFixture.Create("simd");
        using var model = whole.CreateModel(backend, seed: 3);
        using var trainer = whole.CreateTrainer(model);
        using var split = Split(config, replicas);

        for (var step = 0; step < 3; step++)
        {
            var batch = TestModels.Data(whole, seed: 20 + step);
            var expected = trainer.Train(batch);
            split.Load(batch.Inputs.ToTimeMajor(), batch.Targets.ToTimeMajor());
            split.TrainLoaded().Should().BeApproximately(expected, 1e-5f * Math.Abs(expected), $"step {step}: the loss of the whole batch");
        }
        var reference = model.Parameters.ReadValues();
        var values = split.Model.Parameters.ReadValues();
        using var start = whole.CreateModel(backend, seed: 3);
        var moved = reference.Zip(start.Parameters.ReadValues(), (a, b) => Math.Abs(a - b)).Max();
        moved.Should().BeGreaterThan(1e-3f, "three steps move the parameters, so agreeing means taking the same steps");
        for (var i = 0; i < values.Length; i++)
            values[i].Should().BeApproximately(reference[i], 1e-5f + (1e-4f * Math.Abs(reference[i])), $"parameter {i} after three steps");
    }

    [Test]
    public void Evaluation_is_the_whole_batch_loss_without_a_step()
    {
        var whole = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError).Resized(batch: Batch);
        using var backend = BackendFixture.Create("simd");
        using var model = whole.CreateModel(backend, seed: 3);
        using var trainer = whole.CreateTrainer(model);
        using var split = Split(whole, 2);
        var batch = TestModels.Data(whole, seed: 4);
        var before = split.Model.Parameters.ReadValues();

        split.Load(batch.Inputs.ToTimeMajor(), batch.Targets.ToTimeMajor());

        split.EvaluateLoaded().Should().BeApproximately(trainer.Evaluate(batch), 1e-6f);
        split.Model.Parameters.ReadValues().Should().Equal(before);
    }

    [Test]
    public void A_new_learning_rate_reaches_the_step()
    {
        var whole = TestModels.Seq2Seq(CellKind.Gru).Resized(batch: Batch);
        var batch = TestModels.Data(whole, seed: 4);
        float[] After(float learningRate)
        {
            using var split = Split(whole, 2);
            split.LearningRate = learningRate;
            split.Load(batch.Inputs.ToTimeMajor(), batch.Targets.ToTimeMajor());
            split.TrainLoaded();
            return split.Model.Parameters.ReadValues();
        }

        After(0.001f).Should().NotEqual(After(0.01f));
    }

    [Test]
    public void A_root_mean_square_loss_is_refused_because_it_does_not_add_up_over_rows()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.RootMeanSquaredError);
        var act = () => Split(config, 2);
        act.Should().Throw<ArgumentException>().WithMessage("*RootMeanSquaredError*one backend*");
    }

    [Test]
    public void More_backends_than_rows_are_refused()
    {
        var config = TestModels.Seq2Seq(CellKind.Gru).Resized(batch: 2);
        var act = () => new SplitBatchTrainer(Enumerable.Range(0, 3).Select(_ => BackendFixture.Create("simd")).ToArray(), 2,
            (backend, rows) => config.Resized(batch: rows).CreateModel(backend, 1), config.Optimizer);
        act.Should().Throw<ArgumentException>().WithMessage("*batch of 2 rows over 1 to 2 backends, not 3*");
    }

    [Test]
    public void A_batch_of_the_wrong_length_is_refused_naming_it()
    {
        using var split = Split(TestModels.Seq2Seq(CellKind.Gru), 2);
        var data = TestModels.Data(TestModels.Seq2Seq(CellKind.Gru).Resized(batch: Batch), seed: 1);
        var act = () => split.Load(data.Inputs.ToTimeMajor()[1..], data.Targets.ToTimeMajor());
        act.Should().Throw<ArgumentException>().WithMessage("inputs must hold 40 floats (a batch of 5 rows*) but holds 39*");
    }

    [TestCase(64, 2, new[] { 0, 32, 32, 32 })]
    [TestCase(5, 2, new[] { 0, 3, 3, 2 })]
    [TestCase(7, 3, new[] { 0, 3, 3, 2, 5, 2 })]
    public void Shares_cover_every_row_once_the_larger_first(int batch, int replicas, int[] expected)
    {
        var shares = Enumerable.Range(0, replicas).SelectMany(r => SplitBatchTrainer.Share(batch, replicas, r) is var (first, rows) ? new[] { first, rows } : []);
        shares.Should().Equal(expected);
    }

    [Test]
    public void On_a_cpu_each_thread_gets_a_single_threaded_backend_but_never_more_than_the_rows()
    {
        var backends = SplitBatchTrainer.CreateBackends(BackendKind.Simd, batch: 64, threads: 2);
        var single = SplitBatchTrainer.CreateBackends(BackendKind.Simd, batch: 1, threads: 2);
        try
        {
            backends.Select(b => b.Description).Should().HaveCount(2).And.OnlyContain(d => d.EndsWith(", 1 thread"));
            single.Should().HaveCount(1);
        }
        finally
        {
            foreach (var backend in backends.Concat(single))
                backend.Dispose();
        }
    }

    private static SplitBatchTrainer Split(BenchmarkConfiguration config, int replicas) =>
        new(Enumerable.Range(0, replicas).Select(_ => BackendFixture.Create("simd")).ToArray(), Batch,
            (backend, rows) => config.Resized(batch: rows).CreateModel(backend, seed: 3), config.Optimizer);
}
