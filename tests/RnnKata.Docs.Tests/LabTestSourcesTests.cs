namespace RnnKata.Docs.Tests;

/// <summary>The test-source reader finds test methods, however they are attributed, and nothing else.</summary>
[Category("Docs")]
public sealed class LabTestSourcesTests
{
    [Test]
    public void Finds_the_test_methods_of_each_fixture()
    {
        const string source = """
            [TestFixture]
            public class FirstStepTests
            {
                [TestCase(4, 3, 5)] // the lab
                [TestCase(1, 3, 5)]
                public void Output_has_one_row_per_instance(int batch, int inputs, int neurons) { }

                [Test]
                [Description("async")]
                public async Task Runs_later() => await Task.Yield();

                [TestCaseSource(nameof(Cases))]
                public void From_a_source(int x) { }

                public void Not_a_test() { }

                public static void Helper() { }
            }

            internal static class Matrices
            {
                public static void ShouldBeClose() { }
            }
            """;

        var fixtures = LabTestSources.TestsByFixture(source);

        fixtures.Keys.Should().Equal("FirstStepTests");
        fixtures["FirstStepTests"].Should().Equal("Output_has_one_row_per_instance", "Runs_later", "From_a_source");
    }
}
