namespace RnnKata.Lab04;

/// <summary>
/// A series given as a function of time, from which <c>Windows.Random</c> draws windows of
/// <paramref name="Steps"/> values <paramref name="Resolution"/> apart, each starting in
/// [<paramref name="TMin"/>, <paramref name="TMax"/> − Steps·Resolution), with targets one step later.
/// </summary>
/// <param name="Series">f(t).</param>
/// <param name="TMin">The series' first time.</param>
/// <param name="TMax">The series' last time.</param>
/// <param name="Resolution">Time between two values of a window.</param>
/// <param name="Steps">n, values per window.</param>
public sealed record RandomWindowSource(Func<double, double> Series, double TMin, double TMax, double Resolution, int Steps);
