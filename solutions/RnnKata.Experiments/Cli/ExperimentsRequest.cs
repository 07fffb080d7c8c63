using RnnKata.Experiments.Running;

namespace RnnKata.Experiments.Cli;

/// <summary>What the command line asks for: the list of experiments, or a run.</summary>
/// <param name="ListOnly">True for <c>list</c>: name the experiments and run nothing.</param>
/// <param name="Settings">The run's settings.</param>
public sealed record ExperimentsRequest(bool ListOnly, ExperimentSettings Settings);
