using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 4: two RMSProp steps with momentum worked by hand, from TF1's accumulator start 1.0 and from PyTorch's 0.
/// ε = 0.01, large enough that putting it inside the root shows.</summary>
[TestFixture]
[KataTask(4)]
public class RmsPropTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    [Test]
    public void Two_steps_from_an_accumulator_of_one_match_a_hand_computation()
    {
        var optimizer = new RmsProp(learningRate: 0.1, decay: 0.9, momentum: 0.5, epsilon: 0.01, initialAccumulator: 1.0);
        var theta = V(1, -1);

        optimizer.Step(theta, V(2, 0));
        // s = 0.9·1 + 0.1·2² = 1.3 (and 0.9 where g = 0); v = 2/(√1.3 + 0.01) (and 0).
        double v1 = 2 / (Math.Sqrt(1.3) + 0.01);
        Matrices.ShouldBeClose(theta, V(1 - 0.1 * v1, -1), "θ − lr·g/(√s + ε) on the first step");

        optimizer.Step(theta, V(-1, 3));
        // s = 0.9·1.3 + 0.1·1 = 1.27 and 0.9·0.9 + 0.1·9 = 1.71; v = 0.5·v₁ − 1/(√1.27 + 0.01) and 0 + 3/(√1.71 + 0.01).
        double v2 = 0.5 * v1 - 1 / (Math.Sqrt(1.27) + 0.01), w2 = 3 / (Math.Sqrt(1.71) + 0.01);
        Matrices.ShouldBeClose(theta, V(1 - 0.1 * v1 - 0.1 * v2, -1 - 0.1 * w2), "the velocity keeps half of the first step");
    }

    [Test]
    public void A_learning_rate_set_between_steps_scales_the_next_step_and_the_velocity_carries_on()
    {
        var optimizer = new RmsProp(learningRate: 0.1, decay: 0.9, momentum: 0.5, epsilon: 0.01, initialAccumulator: 1.0);
        var theta = V(1, -1);
        optimizer.Step(theta, V(2, 0));

        optimizer.LearningRate = 0.02;
        optimizer.Step(theta, V(-1, 3));

        // As the hand computation above, with the second step's lr 0.02 on a velocity that still holds half of the first.
        double v1 = 2 / (Math.Sqrt(1.3) + 0.01), v2 = 0.5 * v1 - 1 / (Math.Sqrt(1.27) + 0.01), w2 = 3 / (Math.Sqrt(1.71) + 0.01);
        Matrices.ShouldBeClose(theta, V(1 - 0.1 * v1 - 0.02 * v2, -1 - 0.02 * w2), "a schedule changes lr for the next step only (θ − lr·v, read at each step)");
    }

    [Test]
    public void The_first_step_from_an_accumulator_of_zero_moves_by_about_lr_over_the_root_of_one_minus_rho()
    {
        var optimizer = new RmsProp(learningRate: 0.1, decay: 0.9, momentum: 0.5, epsilon: 0.01, initialAccumulator: 0);
        var theta = V(0, 0);

        optimizer.Step(theta, V(2, -0.001));

        // s = 0.1·g², so g/(√s + ε) = 2/(√0.4 + 0.01) and −0.001/(√1e-7 + 0.01).
        Matrices.ShouldBeClose(theta, V(-0.1 * 2 / (Math.Sqrt(0.4) + 0.01), 0.1 * 0.001 / (Math.Sqrt(1e-7) + 0.01)),
            "PyTorch's start: s = (1 − ρ)·g² after one step");
    }
}
