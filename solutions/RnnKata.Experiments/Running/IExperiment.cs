namespace RnnKata.Experiments.Running;

/// <summary>
/// One lab's experiment: what the chapter shows, run at the original lab's scale (or CI-sized with
/// <see cref="ExperimentSettings.Quick"/>). Adding a lab's experiment means one class implementing this,
/// listed in <see cref="ExperimentCatalog"/>.
/// </summary>
public interface IExperiment
{
    /// <summary>The name on the command line, e.g. <c>lab03</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>list</c>: what the experiment measures.</summary>
    string Summary { get; }

    /// <summary>Runs the experiment: draws its figures into <see cref="ExperimentContext.OutputFolder"/> and returns what it measured.</summary>
    /// <exception cref="NotImplementedException">The experiment reached a stub of the student's code (<c>--target exercises</c>).</exception>
    ExperimentResult Run(ExperimentContext context);
}
