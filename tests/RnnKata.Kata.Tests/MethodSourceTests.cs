using RnnKata.Kata.Reference;

namespace RnnKata.Kata.Tests;

public class MethodSourceTests
{
    private static string Solution => Path.Combine(Results.Root, "solutions", Results.Lab01.Project);

    [Test]
    public void The_reference_method_is_found_by_type_and_name_with_its_body_and_without_its_xml_docs()
    {
        var found = MethodSource.Find(Solution, "TwoStepRnn.FirstStep");

        found.Should().ContainSingle();
        found[0].Should().StartWith("public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)")
            .And.NotContain("///").And.Contain("Require.");
    }

    [Test]
    public void A_method_of_that_name_in_another_type_or_a_missing_one_is_not_found()
    {
        MethodSource.Find(Solution, "RnnWeights.FirstStep").Should().BeEmpty();
        MethodSource.Find(Solution, "TwoStepRnn.ThirdStep").Should().BeEmpty();
    }

    [Test]
    public void A_name_without_its_type_is_refused()
    {
        Action act = () => MethodSource.Find(Solution, "FirstStep");

        act.Should().Throw<ArgumentException>().WithMessage("*'FirstStep' is not Type.Method*");
    }
}
