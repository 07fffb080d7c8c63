namespace RnnKata.Lab08.Tests;

/// <summary>Training options and corpora that cannot train are rejected, naming the problem.</summary>
[TestFixture]
[KataTask(1)]
public class BadInputTests
{
    [Test]
    public void A_corpus_with_fewer_windows_than_one_batch_is_rejected() =>
        ((Action)(() => LectureTraining.Fit(new LectureOptions(BatchSize: 128, Backend: "simd"), Replay.Corpus())))
            .ShouldRejectArgument("corpus").Message.Should().Contain("52 windows").And.Contain("128");

    [Test]
    public void Lecture_options_out_of_range_are_rejected_naming_the_field() =>
        ((Action)(() => LectureTraining.Fit(new LectureOptions(Steps: 4, BatchSize: 4, Beta2: 1.0, Backend: "simd"), Replay.Corpus())))
            .ShouldRejectArgument("options").Message.Should().Contain("Beta2");

    [Test]
    public void MinChar_options_out_of_range_are_rejected_naming_the_field() =>
        ((Action)(() => MinCharTraining.Fit(new MinCharOptions(Chunk: 0, Backend: "simd"), Replay.Corpus())))
            .ShouldRejectArgument("options").Message.Should().Contain("Chunk");

    [Test]
    public void A_training_text_not_longer_than_a_chunk_is_rejected() =>
        ((Action)(() => MinCharTraining.Fit(new MinCharOptions(Chunk: 70, Backend: "simd"), Replay.Corpus())))
            .ShouldRejectArgument("corpus").Message.Should().Contain("70");
}
