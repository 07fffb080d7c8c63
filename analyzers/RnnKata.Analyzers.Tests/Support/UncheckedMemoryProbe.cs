// A stand-in for a library type inside an allowed namespace tree (MathNet.Numerics) whose members follow .NET's naming
// rule for APIs that skip the runtime's checks: RK0008 must deny them by name, and only them.
namespace MathNet.Numerics.KataProbe;

/// <summary>Members named as .NET names unchecked memory access, beside a plain one.</summary>
public static class UncheckedMemoryProbe
{
    /// <summary>A plain member: allowed.</summary>
    public static double Peek(double[] values) => values[0];

    /// <summary>Named like <c>SafeHandle.DangerousGetHandle</c>.</summary>
    public static double DangerousPeek(double[] values) => values[0];

    /// <summary>Named like <c>Vector.LoadUnsafe</c>.</summary>
    public static double PeekUnsafe(double[] values) => values[0];
}
