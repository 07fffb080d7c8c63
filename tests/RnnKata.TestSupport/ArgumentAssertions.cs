using System.Text.RegularExpressions;

namespace RnnKata.TestSupport;

/// <summary>Assertions for the kata's bad-input rule: an <see cref="ArgumentException"/> that says what is wrong.</summary>
public static class ArgumentAssertions
{
    /// <summary>
    /// Asserts that <paramref name="act"/> throws an <see cref="ArgumentException"/> whose
    /// <c>ParamName</c> is <paramref name="parameter"/> and whose message mentions
    /// <paramref name="expectedShape"/> (e.g. <c>"4×3"</c>; <c>4x3</c> is accepted too).
    /// A stub's <see cref="NotImplementedException"/> passes through, so the test reports "not started".
    /// </summary>
    public static ArgumentException ShouldRejectArgument(this Action act, string parameter, string? expectedShape = null)
    {
        ArgumentNullException.ThrowIfNull(act);
        try
        {
            act();
        }
        catch (NotImplementedException)
        {
            throw;
        }
        catch (ArgumentException e)
        {
            e.ParamName.Should().Be(parameter,
                "the exception must name the offending argument (ArgumentException's paramName) — message was: {0}", e.Message);
            if (expectedShape is not null)
            {
                NormalizeShapes(e.Message).Should().Contain(NormalizeShapes(expectedShape),
                    "the message must say which shape {0} should have — message was: {1}", parameter, e.Message);
            }
            return e;
        }
        catch (Exception e)
        {
            Assert.Fail($"Expected an ArgumentException naming '{parameter}', but got {e.GetType().Name}: {e.Message}");
        }
        Assert.Fail($"Expected an ArgumentException naming '{parameter}', but nothing was thrown: bad input must be rejected, not computed with.");
        return null!; // unreachable: Assert.Fail throws
    }

    /// <summary>
    /// The exception's own message, without the <c> (Parameter 'name')</c> (and an out-of-range value) that
    /// <see cref="ArgumentException"/> appends: what a test of the message must read, since that suffix names the
    /// parameter even when the message itself is empty.
    /// </summary>
    public static string OwnMessage(this ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var suffix = exception.ParamName is null ? -1 : exception.Message.IndexOf($" (Parameter '{exception.ParamName}')", StringComparison.Ordinal);
        return suffix < 0 ? exception.Message : exception.Message[..suffix];
    }

    // "4 x 3", "4x3" and "4 × 3" all read as "4×3"; so do "batch × 3" and "batch×3".
    private static string NormalizeShapes(string text) =>
        Regex.Replace(text, @"(\w)\s*[x×]\s*(\d)", "$1×$2");
}
