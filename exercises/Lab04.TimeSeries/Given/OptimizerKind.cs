namespace RnnKata.Lab04;

/// <summary>How the training loop turns a gradient into a step (COMP3222 compares the two).</summary>
public enum OptimizerKind
{
    /// <summary>θ ← θ − lr·g (TensorFlow's <c>GradientDescentOptimizer</c>).</summary>
    GradientDescent,

    /// <summary>Adam with bias correction (your <see cref="Adam"/>).</summary>
    Adam,
}
