using RnnKata.TestSupport;

namespace RnnKata.TestSupport.Tests;

/// <summary>
/// Float32Agreement holds each entry to relative <see cref="Tolerance.Float32.Relative"/>, entries below 1 % of the
/// tensor's largest (or of their sum's magnitude) against that floor.
/// </summary>
public class Float32AgreementTests
{
    private static readonly double[] Reference = [2.0, -0.5, 0.001];

    private static float[] Shifted(int entry, double shift)
    {
        var values = Reference.Select(v => (float)v).ToArray();
        values[entry] = (float)(Reference[entry] + shift);
        return values;
    }

    // Assert.Throws runs the check in an isolated context: a caught Assert.Fail would otherwise still fail this test.
    private static string Failure(Action check) => Assert.Throws<AssertionException>(() => check())!.Message;

    [Test]
    public void Relative_error_just_below_the_tolerance_passes()
    {
        Action check = () => Float32Agreement.ShouldAgree(Shifted(0, 0.9 * Tolerance.Float32.Relative * 2.0), Reference, "y");

        check.Should().NotThrow();
    }

    [Test]
    public void Relative_error_just_above_the_tolerance_fails_and_names_the_entry()
    {
        Action check = () => Float32Agreement.ShouldAgree(Shifted(1, 1.1 * Tolerance.Float32.Relative * 0.5), Reference, "y");

        Failure(check).Should().Match("y[1] = *");
    }

    [Test]
    public void Entries_below_one_percent_of_the_largest_are_held_to_that_floor()
    {
        // Floor: 1 % of 2.0 = 0.02, so entry 2 (0.001) may be off by 1e-4 · 0.02 = 2e-6, not 1e-4 · 0.001 = 1e-7.
        Action within = () => Float32Agreement.ShouldAgree(Shifted(2, 1.5e-6), Reference, "y");
        Action beyond = () => Float32Agreement.ShouldAgree(Shifted(2, 2.5e-6), Reference, "y");

        within.Should().NotThrow();
        Failure(beyond).Should().Match("y[2] = *");
    }

    [Test]
    public void Given_sum_magnitudes_replace_the_largest_entry_as_the_floor()
    {
        double[] magnitudes = [2.0, 0.5, 0.001];

        Action check = () => Float32Agreement.ShouldAgree(Shifted(2, 1.5e-6), Reference, "C", sumMagnitudes: magnitudes);

        Failure(check).Should().Match("C[2] = *", "entry 2's own sum is small: it is held to 1e-4 of itself, not of 1 % of 2.0");
    }

    [Test]
    public void Not_a_number_fails_whatever_the_tolerance()
    {
        Action check = () => Float32Agreement.ShouldAgree(Shifted(1, double.NaN), Reference, "y", relative: 1.0);

        Failure(check).Should().Match("y[1] is NaN*");
    }

    [Test]
    public void A_result_of_another_length_is_named_in_the_message()
    {
        Action check = () => Float32Agreement.ShouldAgree([1f, 2f], Reference, "∂x");

        Failure(check).Should().Match("*∂x must have as many entries as the reference*");
    }

    [Test]
    public void A_scalar_is_held_relative_to_its_reference()
    {
        Action within = () => Float32Agreement.ShouldAgree(0.01 * (1 + 0.9e-4), 0.01, "loss");
        Action beyond = () => Float32Agreement.ShouldAgree(0.01 * (1 + 1.1e-4), 0.01, "loss");

        within.Should().NotThrow();
        Failure(beyond).Should().Match("loss = *");
    }
}
