using RnnKata.Kata.Watching;

namespace RnnKata.Kata.Tests;

public class FolderChangesTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rnnkata-kata-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_folder, "obj"));
    }

    [TearDown]
    public void Delete() => Directory.Delete(_folder, recursive: true);

    /// <summary>Polls until a settled change is reported, or gives up after <paramref name="patience"/> (the watcher is asynchronous).</summary>
    private static bool SettlesWithin(FolderChanges changes, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < until)
        {
            if (changes.TakeSettledChange())
                return true;
            Thread.Sleep(20);
        }
        return false;
    }

    [Test]
    public void A_burst_of_saves_of_a_source_file_is_one_change()
    {
        using var changes = new FolderChanges { Quiet = TimeSpan.FromMilliseconds(100) };
        changes.Watch(_folder);

        for (var i = 0; i < 5; i++)
            File.WriteAllText(Path.Combine(_folder, "Step.cs"), $"// save {i}");

        SettlesWithin(changes, TimeSpan.FromSeconds(10)).Should().BeTrue("saving a .cs file is a change");
        SettlesWithin(changes, TimeSpan.FromMilliseconds(500)).Should().BeFalse("the burst was reported once");
    }

    [Test]
    public void Build_outputs_and_other_files_are_not_changes()
    {
        using var changes = new FolderChanges { Quiet = TimeSpan.FromMilliseconds(100) };
        changes.Watch(_folder);

        File.WriteAllText(Path.Combine(_folder, "obj", "Generated.cs"), "// built");
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not code");

        SettlesWithin(changes, TimeSpan.FromSeconds(1)).Should().BeFalse();
    }
}
