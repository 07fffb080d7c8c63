using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace RnnKata.TestSupport;

/// <summary>
/// Put once on a lab's test assembly (<c>[assembly: ReportStubsAsNotStarted]</c>): every test that
/// reaches a stub still throwing <see cref="NotImplementedException"/> reports
/// <b>Inconclusive</b> "Not started: …" (naming the docs chapter from the stub's message) instead
/// of failing. Any other failure still fails. The prefix is the grader's
/// <see cref="RnnKata.Catalogue.GradingContract.NotStartedPrefix"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReportStubsAsNotStartedAttribute : Attribute, IWrapTestMethod
{
    /// <inheritdoc />
    public TestCommand Wrap(TestCommand command) => new NotStartedCommand(command);
}
