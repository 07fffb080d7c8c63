using System.Reflection;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;
using RnnKata.Catalogue;

namespace RnnKata.TestSupport;

/// <summary>Runs a test and turns a stub's <see cref="NotImplementedException"/> into Inconclusive.</summary>
internal sealed class NotStartedCommand(TestCommand inner) : DelegatingTestCommand(inner)
{
    public override TestResult Execute(TestExecutionContext context)
    {
        try
        {
            return innerCommand.Execute(context);
        }
        catch (Exception e) when (FindStub(e) is { } stub)
        {
            context.CurrentResult.SetResult(ResultState.Inconclusive, $"{GradingContract.NotStartedPrefix} {stub.Message}");
            return context.CurrentResult;
        }
    }

    /// <summary>
    /// The <see cref="NotImplementedException"/> behind <paramref name="exception"/>, looking through
    /// the wrappers that reflection and NUnit put around a test's exception.
    /// </summary>
    internal static NotImplementedException? FindStub(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NotImplementedException stub:
                    return stub;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    return FindStub(aggregate.InnerExceptions[0]);
                case NUnitException or TargetInvocationException or AggregateException:
                    continue;
                default:
                    return null;
            }
        }
        return null;
    }
}
