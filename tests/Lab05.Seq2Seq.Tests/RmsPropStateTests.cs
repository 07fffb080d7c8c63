using System.Text.RegularExpressions;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 4: an optimizer stepped on a model of another size says how many parameters it has state for and got.</summary>
[TestFixture]
[KataTask(4)]
public class RmsPropStateTests
{
    [Test]
    public void Parameters_of_another_length_are_reported_with_both_lengths()
    {
        var optimizer = new RmsProp();
        optimizer.Step(Vector<double>.Build.Dense(5), Vector<double>.Build.Dense(5, 2));

        var message = ((Action)(() => optimizer.Step(Vector<double>.Build.Dense(2), Vector<double>.Build.Dense(2, 1))))
            .ShouldRejectArgument("parameters").OwnMessage();

        // The counts themselves, not sums of the state or the parameters (s is 1.24 per entry here, θ is 0).
        Regex.Matches(message, @"\d+(?:\.\d+)?").Select(m => m.Value).Should().Contain("5", "it has state for 5 parameters — message was: {0}", message)
            .And.Contain("2", "it was given 2 — message was: {0}", message);
    }
}
