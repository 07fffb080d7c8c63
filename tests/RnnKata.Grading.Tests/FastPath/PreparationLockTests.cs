using FluentAssertions;
using NUnit.Framework;
using RnnKata.Grading.FastPath;

namespace RnnKata.Grading.Tests.FastPath;

/// <summary>Two grading runs of one kata at once: the kept preparations are prepared by one run at a time.</summary>
[Category("Grading")]
public sealed class PreparationLockTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("rnnkata-lock-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_second_run_waits_for_the_first_and_gives_up_with_a_message_naming_the_folder_and_the_lock_file()
    {
        using var first = PreparationLock.Acquire(_folder, TimeSpan.Zero);

        var second = () => PreparationLock.Acquire(_folder, TimeSpan.FromMilliseconds(400));

        second.Should().Throw<FastPathException>()
              .Which.Message.Should().Contain(_folder).And.Contain(PreparationLock.FileName).And.Contain("Another grading run");
    }

    [Test]
    public void The_lock_is_free_again_once_the_first_run_releases_it()
    {
        PreparationLock.Acquire(_folder, TimeSpan.Zero).Dispose();

        using var again = PreparationLock.Acquire(_folder, TimeSpan.Zero);

        File.Exists(Path.Combine(_folder, PreparationLock.FileName)).Should().BeTrue();
    }

    [Test]
    public void A_waiting_run_gets_the_lock_when_the_holder_releases_it_in_time()
    {
        var first = PreparationLock.Acquire(_folder, TimeSpan.Zero);
        var release = Task.Delay(300).ContinueWith(_ => first.Dispose());

        using var second = PreparationLock.Acquire(_folder, TimeSpan.FromSeconds(30));

        release.IsCompleted.Should().BeTrue("the second run may only get the lock after the first let it go");
    }

    [Test]
    public void Cancelling_a_waiting_run_stops_the_wait()
    {
        using var first = PreparationLock.Acquire(_folder, TimeSpan.Zero);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var second = () => PreparationLock.Acquire(_folder, TimeSpan.FromMinutes(5), cancellation.Token);

        second.Should().Throw<OperationCanceledException>();
    }
}
