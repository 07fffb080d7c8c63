using RnnKata.Catalogue;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Scheme;

[Category("Grading")]
public class GradingSchemeFileTests
{
    private static readonly IReadOnlyList<Lab> Catalogue = [Samples.Lab01, Samples.Lab02];

    [Test]
    public void A_file_sets_points_and_weights_and_other_labs_keep_the_catalogue_points()
    {
        var scheme = GradingSchemeFile.Parse("""
            {
              // comments are allowed
              "labs": {
                "lab02": { "points": 30, "weights": [ { "tests": "*Backward*", "weight": 3 }, ] }
              }
            }
            """, "grading.json", Catalogue);

        scheme.For(Samples.Lab01).Should().Be(new LabScheme(10, []));
        scheme.For(Samples.Lab02).Points.Should().Be(30);
        scheme.For(Samples.Lab02).WeightOf("X.BackwardTests.Works").Should().Be(3);
        scheme.For(Samples.Lab02).WeightOf("X.ForwardTests.Works").Should().Be(1);
        scheme.Source.Should().Be("grading.json");
    }

    [TestCase("not json", "not valid JSON")]
    [TestCase("[]", "one JSON object")]
    [TestCase("""{ "labs": { "Lab09": { "points": 1 } } }""", "no lab 'Lab09' in the catalogue (known: Lab01, Lab02)")]
    [TestCase("""{ "labs": { "Lab01": { "points": -1 } } }""", "labs.Lab01.points must be a whole number ≥ 0")]
    [TestCase("""{ "labs": { "Lab01": { "points": 2.5 } } }""", "labs.Lab01.points must be a whole number ≥ 0")]
    [TestCase("""{ "labs": { "Lab01": { "weights": [ { "weight": 2 } ] } } }""", "labs.Lab01.weights[0] needs \"tests\"")]
    [TestCase("""{ "labs": { "Lab01": { "weights": [ { "tests": "*", "weight": -2 } ] } } }""", "labs.Lab01.weights[0].weight must be a number ≥ 0")]
    [TestCase("""{ "labs": [] }""", "\"labs\" must be an object")]
    public void A_bad_file_is_refused_with_where_and_why(string text, string expected)
    {
        var act = () => GradingSchemeFile.Parse(text, "grading.json", Catalogue);

        act.Should().Throw<GradingSchemeException>().Which.Message.Should().StartWith("Grading file 'grading.json': ").And.Contain(expected);
    }

    [Test]
    public void A_missing_file_is_a_clear_error()
    {
        var act = () => GradingSchemeFile.Load("/no/such/grading.json", Catalogue);

        act.Should().Throw<GradingSchemeException>().WithMessage("Cannot read the grading file '/no/such/grading.json'*");
    }
}
